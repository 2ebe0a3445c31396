// madoguchi-cli: the same core as the desktop application, without widgets.
#include "CliMain.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "FileModes.h"
#include "LogSink.h"
#include "Settings.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace madoguchi::cli {

// Each command lives in its own file under cli/ and is listed here once.
int runStatus(CliContext& context);
int runDb(CliContext& context);
int runStaff(CliContext& context);
int runSync(CliContext& context);
int runAudit(CliContext& context);
int runVerifyCode(CliContext& context);
int runExport(CliContext& context);
int runSimulate(CliContext& context);
int runRegistry(CliContext& context);
int runPrint(CliContext& context);
int runCard(CliContext& context);
int runGuidance(CliContext& context);
int runCentral(CliContext& context);
int runCatalogue(CliContext& context);
int runQueue(CliContext& context);
int runSupervisor(CliContext& context);
int runDocuments(CliContext& context);
int runVisit(CliContext& context);
int runKiosk(CliContext& context);
int runKeys(CliContext& context);

namespace {
struct Command {
    const char* name;
    const char* summary; // translated in context "cli"
    int (*run)(CliContext&);
};

const Command kCommands[] = {
    {"status", QT_TRANSLATE_NOOP("cli", "Show card readers and database state."), runStatus},
    {"db", QT_TRANSLATE_NOOP("cli", "Create or update the databases: db init|migrate [--central URL]."), runDb},
    {"staff", QT_TRANSLATE_NOOP("cli", "Add a staff account: staff add --login L --name N --role R."), runStaff},
    {"sync", QT_TRANSLATE_NOOP("cli", "Send waiting visits to the central database [--once]."), runSync},
    {"audit", QT_TRANSLATE_NOOP("cli", "The audit trail: audit verify | anchor."), runAudit},
    {"verify-code", QT_TRANSLATE_NOOP("cli", "Check a certificate's verification code."), runVerifyCode},
    {"export", QT_TRANSLATE_NOOP("cli", "Statistics as CSV: export --from DATE --to DATE."), runExport},
    {"registry", QT_TRANSLATE_NOOP("cli", "Import the registry: registry import FILE.csv."), runRegistry},
    {"simulate", QT_TRANSLATE_NOOP("cli", "Record simulated visits: simulate --visits N."), runSimulate},
    {"print", QT_TRANSLATE_NOOP("cli", "Render a document template to PDF; list the templates."), runPrint},
    {"card", QT_TRANSLATE_NOOP("cli", "Read the My Number card: readers, status, read, diag."), runCard},
    {"guidance", QT_TRANSLATE_NOOP("cli", "A resident's guidance sheet as PDF: guidance --language L --done ID."),
     runGuidance},
    {"central", QT_TRANSLATE_NOOP("cli", "Set up the central database: central init|add-terminal|add-supervisor."),
     runCentral},
    {"catalogue", QT_TRANSLATE_NOOP("cli", "The procedures catalogue: catalogue list [--json] | check DIR."),
     runCatalogue},
    {"queue",
     QT_TRANSLATE_NOOP("cli", "The reception queue: queue groups|issue|call-next|recall|absent|transfer|list|"
                              "notice|publish."),
     runQueue},
    {"supervisor",
     QT_TRANSLATE_NOOP("cli",
                       "The supervisor's work: supervisor day|visit|void|reissue|reconcile|close|reopen|kpi|export."),
     runSupervisor},
    {"documents", QT_TRANSLATE_NOOP("cli", "Issued PDFs past the retention period: documents purge --as L."),
     runDocuments},
    {"keys", QT_TRANSLATE_NOOP("cli", "Seal the stored My Numbers under a new key: keys rotate --as ADMIN."), runKeys},
    {"visit", QT_TRANSLATE_NOOP("cli", "Scripted visits through the counter's workflow: visit run SCRIPT.json."),
     runVisit},
    {"kiosk",
     QT_TRANSLATE_NOOP("cli", "The lobby kiosk: kiosk set-staff-pin|clear-staff-pin --as ADMIN [--office-wide] (the "
                              "PIN on standard input)."),
     runKiosk},
};

// --language LANG or --language=LANG before the command, else the system locale's language.
QString requestedLanguage(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--language=")))
            return arg.mid(11);
        if (!arg.startsWith(QLatin1Char('-')))
            break; // the command: what follows is its own
    }
    return QLocale::system().name().section(QLatin1Char('_'), 0, 0);
}

QString commandSummary() {
    QString text = QCoreApplication::translate("cli", "Commands:") + QLatin1Char('\n');
    for (const Command& command : kCommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(12),
                         QCoreApplication::translate("cli", command.summary));
    }
    return text;
}
} // namespace

int run(int argc, char** argv) {
    files::restrictUmask();
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    // The help text is built before the options are parsed, so the language is picked from the raw arguments first.
    const QString language = requestedLanguage(app.arguments());
    if (language != QLatin1String("en") && language != QLatin1String("C"))
        Translations::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Madoguchi counter terminal, command-line tools.") + QLatin1Char('\n') +
        commandSummary());
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "The command to run."),
                                 QStringLiteral("<command> [options]"));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const CommonOptions common = readCommonOptions(parser);
    Settings settings(common.configFile);
    LogSink::install(settings.logDir(), common.verbose, LogRotation::fromSettings(settings));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << parser.helpText() << Qt::endl;
        return UsageError;
    }
    const QString name = positional.first();
    for (const Command& command : kCommands) {
        if (name == QLatin1String(command.name)) {
            QStringList args = positional.mid(1);
            args.prepend(QStringLiteral("madoguchi-cli %1").arg(name));
            CliContext context{settings, args, out, err, common.verbose};
            const int code = command.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("cli", "Unknown command: %1").arg(name) << Qt::endl << commandSummary();
    return UsageError;
}

} // namespace madoguchi::cli
