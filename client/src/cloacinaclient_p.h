#pragma once

#include "dispatcher_p.h"
#include "transport_p.h"

#include <cloacina/cloacinaclient.h>

#include <QPointer>

namespace Cloacina {

// The client's state, and the Dispatcher its operations are sent through.
class CloacinaClientPrivate : public Cloacina::Dispatcher {
public:
    explicit CloacinaClientPrivate(CloacinaClient* q);

    void dispatch(Cloacina::Request request, QFuture<void> handle,
        std::function<void(Cloacina::Result<Cloacina::Response>)> done) override;
    QString resolveTenant(const QString& perCall) const override;
    //! Scrubs the key from \a error, logs it and makes it lastError.
    void reviewDecodeError(Cloacina::Error& error) override;

    //! Connection state and lastError from a settled call.
    void observe(const Cloacina::Request& request, const Cloacina::Result<Cloacina::Response>& result);
    void setConnectionState(CloacinaClient::ConnectionState state);
#if QT_CONFIG(ssl)
    QSslConfiguration& sslConfiguration();
#endif

    CloacinaClient* q;
    Cloacina::Internal::Transport* transport; // child of q
    QString tenant = QStringLiteral("public");
    CloacinaClient::ConnectionState connectionState = CloacinaClient::ConnectionState::Unknown;
    Cloacina::Error lastError;
    QString serverVersion;
    bool insecure = false;
    bool insecureWarned = false;
};

} // namespace Cloacina
