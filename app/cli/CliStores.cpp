// What the data commands of madoguchi-cli share: opening this terminal's stores and keys from the settings.
#include "CliStores.h"

#include "DataLogging.h"
#include "Settings.h"
#include "privacy/SealedValues.h"
#include "store/StoreLocations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::cli {

int refuse(CliContext& context, const Outcome& outcome) {
    if (!outcome.detail.isEmpty())
        qCWarning(lcStore) << outcome.detail;
    if (context.verbose && !outcome.detail.isEmpty())
        return context.fail(QStringLiteral("%1 (%2)").arg(outcome.message, outcome.detail));
    return context.fail(outcome.message);
}

std::optional<privacy::KeyRing> loadKeys(CliContext& context) {
    Result<privacy::KeyRing> keys = privacy::KeyRing::load(context.settings);
    if (!keys) {
        refuse(context, keys.outcome);
        return std::nullopt;
    }
    return std::move(*keys.value);
}

std::optional<TerminalStores> openTerminal(CliContext& context) {
    Result<store::Connection> local = store::openLocal(context.settings);
    if (!local) {
        refuse(context, local.outcome);
        return std::nullopt;
    }
    std::optional<privacy::KeyRing> keys = loadKeys(context);
    if (!keys)
        return std::nullopt;
    // Local schema step 9 needs the key: sealed values written before it are bound to their rows now.
    if (Outcome sealed = privacy::upgradeSealedValues(*local.value, *keys); !sealed) {
        refuse(context, sealed);
        return std::nullopt;
    }
    return TerminalStores{std::move(*local.value), std::move(keys), store::terminalId(context.settings)};
}

std::optional<store::Connection> openCentralStore(CliContext& context, const QString& override) {
    Result<store::Connection> central = store::openCentral(store::centralLocation(context.settings, override));
    if (!central) {
        refuse(context, central.outcome);
        return std::nullopt;
    }
    return std::move(*central.value);
}

int parseCommandLine(CliContext& context, QCommandLineParser& parser, const QString& description) {
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(context.arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    return -1;
}

} // namespace madoguchi::cli
