// `madoguchi-cli status`: what the status screen shows, for scripts and the help desk.
#include "CliContext.h"
#include "DatabaseStatus.h"
#include "ReaderMonitor.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::cli {

namespace {
QJsonObject toJson(const DatabaseState& state) {
    return {{QStringLiteral("backend"),
             state.backend == DatabaseState::Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
            {QStringLiteral("location"), state.location},
            {QStringLiteral("reachable"), state.reachable},
            {QStringLiteral("version"), state.version},
            {QStringLiteral("detail"), state.detail}};
}

QString describeDatabase(const QString& label, const DatabaseState& state) {
    const QString verdict = state.reachable ? QCoreApplication::translate("cli", "available")
                                            : QCoreApplication::translate("cli", "not available");
    QString line = QStringLiteral("%1: %2 (%3)").arg(label, verdict, state.location);
    if (!state.reachable && !state.detail.isEmpty())
        line += QStringLiteral(" — ") + state.detail;
    return line;
}
} // namespace

int runStatus(CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Show card readers and database state."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("json")}, QCoreApplication::translate("cli", "Print one JSON object.")});
    if (!parser.parse(context.arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }

    const card::ReaderSnapshot readers = card::ReaderMonitor::probeOnce();
    const Settings& settings = context.settings;
    const DatabaseState local = DatabaseStatus::probeSqlite(DatabaseState::Store::Local, settings.localDatabasePath());
    const DatabaseState central =
        settings.centralDatabaseUrl().isEmpty()
            ? DatabaseStatus::probeSqlite(DatabaseState::Store::Central, settings.centralSqlitePath())
            : DatabaseStatus::probePostgres(settings.centralDatabaseUrl());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray readerList;
        for (const card::ReaderInfo& r : readers.readers) {
            readerList.append(QJsonObject{{QStringLiteral("name"), r.name},
                                          {QStringLiteral("card_present"), r.cardPresent},
                                          {QStringLiteral("atr"), QString::fromLatin1(r.atr.toHex().toUpper())}});
        }
        const QJsonObject report{
            {QStringLiteral("pcscd"), readers.service == card::ReaderSnapshot::Service::Running},
            {QStringLiteral("readers"), readerList},
            {QStringLiteral("local_database"), toJson(local)},
            {QStringLiteral("central_database"), toJson(central)},
        };
        context.out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        if (readers.service != card::ReaderSnapshot::Service::Running) {
            context.out << QCoreApplication::translate("cli", "PC/SC service: not running (%1)").arg(readers.detail)
                        << Qt::endl;
        } else {
            const int count = static_cast<int>(readers.readers.size());
            const QString line =
                QCoreApplication::translate("cli", "PC/SC service: running, %n reader(s)", nullptr, count);
            context.out << line << Qt::endl;
            for (const card::ReaderInfo& r : readers.readers) {
                context.out << QStringLiteral("  %1: %2")
                                   .arg(r.name, r.cardPresent ? QCoreApplication::translate("cli", "card present")
                                                              : QCoreApplication::translate("cli", "no card"))
                            << Qt::endl;
            }
        }
        context.out << describeDatabase(QCoreApplication::translate("cli", "Local database"), local) << Qt::endl
                    << describeDatabase(QCoreApplication::translate("cli", "Central database"), central) << Qt::endl;
    }
    return local.reachable && central.reachable ? Success : Failure;
}

} // namespace madoguchi::cli
