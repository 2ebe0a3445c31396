// What the data commands of madoguchi-cli share: opening this terminal's stores and keys from the settings.
#pragma once

#include "CliContext.h"
#include "audit/AuditTrail.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"

#include <optional>

class QCommandLineParser;

namespace madoguchi::cli {

struct TerminalStores {
    store::Connection local;
    std::optional<privacy::KeyRing> keys;
    QString terminalId;
};

// Prints the refusal (message on stderr, detail in the log) and returns std::nullopt when anything is missing.
std::optional<TerminalStores> openTerminal(CliContext& context);
std::optional<store::Connection> openCentralStore(CliContext& context, const QString& override);
std::optional<privacy::KeyRing> loadKeys(CliContext& context);

// --help handling and parse errors, the same for every command.
// Returns -1 to go on, otherwise the exit code to return.
int parseCommandLine(CliContext& context, QCommandLineParser& parser, const QString& description);

// Reports a refusal: the translated message to the person, the detail to the log.
int refuse(CliContext& context, const Outcome& outcome);

} // namespace madoguchi::cli
