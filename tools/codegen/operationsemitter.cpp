#include "operationsemitter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Codegen {

QString OperationsEmitter::resultType(const Operation& op) const
{
    if (op.responseSchema.isEmpty())
        return QStringLiteral("QJsonValue");
    const Schema& schema = m_model.schema(op.responseSchema);
    return schema.kind == Schema::Kind::Envelope ? schema.alias : schema.name;
}

QStringList OperationsEmitter::signature(const Operation& op, bool withDefaults) const
{
    // (declaration, default) pairs; a default is kept only if every later parameter has one.
    QList<QPair<QString, QString>> params;
    for (const Parameter& p : op.pathParams) {
        if (p.name != QLatin1String("tenant_id"))
            params.append({ QStringLiteral("const QString& ") + p.member, QString() });
    }
    if (op.bodyContentType == QLatin1String("multipart/form-data")) {
        const QJsonObject upload = m_model.notes.value(QStringLiteral("uploads")).toObject().value(op.id).toObject();
        params.append({ QStringLiteral("const QByteArray& ") + upload.value(QStringLiteral("data")).toString(QStringLiteral("data")),
            QString() });
        params.append({ QStringLiteral("const QString& fileName"),
            literal(upload.value(QStringLiteral("fileName")).toString(QStringLiteral("upload.bin"))) });
    } else if (!op.bodySchema.isEmpty()) {
        bool anyRequired = false;
        for (const Property& property : m_model.schema(op.bodySchema).properties)
            anyRequired = anyRequired || property.required;
        params.append({ QStringLiteral("const %1& body").arg(op.bodySchema), anyRequired ? QString() : QStringLiteral("{}") });
    }
    if (!op.queryStruct.isEmpty()) {
        bool anyRequired = false;
        for (const Parameter& p : op.queryParams)
            anyRequired = anyRequired || p.required;
        params.append({ QStringLiteral("const %1& query").arg(op.queryStruct), anyRequired ? QString() : QStringLiteral("{}") });
    }
    if (op.tenantScoped)
        params.append({ QStringLiteral("const QString& tenantId"), QStringLiteral("QString()") });
    bool trailing = true;
    for (int i = params.size() - 1; i >= 0; --i) {
        if (params[i].second.isEmpty())
            trailing = false;
        else if (!trailing)
            params[i].second.clear();
    }
    QStringList result;
    for (const auto& [declaration, value] : params)
        result.append(withDefaults && !value.isEmpty() ? declaration + QStringLiteral(" = ") + value : declaration);
    return result;
}

QString OperationsEmitter::operationDoc(const Operation& op) const
{
    QStringList lines;
    lines.append(QStringLiteral("`%1 %2` (%3).").arg(op.method, op.path, op.id));
    if (op.responseSchema.isEmpty()) {
        lines.append(QStringLiteral("Settles with the JSON answer on %1.").arg(op.successStatus));
    } else {
        const QString type = resultType(op);
        lines.append(type == op.responseSchema
                ? QStringLiteral("Settles with %1 on %2.").arg(type).arg(op.successStatus)
                : QStringLiteral("Settles with %1 (schema %2) on %3.").arg(type, op.responseSchema).arg(op.successStatus));
    }
    const QString note = m_model.notes.value(QStringLiteral("operations")).toObject().value(op.id).toString();
    if (!note.isEmpty())
        lines.append(note);
    if (!op.queryStruct.isEmpty())
        lines.append(QStringLiteral("Members of \\a query that are empty are not sent."));
    if (op.tenantScoped)
        lines.append(QStringLiteral("\\a tenantId names the tenant; empty means the client's default tenant."));
    return lines.join(QLatin1Char(' '));
}

QList<QPair<QString, QList<const Operation*>>> OperationsEmitter::groups() const
{
    QList<QPair<QString, QList<const Operation*>>> result;
    const QStringList order = tagOrder(m_model);
    for (const QString& tag : order) {
        QList<const Operation*> ops;
        for (const Operation& op : m_model.operations) {
            if (op.tag == tag)
                ops.append(&op);
        }
        if (!ops.isEmpty())
            result.append({ tag, ops });
    }
    return result;
}

