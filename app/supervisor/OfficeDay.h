// The office's day for a supervisor: store::supervisorDay behind the role check, the reading audited.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"
#include "store/SupervisorDay.h"

namespace madoguchi::privacy {
class KeyRing;
}

namespace madoguchi::supervisor {

// ViewSupervisorDay; audited on `local` as "supervisor.day" (subject: the day, and the terminal when one is given).
Result<QList<store::VisitSummary>> officeDay(const store::Connection& local, const store::Connection& central,
                                             const privacy::KeyRing& keys, const QString& terminalId,
                                             const staff::Principal& who, const QDate& day,
                                             const QString& onlyTerminal = {});

} // namespace madoguchi::supervisor
