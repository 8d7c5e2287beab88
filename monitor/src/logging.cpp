#include "logging_p.h"

Q_LOGGING_CATEGORY(lcMonitor, "cloacina.monitor", QtInfoMsg)
