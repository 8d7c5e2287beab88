#pragma once

#include <cloacina/cloacinaclient.h>

class QObject;

namespace Cloacina {

//! The CloacinaClient that \a object stands for: \a object itself when it is one, else the
//! client a wrapper holds and publishes as its `sdk` property (the QML module's `Client`);
//! nullptr for anything else (and for nullptr). This is how the models' QML-facing `client`
//! properties accept both.
CloacinaClient* clientOf(QObject* object);

} // namespace Cloacina
