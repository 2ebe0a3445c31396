// `madoguchi-cli sync [--once]`: sends this terminal's waiting visits to the centre and fetches reference data;
// without --once it keeps running, backing off while the centre is away (what the terminal's background sync does).
#include "CliStores.h"
#include "Settings.h"
#include "store/StoreLocations.h"
#include "sync/Synchroniser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>

namespace madoguchi::cli {

namespace {
void quitOnSignal(int) {
    QCoreApplication::quit();
}
} // namespace

int runSync(CliContext& context) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("once"),
                      QCoreApplication::translate("cli", "One round, then exit: 0 when everything was sent.")});
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("batch"),
                      QCoreApplication::translate("cli", "Visits per central transaction (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("interval"),
                      QCoreApplication::translate("cli", "Seconds between rounds while online (default 10)."),
                      QStringLiteral("S"), QStringLiteral("10")});
    const int early = parseCommandLine(
        context, parser, QCoreApplication::translate("cli", "Send waiting visits to the central database."));
    if (early >= 0)
        return early;
    bool ok = false;
    const int batch = parser.value(QStringLiteral("batch")).toInt(&ok);
    if (!ok || batch < 1 || batch > 5000)
        return context.fail(QCoreApplication::translate("cli", "--batch must be between 1 and 5000."), UsageError);
    const double interval = parser.value(QStringLiteral("interval")).toDouble(&ok);
    if (!ok || interval <= 0)
        return context.fail(QCoreApplication::translate("cli", "--interval must be a positive number of seconds."),
                            UsageError);

    // The local store must exist and be current before anything is read from it.
    {
        std::optional<TerminalStores> stores = openTerminal(context);
        if (!stores)
            return Failure;
    }
    sync::SyncOptions options;
    options.terminalId = store::terminalId(context.settings);
    options.batchSize = batch;
    sync::Synchroniser synchroniser(context.settings.localDatabasePath(),
                                    store::centralLocation(context.settings, parser.value(QStringLiteral("central"))),
                                    options);
    const bool once = parser.isSet(QStringLiteral("once"));
    QObject::connect(&synchroniser, &sync::Synchroniser::synced, &synchroniser,
                     [&context, once](const sync::SyncReport& report) {
                         // Running on, a quiet round is not news.
                         if (!once && report.visitsSent == 0 && report.voidsSent == 0)
                             return;
                         context.out << QCoreApplication::translate(
                                            "cli", "Sent %1 visit(s), %2 void(s), %3 audit event(s); %4 waiting.")
                                            .arg(report.visitsSent)
                                            .arg(report.voidsSent)
                                            .arg(report.auditEventsSent)
                                            .arg(report.waiting)
                                     << Qt::endl;
                     });
    QObject::connect(&synchroniser, &sync::Synchroniser::onlineChanged, &synchroniser,
                     [&context, &synchroniser](bool online) {
                         if (!online)
                             context.err << synchroniser.lastProblem() << Qt::endl;
                     });
    if (once) {
        if (synchroniser.syncNow())
            return Success;
        return context.fail(synchroniser.lastProblem());
    }
    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    synchroniser.start(static_cast<int>(interval * 1000));
    QCoreApplication::exec();
    return Success;
}

} // namespace madoguchi::cli
