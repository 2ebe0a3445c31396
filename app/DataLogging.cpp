// Logging categories of the data half of the core: stores, sync and the audit trail.
#include "DataLogging.h"

Q_LOGGING_CATEGORY(lcStore, "madoguchi.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "madoguchi.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "madoguchi.audit", QtInfoMsg)
