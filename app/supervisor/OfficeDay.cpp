// The office's day for a supervisor: store::supervisorDay behind the role check, the reading audited.
#include "OfficeDay.h"

#include "audit/AuditTrail.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"

#include <QCoreApplication>

namespace madoguchi::supervisor {

Result<QList<store::VisitSummary>> officeDay(const store::Connection& local, const store::Connection& central,
                                             const privacy::KeyRing& keys, const QString& terminalId,
                                             const staff::Principal& who, const QDate& day,
                                             const QString& onlyTerminal) {
    using R = Result<QList<store::VisitSummary>>;
    const QString subject =
        day.toString(Qt::ISODate) + (onlyTerminal.isEmpty() ? QString() : QLatin1Char(' ') + onlyTerminal);
    audit::AuditTrail trail(local, keys);
    if (Outcome allowed =
            staff::authorizeAudited(who, staff::Action::ViewSupervisorDay, local, trail, terminalId, subject);
        !allowed)
        return R::refused(allowed);
    R visits = store::supervisorDay(central, day, onlyTerminal);
    if (!visits)
        return visits;
    QString detail;
    store::Transaction transaction(local);
    if (!transaction.isOpen() ||
        !trail.append({who.staffId, terminalId, QStringLiteral("%1 visit(s)").arg(visits->size())},
                      QStringLiteral("supervisor.day"), subject, &detail) ||
        !transaction.commit())
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "The reading could not be "
                                                                                     "recorded in the audit trail, "
                                                                                     "so it is not shown."),
                                           detail));
    return visits;
}

} // namespace madoguchi::supervisor
