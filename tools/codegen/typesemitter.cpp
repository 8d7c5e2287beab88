#include "typesemitter.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Codegen {

namespace {

    // The envelope's item member becomes `QList<T>` in the template.
    QList<Property> templateProperties(const Schema& schema)
    {
        QList<Property> properties = schema.properties;
        for (Property& property : properties) {
            if (property.type.kind == Type::Kind::Array && property.type.item->kind == Type::Kind::Named) {
                property.type.item = std::make_shared<Type>();
                property.type.item->kind = Type::Kind::Parameter;
                property.type.item->name = QStringLiteral("T");
            }
        }
        return properties;
    }

    // Doc comments of the Json::read()/write() declarations in types.h.
    QString readDoc(const QString& type)
    {
        return QStringLiteral("Decodes \\a json into \\a out as a %1; on a mismatch returns false and records "
                              "the JSON path and reason in \\a ctx.")
            .arg(type);
    }

    QString writeDoc(const QString& type)
    {
        return QStringLiteral("Encodes \\a value (a %1) as JSON.").arg(type);
    }

} // namespace

void TypesEmitter::emitEnum(CodeWriter& w, const Schema& schema) const
{
    w.doc(schemaDoc(schema.name) + QStringLiteral("\nJSON spellings: ") + schema.values.join(QStringLiteral(", "))
        + QStringLiteral(". Decoding any other string is an error."));
    w.line(QStringLiteral("enum class %1 {").arg(schema.name));
    w.indent();
    for (int i = 0; i < schema.values.size(); ++i)
        w.line(QStringLiteral("%1, //!< JSON %2.").arg(schema.enumerators.at(i), quoted(schema.values.at(i))));
    w.dedent();
    w.line(QStringLiteral("};"));
    w.line();
    w.doc(QStringLiteral("The JSON spelling of \\a value."));
    w.line(QStringLiteral("CLOACINA_EXPORT QString toString(%1 value);").arg(schema.name));
    w.doc(QStringLiteral("Parses the JSON spelling of a %1; std::nullopt for any other string.").arg(schema.name));
    w.line(QStringLiteral("template <>"));
    w.line(QStringLiteral("CLOACINA_EXPORT std::optional<%1> fromString<%1>(const QString& text);").arg(schema.name));
    w.line();
}

void TypesEmitter::emitMembers(CodeWriter& w, const QList<Property>& properties) const
{
    for (const Property& property : properties) {
        w.doc(presence(property));
        w.line(QStringLiteral("%1 %2%3;").arg(memberType(property), property.member, initializer(property)));
    }
    w.doc(QStringLiteral("JSON members the schema does not name: kept on decode, written back on encode."));
    w.line(QStringLiteral("QJsonObject unknownFields;"));
}

void TypesEmitter::emitStruct(CodeWriter& w, const Schema& schema) const
{
    w.doc(schemaDoc(schema.name));
    w.line(QStringLiteral("struct CLOACINA_EXPORT %1 {").arg(schema.name));
    w.indent();
    emitMembers(w, schema.properties);
    w.line();
    w.doc(QStringLiteral("Decodes \\a json; a mismatch is an Error of kind Decode naming the JSON path."));
    w.line(QStringLiteral("static Result<%1> fromJson(const QJsonValue& json);").arg(schema.name));
    w.doc(QStringLiteral("Encodes as a JSON object, unknownFields included."));
    w.line(QStringLiteral("QJsonObject toJson() const;"));
    w.line();
    w.doc(QStringLiteral("Member-wise equality, unknownFields included."));
    w.line(QStringLiteral("bool operator==(const %1& other) const;").arg(schema.name));
    w.doc(QStringLiteral("The negation of operator==()."));
    w.line(QStringLiteral("bool operator!=(const %1& other) const { return !(*this == other); }").arg(schema.name));
    w.line();
    w.doc(QStringLiteral("Lets the container templates of json.h find Json::write() for this type (by ADL)."));
    w.wrapped(QStringLiteral("template <"),
        { QStringLiteral("typename Self"), QStringLiteral("std::enable_if_t<std::is_same_v<Self, %1>, int> = 0").arg(schema.name) },
        QStringLiteral(", "), QStringLiteral(">"));
    w.line(QStringLiteral("friend QJsonValue write(const Self& value) { return Json::write(value); }"));
    w.dedent();
    w.line(QStringLiteral("};"));
    w.line();
}

