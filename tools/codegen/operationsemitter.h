#pragma once

#include "emitbase.h"

#include <QString>

namespace Codegen {

//! The operation stubs: cloacina/operations.h (query structs, the Operations class grouped by tag) and src/operations.cpp (one Request per method; the request parts are the hand-written client/src/requestparts_p.h).
class OperationsEmitter : public EmitBase {
public:
    using EmitBase::EmitBase;

    QString header() const;
    QString source() const;

private:
    QString resultType(const Operation& op) const;
    //! The parameter declarations of \a op's method, with their defaults when \a withDefaults.
    QStringList signature(const Operation& op, bool withDefaults) const;
    QString operationDoc(const Operation& op) const;
    //! The operations by tag, tags in the order of notes.json (others after, sorted).
    QList<QPair<QString, QList<const Operation*>>> groups() const;
};

} // namespace Codegen
