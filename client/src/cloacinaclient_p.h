#pragma once

#include "transport_p.h"

#include <cloacina/cloacinaclient.h>

#include <QPointer>

class CloacinaClientPrivate {
public:
    explicit CloacinaClientPrivate(CloacinaClient* q);

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