void TypesEmitter::emitReadBody(CodeWriter& w, const QString& type, const QList<Property>& properties) const
{
    w.line(QStringLiteral("QJsonObject object;"));
    w.line(QStringLiteral("if (!expectObject(json, object, ctx))"));
    w.line(QStringLiteral("    return false;"));
    w.line(QStringLiteral("%1 value;").arg(type));
    for (const Property& property : properties) {
        const QString fn = property.required ? QStringLiteral("readRequired") : QStringLiteral("readOptional");
        w.wrapped(QStringLiteral("if (!%1(").arg(fn),
            { QStringLiteral("object"), literal(property.json), QStringLiteral("value.") + property.member,
                QStringLiteral("ctx") },
            QStringLiteral(", "), QStringLiteral("))"));
        w.line(QStringLiteral("    return false;"));
    }
    QStringList known;
    for (const Property& property : properties)
        known.append(QStringLiteral("QLatin1String(%1)").arg(quoted(property.json)));
    w.wrapped(QStringLiteral("value.unknownFields = unknownMembers(object, { "), known, QStringLiteral(", "),
        QStringLiteral(" });"));
    w.line(QStringLiteral("out = std::move(value);"));
    w.line(QStringLiteral("return true;"));
}

void TypesEmitter::emitWriteBody(CodeWriter& w, const QList<Property>& properties) const
{
    w.line(QStringLiteral("QJsonObject object = value.unknownFields;"));
    for (const Property& property : properties) {
        const QString fn = property.required ? QStringLiteral("writeRequired") : QStringLiteral("writeOptional");
        w.wrapped(QStringLiteral("%1(").arg(fn),
            { QStringLiteral("object"), literal(property.json), QStringLiteral("value.") + property.member },
            QStringLiteral(", "), QStringLiteral(");"));
    }
    w.line(QStringLiteral("return object;"));
}

void TypesEmitter::emitEquality(CodeWriter& w, const QString& prefix, const QList<Property>& properties) const
{
    QStringList terms;
    for (const Property& property : properties)
        terms.append(QStringLiteral("%1 == other.%1").arg(property.member));
    terms.append(QStringLiteral("unknownFields == other.unknownFields"));
    w.wrapped(prefix, terms, QStringLiteral(" && "), QStringLiteral(";"));
}

void TypesEmitter::emitEnvelopeTemplate(CodeWriter& w, const EnvelopeMapping& envelope, const Schema& model) const
{
    const QList<Property> properties = templateProperties(model);
    const QString name = envelope.templateName;
    QStringList keys;
    for (const Property& property : properties)
        keys.append(QStringLiteral("`%1`").arg(property.json));
    QStringList instances;
    for (const Schema& schema : m_model.schemas) {
        if (schema.kind == Schema::Kind::Envelope && schema.envelope == model.envelope)
            instances.append(QStringLiteral("%1 = %2").arg(schema.name, schema.alias));
    }
    w.doc(QStringLiteral("The list envelope %1 of the contract's `%2<T>` schemas; the concrete ones are "
                         "aliases (%3). A hand-written template, emitted as is by the generator.")
              .arg(keys.join(QStringLiteral(", ")), envelope.prefix, joinedList(instances)));
    w.line(QStringLiteral("template <typename T>"));
    w.line(QStringLiteral("struct %1 {").arg(name));
    w.indent();
    emitMembers(w, properties);
    w.line();
    w.doc(QStringLiteral("Decodes \\a json; a mismatch is an Error of kind Decode naming the JSON path."));
    w.line(QStringLiteral("static Result<%1> fromJson(const QJsonValue& json)").arg(name));
    w.line(QStringLiteral("{"));
    w.line(QStringLiteral("    return Json::decode<%1>(json, \"%1\");").arg(name));
    w.line(QStringLiteral("}"));
    w.doc(QStringLiteral("Encodes as a JSON object, unknownFields included."));
    w.line(QStringLiteral("QJsonObject toJson() const { return Json::write(*this).toObject(); }"));
    w.line();
    w.doc(QStringLiteral("Member-wise equality, unknownFields included."));
    w.line(QStringLiteral("bool operator==(const %1& other) const").arg(name));
    w.line(QStringLiteral("{"));
    w.indent();
    emitEquality(w, QStringLiteral("return "), properties);
    w.dedent();
    w.line(QStringLiteral("}"));
    w.doc(QStringLiteral("The negation of operator==()."));
    w.line(QStringLiteral("bool operator!=(const %1& other) const { return !(*this == other); }").arg(name));
    w.line();
    w.doc(QStringLiteral("Lets the container templates of json.h find Json::write() for this type (by ADL)."));
    w.line(QStringLiteral("friend QJsonValue write(const %1& value) { return Json::write(value); }").arg(name));
    w.dedent();
    w.line(QStringLiteral("};"));
    w.line();
    w.line(QStringLiteral("namespace Json {"));
    w.line();
    w.line(QStringLiteral("    template <typename T>"));
    w.line(QStringLiteral("    bool read(const QJsonValue& json, Cloacina::%1<T>& out, Context& ctx)").arg(name));
    w.line(QStringLiteral("    {"));
    w.indent();
    w.indent();
    emitReadBody(w, QStringLiteral("Cloacina::%1<T>").arg(name), properties);
    w.dedent();
    w.dedent();
    w.line(QStringLiteral("    }"));
    w.line();
    w.line(QStringLiteral("    template <typename T>"));
    w.line(QStringLiteral("    QJsonValue write(const Cloacina::%1<T>& value)").arg(name));
    w.line(QStringLiteral("    {"));
    w.indent();
    w.indent();
    emitWriteBody(w, properties);
    w.dedent();
    w.dedent();
    w.line(QStringLiteral("    }"));
    w.line();
    w.line(QStringLiteral("} // namespace Json"));
    w.line();
}

