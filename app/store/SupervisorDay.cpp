// The supervisor's day (業務日) at the centre: every visit of one office-day or one terminal-day with what it issued
// and what was paid — the query behind the supervisor screen, indexed by visits_by_day_terminal.
#include "SupervisorDay.h"

#include "DataLogging.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::store {

Result<QList<VisitSummary>> supervisorDay(const Connection& central, const QDate& day, const QString& terminalId) {
    using R = Result<QList<VisitSummary>>;
    // Correlated sub-selects on the per-visit indexes: cheaper than joining and grouping the day's three tables.
    QString sql = QStringLiteral(
        "SELECT v.id, v.terminal_id, v.reception_number, v.channel, v.language, v.received_at, v.completed_at, "
        "(SELECT count(*) FROM issued_documents d WHERE d.visit_id = v.id), "
        "(SELECT count(*) FROM issued_documents d WHERE d.visit_id = v.id AND d.voided_at IS NOT NULL), "
        "(SELECT coalesce(sum(d.fee), 0) FROM issued_documents d WHERE d.visit_id = v.id AND d.voided_at IS NULL), "
        "(SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.visit_id = v.id) "
        "FROM visits v WHERE v.business_date = ?");
    if (!terminalId.isEmpty())
        sql += QStringLiteral(" AND v.terminal_id = ?");
    sql += QStringLiteral(" ORDER BY v.received_at");
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!terminalId.isEmpty())
        q.addBindValue(terminalId);
    if (!q.exec()) {
        qCWarning(lcStore) << "supervisor day failed:" << q.lastError().text();
        return R::refused(Outcome::failure(
            QCoreApplication::translate("store", "The day's visits cannot be read from the central database."),
            q.lastError().text()));
    }
    QList<VisitSummary> visits;
    while (q.next()) {
        visits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt(),
                       q.value(8).toInt(), q.value(9).toLongLong(), q.value(10).toLongLong()});
    }
    return R::of(visits);
}

} // namespace madoguchi::store
