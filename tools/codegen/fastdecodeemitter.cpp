#include "fastdecodeemitter.h"

#include <QMap>

namespace Codegen {

namespace {

    // Member bits of the readers are one std::uint64_t.
    constexpr int maxMembers = 64;

    QString readerSignature(const QString& type)
    {
        return QStringLiteral("bool read(Element json, %1& out, Reader& reader)").arg(type);
    }

} // namespace

void FastDecodeEmitter::emitObjectReader(CodeWriter& w, const QString& schema, const QList<Property>& properties) const
{
    if (properties.size() > maxMembers)
        throw GenError(QStringLiteral("schema '%1' has %2 members; the fast decoder handles at most %3")
                           .arg(schema)
                           .arg(properties.size())
                           .arg(maxMembers));
    w.line(QStringLiteral("Object object;"));
    w.line(QStringLiteral("if (!readObject(json, object))"));
    w.line(QStringLiteral("    return false;"));
    if (!properties.isEmpty())
        w.line(QStringLiteral("std::uint64_t seen = 0;"));
    w.line(QStringLiteral("for (const Member member : object) {"));
    w.indent();
    if (!properties.isEmpty()) {
        QMap<int, QList<int>> byLength; // key length → property indexes
        for (int i = 0; i < properties.size(); ++i)
            byLength[properties.at(i).json.toUtf8().size()].append(i);
        w.line(QStringLiteral("const std::string_view key = member.key;"));
        w.line(QStringLiteral("switch (key.size()) {"));
        for (auto it = byLength.begin(); it != byLength.end(); ++it) {
            w.line(QStringLiteral("case %1:").arg(it.key()));
            w.indent();
            for (const int i : it.value()) {
                const Property& property = properties.at(i);
                w.line(QStringLiteral("if (keyIs(key, %1)) {").arg(quoted(property.json)));
                w.indent();
                w.wrapped(QStringLiteral("if (!firstTime(seen, %1) || !%2(")
                              .arg(i)
                              .arg(property.required ? QStringLiteral("read") : QStringLiteral("readOptional")),
                    { QStringLiteral("member.value"), QStringLiteral("out.") + property.member, QStringLiteral("reader") },
                    QStringLiteral(", "), QStringLiteral("))"));
                w.line(QStringLiteral("    return false;"));
                w.line(QStringLiteral("continue;"));
                w.dedent();
                w.line(QStringLiteral("}"));
            }
            w.line(QStringLiteral("break;"));
            w.dedent();
        }
        w.line(QStringLiteral("default:"));
        w.line(QStringLiteral("    break;"));
        w.line(QStringLiteral("}"));
    }
    w.line(QStringLiteral("if (!keepUnknown(member.key, member.value, out.unknownFields, reader))"));
    w.line(QStringLiteral("    return false;"));
    w.dedent();
    w.line(QStringLiteral("}"));
    std::uint64_t required = 0;
    for (int i = 0; i < properties.size(); ++i) {
        if (properties.at(i).required)
            required |= std::uint64_t(1) << i;
    }
    if (properties.isEmpty())
        w.line(QStringLiteral("return true;"));
    else
        w.line(QStringLiteral("return (seen & 0x%1u) == 0x%1u; // the required members").arg(required, 0, 16));
}

void FastDecodeEmitter::emitEnumReader(CodeWriter& w, const Schema& schema) const
{
    w.line(readerSignature(QStringLiteral("Cloacina::") + schema.name).replace(QStringLiteral("Reader& reader"), QStringLiteral("Reader&")));
    w.line(QStringLiteral("{"));
    w.indent();
    w.line(QStringLiteral("std::string_view text;"));
    w.line(QStringLiteral("if (!readText(json, text))"));
    w.line(QStringLiteral("    return false;"));
    for (int i = 0; i < schema.values.size(); ++i) {
        w.line(QStringLiteral("if (text == %1) {").arg(quoted(schema.values.at(i))));
        w.line(QStringLiteral("    out = Cloacina::%1::%2;").arg(schema.name, schema.enumerators.at(i)));
        w.line(QStringLiteral("    return true;"));
        w.line(QStringLiteral("}"));
    }
    w.line(QStringLiteral("return false;"));
    w.dedent();
    w.line(QStringLiteral("}"));
    w.line();
}

QString FastDecodeEmitter::header() const
{
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    w.block(QStringLiteral("#include <cloacina/cloacina_export.h>\n"
                           "#include <cloacina/enums.h>\n"
                           "#include <cloacina/typesfwd.h>\n"
                           "\n"
                           "#include <QByteArray>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina::Internal {"));
    w.line();
    w.doc(QStringLiteral("Decodes the JSON text \\a body straight into \\a out (default-constructed), parsed once "
                         "with simdjson. False when the body is not JSON, does not match the schema, or holds "
                         "anything the fast path leaves to the strict decoder (duplicate keys, numbers Qt reads "
                         "differently): the caller then runs the strict decoder. See client/src/fastdecode_p.h."));
    for (const Schema& schema : m_model.schemas)
        w.wrapped(QStringLiteral("CLOACINA_EXPORT bool decodeFast("),
            { QStringLiteral("const QByteArray& body"), QStringLiteral("Cloacina::%1& out").arg(schema.name) },
            QStringLiteral(", "), QStringLiteral(");"));
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina::Internal"));
    return w.text();
}

QString FastDecodeEmitter::source() const
{
    CodeWriter w;
    w.line(banner());
    w.line();
    w.line(QStringLiteral("#include <cloacina/types.h>"));
    w.line();
    w.line(QStringLiteral("#include \"fastdecoders_p.h\""));
    w.line(QStringLiteral("#include \"simdjsonread_p.h\""));
    w.line();
    w.line(QStringLiteral("namespace Cloacina::Internal::Fast {"));
    w.line();
    // Declarations first: a struct's reader calls the readers of the structs it contains.
    for (const Schema& schema : m_model.schemas) {
        if (schema.kind != Schema::Kind::Envelope)
            w.line(readerSignature(QStringLiteral("Cloacina::") + schema.name) + QLatin1Char(';'));
    }
    w.line();
    QMap<int, const Schema*> envelopeModels; // the first schema of each envelope template
    for (const Schema& schema : m_model.schemas) {
        if (schema.kind == Schema::Kind::Envelope && !envelopeModels.contains(schema.envelope))
            envelopeModels.insert(schema.envelope, &schema);
    }
    for (const Schema* model : std::as_const(envelopeModels)) {
        w.line(QStringLiteral("template <typename T>"));
        w.line(readerSignature(QStringLiteral("Cloacina::%1<T>").arg(m_model.typeMap.envelopes.at(model->envelope).templateName)));
        w.line(QStringLiteral("{"));
        w.indent();
        emitObjectReader(w, model->name, model->properties);
        w.dedent();
        w.line(QStringLiteral("}"));
        w.line();
    }
    for (const Schema& schema : m_model.schemas) {
        if (schema.kind == Schema::Kind::Enum)
            emitEnumReader(w, schema);
    }
    for (const QString& name : m_model.orderedSchemas()) {
        const Schema& schema = m_model.schema(name);
        if (schema.kind != Schema::Kind::Object)
            continue;
        w.line(readerSignature(QStringLiteral("Cloacina::") + name));
        w.line(QStringLiteral("{"));
        w.indent();
        emitObjectReader(w, name, schema.properties);
        w.dedent();
        w.line(QStringLiteral("}"));
        w.line();
    }
    w.line(QStringLiteral("} // namespace Cloacina::Internal::Fast"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina::Internal {"));
    w.line();
    for (const Schema& schema : m_model.schemas) {
        w.wrapped(QStringLiteral("bool decodeFast("),
            { QStringLiteral("const QByteArray& body"), QStringLiteral("Cloacina::%1& out").arg(schema.name) },
            QStringLiteral(", "), QStringLiteral(")"));
        w.line(QStringLiteral("{"));
        w.line(QStringLiteral("    return Fast::decode(body, out);"));
        w.line(QStringLiteral("}"));
        w.line();
    }
    w.line(QStringLiteral("} // namespace Cloacina::Internal"));
    return w.text();
}

} // namespace Codegen