void TypesEmitter::emitCodecDeclarations(CodeWriter& w, const QString& name, const QString& writeParameter) const
{
    w.doc(readDoc(name));
    w.wrapped(QStringLiteral("CLOACINA_EXPORT bool read("),
        { QStringLiteral("const QJsonValue& json"), QStringLiteral("Cloacina::%1& out").arg(name), QStringLiteral("Context& ctx") },
        QStringLiteral(", "), QStringLiteral(");"));
    w.doc(writeDoc(name));
    w.line(QStringLiteral("CLOACINA_EXPORT QJsonValue write(%1);").arg(QString(writeParameter).arg(name)));
}

QList<const Schema*> TypesEmitter::sorted(Schema::Kind kind) const
{
    QList<const Schema*> result;
    for (const Schema& schema : m_model.schemas) {
        if (schema.kind == kind)
            result.append(&schema);
    }
    return result; // QMap order: by name
}

QList<const Schema*> TypesEmitter::envelopeModels() const
{
    const QList<const Schema*> envelopes = sorted(Schema::Kind::Envelope);
    QList<const Schema*> result;
    for (int e = 0; e < m_model.typeMap.envelopes.size(); ++e) {
        const auto first = std::find_if(envelopes.begin(), envelopes.end(), [e](const Schema* s) { return s->envelope == e; });
        if (first != envelopes.end())
            result.append(*first);
    }
    return result;
}

QMap<QString, QString> TypesEmitter::headers() const
{
    QMap<QString, QString> files {
        { QStringLiteral("cloacina/typesfwd.h"), forwardHeader() },
        { QStringLiteral("cloacina/enums.h"), enumsHeader() },
        { QStringLiteral("cloacina/types.h"), umbrellaHeader() },
    };
    for (const QString& area : m_plan.areas)
        files.insert(HeaderPlan::headerOf(area), areaHeader(area));
    return files;
}

