#include <cloacina/types.h>
#include <cloacinaconformance/session.h>

#include "checks_p.h"
#include "recordingclient_p.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace Cloacina::Conformance {

namespace {

    int levelOf(const QString& role)
    {
        if (role == QLatin1String("admin"))
            return 2;
        return role == QLatin1String("write") ? 1 : 0;
    }

    // Bound of each cleanup call: cleanup also runs after Ctrl+C, when nobody wants to wait long.
    constexpr int cleanupTimeoutMs = 15000;

} // namespace

bool Identity::allows(Role needed, const QString& inTenant) const
{
    if (platformAdmin)
        return true;
    switch (needed) {
    case Role::AnyKey:
        return true;
    case Role::AdminRole:
        return levelOf(role) >= 2;
    case Role::PlatformAdmin:
        return false;
    case Role::Read:
        return tenant == inTenant;
    case Role::Write:
        return tenant == inTenant && levelOf(role) >= 1;
    case Role::TenantAdmin:
        return tenant == inTenant && levelOf(role) >= 2;
    }
    return false;
}

Session::Session(const QUrl& baseUrl, QObject* parent)
    : QObject(parent)
{
    auto client = std::make_unique<RecordingClient>(baseUrl, [this](const Exchange& e) {
        if (m_context)
            m_context->record(e);
    });
    m_context = std::make_unique<Context>(client.get());
    m_client = std::move(client);
}

Session::~Session()
{
    cleanup();
}

CloacinaClient& Session::client() const
{
    return *m_client;
}

Check Session::versionCheck()
{
    return Detail::versionCheck();
}

QString Session::serverVersion() const
{
    return m_client->serverVersion();
}

Session::StartResult Session::start()
{
    m_started = true;
    m_versionOutcome = m_context->run(versionCheck());
    const auto who = m_context->await(m_client->whoami());
    if (!who) {
        m_startError = who.error();
        if (m_startError.httpStatus == 0)
            return StartResult::Unreachable;
        return m_startError.httpStatus == 401 ? StartResult::Unauthorized : StartResult::Failed;
    }
    m_identity.name = who.value().name;
    m_identity.role = who.value().role;
    m_identity.platformAdmin = who.value().isAdmin;
    if (who.value().tenantId && !who.value().tenantId->isNull())
        m_identity.tenant = who.value().tenantId->value();
    QString tenant = m_requestedTenant;
    if (tenant.isEmpty())
        tenant = m_identity.tenant.isEmpty() ? QStringLiteral("public") : m_identity.tenant;
    m_context->setTenant(tenant);
    return StartResult::Ready;
}

bool Session::createScratchTenant(QString* why)
{
    m_scratchOutcome = Outcome {};
    m_scratchOutcome.verdict = Verdict::Skipped;
    if (!m_write) {
        m_scratchError = tr("changes data: run with --write");
    } else if (!m_identity.platformAdmin) {
        m_scratchError = tr("needs the scratch tenant; creating it needs a platform-admin key "
                            "(this key: %1)")
                             .arg(m_identity.role);
    } else {
        // Lower case, digits and '_' only: tenant names are database schema names.
        const QString name = QStringLiteral("conformance_%1_%2")
                                 .arg(m_context->stamp())
                                 .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
        CreateTenantRequest request;
        request.name = name;
        request.description
            = Nullable<QString>(QStringLiteral("cloacina-conformance scratch tenant; removed after the run"));
        m_context->adoptTenant(name); // before the request: an interrupted create is removed too
        QElapsedTimer clock;
        clock.start();
        const auto created = m_context->await(m_client->createTenant(request));
        m_scratchOutcome.durationMs = clock.elapsed();
        if (created) {
            m_scratchOutcome.verdict = Verdict::Passed;
            m_context->setScratchTenant(name);
            return true;
        }
        m_scratchError = tr("the scratch tenant could not be created: %1").arg(created.error().toString());
        m_scratchOutcome.verdict = m_context->stopRequested() ? Verdict::Skipped : Verdict::Failed;
        m_scratchOutcome.message = m_scratchError;
        m_scratchOutcome.httpStatus = created.error().httpStatus;
        m_scratchOutcome.serverCode = created.error().code;
        m_scratchOutcome.requestId = created.error().requestId;
    }
    if (why)
        *why = m_scratchError;
    return false;
}

QString Session::skipReason(const Check& check) const
{
    if (m_context->stopRequested())
        return tr("interrupted");
    if (check.scope == Scope::Shared && !m_sharedWrites)
        return tr("works outside a tenant of its own; only the contract test suite runs it");
    if (check.access == Access::Write && !m_write)
        return tr("changes data: run with --write");
    if (check.scope == Scope::ScratchTenant && m_context->scratchTenant().isEmpty())
        return m_scratchError.isEmpty() ? tr("no scratch tenant") : m_scratchError;
    const QString tenant = check.scope == Scope::ScratchTenant ? m_context->scratchTenant() : m_context->tenant();
    if (!m_identity.allows(check.role, tenant)) {
        const QString key = m_identity.tenant.isEmpty()
            ? tr("role %1, no tenant").arg(m_identity.role)
            : tr("role %1 in %2").arg(m_identity.role, m_identity.tenant);
        const QString needs = check.role == Role::Read || check.role == Role::Write || check.role == Role::TenantAdmin
            ? tr("%1 in tenant %2").arg(nameOf(check.role), tenant)
            : nameOf(check.role);
        return tr("needs %1; this key has %2").arg(needs, key);
    }
    return {};
}

Outcome Session::runCheck(const Check& check)
{
    const QString reason = skipReason(check);
    if (!reason.isEmpty()) {
        Outcome skipped;
        skipped.verdict = Verdict::Skipped;
        skipped.message = reason;
        return skipped;
    }
    return m_context->run(check);
}

bool Session::cleanup(QString* why)
{
    QStringList left;
    m_context->setCleaningUp(true);
    const QStringList tenants = m_context->tenantsToRemove();
    for (auto it = tenants.crbegin(); it != tenants.crend(); ++it) {
        const QString& tenant = *it;
        const auto removed = m_context->await(m_client->removeTenant(tenant), cleanupTimeoutMs);
        bool gone = removed.ok();
        if (!gone && removed.error().httpStatus != 0) {
            // A create whose answer never came may not have happened: gone if it is not listed.
            const auto listed = m_context->await(m_client->listTenants(), cleanupTimeoutMs);
            gone = listed.ok()
                && std::none_of(listed.value().items.begin(), listed.value().items.end(),
                    [&](const TenantSummary& t) { return t.name == tenant; });
        }
        if (gone)
            m_context->releaseTenant(tenant);
        else
            left << tr("%1 (%2)").arg(tenant, removed.ok() ? QString() : removed.error().toString());
    }
    m_context->setScratchTenant({});
    m_context->setCleaningUp(false);
    if (!left.isEmpty() && why)
        *why = tr("could not remove the tenant(s) this run created: %1; remove them with "
                  "DELETE /v1/tenants/<name>")
                   .arg(left.join(QStringLiteral(", ")));
    return left.isEmpty();
}

} // namespace Cloacina::Conformance
