// `madoguchi-cli db init|migrate [--central URL] [--to N]`: creates or updates the terminal's and the central schema.
#include "CliStores.h"
#include "Settings.h"
#include "catalogue/Catalogue.h"
#include "store/ReferenceData.h"
#include "store/Schema.h"
#include "store/StoreLocations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::cli {

namespace {
int migrateOne(CliContext& context, const QString& label, const QString& location, store::Schema schema, int target) {
    Result<store::Connection> connection = store::Connection::open(location);
    if (!connection)
        return refuse(context, connection.outcome);
    const int before = store::Migrations::currentVersion(*connection);
    const Outcome outcome = store::Migrations::migrate(*connection, schema, target);
    if (!outcome)
        return refuse(context, outcome);
    if (schema == store::Schema::Central && target < 0) {
        store::seedDemoRegistry(*connection);
        // Terminals receive the catalogue's version and fees with their next sync.
        const catalogue::CatalogueLoad loaded =
            catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
        const Outcome published = loaded.ok() ? store::publishCatalogue(*connection, loaded.catalogue)
                                              : Outcome::failure(QCoreApplication::translate(
                                                    "cli", "The procedures catalogue in this build is invalid."));
        if (!published)
            return refuse(context, published);
    }
    const int after = store::Migrations::currentVersion(*connection);
    context.out << QCoreApplication::translate("cli", "%1: schema version %2 → %3 (%4)")
                       .arg(label)
                       .arg(before)
                       .arg(after)
                       .arg(connection->location())
                << Qt::endl;
    return Success;
}
} // namespace

int runDb(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "init or migrate"),
                                 QStringLiteral("init|migrate"));
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Only the central store at this postgresql:// URL."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("cli", "Stop at this schema version (for testing upgrades)."),
                      QStringLiteral("N")});
    const int early = parseCommandLine(
        context, parser, QCoreApplication::translate("cli", "Create or update the terminal's and the central schema."));
    if (early >= 0)
        return early;
    const QStringList actions = parser.positionalArguments();
    if (actions.size() != 1 ||
        (actions.first() != QLatin1String("init") && actions.first() != QLatin1String("migrate")))
        return context.fail(QCoreApplication::translate("cli", "Say init or migrate."), UsageError);
    int target = -1;
    if (parser.isSet(QStringLiteral("to"))) {
        bool ok = false;
        target = parser.value(QStringLiteral("to")).toInt(&ok);
        if (!ok || target < 0)
            return context.fail(QCoreApplication::translate("cli", "--to needs a schema version number."), UsageError);
    }
    const QString central = parser.value(QStringLiteral("central"));
    if (!central.isEmpty())
        return migrateOne(context, QCoreApplication::translate("cli", "Central database"), central,
                          store::Schema::Central, target);
    int code = migrateOne(context, QCoreApplication::translate("cli", "Local database"),
                          context.settings.localDatabasePath(), store::Schema::Local, target);
    if (code != Success)
        return code;
    return migrateOne(context, QCoreApplication::translate("cli", "Central database"),
                      store::centralLocation(context.settings), store::Schema::Central, target);
}

} // namespace madoguchi::cli
