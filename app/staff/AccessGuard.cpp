// The check an entry point makes before acting, with the refusal written to the terminal's audit trail.
#include "AccessGuard.h"

#include "DataLogging.h"
#include "audit/AuditTrail.h"
#include "store/Connection.h"

namespace madoguchi::staff {

Outcome authorizeAudited(const Principal& who, Action action, const store::Connection& local, audit::AuditTrail& trail,
                         const QString& terminalId, const QString& subject) {
    Outcome outcome = authorize(who, action);
    if (outcome)
        return outcome;
    qCWarning(lcAudit).noquote() << outcome.detail;
    store::Transaction transaction(local);
    QString detail;
    const QString what = subject.isEmpty() ? actionName(action) : actionName(action) + QLatin1Char(' ') + subject;
    if (!transaction.isOpen() ||
        !trail.append({who.signedIn ? who.staffId : QString(), terminalId, outcome.detail},
                      QStringLiteral("access.refused"), what, &detail) ||
        !transaction.commit())
        qCCritical(lcAudit) << "refusal of" << actionName(action) << "could not be recorded:" << detail;
    return outcome;
}

} // namespace madoguchi::staff