QString OperationsEmitter::header() const
{
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    w.doc(QStringLiteral("\\file\nThe operations of the contract. Declaring them needs only the forward declarations "
                         "and the request bodies; the answers' DTOs are in the headers cloacina/types.h lists "
                         "(include the one you read, or types.h for all)."));
    w.line();
    w.block(QStringLiteral("#include <cloacina/cloacina_export.h>\n"
                           "#include <cloacina/result.h>\n"
                           "#include <cloacina/types/requests.h>\n"
                           "#include <cloacina/typesfwd.h>\n"
                           "\n"
                           "#include <QByteArray>\n"
                           "#include <QFuture>\n"
                           "#include <QJsonValue>\n"
                           "#include <QString>\n"
                           "\n"
                           "#include <optional>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    w.line(QStringLiteral("class Dispatcher; // the transport seam, private to the SDK"));
    w.line();
    for (const Operation& op : m_model.operations) {
        if (op.queryStruct.isEmpty())
            continue;
        w.doc(QStringLiteral("Query parameters of `%1 %2` (%3). Empty members are not sent.").arg(op.method, op.path, op.id));
        w.line(QStringLiteral("struct %1 {").arg(op.queryStruct));
        w.indent();
        QStringList terms;
        for (const Parameter& p : op.queryParams) {
            w.doc(QStringLiteral("`%1`: %2 %3.").arg(p.name, p.required ? QStringLiteral("required") : QStringLiteral("optional"), describe(p.type)));
            const QString type = cppType(p.type);
            w.line(QStringLiteral("%1 %2;").arg(p.required ? type : QStringLiteral("std::optional<%1>").arg(type), p.member));
            terms.append(QStringLiteral("%1 == other.%1").arg(p.member));
        }
        w.line();
        w.doc(QStringLiteral("Member-wise equality."));
        w.line(QStringLiteral("bool operator==(const %1& other) const").arg(op.queryStruct));
        w.line(QStringLiteral("{"));
        w.indent();
        w.wrapped(QStringLiteral("return "), terms, QStringLiteral(" && "), QStringLiteral(";"));
        w.dedent();
        w.line(QStringLiteral("}"));
        w.doc(QStringLiteral("The negation of operator==()."));
        w.line(QStringLiteral("bool operator!=(const %1& other) const { return !(*this == other); }").arg(op.queryStruct));
        w.dedent();
        w.line(QStringLiteral("};"));
        w.line();
    }
    w.doc(QStringLiteral("The %1 operations of the contract, one method each, grouped by tag.\n"
                         "Every method builds a Request (operation id, method, percent-encoded path, query, "
                         "compact JSON body, authentication flag) and returns call<T>(): a future that settles "
                         "exactly once with the decoded T, an Error, or a cancellation. Methods must be called "
                         "in the thread of the dispatcher (the client's thread). The subclass (CloacinaClient) "
                         "provides the transport through dispatcher().\n%2")
              .arg(m_model.operations.size())
              .arg(m_model.notes.value(QStringLiteral("all")).toString()));
    w.line(QStringLiteral("class CLOACINA_EXPORT Operations {"));
    w.line(QStringLiteral("public:"));
    w.indent();
    w.line(QStringLiteral("virtual ~Operations();"));
    const QJsonArray tagNotes = m_model.notes.value(QStringLiteral("tags")).toArray();
    for (const auto& [tag, ops] : groups()) {
        QString title;
        for (const QJsonValue& t : tagNotes) {
            if (t.toObject().value(QStringLiteral("tag")).toString() == tag)
                title = t.toObject().value(QStringLiteral("title")).toString();
        }
        w.line();
        w.line(QStringLiteral("//! \\name %1%2").arg(tag, title.isEmpty() ? QString() : QStringLiteral(": ") + title));
        w.line(QStringLiteral("//! @{"));
        for (const Operation* op : ops) {
            w.line();
            w.doc(operationDoc(*op));
            w.wrapped(QStringLiteral("QFuture<Result<%1>> %2(").arg(resultType(*op), op->member), signature(*op, true),
                QStringLiteral(", "), QStringLiteral(");"));
        }
        w.line(QStringLiteral("//! @}"));
    }
    w.dedent();
    w.line();
    w.line(QStringLiteral("protected:"));
    w.indent();
    w.line(QStringLiteral("Operations() = default;"));
    w.line(QStringLiteral("Q_DISABLE_COPY_MOVE(Operations)"));
    w.doc(QStringLiteral("The transport every operation is sent through; an SDK-internal type."));
    w.line(QStringLiteral("virtual Dispatcher& dispatcher() = 0;"));
    w.dedent();
    w.line(QStringLiteral("};"));
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

QString OperationsEmitter::source() const
{
    CodeWriter w;
    w.line(banner());
    w.line();
    w.line(QStringLiteral("#include <cloacina/operations.h>"));
    w.line(QStringLiteral("#include <cloacina/types.h>"));
    w.line();
    w.line(QStringLiteral("#include \"dispatcher_p.h\""));
    w.line(QStringLiteral("#include \"requestparts_p.h\""));
    w.line();
    w.line(QStringLiteral("#include <utility>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    w.line(QStringLiteral("Operations::~Operations() = default;"));
    for (const Operation& op : m_model.operations) {
        const QString result = resultType(op);
        w.line();
        w.wrapped(QStringLiteral("QFuture<Result<%1>> Operations::%2(").arg(result, op.member), signature(op, false),
            QStringLiteral(", "), QStringLiteral(")"));
        w.line(QStringLiteral("{"));
        w.indent();
        w.line(QStringLiteral("Request request;"));
        w.line(QStringLiteral("request.operationId = %1;").arg(literal(op.id)));
        w.line(QStringLiteral("request.method = QByteArrayLiteral(%1);").arg(quoted(op.method)));
        // The path: literal pieces and encoded parameters.
        QStringList pieces;
        const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));
        int at = 0;
        for (auto match = placeholder.globalMatch(op.path); match.hasNext();) {
            const QRegularExpressionMatch m = match.next();
            if (m.capturedStart() > at)
                pieces.append(literal(op.path.mid(at, m.capturedStart() - at)));
            const QString name = m.captured(1);
            if (name == QLatin1String("tenant_id")) {
                pieces.append(QStringLiteral("Internal::encoded(dispatcher().resolveTenant(tenantId))"));
            } else {
                const auto param = std::find_if(op.pathParams.begin(), op.pathParams.end(),
                    [&](const Parameter& p) { return p.name == name; });
                pieces.append(QStringLiteral("Internal::encoded(%1)").arg(param->member));
            }
            at = m.capturedEnd();
        }
        if (at < op.path.size())
            pieces.append(literal(op.path.mid(at)));
        w.wrapped(QStringLiteral("request.path = "), pieces, QStringLiteral(" + "), QStringLiteral(";"));
        for (const Parameter& p : op.queryParams) {
            const QString render = m_model.typeMap.scalars.value(p.type.scalar).query;
            if (p.required) {
                w.wrapped(QStringLiteral("request.query.addQueryItem("),
                    { literal(p.name), QStringLiteral("Internal::encoded(%1)").arg(QString(render).arg(QStringLiteral("query.") + p.member)) },
                    QStringLiteral(", "), QStringLiteral(");"));
            } else {
                w.line(QStringLiteral("if (query.%1)").arg(p.member));
                w.indent();
                w.wrapped(QStringLiteral("request.query.addQueryItem("),
                    { literal(p.name), QStringLiteral("Internal::encoded(%1)").arg(QString(render).arg(QStringLiteral("*query.") + p.member)) },
                    QStringLiteral(", "), QStringLiteral(");"));
                w.dedent();
            }
        }
        if (op.bodyContentType == QLatin1String("multipart/form-data")) {
            const Schema& form = m_model.schema(op.bodySchema);
            const auto file = std::find_if(form.properties.begin(), form.properties.end(),
                [](const Property& p) { return p.type.scalar == QLatin1String("string:binary"); });
            if (file == form.properties.end() || form.properties.size() != 1)
                throw GenError(QStringLiteral("%1: a multipart body needs exactly one binary field").arg(op.id));
            const QString data = m_model.notes.value(QStringLiteral("uploads"))
                                     .toObject()
                                     .value(op.id)
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toString(QStringLiteral("data"));
            w.wrapped(QStringLiteral("request.body = Internal::multipartBody("),
                { quoted(file->json), data, QStringLiteral("fileName"), QStringLiteral("&request.contentType") },
                QStringLiteral(", "), QStringLiteral(");"));
        } else if (!op.bodySchema.isEmpty()) {
            w.line(QStringLiteral("request.body = Internal::jsonBody(body.toJson());"));
            w.line(QStringLiteral("request.contentType = QByteArrayLiteral(\"application/json\");"));
        }
        w.line(QStringLiteral("request.authenticated = %1;").arg(op.authenticated ? QStringLiteral("true") : QStringLiteral("false")));
        w.line(QStringLiteral("return dispatcher().call<%1>(std::move(request));").arg(result));
        w.dedent();
        w.line(QStringLiteral("}"));
    }
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

} // namespace Codegen
