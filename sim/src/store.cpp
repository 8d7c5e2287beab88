// SPDX-License-Identifier: Apache-2.0
#include "store_p.h"
#include "util_p.h"

#include <QRandomGenerator>

namespace CloacinaSim {

QStringList WorkflowRecord::taskIds() const
{
    QStringList ids;
    for (const auto& t : tasks)
        ids << t.id;
    return ids;
}

int ExecutionRecord::taskIndex(const QString& shortName) const
{
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).shortName == shortName)
            return i;
    }
    return -1;
}

Store::Store(const QString& adminKey)
{
    ApiKeyRecord& admin
        = addKey(QStringLiteral("bootstrap-admin"), QStringLiteral("admin"), std::nullopt, true);
    keyIdByToken.remove(admin.plaintext);
    admin.plaintext = adminKey;
    keyIdByToken.insert(adminKey, admin.auth.keyId);
    seed();
}

ApiKeyRecord& Store::addKey(const QString& name, const QString& permissions,
    const std::optional<QString>& tenant, bool isAdmin, const QString& issuedVia,
    std::optional<QDateTime> expiresAt)
{
    ApiKeyRecord k;
    k.auth.keyId = newUuid();
    k.auth.name = name;
    k.auth.permissions = permissions;
    k.auth.tenantId = tenant;
    k.auth.isAdmin = isAdmin;
    // Same shape as upstream keys: "clk_" + 43 url-safe base64 characters.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), 8);
    k.plaintext = QStringLiteral("clk_")
        + QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    k.createdAt = QDateTime::currentDateTimeUtc();
    k.issuedVia = issuedVia;
    k.expiresAt = expiresAt;
    keyIdByToken.insert(k.plaintext, k.auth.keyId);
    keyOrder << k.auth.keyId;
    return keys.insert(k.auth.keyId, k).value();
}

std::optional<AuthKey> Store::validate(const QString& token) const
{
    const auto it = keyIdByToken.constFind(token);
    if (token.isEmpty() || it == keyIdByToken.constEnd())
        return std::nullopt;
    const ApiKeyRecord& k = keys[*it];
    if (k.revoked || (k.expiresAt && *k.expiresAt <= QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    return k.auth;
}

ApiKeyRecord* Store::key(const QString& id)
{
    auto it = keys.find(id);
    return it == keys.end() ? nullptr : &it.value();
}

QVector<ApiKeyRecord*> Store::keysNewestFirst()
{
    QVector<ApiKeyRecord*> out;
    for (auto it = keyOrder.crbegin(); it != keyOrder.crend(); ++it)
        out << &keys[*it];
    return out;
}

bool Store::revokeKey(const QString& id)
{
    ApiKeyRecord* k = key(id);
    if (!k || k->revoked)
        return false;
    k->revoked = true;
    return true;
}

TenantRecord* Store::tenant(const QString& name)
{
    auto it = tenants.find(name);
    return it == tenants.end() ? nullptr : &it.value();
}

TenantRecord& Store::ensureTenant(const QString& name)
{
    auto it = tenants.find(name);
    if (it == tenants.end()) {
        TenantRecord t;
        t.name = name;
        it = tenants.insert(name, t);
    }
    return it.value();
}

WorkflowRecord* Store::workflowByName(const QString& tenantName, const QString& name)
{
    TenantRecord* t = tenant(tenantName);
    if (!t)
        return nullptr;
    // Executions name the workflow; pause/resume and declared params accept either name.
    for (auto& w : t->workflows) {
        if (w.isBuilt() && (w.workflowName == name || w.packageName == name))
            return &w;
    }
    return nullptr;
}

ExecutionRecord& Store::addExecution(std::unique_ptr<ExecutionRecord> record)
{
    ExecutionRecord* raw = record.get();
    executionById.insert(raw->id, raw);
    executions.push_back(std::move(record));
    return *raw;
}

QDateTime Store::nextStartTime()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    if (lastStartedAt.isValid() && t <= lastStartedAt)
        t = lastStartedAt.addMSecs(1);
    lastStartedAt = t;
    return t;
}

ReactorRecord* Store::reactor(const QString& name)
{
    for (auto& r : reactors) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

AccumulatorRecord* Store::accumulator(const QString& name)
{
    for (auto& a : accumulators) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

void ReactorRecord::recordFire(const ReactorFireRecord& fire)
{
    if (fire.ok)
        ++fires;
    lastFiredAt = fire.firedAt;
    recentFires.prepend(fire);
    while (recentFires.size() > 200)
        recentFires.removeLast();
    ++fireMinutes[fire.firedAt.toMSecsSinceEpoch() / 60000];
    while (fireMinutes.size() > 64)
        fireMinutes.erase(fireMinutes.begin());
}

QString AccumulatorRecord::health() const
{
    if (isDisconnected())
        return QStringLiteral("disconnected");
    return hasSource ? QStringLiteral("live") : QStringLiteral("socket_only");
}

QDateTime AgentRecord::lastHeartbeat(const QDateTime& now) const
{
    const QDateTime until = silentSince && *silentSince < now ? *silentSince : now;
    const qint64 beatMs = qint64(heartbeatIntervalSecs) * 1000;
    const qint64 sinceRegistration = qMax<qint64>(0, registeredAt.msecsTo(until));
    return registeredAt.addMSecs(sinceRegistration - sinceRegistration % beatMs);
}

bool AgentRecord::isLive(const QDateTime& now) const
{
    return lastHeartbeat(now).secsTo(now) <= qint64(heartbeatIntervalSecs) * livenessMisses;
}

} // namespace CloacinaSim
