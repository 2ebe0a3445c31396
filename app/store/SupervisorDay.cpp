// The supervisor's day (業務日) at the centre: every visit of one office-day or one terminal-day with what it issued
// and what was paid — the query behind the supervisor screen (indexes visits_by_day_terminal, *_by_day).
#include "SupervisorDay.h"

#include "DataLogging.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::store {

Result<QList<VisitSummary>> supervisorDay(const Connection& central, const QDate& day, const QString& terminalId) {
    using R = Result<QList<VisitSummary>>;
    // The day's certificates and payments are read as two index range scans on business_date and joined by hash;
    // one lookup per visit (correlated sub-selects) took ~270 ms for an office-day of 5,500 visits.
    QString sql = QStringLiteral(
        "SELECT v.id, v.terminal_id, v.reception_number, v.channel, v.language, v.received_at, v.completed_at, "
        "coalesce(d.n, 0), coalesce(d.voided, 0), coalesce(d.fees, 0), coalesce(p.paid, 0) "
        "FROM visits v "
        "LEFT JOIN (SELECT visit_id, count(*) AS n, count(voided_at) AS voided, "
        "           sum(CASE WHEN voided_at IS NULL THEN fee ELSE 0 END) AS fees "
        "           FROM issued_documents WHERE business_date = ? GROUP BY visit_id) d ON d.visit_id = v.id "
        "LEFT JOIN (SELECT visit_id, sum(amount) AS paid FROM payments WHERE business_date = ? GROUP BY visit_id) p "
        "       ON p.visit_id = v.id "
        "WHERE v.business_date = ?");
    if (!terminalId.isEmpty())
        sql += QStringLiteral(" AND v.terminal_id = ?");
    sql += QStringLiteral(" ORDER BY v.received_at");
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < 3; ++i)
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
