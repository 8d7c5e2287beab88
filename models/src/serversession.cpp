#include "cloacinamodels/serversession.h"
#include "cloacinamodels/console/accesspolicy.h"
#include "dtoconvert_p.h"

#include "logging_p.h"

#include <cloacina/whenready.h>

#include <QTimer>

namespace Cloacina {

ServerSession::ServerSession(QObject* parent)
    : QObject(parent)
{
}

ServerSession::~ServerSession()
{
    // Nobody is left to answer: abort the requests (their callbacks died with this object).
    for (QFuture<void> f : std::as_const(m_running))
        f.cancel();
}

void ServerSession::setClient(CloacinaClient* client)
{
    if (client == m_client)
        return;
    forget();
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (!client)
        return;
    // The identity is the key's, on this server.
    connect(client, &CloacinaClient::baseUrlChanged, this, &ServerSession::forget);
    connect(client, &CloacinaClient::hasApiKeyChanged, this, &ServerSession::forget);
}

void ServerSession::connectToServer()
{
    cancel();
    const quint64 check = ++m_check;
    setState(State::Checking);
    if (!m_client) {
        // Settled later, like every other outcome: callers connect to finished() after calling.
        QTimer::singleShot(0, this, [this, check] {
            if (check == m_check)
                settle(false, Error::make(Error::Kind::Network, tr("No server to connect to")));
        });
        return;
    }
    m_hadKey = m_client->hasApiKey();
    qCDebug(lcModel) << "checking" << m_client->baseUrl().toDisplayString();
    const QFuture<Result<QString>> version = m_client->checkServerVersion();
    m_running = { QFuture<void>(version) };
    whenReady(version, this, [this, check](const Result<QString>& v) {
        if (check != m_check)
            return;
        if (!v || !m_client) {
            settle(false, v ? Error::canceled(QStringLiteral("whoami")) : v.error());
            return;
        }
        const QFuture<Result<WhoamiResponse>> who = m_client->whoami();
        m_running = { QFuture<void>(who) };
        whenReady(who, this, [this, check](const Result<WhoamiResponse>& w) {
            if (check != m_check)
                return;
            if (!w) {
                settle(false, w.error());
                return;
            }
            setIdentity(w.value());
            settle(true);
            if (isAdmin())
                loadTenants(check);
        });
    });
}

void ServerSession::loadTenants(quint64 check)
{
    if (!m_client)
        return;
    whenReady(m_client->listTenants(), this, [this, check](const Result<TenantSummaryList>& r) {
        // Not part of the connect: without the list the tenant choice is simply not offered.
        if (check != m_check || !r)
            return;
        QStringList names { QStringLiteral("public") }; // list_tenants names the other schemas
        names += Detail::tenantNames(r.value());
        names.removeDuplicates();
        setTenants(names);
    });
}

void ServerSession::cancel()
{
    ++m_check; // late answers of the abandoned check are dropped
    const QList<QFuture<void>> running = std::exchange(m_running, {});
    for (QFuture<void> f : running)
        f.cancel();
    if (m_state == State::Checking)
        settle(false, Error::canceled(QStringLiteral("connect")));
}

void ServerSession::forget()
{
    cancel();
    if (m_identity) {
        m_identity.reset();
        emit identityChanged();
    }
    setTenants({});
    setState(State::Idle);
}

void ServerSession::setIdentity(const WhoamiResponse& identity)
{
    if (m_identity && m_identity->toJson() == identity.toJson())
        return;
    m_identity = identity;
    emit identityChanged();
}

void ServerSession::settle(bool ok, const Error& error)
{
    m_running.clear();
    const Error settled = error; // a copy: handlers may start over (forget(), a new check)
    setState(ok ? State::Connected : State::Failed, settled);
    emit finished(ok, settled);
}

void ServerSession::setState(State state, const Error& error)
{
    if (state == m_state && error == m_lastError)
        return;
    m_state = state;
    m_lastError = error;
    emit stateChanged();
}

void ServerSession::setTenants(const QStringList& tenants)
{
    if (tenants == m_tenants)
        return;
    m_tenants = tenants;
    emit tenantsChanged();
}

ServerSession::Problem ServerSession::problem() const
{
    return m_state == State::Failed ? classify(m_lastError, m_hadKey) : Problem::None;
}

ServerSession::Problem ServerSession::classify(const Error& error, bool hadKey)
{
    if (error.kind == Error::Kind::Canceled)
        return Problem::None;
    if (error.httpStatus == 401)
        return hadKey ? Problem::KeyRefused : Problem::KeyMissing;
    if (error.httpStatus == 403)
        return Problem::TenantForbidden;
    if (error.httpStatus > 0)
        return Problem::ServerError;
    return Problem::Unreachable;
}

QString ServerSession::keyName() const
{
    return m_identity ? m_identity->name : QString();
}

QString ServerSession::role() const
{
    return m_identity ? m_identity->role : QString();
}

QString ServerSession::tenantId() const
{
    if (!m_identity || !m_identity->tenantId || m_identity->tenantId->isNull())
        return {};
    return m_identity->tenantId->value();
}

QString ServerSession::deniedReason(const QString& operationId, const QString& tenant) const
{
    return accessDeniedReason(m_identity, operationId, tenant);
}

bool ServerSession::isAdmin() const
{
    return m_identity && m_identity->isAdmin;
}

bool ServerSession::mayStartWorkflows() const
{
    // A read-only key gets 403 from execute_workflow.
    return !m_identity || m_identity->isAdmin || m_identity->role != QLatin1String("read");
}

} // namespace Cloacina
