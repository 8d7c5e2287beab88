#pragma once

#include "codewriter.h"
#include "model.h"

#include <QString>
#include <QStringList>

namespace Codegen {

//! \a text as a C++ string literal (quotes and backslashes escaped).
QString quoted(const QString& text);
//! \a text as a QStringLiteral expression.
QString literal(const QString& text);
//! "a", "a and b", "a, b and c".
QString joinedList(const QStringList& items);
//! The operation tags in the order of notes.json, then any other tag of the contract, sorted.
QStringList tagOrder(const Model& model);

//! What every artefact emitter shares: the model, the banner, and the C++ spelling and doc
//! wording of the contract's types.
class EmitBase {
public:
    explicit EmitBase(const Model& model)
        : m_model(model)
    {
    }

protected:
    //! The GENERATED — DO NOT EDIT first line of every file.
    QString banner() const;
    QString cppType(const Type& type) const;
    QString memberType(const Property& property) const;
    //! ` = value` for members that need one, else empty.
    QString initializer(const Property& property) const;
    //! Human wording of \a type for doc comments ("array of string").
    QString describe(const Type& type) const;
    //! The presence rule of \a property for its doc comment.
    QString presence(const Property& property) const;
    //! The doc comment of schema \a name: kind, note and where the contract uses it.
    QString schemaDoc(const QString& name) const;

    const Model& m_model;
};

} // namespace Codegen
