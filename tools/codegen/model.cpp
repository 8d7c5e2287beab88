#include "model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Codegen {

namespace {

    // Keys that only document a schema; they are ignored when comparing structures.
    const QStringList documentationKeys = { QStringLiteral("description"), QStringLiteral("title"),
        QStringLiteral("example"), QStringLiteral("examples"), QStringLiteral("externalDocs"),
        QStringLiteral("deprecated"), QStringLiteral("$comment") };

    QJsonValue canonical(const QJsonValue& value)
    {
        if (value.isObject()) {
            QJsonObject result;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!documentationKeys.contains(it.key()))
                    result.insert(it.key(), canonical(it.value()));
            }
            return result;
        }
        if (value.isArray()) {
            QJsonArray result;
            const QJsonArray array = value.toArray();
            for (const QJsonValue& item : array)
                result.append(canonical(item));
            return result;
        }
        return value;
    }

    QString canonicalText(const QJsonObject& schema)
    {
        return QString::fromUtf8(
            QJsonDocument(canonical(schema).toObject()).toJson(QJsonDocument::Compact));
    }

    QString refName(const QString& ref, const QString& where)
    {
        static const QString prefix = QStringLiteral("#/components/schemas/");
        if (!ref.startsWith(prefix))
            throw GenError(QStringLiteral("%1: unsupported $ref '%2'").arg(where, ref));
        return ref.mid(prefix.size());
    }

    class Resolver {
    public:
        Resolver(const QJsonObject& rawSchemas, const TypeMap& typeMap)
            : m_raw(rawSchemas)
            , m_typeMap(typeMap)
        {
            for (auto it = m_raw.begin(); it != m_raw.end(); ++it) {
                const QJsonObject schema = it.value().toObject();
                if (!schema.value(QStringLiteral("properties")).toObject().isEmpty())
                    m_canonical.insert(it.key(), canonicalText(schema));
            }
        }

        Type resolve(const QJsonObject& node, const QString& where, const QString& hint = QString())
        {
            Type type;
            if (node.contains(QStringLiteral("$ref"))) {
                type.kind = Type::Kind::Named;
                type.name = refName(node.value(QStringLiteral("$ref")).toString(), where);
                if (!m_raw.contains(type.name))
                    throw GenError(QStringLiteral("%1: $ref to unknown schema '%2'").arg(where, type.name));
                return type;
            }
            for (const QString& key : { QStringLiteral("oneOf"), QStringLiteral("anyOf") }) {
                if (!node.contains(key))
                    continue;
                const QJsonArray options = node.value(key).toArray();
                QList<QJsonObject> nonNull;
                for (const QJsonValue& option : options) {
                    if (option.toObject().value(QStringLiteral("type")).toString() != QLatin1String("null"))
                        nonNull.append(option.toObject());
                }
                if (options.size() != 2 || nonNull.size() != 1) {
                    throw GenError(QStringLiteral("%1: only `%2: [null, X]` is supported").arg(where, key));
                }
                type = resolve(nonNull.first(), where, hint);
                type.nullable = true;
                return type;
            }
            if (node.contains(QStringLiteral("allOf"))) {
                const QJsonArray parts = node.value(QStringLiteral("allOf")).toArray();
                if (parts.size() != 1)
                    throw GenError(QStringLiteral("%1: allOf with several parts is not supported").arg(where));
                return resolve(parts.first().toObject(), where, hint);
            }

            QStringList types;
            const QJsonValue typeValue = node.value(QStringLiteral("type"));
            if (typeValue.isString()) {
                types.append(typeValue.toString());
            } else if (typeValue.isArray()) {
                for (const QJsonValue& t : typeValue.toArray())
                    types.append(t.toString());
            } else if (node.contains(QStringLiteral("properties"))) {
                types.append(QStringLiteral("object"));
            }
            type.nullable = types.removeAll(QStringLiteral("null")) > 0;
            if (types.size() > 1)
                throw GenError(QStringLiteral("%1: union types (%2) are not supported").arg(where, types.join(u',')));
            if (node.contains(QStringLiteral("enum")))
                throw GenError(QStringLiteral("%1: inline enums are not supported; name the schema").arg(where));
            if (node.contains(QStringLiteral("minimum")))
                type.minimum = node.value(QStringLiteral("minimum")).toDouble();

            const QString base = types.isEmpty() ? QStringLiteral("any") : types.first();
            if (base == QLatin1String("array")) {
                type.kind = Type::Kind::Array;
                type.item = std::make_shared<Type>(
                    resolve(node.value(QStringLiteral("items")).toObject(), where + QStringLiteral("[]"), hint));
                return type;
            }
            if (base == QLatin1String("object")) {
                if (!node.value(QStringLiteral("properties")).toObject().isEmpty()) {
                    type.kind = Type::Kind::Named;
                    type.name = matchInline(node, where, hint);
                    return type;
                }
                const QJsonValue extra = node.value(QStringLiteral("additionalProperties"));
                if (extra.isObject() || extra.toBool(false)) {
                    type.kind = Type::Kind::Map;
                    type.item = std::make_shared<Type>(resolve(extra.toObject(), where + QStringLiteral("{}")));
                    return type;
                }
            }
            type.kind = Type::Kind::Scalar;
            type.scalar = m_typeMap.scalarKey(base, node.value(QStringLiteral("format")).toString());
            if (type.scalar.isEmpty())
                throw GenError(QStringLiteral("%1: the type map has no entry for type '%2'").arg(where, base));
            return type;
        }

    private:
        // Inline object schemas must be structurally identical to one named schema.
        QString matchInline(const QJsonObject& node, const QString& where, const QString& hint)
        {
            const QString text = canonicalText(node);
            if (!hint.isEmpty() && m_canonical.value(hint) == text)
                return hint;
            QStringList candidates;
            for (auto it = m_canonical.begin(); it != m_canonical.end(); ++it) {
                if (it.value() == text)
                    candidates.append(it.key());
            }
            if (candidates.size() == 1)
                return candidates.first();
            if (candidates.isEmpty()) {
                throw GenError(QStringLiteral("%1: inline object schema matches no named schema%2; "
                                              "add it to components/schemas or extend the generator")
                                   .arg(where,
                                       hint.isEmpty() ? QString()
                                                      : QStringLiteral(" (expected it to equal '%1')").arg(hint)));
            }
            throw GenError(QStringLiteral("%1: inline object schema is ambiguous: it equals %2")
                               .arg(where, candidates.join(QStringLiteral(", "))));
        }

        QJsonObject m_raw;
        const TypeMap& m_typeMap;
        QMap<QString, QString> m_canonical;
    };

    QString describeRef(const Type& type)
    {
        switch (type.kind) {
        case Type::Kind::Named:
            return type.name;
        case Type::Kind::Array:
        case Type::Kind::Map:
            return describeRef(*type.item);
        default:
            return QString();
        }
    }

} // namespace

