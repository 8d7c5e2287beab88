#pragma once

#include <QLoggingCategory>

//! `cloacina.qml`: the QML module (PendingCall settlement, profile loading). Defaults to
//! QtInfoMsg; enable with `QT_LOGGING_RULES="cloacina.qml.debug=true"`. Never logs a key.
Q_DECLARE_LOGGING_CATEGORY(lcCloacinaQml)
