// `madoguchi-cli registry import FILE.csv`: the city's registry extract into the central store, all rows or none,
// with every refused row listed for the person who prepared the file.
#include "CliSignIn.h"
#include "CliStores.h"
#include "DataLogging.h"
#include "registry/RegistryCsv.h"
#include "store/RegistryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace madoguchi::cli {

int runRegistry(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "import"),
                                 QStringLiteral("import FILE.csv"));
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "Import the registry extract (docs/registry-csv.md) into the central "
                                           "database: every row, or none when any row is refused. Needs an admin "
                                           "sign-in: --as LOGIN, the password on standard input."));
    if (early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.first() != QLatin1String("import"))
        return context.fail(QCoreApplication::translate("cli", "Say import FILE.csv."), UsageError);
    const QString centralUrl = parser.value(QStringLiteral("central"));
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ImportRegistry, QFileInfo(args.at(1)).fileName(), centralUrl);
    if (!who)
        return Failure;
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            QCoreApplication::translate("cli", "Cannot read %1: %2").arg(args.at(1), file.errorString()));
    // Read a line at a time within the limits, the records and the checks between rows in a private staging
    // database: a huge or hostile file costs neither memory nor a partial import, and a refused one never reaches
    // the central store.
    const registry::RegistryStaging parsed =
        registry::stageRegistryCsv(file, registry::RegistryLimits::fromSettings(context.settings));
    if (!parsed.ok()) {
        for (const registry::RegistryCsvError& error : parsed.errors) {
            qCInfo(lcStore) << "registry import:" << error.detail;
            context.err << (error.column.isEmpty()
                                ? QCoreApplication::translate("cli", "line %1: %2").arg(error.line).arg(error.message)
                                : QCoreApplication::translate("cli", "line %1, column %2: %3")
                                      .arg(error.line)
                                      .arg(error.column, error.message))
                        << Qt::endl;
        }
        const int errorCount = static_cast<int>(parsed.errors.size());
        return context.fail(
            QCoreApplication::translate("cli", "%n error(s) in the file; nothing was imported.", nullptr, errorCount));
    }
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return Failure;
    std::optional<store::Connection> central = openCentralStore(context, centralUrl);
    if (!central)
        return Failure;
    const Result<store::RegistryCounts> counts = store::importRegistry(*central, *parsed.staged, *who);
    if (!counts)
        return refuse(context, counts.outcome);
    // Writing residents' data is audited like reading it.
    audit::AuditTrail trail(stores->local, *stores->keys);
    store::Transaction transaction(stores->local);
    QString detail;
    if (!trail.append({who->staffId, stores->terminalId, QStringLiteral("registry import")},
                      QStringLiteral("registry.import"), QFileInfo(file).fileName(), &detail) ||
        !transaction.commit()) {
        return refuse(context,
                      Outcome::failure(QCoreApplication::translate(
                                           "cli", "The import was stored but could not be recorded in the audit "
                                                  "trail. Tell the supervisor."),
                                       detail));
    }
    context.out << QCoreApplication::translate(
                       "cli", "Imported %1 household(s), %2 resident(s), %3 seal registration(s), %4 tax summary(ies).")
                       .arg(counts->households)
                       .arg(counts->residents)
                       .arg(counts->seals)
                       .arg(counts->taxes)
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
