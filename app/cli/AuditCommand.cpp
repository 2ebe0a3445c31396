// `madoguchi-cli audit verify`: recomputes the hash chain of the audit trail; any edited or deleted event shows.
#include "CliSignIn.h"
#include "CliStores.h"
#include "Settings.h"
#include "store/StoreLocations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::cli {

int runAudit(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "verify | anchor"),
                                 QStringLiteral("verify|anchor"));
    addSignInOption(parser);
    parser.addOption(
        {QStringLiteral("central"),
         QCoreApplication::translate(
             "cli", "Verify the copy in the central store at this URL (default: this terminal's own trail)."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("terminal"),
                      QCoreApplication::translate("cli", "With --central: the terminal whose trail to verify."),
                      QStringLiteral("ID")});
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "verify: check that no audit event was altered or removed. anchor: record "
                                           "every terminal's newest event at the centre (a supervisor, --as LOGIN) "
                                           "and print the heads for the day's report."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments() == QStringList{QStringLiteral("anchor")}) {
        const QString centralUrl = parser.value(QStringLiteral("central"));
        const std::optional<staff::Principal> who =
            signInFor(context, parser, staff::Action::CloseDay, QStringLiteral("audit anchor"), centralUrl);
        if (!who)
            return Failure;
        std::optional<store::Connection> central = openCentralStore(context, centralUrl);
        if (!central)
            return Failure;
        const Result<QList<audit::ChainHead>> heads = audit::AuditTrail::anchor(*central, who->staffId);
        if (!heads)
            return refuse(context, heads.outcome);
        QString detail;
        auditEvent(context, *who, QStringLiteral("audit.anchor"), QStringLiteral("central"),
                   QStringLiteral("%1 chain head(s)").arg(heads->size()), &detail);
        for (const audit::ChainHead& head : *heads)
            context.out << QStringLiteral("%1 %2 %3").arg(head.terminalId).arg(head.seq).arg(head.hash) << Qt::endl;
        return Success;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return context.fail(QCoreApplication::translate("cli", "Say verify or anchor."), UsageError);
    std::optional<privacy::KeyRing> keys = loadKeys(context);
    if (!keys)
        return Failure;
    audit::VerifyReport report;
    if (parser.isSet(QStringLiteral("central"))) {
        std::optional<store::Connection> central = openCentralStore(context, parser.value(QStringLiteral("central")));
        if (!central)
            return Failure;
        const QString terminal = parser.isSet(QStringLiteral("terminal")) ? parser.value(QStringLiteral("terminal"))
                                                                          : store::terminalId(context.settings);
        report = audit::AuditTrail::verify(*central, *keys, terminal);
    } else {
        Result<store::Connection> local = store::openLocal(context.settings);
        if (!local)
            return refuse(context, local.outcome);
        report = audit::AuditTrail::verify(*local, *keys);
    }
    if (!report.intact()) {
        return context.fail(QCoreApplication::translate(
                                "cli", "The audit trail is broken at event %1: %2. Report this to the supervisor.")
                                .arg(report.firstBadSeq)
                                .arg(report.problem));
    }
    context.out << QCoreApplication::translate("cli", "Audit trail intact: %1 event(s) checked.").arg(report.checked)
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