QString TypesEmitter::forwardHeader() const
{
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    w.doc(QStringLiteral("\\file\nForward declarations of every DTO of the contract and the list envelopes as aliases: "
                         "enough to declare the operations. The definitions are in the headers that "
                         "cloacina/types.h lists."));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    for (const Schema* schema : sorted(Schema::Kind::Object))
        w.line(QStringLiteral("struct %1;").arg(schema->name));
    w.line();
    for (const Schema* model : envelopeModels()) {
        const EnvelopeMapping& envelope = m_model.typeMap.envelopes.at(model->envelope);
        w.doc(QStringLiteral("The list envelope of the contract's `%1<T>` schemas; defined in %2.")
                  .arg(envelope.prefix, HeaderPlan::headerOf(QString::fromLatin1(HeaderPlan::common))));
        w.line(QStringLiteral("template <typename T>"));
        w.line(QStringLiteral("struct %1;").arg(envelope.templateName));
        w.line();
    }
    for (const Schema* schema : sorted(Schema::Kind::Envelope)) {
        const QString templ = m_model.typeMap.envelopes.at(schema->envelope).templateName;
        w.doc(schemaDoc(schema->name));
        w.line(QStringLiteral("using %1 = %2<%3>;").arg(schema->alias, templ, schema->itemName));
        w.doc(QStringLiteral("The contract's name for %1.").arg(schema->alias));
        w.line(QStringLiteral("using %1 = %2;").arg(schema->name, schema->alias));
        w.line();
    }
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

QString TypesEmitter::enumsHeader() const
{
    const QList<const Schema*> enums = sorted(Schema::Kind::Enum);
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    w.doc(QStringLiteral("\\file\nThe string enums of the contract: an enum class each, with toString(), "
                         "fromString() and their JSON decoder and encoder."));
    w.line();
    w.block(QStringLiteral("#include <cloacina/cloacina_export.h>\n"
                           "#include <cloacina/json.h>\n"
                           "\n"
                           "#include <QJsonValue>\n"
                           "#include <QString>\n"
                           "\n"
                           "#include <optional>\n"
                           "#include <type_traits>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    w.doc(QStringLiteral("Parses the JSON spelling of a generated enum E; std::nullopt for an unknown string."));
    w.line(QStringLiteral("template <typename E>"));
    w.line(QStringLiteral("std::optional<E> fromString(const QString& text);"));
    w.line();
    for (const Schema* schema : enums)
        emitEnum(w, *schema);
    w.line(QStringLiteral("} // namespace Cloacina"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina::Json {"));
    w.line();
    for (const Schema* schema : enums)
        emitCodecDeclarations(w, schema->name, QStringLiteral("Cloacina::%1 value"));
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina::Json"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    for (const Schema* schema : enums) {
        w.doc(QStringLiteral("Lets the container templates of json.h find Json::write(%1) (by ADL).").arg(schema->name));
        w.line(QStringLiteral("template <typename E, std::enable_if_t<std::is_same_v<E, %1>, int> = 0>").arg(schema->name));
        w.line(QStringLiteral("QJsonValue write(E value)"));
        w.line(QStringLiteral("{"));
        w.line(QStringLiteral("    return Json::write(value);"));
        w.line(QStringLiteral("}"));
        w.line();
    }
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

QString TypesEmitter::areaHeader(const QString& area) const
{
    const bool isCommon = area == QLatin1String(HeaderPlan::common);
    const QStringList structs = m_plan.structsOf(m_model, area);
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    QString what;
    if (isCommon)
        what = QStringLiteral("The DTOs that several areas share (or none uses), and the list envelope templates.");
    else if (area == QLatin1String(HeaderPlan::requests))
        what = QStringLiteral("The request bodies and what only they contain.");
    else
        what = QStringLiteral("The DTOs only the answers of the `%1` operations contain.").arg(area);
    w.doc(QStringLiteral("\\file\n%1 Mapping and presence rules: docs/CODEGEN.md.").arg(what));
    w.line();
    QStringList includes { QStringLiteral("#include <cloacina/cloacina_export.h>"), QStringLiteral("#include <cloacina/enums.h>"),
        QStringLiteral("#include <cloacina/json.h>"), QStringLiteral("#include <cloacina/jsondecode.h>"),
        QStringLiteral("#include <cloacina/nullable.h>"), QStringLiteral("#include <cloacina/result.h>") };
    if (!isCommon && m_plan.usesCommon(m_model, area))
        includes.append(QStringLiteral("#include <%1>").arg(HeaderPlan::headerOf(QString::fromLatin1(HeaderPlan::common))));
    includes.append(QStringLiteral("#include <cloacina/typesfwd.h>"));
    std::sort(includes.begin(), includes.end());
    w.block(includes.join(QLatin1Char('\n')));
    w.line();
    w.block(QStringLiteral("#include <QJsonObject>\n"
                           "#include <QJsonValue>\n"
                           "#include <QList>\n"
                           "#include <QMap>\n"
                           "#include <QString>\n"
                           "\n"
                           "#include <optional>\n"
                           "#include <type_traits>\n"
                           "#include <utility>"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina::Json {"));
    w.line();
    // Declared before the structs: their inline members call Json::write qualified.
    QStringList declared = structs;
    std::sort(declared.begin(), declared.end());
    for (const QString& name : declared)
        emitCodecDeclarations(w, name, QStringLiteral("const Cloacina::%1& value"));
    if (isCommon) {
        for (const Schema* model : envelopeModels()) {
            const QString templ = m_model.typeMap.envelopes.at(model->envelope).templateName;
            w.doc(readDoc(templ + QStringLiteral("<T>")));
            w.line(QStringLiteral("template <typename T>"));
            w.line(QStringLiteral("bool read(const QJsonValue& json, Cloacina::%1<T>& out, Context& ctx);").arg(templ));
            w.doc(writeDoc(templ + QStringLiteral("<T>")));
            w.line(QStringLiteral("template <typename T>"));
            w.line(QStringLiteral("QJsonValue write(const Cloacina::%1<T>& value);").arg(templ));
        }
    }
    w.line();
    w.line(QStringLiteral("} // namespace Cloacina::Json"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    for (const QString& name : structs)
        emitStruct(w, m_model.schema(name));
    if (isCommon) {
        for (const Schema* model : envelopeModels())
            emitEnvelopeTemplate(w, m_model.typeMap.envelopes.at(model->envelope), *model);
    }
    w.line(QStringLiteral("} // namespace Cloacina"));
    return w.text();
}

QString TypesEmitter::umbrellaHeader() const
{
    CodeWriter w;
    w.line(banner());
    w.line(QStringLiteral("#pragma once"));
    w.line();
    QStringList lines;
    lines.append(QStringLiteral("\\file\nEvery DTO of the cloacina-server REST contract: a struct per object schema, an enum "
                                "class per string enum, and the list envelopes as aliases of two templates. Include "
                                "this header for all of them, or only the one that declares what you use:"));
    lines.append(QStringLiteral("- cloacina/typesfwd.h: forward declarations of the structs, and the list envelopes "
                                "as aliases (ExecutionList and the like)."));
    QStringList enumNames;
    for (const Schema* schema : sorted(Schema::Kind::Enum))
        enumNames.append(schema->name);
    lines.append(QStringLiteral("- cloacina/enums.h: %1.").arg(enumNames.join(QStringLiteral(", "))));
    for (const QString& area : m_plan.areas) {
        QStringList names = m_plan.structsOf(m_model, area);
        std::sort(names.begin(), names.end());
        if (area == QLatin1String(HeaderPlan::common)) {
            for (const Schema* model : envelopeModels())
                names.append(m_model.typeMap.envelopes.at(model->envelope).templateName + QStringLiteral("<T>"));
        }
        lines.append(QStringLiteral("- %1: %2.").arg(HeaderPlan::headerOf(area), names.join(QStringLiteral(", "))));
    }
    w.doc(lines.join(QLatin1Char('\n')));
    w.line();
    QStringList includes { QStringLiteral("#include <cloacina/enums.h>"), QStringLiteral("#include <cloacina/typesfwd.h>") };
    for (const QString& area : m_plan.areas)
        includes.append(QStringLiteral("#include <%1>").arg(HeaderPlan::headerOf(area)));
    std::sort(includes.begin(), includes.end());
    w.block(includes.join(QLatin1Char('\n')));
    return w.text();
}

QString TypesEmitter::source() const
{
    CodeWriter w;
    w.line(banner());
    w.line();
    w.line(QStringLiteral("#include <cloacina/types.h>"));
    w.line();
    w.line(QStringLiteral("#include \"enumcodec_p.h\""));
    w.line();
    w.line(QStringLiteral("namespace Cloacina {"));
    w.line();
    const QStringList order = m_model.orderedSchemas();
    QStringList names = m_model.schemas.keys();
    for (const QString& name : names) {
        const Schema& schema = m_model.schema(name);
        if (schema.kind != Schema::Kind::Enum)
            continue;
        w.line(QStringLiteral("QString toString(%1 value)").arg(name));
        w.line(QStringLiteral("{"));
        w.line(QStringLiteral("    switch (value) {"));
        for (int i = 0; i < schema.values.size(); ++i) {
            w.line(QStringLiteral("    case %1::%2:").arg(name, schema.enumerators.at(i)));
            w.line(QStringLiteral("        return %1;").arg(literal(schema.values.at(i))));
        }
        w.line(QStringLiteral("    }"));
        w.line(QStringLiteral("    return QString();"));
        w.line(QStringLiteral("}"));
        w.line();
        w.line(QStringLiteral("template <>"));
        w.line(QStringLiteral("std::optional<%1> fromString<%1>(const QString& text)").arg(name));
        w.line(QStringLiteral("{"));
        for (int i = 0; i < schema.values.size(); ++i) {
            w.line(QStringLiteral("    if (text == QLatin1String(%1))").arg(quoted(schema.values.at(i))));
            w.line(QStringLiteral("        return %1::%2;").arg(name, schema.enumerators.at(i)));
        }
        w.line(QStringLiteral("    return std::nullopt;"));
        w.line(QStringLiteral("}"));
        w.line();
    }
    for (const QString& name : order) {
        const Schema& schema = m_model.schema(name);
        if (schema.kind != Schema::Kind::Object)
            continue;
        w.line(QStringLiteral("Result<%1> %1::fromJson(const QJsonValue& json)").arg(name));
        w.line(QStringLiteral("{"));
        w.line(QStringLiteral("    return Json::decode<%1>(json, \"%1\");").arg(name));
        w.line(QStringLiteral("}"));
        w.line();
        w.line(QStringLiteral("QJsonObject %1::toJson() const").arg(name));
        w.line(QStringLiteral("{"));
        w.line(QStringLiteral("    return Json::write(*this).toObject();"));
        w.line(QStringLiteral("}"));
        w.line();
        w.line(QStringLiteral("bool %1::operator==(const %1& other) const").arg(name));
        w.line(QStringLiteral("{"));
        w.indent();
        emitEquality(w, QStringLiteral("return "), schema.properties);
        w.dedent();
        w.line(QStringLiteral("}"));
        w.line();
    }
    w.line(QStringLiteral("} // namespace Cloacina"));
    w.line();
    w.line(QStringLiteral("namespace Cloacina::Json {"));
    w.line();
    for (const QString& name : names) {
        const Schema& schema = m_model.schema(name);
        if (schema.kind != Schema::Kind::Enum)
            continue;
        w.line(QStringLiteral("bool read(const QJsonValue& json, Cloacina::%1& out, Context& ctx)").arg(name));
        w.line(QStringLiteral("{"));
        w.indent();
        w.wrapped(QStringLiteral("return Internal::readEnum("),
            { QStringLiteral("json"), QStringLiteral("out"), QStringLiteral("ctx"),
                QStringLiteral("&fromString<Cloacina::%1>").arg(name), quoted(name),
                quoted(schema.values.join(QStringLiteral(", "))) },
            QStringLiteral(", "), QStringLiteral(");"));
        w.dedent();
        w.line(QStringLiteral("}"));
        w.line();
        w.line(QStringLiteral("QJsonValue write(Cloacina::%1 value)").arg(name));
        w.line(QStringLiteral("{"));
        w.line(QStringLiteral("    return Cloacina::toString(value);"));
        w.line(QStringLiteral("}"));
        w.line();
    }
    for (const QString& name : order) {
        const Schema& schema = m_model.schema(name);
        if (schema.kind != Schema::Kind::Object)
            continue;
        w.line(QStringLiteral("bool read(const QJsonValue& json, Cloacina::%1& out, Context& ctx)").arg(name));
        w.line(QStringLiteral("{"));
        w.indent();
        emitReadBody(w, QStringLiteral("Cloacina::") + name, schema.properties);
        w.dedent();
        w.line(QStringLiteral("}"));
        w.line();
        w.line(QStringLiteral("QJsonValue write(const Cloacina::%1& value)").arg(name));
        w.line(QStringLiteral("{"));
        w.indent();
        emitWriteBody(w, schema.properties);
        w.dedent();
        w.line(QStringLiteral("}"));
        w.line();
    }
    w.line(QStringLiteral("} // namespace Cloacina::Json"));
    return w.text();
}

} // namespace Codegen
