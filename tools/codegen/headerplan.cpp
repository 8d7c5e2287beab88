#include "headerplan.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Codegen {

namespace {

    // Every schema \a type refers to, directly or through containers and envelopes.
    void reach(const Model& model, const Type& type, QSet<QString>& seen)
    {
        if (type.kind == Type::Kind::Array || type.kind == Type::Kind::Map) {
            reach(model, *type.item, seen);
            return;
        }
        if (type.kind != Type::Kind::Named || seen.contains(type.name))
            return;
        seen.insert(type.name);
        for (const Property& property : model.schema(type.name).properties)
            reach(model, property.type, seen);
    }

    QSet<QString> reached(const Model& model, const QString& schema)
    {
        QSet<QString> seen;
        if (!schema.isEmpty()) {
            Type type;
            type.kind = Type::Kind::Named;
            type.name = schema;
            reach(model, type, seen);
        }
        return seen;
    }

} // namespace

HeaderPlan HeaderPlan::make(const Model& model, const QStringList& tagOrder)
{
    QMap<QString, QSet<QString>> users; // schema → areas reaching it
    for (const Operation& op : model.operations) {
        for (const QString& name : reached(model, op.responseSchema))
            users[name].insert(op.tag);
        for (const QString& name : reached(model, op.bodySchema))
            users[name].insert(QString::fromLatin1(requests));
    }
    HeaderPlan plan;
    plan.areas = QStringList { QString::fromLatin1(common), QString::fromLatin1(requests) } + tagOrder;
    for (const Schema& schema : model.schemas) {
        if (schema.kind != Schema::Kind::Object)
            continue;
        const QSet<QString> areas = users.value(schema.name);
        const QString area = areas.size() == 1 ? *areas.begin() : QString::fromLatin1(common);
        if (!plan.areas.contains(area))
            throw GenError(QStringLiteral("schema '%1' belongs to tag '%2', which has no header").arg(schema.name, area));
        plan.areaOf.insert(schema.name, area);
    }
    // An area without structs gets no header.
    const QStringList used = plan.areaOf.values();
    plan.areas.erase(std::remove_if(plan.areas.begin() + 1, plan.areas.end(),
                         [&](const QString& area) { return !used.contains(area); }),
        plan.areas.end());
    return plan;
}

bool HeaderPlan::usesCommon(const Model& model, const QString& area) const
{
    std::function<bool(const Type&)> common = [&](const Type& type) {
        if (type.kind == Type::Kind::Array || type.kind == Type::Kind::Map)
            return common(*type.item);
        if (type.kind != Type::Kind::Named)
            return false;
        const Schema& schema = model.schema(type.name);
        return schema.kind == Schema::Kind::Envelope || areaOf.value(schema.name) == QLatin1String(HeaderPlan::common);
    };
    const QStringList structs = structsOf(model, area);
    for (const Schema& schema : model.schemas) {
        if (schema.kind == Schema::Kind::Envelope && structs.contains(schema.itemName))
            return true; // its list envelope alias is only usable with the template
    }
    for (const QString& name : structs) {
        for (const Property& property : model.schema(name).properties) {
            if (common(property.type))
                return true;
        }
    }
    return false;
}

QString HeaderPlan::headerOf(const QString& area)
{
    QString file = area;
    file.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return QStringLiteral("cloacina/types/%1.h").arg(file);
}

QStringList HeaderPlan::structsOf(const Model& model, const QString& area) const
{
    QStringList result;
    for (const QString& name : model.orderedSchemas()) {
        if (areaOf.value(name) == area)
            result.append(name);
    }
    return result;
}

} // namespace Codegen
