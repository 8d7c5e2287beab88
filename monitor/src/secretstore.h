#pragma once

#include <QObject>
#include <functional>

namespace Cloacina::Monitor {

//! API keys in the system keychain (Secret Service / KWallet / macOS Keychain via QtKeychain),
//! never in QSettings. Every call is asynchronous and settles once; when no keychain service
//! is reachable the callback gets ok=false with the reason, fast (QtKeychain fails in < 0.2 s).
class SecretStore : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(QObject* parent = nullptr);

    //! The keychain entry name of a connection.
    static QString keyFor(const QString& url, const QString& tenant);
    //! Stores \a secret under \a key.
    void write(const QString& key, const QString& secret, std::function<void(bool ok, QString error)> done);
    //! Reads \a key; ok=false with an empty error means "no such entry".
    void read(const QString& key, std::function<void(bool ok, QString secret, QString error)> done);
    void remove(const QString& key);
    //! False once a call failed because no keychain service is available.
    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

signals:
    //! The keychain turned out to be unavailable (shown as a notice; keys then live only in memory).
    void unavailable(const QString& reason);

private:
    void markUnavailable(const QString& reason);
    bool m_available = true;
    QString m_reason;
};

} // namespace Cloacina::Monitor
