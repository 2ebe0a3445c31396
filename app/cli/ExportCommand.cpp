// `madoguchi-cli export --from DATE --to DATE`: the office's statistics as CSV — counts and fees per day, terminal
// and certificate type. Aggregates only: no names, no resident ids, no serial numbers.
#include "CliSignIn.h"
#include "CliStores.h"
#include "store/StatisticsExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>

namespace madoguchi::cli {

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
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "Export statistics as CSV (no personal data). Needs a supervisor or admin "
                                           "sign-in: --as LOGIN, the password on standard input."));
    if (early >= 0)
        return early;
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return context.fail(QCoreApplication::translate("cli", "Give --from and --to as dates, e.g. 2026-04-01."),
                            UsageError);
    if (from > to)
        return context.fail(QCoreApplication::translate("cli", "--from must not be after --to."), UsageError);
    const QString centralUrl = parser.value(QStringLiteral("central"));
    const QString period = from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ExportData, period, centralUrl);
    if (!who)
        return Failure;
    std::optional<store::Connection> central = openCentralStore(context, centralUrl);
    if (!central)
        return Failure;
    const Result<store::StatisticsCsv> exported = store::exportStatistics(*central, *who, from, to);
    if (!exported)
        return refuse(context, exported.outcome);
    QString detail;
    if (!auditEvent(context, *who, QStringLiteral("export.statistics"), period,
                    QStringLiteral("%1 row(s)").arg(exported->rows), &detail))
        return refuse(context, Outcome::failure(QCoreApplication::translate(
                                                    "cli", "The export could not be recorded in the audit trail, so "
                                                           "it is not written."),
                                                detail));
    if (parser.isSet(QStringLiteral("output"))) {
        QFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(exported->csv.toUtf8()) < 0)
            return context.fail(
                QCoreApplication::translate("cli", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        context.err
            << QCoreApplication::translate("cli", "%1 row(s) written to %2.").arg(exported->rows).arg(file.fileName())
            << Qt::endl;
    } else {
        context.out << exported->csv;
    }
    return Success;
}

} // namespace madoguchi::cli
