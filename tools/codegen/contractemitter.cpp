#include "contractemitter.h"

namespace Codegen {

QString ContractEmitter::header() const
{
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    w.block(QStringLiteral("#include <cloacina/cloacina_export.h>\n"
                           "\n"
                           "#include <QList>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    w.doc(QStringLiteral("`info.version` of the contract the client was generated from."));
    w.line(QStringLiteral("constexpr const char* contractVersion = %1;").arg(quoted(m_model.version)));
    w.line();
    w.doc(QStringLiteral("One operation of the contract."));
    w.line(QStringLiteral("struct OperationInfo {"));
    w.line(QStringLiteral("    const char* operationId; //!< e.g. \"list_executions\"."));
    w.line(QStringLiteral("    const char* method; //!< \"GET\", \"POST\", \"PUT\" or \"DELETE\"."));
    w.line(QStringLiteral("    const char* pathTemplate; //!< e.g. \"/v1/tenants/{tenant_id}/executions\"."));
    w.line(QStringLiteral("    const char* tag; //!< First OpenAPI tag, e.g. \"executions\"."));
    w.line(QStringLiteral("    int successStatus; //!< The documented 2xx status."));
    w.line(QStringLiteral("    bool authenticated; //!< Sends the API key (false for operations without security)."));
    w.line(QStringLiteral("};"));
    w.line();
    w.doc(QStringLiteral("The %1 operations, in contract order (path, then method).").arg(m_model.operations.size()));
    w.line(QStringLiteral("CLOACINA_EXPORT QList<OperationInfo> operations();"));
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

QString ContractEmitter::source() const
{
    CodeWriter w;
    w.line(banner());
    w.line();
    w.line(QStringLiteral("#include <cloacina/contract.h>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    w.line(QStringLiteral("QList<OperationInfo> operations()"));
    w.line(QStringLiteral("{"));
    w.line(QStringLiteral("    return {"));
    w.indent();
    w.indent();
    for (const Operation& op : m_model.operations) {
        w.wrapped(QStringLiteral("{ "),
            { quoted(op.id), quoted(op.method), quoted(op.path), quoted(op.tag), QString::number(op.successStatus),
                op.authenticated ? QStringLiteral("true") : QStringLiteral("false") },
            QStringLiteral(", "), QStringLiteral(" },"));
    }
    w.dedent();
    w.dedent();
    w.line(QStringLiteral("    };"));
    w.line(QStringLiteral("}"));
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

} // namespace Codegen
