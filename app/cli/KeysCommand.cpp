// `madoguchi-cli keys rotate --as ADMIN`: a new key for the sealed My Numbers, every one of them sealed again under
// it in one transaction (privacy::rotateSealKey), the old key gone from the key file afterwards.
// `madoguchi-cli keys rotate-central --as ADMIN`: the same for the copies the centre holds, under the centre's own key
// file (privacy::rotateCentralSealKey).
#include "CliSignIn.h"
#include "CliStores.h"
#include "Settings.h"
#include "privacy/SealedValues.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <vector>

namespace madoguchi::cli {

namespace {
int rotateCentral(CliContext& context, const QCommandLineParser& parser, const staff::Principal& who,
                  TerminalStores& stores) {
    const QString keyFile =
        parser.isSet(QStringLiteral("central-key"))
            ? parser.value(QStringLiteral("central-key"))
            : QFileInfo(context.settings.configFile()).absoluteDir().filePath(QStringLiteral("keys/central.key"));
    if (QFileInfo(keyFile).absoluteFilePath() == QFileInfo(privacy::keyFilePath(context.settings)).absoluteFilePath())
        return context.fail(QCoreApplication::translate("cli", "The centre's key file must not be this terminal's "
                                                               "key file."),
                            UsageError);
    std::vector<privacy::KeyRing> others;
    QList<const privacy::KeyRing*> openers;
    for (const QString& path : parser.values(QStringLiteral("open-with"))) {
        Result<privacy::KeyRing> ring = privacy::KeyRing::load(path);
        if (!ring)
            return refuse(context, ring.outcome);
        others.push_back(std::move(*ring.value));
    }
    for (const privacy::KeyRing& ring : others)
        openers.append(&ring);
    std::optional<store::Connection> central = openCentralStore(context, parser.value(QStringLiteral("central")));
    if (!central)
        return Failure;
    const Result<int> resealed =
        privacy::rotateCentralSealKey(*central, keyFile, *stores.keys, openers, stores.local, who, stores.terminalId);
    if (!resealed)
        return refuse(context, resealed.outcome);
    context.out << QCoreApplication::translate("cli", "New central sealing key in %1: %2 request(s) at the centre "
                                                      "sealed again.")
                       .arg(keyFile)
                       .arg(*resealed)
                << Qt::endl;
    return Success;
}
} // namespace

int runKeys(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("rotate"),
        QCoreApplication::translate("cli", "rotate: seal every My Number this terminal stores again under a new key. "
                                           "rotate-central: the same for the copies the centre holds."),
        QStringLiteral("rotate|rotate-central"));
    addSignInOption(parser);
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "rotate-central: the central database, as a role that may "
                                                         "update every office's rows (default: the settings)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("central-key"),
                      QCoreApplication::translate("cli", "rotate-central: the centre's key file (default: "
                                                         "keys/central.key beside the settings)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("open-with"),
                      QCoreApplication::translate("cli", "rotate-central: another terminal's key file to open the "
                                                         "values it sent (repeatable)."),
                      QStringLiteral("FILE")});
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "The key of the sealed My Numbers: keys rotate --as ADMIN, keys "
                                           "rotate-central --as ADMIN (the password on standard input)."));
    if (early >= 0)
        return early;
    const bool central = parser.positionalArguments() == QStringList{QStringLiteral("rotate-central")};
    if (parser.positionalArguments() != QStringList{QStringLiteral("rotate")} && !central)
        return context.fail(
            QCoreApplication::translate("cli", "Give the subcommand: keys rotate or keys rotate-central."), UsageError);
    // The role is checked again by the core, which also records a refusal.
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ManageKeys,
                  central ? QStringLiteral("keys rotate-central") : QStringLiteral("keys rotate"),
                  central ? parser.value(QStringLiteral("central")) : QString());
    if (!who)
        return Failure;
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return Failure;
    if (central)
        return rotateCentral(context, parser, *who, *stores);
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