QString camelCase(const QString& snake, const QStringList& reserved)
{
    const QStringList parts = snake.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), Qt::SkipEmptyParts);
    QString result;
    for (const QString& part : parts) {
        if (result.isEmpty())
            result = part.left(1).toLower() + part.mid(1);
        else
            result += part.left(1).toUpper() + part.mid(1);
    }
    if (result.isEmpty() || result.at(0).isDigit())
        result.prepend(QLatin1Char('v'));
    if (reserved.contains(result))
        result += QLatin1Char('_');
    return result;
}

QString pascalCase(const QString& text)
{
    QString result = camelCase(text, {});
    result[0] = result.at(0).toUpper();
    return result;
}

TypeMap TypeMap::load(const QJsonObject& json)
{
    TypeMap map;
    const QJsonObject scalars = json.value(QStringLiteral("scalars")).toObject();
    for (auto it = scalars.begin(); it != scalars.end(); ++it) {
        const QJsonObject row = it.value().toObject();
        map.scalars.insert(it.key(),
            { row.value(QStringLiteral("cpp")).toString(), row.value(QStringLiteral("default")).toString(),
                row.value(QStringLiteral("query")).toString() });
    }
    const QJsonObject wrappers = json.value(QStringLiteral("wrappers")).toObject();
    for (auto it = wrappers.begin(); it != wrappers.end(); ++it)
        map.wrappers.insert(it.key(), it.value().toString());
    for (const QJsonValue& value : json.value(QStringLiteral("envelopes")).toArray()) {
        const QJsonObject row = value.toObject();
        EnvelopeMapping envelope;
        envelope.prefix = row.value(QStringLiteral("prefix")).toString();
        envelope.templateName = row.value(QStringLiteral("template")).toString();
        envelope.alias = row.value(QStringLiteral("alias")).toString();
        for (const QJsonValue& member : row.value(QStringLiteral("members")).toArray()) {
            envelope.members.append({ member.toObject().value(QStringLiteral("json")).toString(),
                member.toObject().value(QStringLiteral("kind")).toString() });
        }
        map.envelopes.append(envelope);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("reserved")).toArray())
        map.reserved.append(value.toString());
    for (const QString& key : { QStringLiteral("array"), QStringLiteral("map"), QStringLiteral("nullable"),
             QStringLiteral("optional") }) {
        if (!map.wrappers.contains(key))
            throw GenError(QStringLiteral("typemap.json: wrapper '%1' is missing").arg(key));
    }
    return map;
}

