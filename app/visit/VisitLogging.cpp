// Logging category of the visit workflow.
#include "VisitLogging.h"

Q_LOGGING_CATEGORY(lcVisit, "madoguchi.visit", QtInfoMsg)
