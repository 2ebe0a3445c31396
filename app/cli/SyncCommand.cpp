// `madoguchi-cli sync [--once]`: sends this terminal's waiting visits to the centre and fetches reference data;
// without --once it keeps running, backing off while the centre is away (what the terminal's background sync does).
#include "CliStores.h"
#include "Settings.h"
#include "store/StoreLocations.h"
#include "sync/SyncRound.h"
#include "sync/Synchroniser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace madoguchi::cli {

namespace {
void quitOnSignal(int) {
    QCoreApplication::quit();
}

// `sync set-aside [--retry] [--json]`: the rows are visits and voids of this terminal; the list shows their outbox
// number, kind, refusals and the centre's reason — no resident data.
int setAside(CliContext& context, bool retry, bool json) {
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return Failure;
    if (retry) {
        QString detail;
        const int count = sync::retrySetAside(stores->local, &detail);
        if (count < 0)
            return context.fail(
                QCoreApplication::translate("cli", "The set-aside records could not be put back: %1").arg(detail));
        context.out << QCoreApplication::translate(
                           "cli", "%n record(s) back in the outbox; they go with the next sync.", nullptr, count)
                    << Qt::endl;
        return Success;
    }
    const QList<sync::SetAsideRow> rows = sync::setAsideRows(stores->local);
    if (json) {
        QJsonArray array;
        for (const sync::SetAsideRow& r : rows)
            array.append(QJsonObject{{QStringLiteral("seq"), r.seq},
                                     {QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("attempts"), r.attempts},
                                     {QStringLiteral("reason"), r.reason},
                                     {QStringLiteral("set_aside_at"), r.setAsideAt}});
        context.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return Success;
    }
    if (rows.isEmpty())
        context.out << QCoreApplication::translate("cli", "Nothing is set aside.") << Qt::endl;
    for (const sync::SetAsideRow& r : rows)
        context.out
            << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(r.seq).arg(r.kind).arg(r.attempts).arg(r.setAsideAt, r.reason)
            << Qt::endl;
    return Success;
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
    parser.addPositionalArgument(
        QStringLiteral("set-aside"),
        QCoreApplication::translate("cli", "List the records the centre refused again and again (--retry: send them "
                                           "again once the cause is fixed)."),
        QStringLiteral("[set-aside]"));
    parser.addOption(
        {QStringLiteral("retry"), QCoreApplication::translate("cli", "With set-aside: put them back in the outbox.")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "With set-aside: as JSON.")});
    const int early = parseCommandLine(
        context, parser, QCoreApplication::translate("cli", "Send waiting visits to the central database."));
    if (early >= 0)
        return early;
    if (!parser.positionalArguments().isEmpty()) {
        if (parser.positionalArguments() != QStringList{QStringLiteral("set-aside")})
            return context.fail(QCoreApplication::translate("cli", "sync takes no argument but set-aside."),
                                UsageError);
        return setAside(context, parser.isSet(QStringLiteral("retry")), parser.isSet(QStringLiteral("json")));
    }
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
    options.setAsideAfter = qBound(1, context.settings.value(QStringLiteral("sync/set_aside_after")).toInt(), 100);
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
