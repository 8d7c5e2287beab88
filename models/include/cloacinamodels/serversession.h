#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/error.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Cloacina {

//! The connect / identity / tenant flow both monitors drive, over a client they own.
//!
//! connectToServer() checks the server and the key in the order an operator needs the answers:
//! `GET /openapi.json` (sets the client's serverVersion; versionMismatch() comes from the
//! client), then `whoami` (who the key belongs to, which decides what the UI offers), then, for
//! admin keys only, `list_tenants` (the tenants the key may switch to; its failure is not a
//! failed connect). finished() settles every connectToServer() exactly once: with success, the
//! first error, or an Error of kind Canceled when the check was cancelled, superseded by
//! another connectToServer(), or the client went away.
//!
//! The identity belongs to the client's URL and key: it is forgotten when the URL changes, when
//! the key is set or cleared, and by forget() (call it after replacing a key by another).
//!
//! Lifetime: does not own the client; a client destroyed mid-check settles it as Canceled.
//! Threading: the client's thread (GUI) only.
class ServerSession : public QObject {
    Q_OBJECT
    //! Where the last connectToServer() stands.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    //! Why the last check failed (kind Canceled when cancelled); a default Error otherwise.
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY stateChanged)
    //! lastError classified for the operator (which field to correct).
    Q_PROPERTY(Problem problem READ problem NOTIFY stateChanged)
    //! True once whoami answered for the current URL and key.
    Q_PROPERTY(bool hasIdentity READ hasIdentity NOTIFY identityChanged)
    //! The key's name; empty without identity.
    Q_PROPERTY(QString keyName READ keyName NOTIFY identityChanged)
    //! The key's role (`admin`, `write`, `read`, …); empty without identity.
    Q_PROPERTY(QString role READ role NOTIFY identityChanged)
    //! The key's tenant; empty without identity and for global keys.
    Q_PROPERTY(QString tenantId READ tenantId NOTIFY identityChanged)
    //! True for an admin key (it may list and watch every tenant).
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY identityChanged)
    //! False when the key's role may not start workflows (the server would answer 403); true
    //! while the identity is unknown, so nothing is refused on a guess.
    Q_PROPERTY(bool mayStartWorkflows READ mayStartWorkflows NOTIFY identityChanged)
    //! For admin keys: `public` and the tenants list_tenants names, without duplicates; empty
    //! for other keys and before the list arrived.
    Q_PROPERTY(QStringList tenants READ tenants NOTIFY tenantsChanged)

public:
    //! Idle: nothing checked (or forgotten); Checking: a check runs; Connected: server and key
    //! answered; Failed: lastError says why.
    enum class State { Idle,
        Checking,
        Connected,
        Failed };
    Q_ENUM(State)
    //! What the operator should correct after a failed check.
    enum class Problem {
        None, //!< no failure (or a cancelled check)
        Unreachable, //!< no answer: URL, network, TLS or timeout
        KeyMissing, //!< 401 and no key was given
        KeyRefused, //!< 401 for the given key
        TenantForbidden, //!< 403: the key may not use this tenant
        ServerError, //!< another HTTP or API error
    };
    Q_ENUM(Problem)

    //! A session without a client.
    explicit ServerSession(QObject* parent = nullptr);
    ~ServerSession() override;

    //! The client checked (not owned), or null.
    CloacinaClient* client() const { return m_client; }
    //! Uses \a client from now on: cancels a running check and forgets the identity.
    void setClient(CloacinaClient* client);

    //! Checks server, key and (admin keys) tenants; see the class comment. A running check is
    //! cancelled first. Without a client it fails at once (asynchronously) with kind Network.
    void connectToServer();
    //! Cancels a running check (finished() with kind Canceled); nothing when none runs.
    void cancel();
    //! Forgets identity and tenants and returns to Idle (a running check is cancelled).
    void forget();
    //! Adopts a whoami answer the caller obtained itself.
    void setIdentity(const WhoamiResponse& identity);

    //! Where the last connectToServer() stands.
    State state() const { return m_state; }
    //! Why the last check failed; a default Error when it did not.
    Error lastError() const { return m_lastError; }
    //! lastError() classified; None unless the state is Failed.
    Problem problem() const;
    //! The last whoami answer for this URL and key, if any.
    const std::optional<WhoamiResponse>& identity() const { return m_identity; }
    //! True once whoami answered for the current URL and key.
    bool hasIdentity() const { return m_identity.has_value(); }
    //! The key's name; empty without identity.
    QString keyName() const;
    //! The key's role; empty without identity.
    QString role() const;
    //! The key's tenant; empty without identity and for global keys.
    QString tenantId() const;
    //! True for an admin key.
    bool isAdmin() const;
    //! False when the key's role may not start workflows; true while unknown.
    bool mayStartWorkflows() const;
    //! For admin keys: `public` and the listed tenants; empty otherwise.
    QStringList tenants() const { return m_tenants; }
    //! Why this key may not call \a operationId in \a tenant (the server's route rules, see
    //! accessDeniedReason()), for a disabled action's tooltip; empty when it may or while the
    //! identity is unknown.
    Q_INVOKABLE QString deniedReason(const QString& operationId, const QString& tenant = QString()) const;

    //! The Problem of \a error for a request made with (\a hadKey) or without a key.
    static Problem classify(const Error& error, bool hadKey);

signals:
    //! state, lastError or problem changed.
    void stateChanged();
    //! The identity was learned or forgotten.
    void identityChanged();
    //! tenants changed.
    void tenantsChanged();
    //! One connectToServer() settled: \a ok, or \a error (kind Canceled when cancelled).
    void finished(bool ok, const Cloacina::Error& error);

private:
    void settle(bool ok, const Error& error = {});
    void setState(State state, const Error& error = {});
    void setTenants(const QStringList& tenants);
    void loadTenants(quint64 check);

    QPointer<CloacinaClient> m_client;
    std::optional<WhoamiResponse> m_identity;
    QStringList m_tenants;
    State m_state = State::Idle;
    Error m_lastError;
    bool m_hadKey = false;
    quint64 m_check = 0; //!< increments per check: answers of an abandoned check are dropped
    QList<QFuture<void>> m_running; //!< the running check's requests, cancelled with it
};

} // namespace Cloacina
