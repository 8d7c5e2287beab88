// SPDX-License-Identifier: Apache-2.0
#include "simulator_p.h"

namespace CloacinaSim {

namespace {

    void applyRule(HttpFaultRule& rule, const QJsonValue& value)
    {
        if (value.isUndefined())
            return;
        if (value.isNull() || value == QJsonValue(false)) {
            rule = {};
            return;
        }
        const QJsonObject o = value.toObject();
        rule.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        rule.pathPrefix = o.value(QStringLiteral("path_prefix")).toString();
        rule.remaining = o.value(QStringLiteral("count")).toInt(-1);
        if (rule.remaining == 0)
            rule.enabled = false;
    }

    QJsonObject ruleJson(const HttpFaultRule& rule)
    {
        return { { QStringLiteral("enabled"), rule.enabled },
            { QStringLiteral("path_prefix"), rule.pathPrefix },
            { QStringLiteral("count"), rule.remaining } };
    }

} // namespace

void applyFaultJson(FaultConfig& f, const QJsonObject& json)
{
    applyRule(f.delay, json.value(QStringLiteral("delay")));
    f.delayMs = json.value(QStringLiteral("delay"))
                    .toObject()
                    .value(QStringLiteral("ms"))
                    .toInt(f.delayMs);
    applyRule(f.badGateway, json.value(QStringLiteral("bad_gateway")));
    applyRule(f.truncate, json.value(QStringLiteral("truncate")));
    applyRule(f.slowloris, json.value(QStringLiteral("slowloris")));
    const QJsonObject slow = json.value(QStringLiteral("slowloris")).toObject();
    f.slowlorisChunkBytes = slow.value(QStringLiteral("chunk_bytes")).toInt(f.slowlorisChunkBytes);
    f.slowlorisIntervalMs = slow.value(QStringLiteral("interval_ms")).toInt(f.slowlorisIntervalMs);
    applyRule(f.oversize, json.value(QStringLiteral("oversize")));
    f.oversizeBytes = json.value(QStringLiteral("oversize"))
                          .toObject()
                          .value(QStringLiteral("bytes"))
                          .toInt(f.oversizeBytes);

    const QJsonObject d = json.value(QStringLiteral("delivery")).toObject();
    f.dropAfterPushes = d.value(QStringLiteral("drop_after_pushes")).toInt(f.dropAfterPushes);
    f.dropProbability = d.value(QStringLiteral("drop_probability")).toDouble(f.dropProbability);
    f.duplicatePushes = d.value(QStringLiteral("duplicate_pushes")).toBool(f.duplicatePushes);
    f.goingAwayAfterPushes
        = d.value(QStringLiteral("going_away_after_pushes")).toInt(f.goingAwayAfterPushes);
}

QJsonObject faultsToJson(const FaultConfig& f)
{
    QJsonObject delay = ruleJson(f.delay);
    delay.insert(QStringLiteral("ms"), f.delayMs);
    QJsonObject slow = ruleJson(f.slowloris);
    slow.insert(QStringLiteral("chunk_bytes"), f.slowlorisChunkBytes);
    slow.insert(QStringLiteral("interval_ms"), f.slowlorisIntervalMs);
    QJsonObject oversize = ruleJson(f.oversize);
    oversize.insert(QStringLiteral("bytes"), f.oversizeBytes);
    return { { QStringLiteral("delay"), delay },
        { QStringLiteral("bad_gateway"), ruleJson(f.badGateway) },
        { QStringLiteral("truncate"), ruleJson(f.truncate) }, { QStringLiteral("slowloris"), slow },
        { QStringLiteral("oversize"), oversize },
        { QStringLiteral("delivery"),
            QJsonObject { { QStringLiteral("drop_after_pushes"), f.dropAfterPushes },
                { QStringLiteral("drop_probability"), f.dropProbability },
                { QStringLiteral("duplicate_pushes"), f.duplicatePushes },
                { QStringLiteral("going_away_after_pushes"), f.goingAwayAfterPushes } } } };
}

} // namespace CloacinaSim
