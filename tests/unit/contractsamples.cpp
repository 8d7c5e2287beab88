#include "contractsamples.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

bool ContractSamples::load(QString* why)
{
    const QString dir = qEnvironmentVariable("CLOACINA_CONTRACT_DIR");
    if (dir.isEmpty()) {
        *why = QStringLiteral("CLOACINA_CONTRACT_DIR is not set; point it at the folder holding openapi.json");
        return false;
    }
    QFile file(QDir(dir).filePath(QStringLiteral("openapi.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no contract at %1 (%2)").arg(file.fileName(), file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        *why = QStringLiteral("%1 is not a JSON object").arg(file.fileName());
        return false;
    }
    m_document = document.object();
    m_schemas = m_document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    return true;
}

QJsonObject ContractSamples::operation(const QString& operationId, QString* method, QString* path) const
{
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m) {
            const QJsonObject op = m.value().toObject();
            if (op.value(QStringLiteral("operationId")).toString() == operationId) {
                if (method)
                    *method = m.key().toUpper();
                if (path)
                    *path = p.key();
                return op;
            }
        }
    }
    return {};
}

QStringList ContractSamples::operationIds() const
{
    QStringList ids;
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    for (const QJsonValue& item : paths) {
        const QJsonObject methods = item.toObject();
        for (const QJsonValue& op : methods) {
            if (op.isObject() && op.toObject().contains(QStringLiteral("operationId")))
                ids.append(op.toObject().value(QStringLiteral("operationId")).toString());
        }
    }
    return ids;
}

QJsonObject ContractSamples::deref(const QJsonObject& schema) const
{
    QJsonObject current = schema;
    while (current.contains(QStringLiteral("$ref"))) {
        const QString ref = current.value(QStringLiteral("$ref")).toString();
        current = m_schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
    }
    return current;
}

ContractSamples::Node ContractSamples::node(const QJsonObject& schemaIn) const
{
    Node n;
    QJsonObject schema = deref(schemaIn);
    for (const QString& key : { QStringLiteral("oneOf"), QStringLiteral("anyOf") }) {
        if (schema.contains(key)) {
            for (const QJsonValue& option : schema.value(key).toArray()) {
                if (option.toObject().value(QStringLiteral("type")).toString() == QLatin1String("null"))
                    n.nullable = true;
                else
                    schema = deref(option.toObject());
            }
        }
    }
    QString type;
    const QJsonValue typeValue = schema.value(QStringLiteral("type"));
    if (typeValue.isArray()) {
        for (const QJsonValue& t : typeValue.toArray()) {
            if (t.toString() == QLatin1String("null"))
                n.nullable = true;
            else
                type = t.toString();
        }
    } else {
        type = typeValue.toString();
    }
    n.base = schema;
    if (schema.contains(QStringLiteral("enum")))
        n.kind = QStringLiteral("enum");
    else if (!schema.value(QStringLiteral("properties")).toObject().isEmpty())
        n.kind = QStringLiteral("struct");
    else if (type == QLatin1String("object"))
        n.kind = schema.contains(QStringLiteral("additionalProperties")) ? QStringLiteral("map") : QStringLiteral("free");
    else if (type.isEmpty())
        n.kind = QStringLiteral("any");
    else
        n.kind = type;
    return n;
}

QJsonValue ContractSamples::sample(const QJsonObject& schema, const Options& options) const
{
    const Node n = node(schema);
    if (n.nullable && options.nulls == Nulls::AsNull)
        return QJsonValue(QJsonValue::Null);
    if (n.kind == QLatin1String("string"))
        return QStringLiteral("text é/%");
    if (n.kind == QLatin1String("integer"))
        return 7;
    if (n.kind == QLatin1String("number"))
        return 2.5;
    if (n.kind == QLatin1String("boolean"))
        return true;
    if (n.kind == QLatin1String("enum"))
        return n.base.value(QStringLiteral("enum")).toArray().first();
    if (n.kind == QLatin1String("any"))
        return QJsonObject { { QStringLiteral("any"), QJsonArray { 1, QStringLiteral("two"), QJsonValue(), false } } };
    if (n.kind == QLatin1String("free"))
        return QJsonObject { { QStringLiteral("free"), QJsonObject { { QStringLiteral("x"), 1 } } } };
    if (n.kind == QLatin1String("array"))
        return QJsonArray { sample(n.base.value(QStringLiteral("items")).toObject(), options) };
    if (n.kind == QLatin1String("map")) {
        return QJsonObject { { QStringLiteral("key"),
            sample(n.base.value(QStringLiteral("additionalProperties")).toObject(), options) } };
    }
    // struct
    QJsonObject object;
    QStringList required;
    for (const QJsonValue& r : n.base.value(QStringLiteral("required")).toArray())
        required.append(r.toString());
    const QJsonObject properties = n.base.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (options.all || required.contains(it.key()))
            object.insert(it.key(), sample(it.value().toObject(), options));
    }
    if (options.extras)
        object.insert(QStringLiteral("x_unknown_member"), QJsonObject { { QStringLiteral("kept"), QJsonArray { 1, true } } });
    return object;
}

