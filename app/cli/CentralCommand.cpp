// `madoguchi-cli central init|add-terminal|add-supervisor`: the central database's schema, roles and offices.
#include "CliStores.h"
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
} // namespace

int runCentral(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("cli", "init, add-terminal or add-supervisor"),
                                 QStringLiteral("init|add-terminal|add-supervisor"));
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
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "Set up the central PostgreSQL database: schema, least-privilege roles, "
                                           "row-level security between offices; add terminals and supervisors. "
                                           "Passwords are read from the first line of standard input."));
    if (early >= 0)
        return early;
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() != 1 || (action != QLatin1String("init") && action != QLatin1String("add-terminal") &&
                                action != QLatin1String("add-supervisor")))
        return context.fail(QCoreApplication::translate("cli", "Say init, add-terminal or add-supervisor."),
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
