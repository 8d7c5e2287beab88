#pragma once

#include "emitbase.h"
#include "headerplan.h"

#include <QMap>
#include <QString>

namespace Codegen {

//! The DTOs: cloacina/typesfwd.h (forward declarations and list-envelope aliases),
//! cloacina/enums.h, one cloacina/types/<area>.h per HeaderPlan area, the umbrella
//! cloacina/types.h, and src/types.cpp (decoders, encoders, equality).
class TypesEmitter : public EmitBase {
public:
    TypesEmitter(const Model& model, const QStringList& tagOrder)
        : EmitBase(model)
        , m_plan(HeaderPlan::make(model, tagOrder))
    {
    }

    //! Every header, by path relative to client/generated.
    QMap<QString, QString> headers() const;
    QString source() const;

private:
    QString forwardHeader() const;
    QString enumsHeader() const;
    QString areaHeader(const QString& area) const;
    QString umbrellaHeader() const;

    void emitEnum(CodeWriter& w, const Schema& schema) const;
    void emitStruct(CodeWriter& w, const Schema& schema) const;
    void emitEnvelopeTemplate(CodeWriter& w, const EnvelopeMapping& envelope, const Schema& model) const;
    void emitMembers(CodeWriter& w, const QList<Property>& properties) const;
    void emitReadBody(CodeWriter& w, const QString& type, const QList<Property>& properties) const;
    void emitWriteBody(CodeWriter& w, const QList<Property>& properties) const;
    //! The exported Json::read()/Json::write() declarations of type \a name; \a writeParameter
    //! is write()'s parameter, %1 standing for the type.
    void emitCodecDeclarations(CodeWriter& w, const QString& name, const QString& writeParameter) const;
    void emitEquality(CodeWriter& w, const QString& prefix, const QList<Property>& properties) const;
    //! The first schema of each list envelope of the type map (the template's model).
    QList<const Schema*> envelopeModels() const;
    QList<const Schema*> sorted(Schema::Kind kind) const;

    HeaderPlan m_plan;
};

} // namespace Codegen
