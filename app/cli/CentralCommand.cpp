// `madoguchi-cli central init|add-terminal|add-supervisor|re-enrol-terminal`: the central database's schema, roles and
// offices, and a reinstalled terminal brought back under its id.
#include "CliSignIn.h"
#include "CliStores.h"
#include "audit/ReEnrolment.h"
#include "catalogue/Catalogue.h"
#include "central/CentralSetup.h"
#include "store/ReferenceData.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

namespace madoguchi::cli {

namespace {
// The first line of standard input, for a login role's password (never on the command line, never logged).
QString passwordFromStdin() {
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    return QString::fromStdString(line).trimmed();
}

// `central re-enrol-terminal --terminal ID --as ADMIN`, run on the reinstalled terminal itself: its new signing key
// and a new epoch of its chain at the centre (audit::reEnrolTerminal).
int reEnrolTerminal(CliContext& context, const QCommandLineParser& parser) {
    const QString terminal = parser.value(QStringLiteral("terminal"));
    if (terminal.isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Give the terminal's id with --terminal ID."),
                            UsageError);
    const QString centralOverride = parser.value(QStringLiteral("central"));
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ManageCentral, QStringLiteral("re-enrol terminal %1").arg(terminal),
                  centralOverride);
    if (!who)
        return Failure;
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return Failure;
    // The key and the chain re-enrolled are this store's: the command runs on the terminal it brings back.
    if (stores->terminalId != terminal)
        return context.fail(QCoreApplication::translate("cli", "This is terminal %1, not %2: run the command on the "
                                                               "reinstalled terminal itself.")
                                .arg(stores->terminalId, terminal),
                            UsageError);
    std::optional<store::Connection> central = openCentralStore(context, centralOverride);
    if (!central)
        return Failure;
    const Result<audit::ReEnrolReport> report =
        audit::reEnrolTerminal(stores->local, *central, *stores->keys, *who, terminal);
    if (!report)
        return refuse(context, report.outcome);
    context.out << QCoreApplication::translate("cli", "Terminal %1 re-enrolled: epoch %2 of its chain starts after "
                                                      "event %3 at the centre; %4 local event(s) renumbered and "
                                                      "signed with this installation's key. Sync can resume.")
                       .arg(terminal)
                       .arg(report->epoch)
                       .arg(report->baseSeq)
                       .arg(report->renumbered)
                << Qt::endl;
    return Success;
}
} // namespace

int runCentral(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("cli", "init, add-terminal, add-supervisor or re-enrol-terminal"),
        QStringLiteral("init|add-terminal|add-supervisor|re-enrol-terminal"));
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "The central database, as a role that may create roles "
                                                         "(postgresql://postgres@host/db)."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("office"), QCoreApplication::translate("cli", "The office's code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("terminal"),
                      QCoreApplication::translate("cli", "The terminal's id (terminal/id)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("login"), QCoreApplication::translate("cli", "The supervisor's login."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("no-password"),
                      QCoreApplication::translate("cli", "Set no password (certificate or peer authentication).")});
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "Set up the central PostgreSQL database: schema, least-privilege roles, "
                                           "row-level security between offices; add terminals and supervisors; "
                                           "re-enrol a reinstalled terminal (on that terminal, --as ADMIN). "
                                           "Passwords are read from the first line of standard input."));
    if (early >= 0)
        return early;
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() == 1 && action == QLatin1String("re-enrol-terminal"))
        return reEnrolTerminal(context, parser);
    if (actions.size() != 1 || (action != QLatin1String("init") && action != QLatin1String("add-terminal") &&
                                action != QLatin1String("add-supervisor")))
        return context.fail(
            QCoreApplication::translate("cli", "Say init, add-terminal, add-supervisor or re-enrol-terminal."),
            UsageError);
    if (!parser.isSet(QStringLiteral("central")))
        return context.fail(QCoreApplication::translate("cli", "Give the central database with --central URL."),
                            UsageError);
    Result<store::Connection> admin = store::Connection::open(parser.value(QStringLiteral("central")));
    if (!admin)
        return refuse(context, admin.outcome);
    const QString office = parser.value(QStringLiteral("office"));
    if (action == QLatin1String("init")) {
        const Outcome done = central::initialise(*admin);
        if (!done)
            return refuse(context, done);
        // Terminals receive the catalogue's version and fees with their next sync.
        const catalogue::CatalogueLoad loaded =
            catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
        if (loaded.ok()) {
            const Outcome published = store::publishCatalogue(*admin, loaded.catalogue);
            if (!published)
                return refuse(context, published);
        }
        context.out << QCoreApplication::translate("cli", "Central database ready: schema, roles %1, %2, %3 and "
                                                          "row-level security (%4).")
                           .arg(QLatin1String(central::kOwnerRole), QLatin1String(central::kTerminalRole),
                                QLatin1String(central::kSupervisorRole), admin->location())
                    << Qt::endl;
        return Success;
    }
    const QString password = parser.isSet(QStringLiteral("no-password")) ? QString() : passwordFromStdin();
    if (!parser.isSet(QStringLiteral("no-password")) && password.isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Type the new role's password on the first line of "
                                                               "standard input, or give --no-password."),
                            UsageError);
    if (action == QLatin1String("add-terminal")) {
        const QString terminal = parser.value(QStringLiteral("terminal"));
        const Outcome done = central::addTerminal(*admin, terminal, office, password);
        if (!done)
            return refuse(context, done);
        context.out << QCoreApplication::translate("cli", "Terminal %1 of office %2 connects as %3.")
                           .arg(terminal, office, central::terminalRoleName(terminal))
                    << Qt::endl;
        return Success;
    }
    const QString login = parser.value(QStringLiteral("login"));
    const Outcome done =
        central::addSupervisor(*admin, login, office, password, parser.value(QStringLiteral("terminal")));
    if (!done)
        return refuse(context, done);
    context.out << QCoreApplication::translate("cli", "Supervisor %1 of office %2 connects as %3.")
                       .arg(login, office, central::supervisorRoleName(login))
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
