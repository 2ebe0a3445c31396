// `madoguchi-cli keys rotate --as ADMIN`: a new key for the sealed My Numbers, every one of them sealed again under
// it in one transaction (privacy::rotateSealKey), the old key gone from the key file afterwards.
#include "CliSignIn.h"
#include "CliStores.h"
#include "Settings.h"
#include "privacy/SealedValues.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::cli {

int runKeys(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("rotate"),
        QCoreApplication::translate("cli", "Seal every stored My Number again under a new key."));
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "The key of the sealed My Numbers: keys rotate --as ADMIN (the password on "
                                           "standard input)."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments() != QStringList{QStringLiteral("rotate")})
        return context.fail(QCoreApplication::translate("cli", "Give the subcommand: keys rotate."), UsageError);
    // The role is checked again by the core, which also records a refusal.
    const std::optional<staff::Principal> who = signInFor(context, parser, staff::Action::ManageKeys);
    if (!who)
        return Failure;
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return Failure;
    const Result<privacy::ResealReport> report = privacy::rotateSealKey(
        stores->local, privacy::keyFilePath(context.settings), *stores->keys, *who, stores->terminalId);
    if (!report)
        return refuse(context, report.outcome);
    context.out << QCoreApplication::translate(
                       "cli", "New sealing key %1: %2 request(s) and %3 waiting visit(s) sealed again.")
                       .arg(stores->keys->currentSealKeyId())
                       .arg(report->requests)
                       .arg(report->payloads)
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
