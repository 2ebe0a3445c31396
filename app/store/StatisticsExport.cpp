// The office's statistics as CSV (統計): counts and fees per day, terminal, channel and certificate type.
#include "StatisticsExport.h"

#include "store/Connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::store {

namespace {
QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

Result<StatisticsCsv> exportStatistics(const Connection& central, const staff::Principal& who, const QDate& from,
                                       const QDate& to) {
    using R = Result<StatisticsCsv>;
    if (Outcome allowed = staff::authorize(who, staff::Action::ExportData); !allowed)
        return R::refused(allowed);
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    // Visits without certificates (applications only) count too: LEFT JOIN, type "-".
    q.prepare(QStringLiteral("SELECT v.business_date, v.terminal_id, v.channel, coalesce(d.document_type, '-'), "
                             "count(DISTINCT v.id), count(d.id), coalesce(sum(d.copies), 0), "
                             "coalesce(sum(CASE WHEN d.voided_at IS NULL THEN d.fee ELSE 0 END), 0), "
                             "count(d.voided_at) "
                             "FROM visits v LEFT JOIN issued_documents d ON d.visit_id = v.id "
                             "WHERE v.business_date BETWEEN ? AND ? "
                             "GROUP BY v.business_date, v.terminal_id, v.channel, coalesce(d.document_type, '-') "
                             "ORDER BY 1, 2, 3, 4"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return R::refused(Outcome::failure(QCoreApplication::translate("cli", "The statistics could not be read."),
                                           q.lastError().text()));
    StatisticsCsv result;
    result.csv = QStringLiteral("date,terminal,channel,document_type,visits,documents,copies,fees_yen,voided\n");
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields.append(csvField(q.value(i).toString()));
        result.csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        ++result.rows;
    }
    return R::of(std::move(result));
}

} // namespace madoguchi::store
