#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <stdexcept>

namespace Codegen {

//! A generator failure: the contract uses something the type map cannot express.
class GenError : public std::runtime_error {
public:
    explicit GenError(const QString& what)
        : std::runtime_error(what.toStdString())
    {
    }
};

//! One row of the type map (typemap.json "scalars").
struct ScalarMapping {
    QString cpp; //!< C++ type.
    QString defaultValue; //!< Member initialiser, empty for class types.
    QString query; //!< Renders a value for a URL query (%1 = expression), empty if not allowed.
};

//! An envelope template of the type map (typemap.json "envelopes").
struct EnvelopeMapping {
    QString prefix; //!< Schema name prefix, e.g. "ListResponse_".
    QString templateName; //!< C++ template, e.g. "ListResponse".
    QString alias; //!< Friendly alias pattern, %1 = item type.
    QList<QPair<QString, QString>> members; //!< (JSON key, kind: items | total | string).
};

//! The data that drives the generator: typemap.json.
struct TypeMap {
    QMap<QString, ScalarMapping> scalars;
    QMap<QString, QString> wrappers;
    QList<EnvelopeMapping> envelopes;
    QStringList reserved;

    static TypeMap load(const QJsonObject& json);
    //! The mapping for OpenAPI `type` + `format`, falling back to the bare type.
    QString scalarKey(const QString& type, const QString& format) const;
};

//! A resolved schema node.
struct Type {
    enum class Kind { Scalar,
        Array,
        Map,
        Named,
        Parameter };
    Kind kind = Kind::Scalar;
    QString scalar; //!< Scalar: typemap key ("string", "integer:int32", "any", "object").
    QString name; //!< Named: schema name; Parameter: template parameter name.
    std::shared_ptr<Type> item; //!< Array and Map: element type.
    bool nullable = false; //!< `type: [X, "null"]` or `oneOf: [null, X]`.
    std::optional<double> minimum;
};

struct Property {
    QString json; //!< JSON key.
    QString member; //!< C++ member name.
    Type type;
    bool required = false;
};

struct Schema {
    enum class Kind { Object,
        Enum,
        Envelope };
    QString name;
    Kind kind = Kind::Object;
    QList<Property> properties; //!< Object and Envelope, in JSON key order.
    QStringList values; //!< Enum.
    QStringList enumerators; //!< Enum: C++ names of values.
    int envelope = -1; //!< Envelope: index into TypeMap::envelopes.
    QString itemName; //!< Envelope: item schema.
    QString alias; //!< Envelope: friendly alias, e.g. "AgentInfoList".
};

struct Parameter {
    QString name; //!< As in the contract.
    QString member; //!< C++ name.
    Type type;
    bool required = false;
};

struct Operation {
    QString id;
    QString member; //!< C++ method name.
    QString method; //!< Upper case.
    QString path;
    QString tag;
    QList<Parameter> pathParams; //!< In path order, tenant_id included.
    QList<Parameter> queryParams;
    QString bodySchema; //!< Empty when there is no body.
    QString bodyContentType;
    bool bodyRequired = false;
    int successStatus = 200;
    QString responseSchema; //!< Empty when the 2xx answer declares no schema.
    bool authenticated = true;
    bool tenantScoped = false;
    QString queryStruct; //!< Name of the query struct, empty without query parameters.
};

//! How a schema is used by the operations and by other schemas (for doc comments).
struct Usage {
    QStringList returnedBy;
    QStringList bodyOf;
    QStringList usedBy;
};

struct Model {
    QString version;
    TypeMap typeMap;
    QMap<QString, Schema> schemas;
    QList<Operation> operations; //!< In contract order (path, then method).
    QMap<QString, Usage> usage;
    QJsonObject notes;

    static Model load(const QJsonObject& contract, const TypeMap& typeMap, const QJsonObject& notes);

    //! Schemas in dependency order (a struct follows the structs it contains), stable by name.
    QStringList orderedSchemas() const;
    //! The schema \a name (which must exist).
    const Schema& schema(const QString& name) const
    {
        const auto it = schemas.constFind(name);
        if (it == schemas.constEnd())
            throw GenError(QStringLiteral("unknown schema '%1'").arg(name));
        return *it;
    }
    //! "GET /v1/agents (list_agents)".
    static QString routeOf(const Operation& op);
};

QString camelCase(const QString& snake, const QStringList& reserved);
QString pascalCase(const QString& text);

} // namespace Codegen
