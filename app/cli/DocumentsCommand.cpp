// `madoguchi-cli documents purge`: delete the issued PDFs past print/retention_days now, instead of waiting for the
// counter's own sweep at start (an administrator emptying a terminal before it leaves the office, say).
#include "CliSignIn.h"
#include "CliStores.h"
#include "Settings.h"
#include "issuance/DocumentRetention.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::cli {

int runDocuments(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("purge"),
                                 QCoreApplication::translate("cli", "Delete issued PDFs past the retention period."));
    addSignInOption(parser);
    const QCommandLineOption daysOption(
        QStringLiteral("days"),
        QCoreApplication::translate("cli", "Keep this many days instead of print/retention_days (1 to 3650)."),
        QStringLiteral("N"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QCoreApplication::translate("cli", "Only say what would be deleted."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print the result as JSON."));
    parser.addOptions({daysOption, dryRunOption, jsonOption});
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "Issued PDFs kept for reprinting: documents purge --as L."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments() != QStringList{QStringLiteral("purge")})
        return context.fail(QCoreApplication::translate("cli", "Give the subcommand: documents purge."), UsageError);

    int days = context.settings.value(QStringLiteral("print/retention_days")).toInt();
    if (parser.isSet(daysOption)) {
        bool ok = false;
        days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return context.fail(QCoreApplication::translate("cli", "--days takes 1 to 3650."), UsageError);
    }
    const QString dir = context.settings.value(QStringLiteral("print/document_dir"));
    // The PDFs hold residents' data: deleting them is an administrator's decision, checked before they are looked at.
    const std::optional<staff::Principal> who = signInFor(context, parser, staff::Action::PurgeDocuments, dir);
    if (!who)
        return Failure;
    if (days <= 0)
        return context.fail(QCoreApplication::translate(
            "cli", "print/retention_days is 0 (keep for ever): give --days N to delete PDFs older than N days."));

    const QDate today = QDate::currentDate();
    const bool dryRun = parser.isSet(dryRunOption);
    const issuance::RetentionSweep sweep =
        dryRun ? issuance::expiredDocuments(dir, today, days) : issuance::removeExpiredDocuments(dir, today, days);
    if (!dryRun) {
        QString detail;
        const QString reason =
            QStringLiteral("retention %1 days: %2 files in %3 day folders%4")
                .arg(days)
                .arg(sweep.files)
                .arg(sweep.dayFolders.size())
                .arg(sweep.failures.isEmpty() ? QString() : QStringLiteral(", %1 left").arg(sweep.failures.size()));
        if (!auditEvent(context, *who, QStringLiteral("documents.purged"), dir, reason, &detail))
            context.err << QCoreApplication::translate("cli",
                                                       "The deletion could not be recorded in the audit trail: %1")
                               .arg(detail)
                        << Qt::endl;
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject json{{QStringLiteral("dry_run"), dryRun},
                         {QStringLiteral("retention_days"), days},
                         {QStringLiteral("day_folders"), QJsonArray::fromStringList(sweep.dayFolders)},
                         {QStringLiteral("files"), sweep.files},
                         {QStringLiteral("failures"), QJsonArray::fromStringList(sweep.failures)}};
        context.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out << (dryRun ? QCoreApplication::translate("cli", "Would delete %1 files in %2 day folders (older "
                                                                    "than %3 days).")
                               : QCoreApplication::translate("cli", "Deleted %1 files in %2 day folders (older than "
                                                                    "%3 days)."))
                           .arg(sweep.files)
                           .arg(sweep.dayFolders.size())
                           .arg(days)
                    << Qt::endl;
        for (const QString& failure : sweep.failures)
            context.err << QCoreApplication::translate("cli", "Could not delete %1").arg(failure) << Qt::endl;
    }
    return sweep.failures.isEmpty() ? Success : Failure;
}

} // namespace madoguchi::cli
