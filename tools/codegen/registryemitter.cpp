#include "registryemitter.h"

namespace Codegen {

QString RegistryEmitter::header() const
{
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    w.block(QStringLiteral("#include <cloacina/cloacina_export.h>\n"
                           "\n"
                           "#include <QByteArray>\n"
                           "#include <QJsonValue>\n"
                           "#include <QList>\n"
                           "#include <QString>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    w.doc(QStringLiteral("Decode-then-encode entry point of one contract schema, for tests and fuzzers."));
    w.line(QStringLiteral("struct SchemaCodec {"));
    w.line(QStringLiteral("    const char* name; //!< Schema name as in the contract (aliases included)."));
    w.line(QStringLiteral("    //! Decodes \\a in with the generated type and encodes it again into \\a out. On a decode"));
    w.line(QStringLiteral("    //! failure returns false and sets \\a error to `path: reason`. Either pointer may be null."));
    w.line(QStringLiteral("    bool (*roundTrip)(const QJsonValue& in, QJsonValue* out, QString* error);"));
    w.line(QStringLiteral("    //! Decodes the JSON text \\a json with the fast path REST bodies take (simdjson, no"));
    w.line(QStringLiteral("    //! QJsonDocument) and encodes the value into \\a out, which may be null. False when the"));
    w.line(QStringLiteral("    //! fast path declines: the strict decoder then decides."));
    w.line(QStringLiteral("    bool (*fastRoundTrip)(const QByteArray& json, QJsonValue* out);"));
    w.line(QStringLiteral("};"));
    w.line();
    w.doc(QStringLiteral("One codec per schema of the contract (%1), sorted by name.").arg(m_model.schemas.size()));
    w.line(QStringLiteral("CLOACINA_EXPORT QList<SchemaCodec> schemaCodecs();"));
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

QString RegistryEmitter::source() const
{
    CodeWriter w;
    w.line(banner());
    w.line();
    w.line(QStringLiteral("#include \"schemaregistry_p.h\""));
    w.line();
    w.line(QStringLiteral("#include <cloacina/types.h>"));
    w.line();
    w.line(QStringLiteral("#include \"schemacodec_p.h\""));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    w.line(QStringLiteral("QList<SchemaCodec> schemaCodecs()"));
    w.line(QStringLiteral("{"));
    w.line(QStringLiteral("    return {"));
    w.indent();
    w.indent();
    for (const Schema& schema : m_model.schemas)
        w.wrapped(QStringLiteral("{ "), { quoted(schema.name), QStringLiteral("&Internal::roundTrip<%1>").arg(schema.name), QStringLiteral("&Internal::fastRoundTrip<%1>").arg(schema.name) },
            QStringLiteral(", "), QStringLiteral(" },"));
    w.dedent();
    w.dedent();
    w.line(QStringLiteral("    };"));
    w.line(QStringLiteral("}"));
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

} // namespace Codegen
