#include "secretstore.h"

#include "logging_p.h"

#ifdef CLOACINA_MONITOR_HAS_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Cloacina::Monitor {

namespace {
    const QString service = QStringLiteral("cloacina-monitor");
}

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

QString SecretStore::keyFor(const QString& url, const QString& tenant)
{
    return QStringLiteral("api-key %1 %2").arg(url, tenant);
}

void SecretStore::markUnavailable(const QString& reason)
{
    if (!m_available)
        return;
    m_available = false;
    m_reason = reason;
    qCWarning(lcMonitor) << "system keychain unavailable:" << reason;
    emit unavailable(reason);
}

#ifdef CLOACINA_MONITOR_HAS_KEYCHAIN
void SecretStore::write(const QString& key, const QString& secret, std::function<void(bool, QString)> done)
{
    auto* job = new QKeychain::WritePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job*) {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok && job->error() != QKeychain::EntryNotFound)
            markUnavailable(job->errorString());
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::read(const QString& key, std::function<void(bool, QString, QString)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
            done(true, job->textData(), {});
            return;
        }
        if (job->error() == QKeychain::EntryNotFound) {
            done(false, {}, {});
            return;
        }
        markUnavailable(job->errorString());
        done(false, {}, job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}
#else
// Built without QtKeychain: keys are never persisted.
void SecretStore::write(const QString&, const QString&, std::function<void(bool, QString)> done)
{
    markUnavailable(tr("built without QtKeychain"));
    done(false, m_reason);
}

void SecretStore::read(const QString&, std::function<void(bool, QString, QString)> done)
{
    markUnavailable(tr("built without QtKeychain"));
    done(false, {}, m_reason);
}

void SecretStore::remove(const QString&) { }
#endif

} // namespace Cloacina::Monitor
