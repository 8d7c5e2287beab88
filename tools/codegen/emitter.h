#pragma once

#include "codewriter.h"
#include "model.h"

#include <QMap>
#include <QString>

namespace Codegen {

//! Renders the model as the files of client/generated/ (relative path → content).
class Emitter {
public:
    explicit Emitter(const Model& model)
        : m_model(model)
    {
    }

    QMap<QString, QString> files() const;

private:
    QString banner() const;
    QString typesHeader() const;
    QString typesSource() const;
    QString operationsHeader() const;
    QString operationsSource() const;
    QString contractHeader() const;
    QString contractSource() const;
    QString registryHeader() const;
    QString registrySource() const;

    void emitEnum(CodeWriter& w, const Schema& schema) const;
    void emitStruct(CodeWriter& w, const Schema& schema) const;
    void emitEnvelopeTemplate(CodeWriter& w, const EnvelopeMapping& envelope, const Schema& model) const;
    void emitMembers(CodeWriter& w, const QList<Property>& properties) const;
    void emitReadBody(CodeWriter& w, const QString& type, const QList<Property>& properties) const;
    void emitWriteBody(CodeWriter& w, const QList<Property>& properties) const;
    void emitEquality(CodeWriter& w, const QString& prefix, const QList<Property>& properties) const;

    QString cppType(const Type& type) const;
    QString memberType(const Property& property) const;
    QString initializer(const Property& property) const;
    QString describe(const Type& type) const;
    QString presence(const Property& property) const;
    QString schemaDoc(const QString& name) const;
    QString resultType(const Operation& op) const;
    QStringList signature(const Operation& op, bool withDefaults) const;
    QString operationDoc(const Operation& op) const;
    QList<QPair<QString, QList<const Operation*>>> groups() const;

    const Model& m_model;
};

} // namespace Codegen
