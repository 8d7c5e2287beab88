#include "logging_p.h"

Q_LOGGING_CATEGORY(lcModel, "cloacina.monitor.model", QtInfoMsg)
