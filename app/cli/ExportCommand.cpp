// `madoguchi-cli export --from DATE --to DATE`: the office's statistics as CSV — counts and fees per day, terminal
// and certificate type. Aggregates only: no names, no resident ids, no serial numbers.
#include "CliStores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::cli {

namespace {
QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

int runExport(CliContext& context) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("from"), QCoreApplication::translate("cli", "First day, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("to"), QCoreApplication::translate("cli", "Last day, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("output"),
                      QCoreApplication::translate("cli", "Write to this file instead of standard output."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    const int early = parseCommandLine(
        context, parser, QCoreApplication::translate("cli", "Export statistics as CSV (no personal data)."));
    if (early >= 0)
        return early;
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return context.fail(QCoreApplication::translate("cli", "Give --from and --to as dates, e.g. 2026-04-01."),
                            UsageError);
    if (from > to)
        return context.fail(QCoreApplication::translate("cli", "--from must not be after --to."), UsageError);
    std::optional<store::Connection> central = openCentralStore(context, parser.value(QStringLiteral("central")));
    if (!central)
        return Failure;

    QSqlQuery q(central->db());
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
        return refuse(context, Outcome::failure(QCoreApplication::translate("cli", "The statistics could not be read."),
                                                q.lastError().text()));

    QString csv = QStringLiteral("date,terminal,channel,document_type,visits,documents,copies,fees_yen,voided\n");
    int rows = 0;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields.append(csvField(q.value(i).toString()));
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        ++rows;
    }
    if (parser.isSet(QStringLiteral("output"))) {
        QFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv.toUtf8()) < 0)
            return context.fail(
                QCoreApplication::translate("cli", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        context.err << QCoreApplication::translate("cli", "%1 row(s) written to %2.").arg(rows).arg(file.fileName())
                    << Qt::endl;
    } else {
        context.out << csv;
    }
    return Success;
}

} // namespace madoguchi::cli
