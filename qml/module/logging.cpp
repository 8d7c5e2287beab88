#include "logging_p.h"

Q_LOGGING_CATEGORY(lcCloacinaQml, "cloacina.qml", QtInfoMsg)