QString TypeMap::scalarKey(const QString& type, const QString& format) const
{
    if (!format.isEmpty() && scalars.contains(type + QLatin1Char(':') + format))
        return type + QLatin1Char(':') + format;
    return scalars.contains(type) ? type : QString();
}

QString Model::routeOf(const Operation& op)
{
    return QStringLiteral("%1 %2 (%3)").arg(op.method, op.path, op.id);
}

Model Model::load(const QJsonObject& contract, const TypeMap& typeMap, const QJsonObject& notes)
{
    Model model;
    model.typeMap = typeMap;
    model.notes = notes;
    model.version = contract.value(QStringLiteral("info")).toObject().value(QStringLiteral("version")).toString();
    if (model.version.isEmpty())
        throw GenError(QStringLiteral("the contract has no info.version"));

    const QJsonObject raw
        = contract.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    Resolver resolver(raw, typeMap);

    // Schemas.
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QString name = it.key();
        const QJsonObject node = it.value().toObject();
        Schema schema;
        schema.name = name;
        if (!QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$")).match(name).hasMatch())
            throw GenError(QStringLiteral("schema '%1': not a valid C++ identifier").arg(name));

        if (node.contains(QStringLiteral("enum"))) {
            if (node.value(QStringLiteral("type")).toString() != QLatin1String("string"))
                throw GenError(QStringLiteral("schema '%1': only string enums are supported").arg(name));
            schema.kind = Schema::Kind::Enum;
            for (const QJsonValue& value : node.value(QStringLiteral("enum")).toArray()) {
                schema.values.append(value.toString());
                const QString enumerator = pascalCase(value.toString());
                if (schema.enumerators.contains(enumerator))
                    throw GenError(QStringLiteral("schema '%1': enumerator clash on '%2'").arg(name, enumerator));
                schema.enumerators.append(enumerator);
            }
            if (schema.values.isEmpty())
                throw GenError(QStringLiteral("schema '%1': empty enum").arg(name));
            model.schemas.insert(name, schema);
            continue;
        }

        const QStringList types = node.value(QStringLiteral("type")).isArray()
            ? QStringList()
            : QStringList { node.value(QStringLiteral("type")).toString() };
        if (types != QStringList { QStringLiteral("object") } || !node.contains(QStringLiteral("properties")))
            throw GenError(QStringLiteral("schema '%1': only objects with properties and string enums "
                                          "can be named schemas")
                               .arg(name));

        QStringList required;
        for (const QJsonValue& value : node.value(QStringLiteral("required")).toArray())
            required.append(value.toString());
        const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
        for (const QString& key : required) {
            if (!properties.contains(key))
                throw GenError(QStringLiteral("schema '%1': required '%2' is not a property").arg(name, key));
        }

        for (int e = 0; e < typeMap.envelopes.size(); ++e) {
            if (name.startsWith(typeMap.envelopes.at(e).prefix)) {
                schema.kind = Schema::Kind::Envelope;
                schema.envelope = e;
                schema.itemName = name.mid(typeMap.envelopes.at(e).prefix.size());
                schema.alias = QString(typeMap.envelopes.at(e).alias).arg(schema.itemName);
            }
        }

        QSet<QString> members;
        for (auto p = properties.begin(); p != properties.end(); ++p) {
            Property property;
            property.json = p.key();
            property.member = camelCase(p.key(), typeMap.reserved);
            property.required = required.contains(p.key());
            const QString hint = schema.kind == Schema::Kind::Envelope ? schema.itemName : QString();
            property.type = resolver.resolve(p.value().toObject(), name + QLatin1Char('.') + p.key(), hint);
            if (members.contains(property.member))
                throw GenError(QStringLiteral("schema '%1': member name clash on '%2'").arg(name, property.member));
            members.insert(property.member);
            schema.properties.append(property);
        }
        model.schemas.insert(name, schema);
    }

    // Envelopes must have exactly the members of their template.
    for (Schema& schema : model.schemas) {
        if (schema.kind != Schema::Kind::Envelope)
            continue;
        const EnvelopeMapping& envelope = typeMap.envelopes.at(schema.envelope);
        auto fail = [&](const QString& why) {
            throw GenError(QStringLiteral("schema '%1' is named like a %2 envelope but %3")
                               .arg(schema.name, envelope.templateName, why));
        };
        if (!model.schemas.contains(schema.itemName)
            || model.schemas.value(schema.itemName).kind != Schema::Kind::Object)
            fail(QStringLiteral("'%1' is not an object schema").arg(schema.itemName));
        if (schema.properties.size() != envelope.members.size())
            fail(QStringLiteral("has %1 members instead of %2").arg(schema.properties.size()).arg(envelope.members.size()));
        for (const auto& [json, kind] : envelope.members) {
            const auto it = std::find_if(schema.properties.begin(), schema.properties.end(),
                [&](const Property& p) { return p.json == json; });
            if (it == schema.properties.end() || !it->required || it->type.nullable)
                fail(QStringLiteral("'%1' is not a required non-null member").arg(json));
            const Type& t = it->type;
            const bool ok = (kind == QLatin1String("items") && t.kind == Type::Kind::Array
                                && t.item->kind == Type::Kind::Named && t.item->name == schema.itemName
                                && !t.item->nullable)
                || (kind == QLatin1String("total") && t.kind == Type::Kind::Scalar
                    && t.scalar.startsWith(QLatin1String("integer")))
                || (kind == QLatin1String("string") && t.kind == Type::Kind::Scalar
                    && t.scalar == QLatin1String("string"));
            if (!ok)
                fail(QStringLiteral("member '%1' does not have the expected type (%2)").arg(json, kind));
        }
    }

    // Operations.
    static const QStringList methods = { QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
        QStringLiteral("delete"), QStringLiteral("patch"), QStringLiteral("head"), QStringLiteral("options") };
    const QJsonValue rootSecurity = contract.value(QStringLiteral("security"));
    const QJsonObject paths = contract.value(QStringLiteral("paths")).toObject();
    QSet<QString> memberNames;
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m) {
            if (m.key() == QLatin1String("parameters") || m.key() == QLatin1String("summary")
                || m.key() == QLatin1String("description") || m.key() == QLatin1String("servers"))
                continue;
            if (!methods.contains(m.key()))
                throw GenError(QStringLiteral("%1: unknown method '%2'").arg(p.key(), m.key()));
            const QJsonObject node = m.value().toObject();
            Operation op;
            op.id = node.value(QStringLiteral("operationId")).toString();
            op.method = m.key().toUpper();
            op.path = p.key();
            const QString where = QStringLiteral("%1 %2").arg(op.method, op.path);
            if (op.id.isEmpty())
                throw GenError(where + QStringLiteral(": no operationId"));
            op.member = camelCase(op.id, typeMap.reserved);
            if (memberNames.contains(op.member))
                throw GenError(QStringLiteral("%1: method name '%2' is taken").arg(where, op.member));
            memberNames.insert(op.member);
            const QJsonArray tags = node.value(QStringLiteral("tags")).toArray();
            op.tag = tags.isEmpty() ? QStringLiteral("default") : tags.first().toString();

            QJsonArray params = item.value(QStringLiteral("parameters")).toArray();
            for (const QJsonValue& v : node.value(QStringLiteral("parameters")).toArray())
                params.append(v);
            QMap<QString, Parameter> pathParams;
            for (const QJsonValue& v : params) {
                const QJsonObject param = v.toObject();
                Parameter parameter;
                parameter.name = param.value(QStringLiteral("name")).toString();
                parameter.member = camelCase(parameter.name, typeMap.reserved + QStringList { QStringLiteral("body"), QStringLiteral("query"), QStringLiteral("tenantId") });
                parameter.required = param.value(QStringLiteral("required")).toBool();
                parameter.type = resolver.resolve(param.value(QStringLiteral("schema")).toObject(),
                    where + QLatin1Char(' ') + parameter.name);
                const QString in = param.value(QStringLiteral("in")).toString();
                if (parameter.type.kind != Type::Kind::Scalar || parameter.type.nullable
                    || typeMap.scalars.value(parameter.type.scalar).query.isEmpty())
                    throw GenError(QStringLiteral("%1: parameter '%2' must be a plain scalar").arg(where, parameter.name));
                if (in == QLatin1String("path")) {
                    if (parameter.type.scalar != QLatin1String("string"))
                        throw GenError(QStringLiteral("%1: path parameter '%2' must be a string").arg(where, parameter.name));
                    pathParams.insert(parameter.name, parameter);
                } else if (in == QLatin1String("query")) {
                    op.queryParams.append(parameter);
                } else {
                    throw GenError(QStringLiteral("%1: '%2' parameters are not supported").arg(where, in));
                }
            }
            const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));
            for (auto match = placeholder.globalMatch(op.path); match.hasNext();) {
                const QString name = match.next().captured(1);
                if (!pathParams.contains(name))
                    throw GenError(QStringLiteral("%1: path parameter '%2' is not declared").arg(where, name));
                op.pathParams.append(pathParams.take(name));
                if (name == QLatin1String("tenant_id"))
                    op.tenantScoped = true;
            }
            if (!pathParams.isEmpty())
                throw GenError(QStringLiteral("%1: parameter '%2' is not in the path").arg(where, pathParams.firstKey()));
            if (!op.queryParams.isEmpty())
                op.queryStruct = pascalCase(op.id) + QStringLiteral("Query");

            const QJsonObject body = node.value(QStringLiteral("requestBody")).toObject();
            if (!body.isEmpty()) {
                const QJsonObject content = body.value(QStringLiteral("content")).toObject();
                if (content.size() != 1)
                    throw GenError(where + QStringLiteral(": a request body needs exactly one content type"));
                op.bodyContentType = content.begin().key();
                op.bodyRequired = body.value(QStringLiteral("required")).toBool();
                const QJsonObject schema = content.begin().value().toObject().value(QStringLiteral("schema")).toObject();
                const Type bodyType = resolver.resolve(schema, where + QStringLiteral(" request body"));
                if (bodyType.kind != Type::Kind::Named || bodyType.nullable)
                    throw GenError(where + QStringLiteral(": the request body must be a named schema"));
                op.bodySchema = bodyType.name;
                if (op.bodyContentType != QLatin1String("application/json")
                    && op.bodyContentType != QLatin1String("multipart/form-data"))
                    throw GenError(QStringLiteral("%1: unsupported body type '%2'").arg(where, op.bodyContentType));
            }

            const QJsonObject responses = node.value(QStringLiteral("responses")).toObject();
            QStringList success;
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                if (r.key().size() == 3 && r.key().startsWith(QLatin1Char('2')))
                    success.append(r.key());
            }
            if (success.isEmpty())
                throw GenError(where + QStringLiteral(": no 2xx response"));
            op.successStatus = success.first().toInt();
            const QJsonObject content
                = responses.value(success.first()).toObject().value(QStringLiteral("content")).toObject();
            if (!content.isEmpty()) {
                if (!content.contains(QStringLiteral("application/json")))
                    throw GenError(where + QStringLiteral(": a 2xx body must be application/json"));
                const QJsonObject schema = content.value(QStringLiteral("application/json"))
                                               .toObject()
                                               .value(QStringLiteral("schema"))
                                               .toObject();
                if (!schema.isEmpty()) {
                    const Type type = resolver.resolve(schema, where + QStringLiteral(" response"));
                    if (type.kind != Type::Kind::Named || type.nullable)
                        throw GenError(where + QStringLiteral(": the 2xx body must be a named schema"));
                    op.responseSchema = type.name;
                }
            }

            const QJsonValue security = node.contains(QStringLiteral("security")) ? node.value(QStringLiteral("security"))
                                                                                  : rootSecurity;
            op.authenticated = false;
            for (const QJsonValue& requirement : security.toArray()) {
                if (!requirement.toObject().isEmpty())
                    op.authenticated = true;
                else {
                    op.authenticated = false; // `{}` makes authentication optional: send none.
                    break;
                }
            }
            model.operations.append(op);
        }
    }

    // Usage, for doc comments.
    for (const Operation& op : std::as_const(model.operations)) {
        if (!op.responseSchema.isEmpty())
            model.usage[op.responseSchema].returnedBy.append(routeOf(op));
        if (!op.bodySchema.isEmpty())
            model.usage[op.bodySchema].bodyOf.append(routeOf(op));
    }
    for (const Schema& schema : std::as_const(model.schemas)) {
        for (const Property& property : schema.properties) {
            const QString ref = describeRef(property.type);
            if (!ref.isEmpty()) {
                model.usage[ref].usedBy.append(schema.kind == Schema::Kind::Envelope
                        ? QStringLiteral("%1 (items of %2)").arg(schema.alias, schema.name)
                        : QStringLiteral("%1::%2").arg(schema.name, property.member));
            }
        }
    }
    return model;
}

QStringList Model::orderedSchemas() const
{
    QStringList order;
    QSet<QString> done;
    QSet<QString> active;
    std::function<void(const QString&)> visit = [&](const QString& name) {
        if (done.contains(name))
            return;
        if (active.contains(name))
            throw GenError(QStringLiteral("schema '%1' is recursive; recursive types are not supported").arg(name));
        active.insert(name);
        const Schema& schema = this->schema(name);
        for (const Property& property : schema.properties) {
            const QString ref = describeRef(property.type);
            if (!ref.isEmpty())
                visit(ref);
        }
        active.remove(name);
        done.insert(name);
        order.append(name);
    };
    for (auto it = schemas.begin(); it != schemas.end(); ++it)
        visit(it.key());
    return order;
}

} // namespace Codegen
