#include "emitbase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Codegen {

QString quoted(const QString& text)
{
    QString result = text;
    result.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

QString literal(const QString& text)
{
    return QStringLiteral("QStringLiteral(%1)").arg(quoted(text));
}

QString joinedList(const QStringList& items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + items.last();
}

QStringList tagOrder(const Model& model)
{
    QStringList order;
    for (const QJsonValue& tag : model.notes.value(QStringLiteral("tags")).toArray())
        order.append(tag.toObject().value(QStringLiteral("tag")).toString());
    QStringList extra;
    for (const Operation& op : model.operations) {
        if (!order.contains(op.tag) && !extra.contains(op.tag))
            extra.append(op.tag);
    }
    std::sort(extra.begin(), extra.end());
    return order + extra;
}

QString EmitBase::banner() const
{
    return QString::fromUtf8(bannerPrefix) + QStringLiteral(" from openapi.json (server %1) — DO NOT EDIT.").arg(m_model.version);
}

QString EmitBase::cppType(const Type& type) const
{
    QString base;
    switch (type.kind) {
    case Type::Kind::Scalar:
        base = m_model.typeMap.scalars.value(type.scalar).cpp;
        break;
    case Type::Kind::Array:
        base = QString(m_model.typeMap.wrappers.value(QStringLiteral("array"))).arg(cppType(*type.item));
        break;
    case Type::Kind::Map:
        base = QString(m_model.typeMap.wrappers.value(QStringLiteral("map"))).arg(cppType(*type.item));
        break;
    case Type::Kind::Named: {
        const Schema& schema = m_model.schema(type.name);
        base = schema.kind == Schema::Kind::Envelope ? schema.alias : schema.name;
        break;
    }
    case Type::Kind::Parameter:
        base = type.name;
        break;
    }
    if (type.nullable)
        base = QString(m_model.typeMap.wrappers.value(QStringLiteral("nullable"))).arg(base);
    return base;
}

QString EmitBase::memberType(const Property& property) const
{
    const QString type = cppType(property.type);
    return property.required ? type : QString(m_model.typeMap.wrappers.value(QStringLiteral("optional"))).arg(type);
}

QString EmitBase::initializer(const Property& property) const
{
    if (!property.required || property.type.nullable)
        return QString();
    if (property.type.kind == Type::Kind::Scalar) {
        const QString value = m_model.typeMap.scalars.value(property.type.scalar).defaultValue;
        return value.isEmpty() ? QString() : QStringLiteral(" = ") + value;
    }
    if (property.type.kind == Type::Kind::Named) {
        const Schema& schema = m_model.schema(property.type.name);
        if (schema.kind == Schema::Kind::Enum)
            return QStringLiteral(" = %1::%2").arg(schema.name, schema.enumerators.first());
    }
    return QString();
}

QString EmitBase::describe(const Type& type) const
{
    QString text;
    switch (type.kind) {
    case Type::Kind::Scalar:
        if (type.scalar == QLatin1String("any"))
            text = QStringLiteral("any JSON value");
        else if (type.scalar == QLatin1String("object"))
            text = QStringLiteral("JSON object");
        else
            text = QString(type.scalar).replace(QLatin1Char(':'), QLatin1Char(' '));
        break;
    case Type::Kind::Array:
        text = QStringLiteral("array of ") + describe(*type.item);
        break;
    case Type::Kind::Map:
        text = QStringLiteral("object of ") + describe(*type.item);
        break;
    case Type::Kind::Named:
    case Type::Kind::Parameter:
        text = type.name;
        break;
    }
    if (type.minimum) {
        if (text.contains(QLatin1Char(' ')))
            text.replace(QLatin1Char(' '), QStringLiteral(" (")).append(QStringLiteral(", >= %1)").arg(*type.minimum));
        else
            text += QStringLiteral(" (>= %1)").arg(*type.minimum);
    }
    return text;
}

QString EmitBase::presence(const Property& property) const
{
    const QString what = describe(property.type);
    if (property.required && !property.type.nullable)
        return QStringLiteral("JSON `%1`, required: %2.").arg(property.json, what);
    if (property.required)
        return QStringLiteral("JSON `%1`, required, nullable (null is a null Nullable): %2.").arg(property.json, what);
    if (!property.type.nullable)
        return QStringLiteral("JSON `%1`, optional (absent is std::nullopt): %2.").arg(property.json, what);
    return QStringLiteral("JSON `%1`, optional and nullable (absent is std::nullopt, null a null Nullable): %2.")
        .arg(property.json, what);
}

QString EmitBase::schemaDoc(const QString& name) const
{
    const Schema& schema = m_model.schema(name);
    QStringList lines;
    QString first = QStringLiteral("Schema `%1`").arg(name);
    if (schema.kind == Schema::Kind::Enum)
        first += QStringLiteral(": a string enum");
    else if (schema.kind == Schema::Kind::Envelope)
        first += QStringLiteral(": %1<%2>").arg(m_model.typeMap.envelopes.at(schema.envelope).templateName, schema.itemName);
    first += QLatin1Char('.');
    const QString note = m_model.notes.value(QStringLiteral("schemas")).toObject().value(name).toString();
    if (!note.isEmpty())
        first += QLatin1Char(' ') + note;
    lines.append(first);
    const Usage usage = m_model.usage.value(name);
    if (!usage.returnedBy.isEmpty())
        lines.append(QStringLiteral("Returned by %1.").arg(joinedList(usage.returnedBy)));
    if (!usage.bodyOf.isEmpty())
        lines.append(QStringLiteral("Request body of %1.").arg(joinedList(usage.bodyOf)));
    QStringList members;
    for (const QString& use : usage.usedBy) {
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^(\\w+) \\(items of (\\w+)\\)$")).match(use);
        if (match.hasMatch()) {
            const Usage outer = m_model.usage.value(match.captured(2));
            lines.append(QStringLiteral("Item of %1, returned by %2.")
                             .arg(match.captured(1), joinedList(outer.returnedBy)));
        } else {
            members.append(use);
        }
    }
    if (!members.isEmpty())
        lines.append(QStringLiteral("Used by %1.").arg(joinedList(members)));
    if (lines.size() == 1)
        lines.append(QStringLiteral("No operation of the contract refers to it."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Codegen