QJsonValue ContractSamples::full(const QJsonObject& schema, Nulls nulls) const
{
    return sample(schema, { true, nulls, false });
}

QJsonValue ContractSamples::minimal(const QJsonObject& schema) const
{
    return sample(schema, { false, Nulls::AsValue, false });
}

QJsonValue ContractSamples::withUnknownMembers(const QJsonObject& schema) const
{
    return sample(schema, { true, Nulls::AsValue, true });
}

QString ContractSamples::pathOf(const QList<Step>& steps)
{
    QString path;
    for (const Step& step : steps) {
        if (step.index >= 0)
            path += QStringLiteral("[%1]").arg(step.index);
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
    }
    return path;
}

QJsonValue ContractSamples::replaced(const QJsonValue& root, const QList<Step>& steps, int at, const QJsonValue* value)
{
    if (at == steps.size())
        return *value;
    const Step& step = steps.at(at);
    const bool last = at == steps.size() - 1;
    if (step.index >= 0) {
        QJsonArray array = root.toArray();
        if (last && !value)
            array.removeAt(step.index);
        else
            array[step.index] = replaced(array.at(step.index), steps, at + 1, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (last && !value)
        object.remove(step.key);
    else
        object[step.key] = replaced(object.value(step.key), steps, at + 1, value);
    return object;
}

void ContractSamples::mutate(const QJsonValue& root, const QJsonObject& schema, const QJsonValue& value,
    const QList<Step>& steps, QList<Mutation>& out) const
{
    const Node n = node(schema);
    const QString path = pathOf(steps);
    auto add = [&](const QString& what, const QJsonValue& replacement, const QString& mention = QString()) {
        out.append({ QStringLiteral("%1 at '%2'").arg(what, path), replaced(root, steps, 0, &replacement), path, mention });
    };
    if (!n.nullable && n.kind != QLatin1String("any"))
        add(QStringLiteral("null for a non-nullable value"), QJsonValue(QJsonValue::Null));
    if (n.kind == QLatin1String("string")) {
        add(QStringLiteral("number where a string belongs"), 12);
    } else if (n.kind == QLatin1String("integer")) {
        add(QStringLiteral("string where an integer belongs"), QStringLiteral("12"));
        add(QStringLiteral("non-integral number for an integer"), 1.5);
    } else if (n.kind == QLatin1String("number")) {
        add(QStringLiteral("string where a number belongs"), QStringLiteral("1.5"));
    } else if (n.kind == QLatin1String("boolean")) {
        add(QStringLiteral("string where a boolean belongs"), QStringLiteral("true"));
    } else if (n.kind == QLatin1String("enum")) {
        add(QStringLiteral("number where an enum string belongs"), 3);
        add(QStringLiteral("unknown enum value"), QStringLiteral("no_such_value"),
            n.base.value(QStringLiteral("enum")).toArray().first().toString());
    } else if (n.kind == QLatin1String("array")) {
        add(QStringLiteral("object where an array belongs"), QJsonObject { { QStringLiteral("a"), 1 } });
        QList<Step> child = steps;
        child.append({ QString(), 0 });
        mutate(root, n.base.value(QStringLiteral("items")).toObject(), value.toArray().at(0), child, out);
    } else if (n.kind == QLatin1String("free")) {
        add(QStringLiteral("array where an object belongs"), QJsonArray { 1 });
    } else if (n.kind == QLatin1String("map")) {
        add(QStringLiteral("array where an object belongs"), QJsonArray { 1 });
        QList<Step> child = steps;
        child.append({ QStringLiteral("key"), -1 });
        mutate(root, n.base.value(QStringLiteral("additionalProperties")).toObject(),
            value.toObject().value(QStringLiteral("key")), child, out);
    } else if (n.kind == QLatin1String("struct")) {
        add(QStringLiteral("array where an object belongs"), QJsonArray { 1 });
        QStringList required;
        for (const QJsonValue& r : n.base.value(QStringLiteral("required")).toArray())
            required.append(r.toString());
        const QJsonObject properties = n.base.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            QList<Step> child = steps;
            child.append({ it.key(), -1 });
            if (required.contains(it.key())) {
                out.append({ QStringLiteral("missing required member '%1'").arg(pathOf(child)),
                    replaced(root, child, 0, nullptr), pathOf(child), QString() });
            }
            if (value.isObject() && value.toObject().contains(it.key()))
                mutate(root, it.value().toObject(), value.toObject().value(it.key()), child, out);
        }
    }
}

QList<ContractSamples::Mutation> ContractSamples::mutations(const QJsonObject& schema) const
{
    QList<Mutation> out;
    const QJsonValue root = full(schema, Nulls::AsValue);
    mutate(root, schema, root, {}, out);
    return out;
}
