// `madoguchi-cli card readers|status|read|verify|diag`: the card reader from a terminal, for the help desk and for
// scripts.
#include "Apdu.h"
#include "CardAccess.h"
#include "CardAuthenticity.h"
#include "CardTransport.h"
#include "CliContext.h"
#include "CliSignIn.h"
#include "CoreLogging.h"
#include "MyNumberCard.h"
#include "PcscTransport.h"
#include "ReaderMonitor.h"
#include "Settings.h"
#include "privacy/KeyRing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <termios.h>
#include <unistd.h>

namespace madoguchi::cli {

namespace {
using card::CardError;
using card::CardSecret;

int failWith(CliContext& context, const CardError& error) {
    qCInfo(lcCore).noquote() << "card command failed:" << CardError::kindName(error.kind()) << "-" << error.detail();
    return context.fail(error.clerkMessage());
}

// One line from standard input, without echo when it is a terminal. The digits go straight into the wiped buffer of
// a CardSecret; no QString or std::string ever holds them. 照合番号B comes this way too, never from the command line,
// where the process list and the shell history would show it.
std::optional<CardSecret> readSecret(CliContext& context, CardSecret::Kind kind) {
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        context.err << (kind == CardSecret::Kind::Pin
                            ? QCoreApplication::translate("cli", "PIN (4 digits): ")
                            : QCoreApplication::translate("cli", "Verification code B (14 digits): "))
                    << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::array<char, 64> buffer{};
    size_t length = 0;
    bool overflow = false;
    char c = 0;
    bool gotAny = false;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        gotAny = true;
        if (c == '\n')
            break;
        if (c == '\r')
            continue;
        if (length < buffer.size())
            buffer[length++] = c;
        else
            overflow = true;
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err << Qt::endl;
    }
    c = 0;
    if (!gotAny)
        return std::nullopt;
    CardSecret secret = kind == CardSecret::Kind::Pin
                            ? CardSecret::pin({buffer.data(), static_cast<qsizetype>(overflow ? 0 : length)})
                            : CardSecret::codeB({buffer.data(), static_cast<qsizetype>(overflow ? 0 : length)});
    card::secureZero(buffer.data(), buffer.size());
    return secret;
}

QString sexText(const QString& sex) {
    if (sex == QLatin1String("1"))
        return QCoreApplication::translate("cli", "male");
    if (sex == QLatin1String("2"))
        return QCoreApplication::translate("cli", "female");
    return QCoreApplication::translate("cli", "not applicable");
}

QString triesText(const std::optional<int>& tries) {
    if (!tries)
        return QCoreApplication::translate("cli", "no limit reported");
    if (*tries == 0)
        return QCoreApplication::translate("cli", "0 (locked)");
    return QString::number(*tries);
}

int runReaders(CliContext& context, const QCommandLineParser&) {
    const card::ReaderSnapshot snapshot = card::ReaderMonitor::probeOnce();
    if (snapshot.service != card::ReaderSnapshot::Service::Running)
        return failWith(context, CardError(CardError::Kind::NoService, snapshot.detail));
    if (snapshot.readers.isEmpty()) {
        context.out << QCoreApplication::translate("cli", "No card reader is connected.") << Qt::endl;
        return Success;
    }
    for (const card::ReaderInfo& r : snapshot.readers) {
        QString state = r.cardPresent ? QCoreApplication::translate("cli", "card present")
                                      : QCoreApplication::translate("cli", "no card");
        if (r.cardInUse)
            state += QStringLiteral(", ") + QCoreApplication::translate("cli", "in use by another program");
        if (r.mute)
            state += QStringLiteral(", ") + QCoreApplication::translate("cli", "card does not answer");
        context.out << QStringLiteral("%1: %2").arg(r.name, state) << Qt::endl;
    }
    return Success;
}

int runStatus(CliContext& context, const QCommandLineParser& parser) {
    const CardAccess access(context.settings, parser.value(QStringLiteral("reader")));
    auto transport = access.openTransport();
    if (!transport.ok())
        return failWith(context, transport.error());
    card::MyNumberCard card(*transport.value());
    const auto tries = card.readTriesLeft();
    if (!tries.ok())
        return failWith(context, tries.error());
    qCInfo(lcCore).noquote() << "card status read (no resident data) on" << transport.value()->description();
    context.out
        << QCoreApplication::translate("cli", "PIN tries left: %1").arg(triesText(tries.value().pin)) << Qt::endl
        << QCoreApplication::translate("cli", "Verification code A tries left: %1").arg(triesText(tries.value().codeA))
        << Qt::endl
        << QCoreApplication::translate("cli", "Verification code B tries left: %1").arg(triesText(tries.value().codeB))
        << Qt::endl;
    return Success;
}

int runRead(CliContext& context, const QCommandLineParser& parser) {
    const bool withMyNumber = parser.isSet(QStringLiteral("with-my-number"));
    const bool byCodeB = parser.isSet(QStringLiteral("code-b"));
    if (withMyNumber && byCodeB)
        return context.fail(QCoreApplication::translate(
                                "cli",
                                "--with-my-number cannot be combined with --code-b: verification code B does not open "
                                "the My Number."),
                            UsageError);
    const bool reveal = parser.isSet(QStringLiteral("reveal"));
    if (reveal && !withMyNumber)
        return context.fail(QCoreApplication::translate("cli", "--reveal only goes with --with-my-number."),
                            UsageError);
    // The basic four items are resident data as much as the My Number: a staff sign-in first (its password is the
    // first line of standard input, the PIN the next), before the card is touched; the My Number unmasked only for a
    // role that may reveal it.
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ServeVisit,
                  withMyNumber ? QStringLiteral("card read with My Number") : QStringLiteral("card read"));
    if (!who || (reveal && !authorizeFor(context, *who, staff::Action::RevealMyNumber, QStringLiteral("card read"))))
        return Failure;
    card::ReadOptions options;
    options.withMyNumber = withMyNumber;
    options.lastTryConfirmed = parser.isSet(QStringLiteral("last-try"));

    const CardAccess access(context.settings, parser.value(QStringLiteral("reader")));
    auto transport = access.openTransport();
    if (!transport.ok())
        return failWith(context, transport.error());
    card::MyNumberCard card(*transport.value());

    card::CardResult<card::CardData> result = CardError(CardError::Kind::CommunicationError, QStringLiteral("unset"));
    if (byCodeB) {
        std::optional<CardSecret> codeB = readSecret(context, CardSecret::Kind::CodeB);
        if (!codeB)
            return context.fail(
                QCoreApplication::translate("cli", "No verification code B was given on standard input."), UsageError);
        result = card.readWithCodeB(std::move(*codeB), options);
    } else {
        if (::isatty(STDIN_FILENO)) {
            // Tell the resident how many tries remain before the PIN is typed; stop here if the card is locked or
            // the last try has not been confirmed.
            const auto tries = card.readTriesLeft();
            if (!tries.ok())
                return failWith(context, tries.error());
            context.err << QCoreApplication::translate("cli", "PIN tries left: %1").arg(triesText(tries.value().pin))
                        << Qt::endl;
            if (tries.value().pin == 0)
                return failWith(context, CardError(CardError::Kind::Locked, QStringLiteral("tries-left query: 0"),
                                                   CardError::Credential::Pin, 0));
            if (tries.value().pin == 1 && !options.lastTryConfirmed)
                return failWith(context, CardError(CardError::Kind::LastTryNeedsConfirmation,
                                                   QStringLiteral("one try left, no --last-try"),
                                                   CardError::Credential::Pin, 1));
        }
        std::optional<CardSecret> pin = readSecret(context, CardSecret::Kind::Pin);
        if (!pin)
            return context.fail(QCoreApplication::translate("cli", "No PIN was given on standard input."), UsageError);
        result = card.readWithPin(std::move(*pin), options);
    }
    if (!result.ok())
        return failWith(context, result.error());

    card::CardData& data = result.value();
    {
        // Nothing read from the card is printed unless its reading (and the reveal) is in the audit trail.
        QString detail;
        const QString where = transport.value()->description();
        if (!auditEvent(context, *who, QStringLiteral("card.read"), where,
                        withMyNumber ? QStringLiteral("basic 4 info and My Number (CLI)")
                                     : QStringLiteral("basic 4 info (CLI)"),
                        &detail) ||
            (reveal && !auditEvent(context, *who, QStringLiteral("mynumber.revealed"), where,
                                   QStringLiteral("card read --reveal (CLI)"), &detail))) {
            data.wipeMyNumber();
            qCWarning(lcCore).noquote() << "card read not shown, audit failed:" << detail;
            return context.fail(QCoreApplication::translate(
                "cli", "The card was read, but the audit trail could not be written, so nothing is shown."));
        }
    }
    const QString myNumberText = !data.myNumber ? QString()
                                 : reveal       ? data.myNumber->digits()
                                                : privacy::KeyRing::maskMyNumber(data.myNumber->digits());
    // The log says what was read and how (never the data); the audit trail holds who read it.
    qCInfo(lcCore).noquote() << "card read: basic 4 info" << (data.myNumber ? "and My Number" : "")
                             << (byCodeB ? "with verification code B" : "with PIN") << "on"
                             << transport.value()->description();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{{QStringLiteral("name"), data.name},
                           {QStringLiteral("address"), data.address},
                           {QStringLiteral("birth_date"), data.birthDate.toString(Qt::ISODate)},
                           {QStringLiteral("sex"), data.sex}};
        if (data.myNumber)
            object.insert(QStringLiteral("my_number"), myNumberText);
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("cli", "Name: %1").arg(data.name) << Qt::endl
                    << QCoreApplication::translate("cli", "Address: %1").arg(data.address) << Qt::endl
                    << QCoreApplication::translate("cli", "Birth date: %1").arg(data.birthDate.toString(Qt::ISODate))
                    << Qt::endl
                    << QCoreApplication::translate("cli", "Sex: %1 (%2)").arg(data.sex, sexText(data.sex)) << Qt::endl;
        if (data.myNumber)
            context.out << QCoreApplication::translate("cli", "My Number: %1").arg(myNumberText) << Qt::endl;
    }
    data.wipeMyNumber();
    return Success;
}

// The resident's PIN from standard input (after telling the tries left on a terminal), or with --code-b 照合番号B from
// standard input, and the read with `options`.
card::CardResult<card::CardData> readCard(CliContext& context, const QCommandLineParser& parser,
                                          card::MyNumberCard& card, const card::ReadOptions& options,
                                          bool* usageError) {
    *usageError = false;
    if (parser.isSet(QStringLiteral("code-b"))) {
        std::optional<CardSecret> codeB = readSecret(context, CardSecret::Kind::CodeB);
        if (!codeB) {
            *usageError = true;
            return CardError(CardError::Kind::InvalidInput, QStringLiteral("no verification code B on standard input"),
                             CardError::Credential::CodeB);
        }
        return card.readWithCodeB(std::move(*codeB), options);
    }
    if (::isatty(STDIN_FILENO)) {
        const auto tries = card.readTriesLeft();
        if (!tries.ok())
            return tries.error();
        context.err << QCoreApplication::translate("cli", "PIN tries left: %1").arg(triesText(tries.value().pin))
                    << Qt::endl;
        if (tries.value().pin == 0)
            return CardError(CardError::Kind::Locked, QStringLiteral("tries-left query: 0"), CardError::Credential::Pin,
                             0);
        if (tries.value().pin == 1 && !options.lastTryConfirmed)
            return CardError(CardError::Kind::LastTryNeedsConfirmation, QStringLiteral("one try left, no --last-try"),
                             CardError::Credential::Pin, 1);
    }
    std::optional<CardSecret> pin = readSecret(context, CardSecret::Kind::Pin);
    if (!pin) {
        *usageError = true;
        return CardError(CardError::Kind::InvalidInput, QStringLiteral("no PIN on standard input"));
    }
    return card.readWithPin(std::move(*pin), options);
}

// `card verify`: is this card genuine? The read with the authenticity check, each step printed; no resident data is
// printed, and the face photo is only measured, never written anywhere.
int runVerify(CliContext& context, const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("with-my-number")))
        return context.fail(QCoreApplication::translate("cli", "card verify does not read the My Number."), UsageError);
    card::ReadOptions options;
    options.lastTryConfirmed = parser.isSet(QStringLiteral("last-try"));
    options.authenticity = CardAccess::authenticityConfig(context.settings);
    const bool stopWhenNotCheckable = CardAccess::stopWhenNotCheckable(context.settings);
    // The check reads the basic four items (and the photo) off the card, even though it prints none of them: the
    // same sign-in and audit as `card read`, before the card is touched.
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ServeVisit, QStringLiteral("card verify"));
    if (!who)
        return Failure;

    const CardAccess access(context.settings, parser.value(QStringLiteral("reader")));
    auto transport = access.openTransport();
    if (!transport.ok())
        return failWith(context, transport.error());
    card::MyNumberCard card(*transport.value());
    bool usageError = false;
    card::CardResult<card::CardData> result = readCard(context, parser, card, options, &usageError);
    if (usageError)
        return context.fail(
            parser.isSet(QStringLiteral("code-b"))
                ? QCoreApplication::translate("cli", "No verification code B was given on standard input.")
                : QCoreApplication::translate("cli", "No PIN was given on standard input."),
            UsageError);
    if (!result.ok())
        return failWith(context, result.error());
    card::CardData& data = result.value();
    data.wipeMyNumber();
    const card::AuthenticityResult check = data.authenticity.value_or(card::AuthenticityResult{});
    const bool photo = !data.photo.isNull();
    const int photoWidth = data.photo.width();
    const int photoHeight = data.photo.height();
    data.photo.wipe();
    QString detail;
    if (!auditEvent(context, *who, QStringLiteral("card.verify"), transport.value()->description(),
                    QStringLiteral("basic 4 info and photo read for the authenticity check (CLI)"), &detail)) {
        qCWarning(lcCore).noquote() << "card verify not shown, audit failed:" << detail;
        return context.fail(QCoreApplication::translate(
            "cli", "The card was read, but the audit trail could not be written, so nothing is shown."));
    }
    qCInfo(lcCore).noquote() << "card verify:" << card::AuthenticityResult::verdictName(check.verdict) << "-"
                             << check.detail << "on" << transport.value()->description();
    const QString verdict = card::AuthenticityResult::verdictName(check.verdict);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray steps;
        for (const card::AuthenticityStep& s : check.steps)
            steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("state"), card::AuthenticityResult::stateName(s.state)},
                                     {QStringLiteral("detail"), s.detail}});
        QJsonObject object{{QStringLiteral("verdict"), verdict},
                           {QStringLiteral("message"), check.clerkMessage()},
                           {QStringLiteral("next_step"), check.nextStep()},
                           {QStringLiteral("stops_prefill"), check.stopsPrefill(stopWhenNotCheckable)},
                           {QStringLiteral("test_hierarchy"), check.testHierarchy},
                           {QStringLiteral("certificate_cached"), check.certificateCached},
                           {QStringLiteral("apdus"), card.lastExchangeCount()},
                           {QStringLiteral("steps"), steps}};
        if (photo)
            object.insert(QStringLiteral("photo"), QJsonObject{{QStringLiteral("verified"), check.photoVerified},
                                                               {QStringLiteral("width"), photoWidth},
                                                               {QStringLiteral("height"), photoHeight}});
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const card::AuthenticityStep& s : check.steps)
            context.out << QStringLiteral("%1 %2: %3")
                               .arg(card::AuthenticityResult::stateName(s.state).leftJustified(7), s.id, s.detail)
                        << Qt::endl;
        if (photo)
            context.out << QCoreApplication::translate("cli", "Face photo: verified, %1 × %2 pixels (not shown here)")
                               .arg(photoWidth)
                               .arg(photoHeight)
                        << Qt::endl;
        if (check.testHierarchy)
            context.out << QCoreApplication::translate("cli", "Trust: the TEST hierarchy of the virtual card")
                        << Qt::endl;
        context.out << QCoreApplication::translate("cli", "Result: %1 (%2)").arg(check.clerkMessage(), verdict)
                    << Qt::endl
                    << QCoreApplication::translate("cli", "Next: %1").arg(check.nextStep()) << Qt::endl;
    }
    return check.verdict == card::AuthenticityResult::Verdict::Genuine ? Success : Failure;
}

int runDiag(CliContext& context, const QCommandLineParser& parser) {
    QTextStream& out = context.out;
    const card::ReaderSnapshot snapshot = card::ReaderMonitor::probeOnce();
    const CardAccess access(context.settings, parser.value(QStringLiteral("reader")));
    QString why;
    const bool simulated = access.nextSource(&why) == CardAccess::Source::Simulated;
    out << QCoreApplication::translate("cli", "Madoguchi card reader report") << Qt::endl;
    out << QCoreApplication::translate("cli", "Settings: card/reader = \"%1\", card/simulated = %2, card/persona = %3")
               .arg(access.readerSetting(), access.simulatedSetting(), access.personaSetting())
        << Qt::endl;
    out << QCoreApplication::translate("cli", "Card source for the next read: %1 (%2)")
               .arg(simulated ? QCoreApplication::translate("cli", "simulated card")
                              : QCoreApplication::translate("cli", "PC/SC reader"),
                    why)
        << Qt::endl;
    if (snapshot.service != card::ReaderSnapshot::Service::Running) {
        out << QCoreApplication::translate("cli", "PC/SC service (pcscd): not reachable — %1").arg(snapshot.detail)
            << Qt::endl;
        return Failure;
    }
    out << QCoreApplication::translate("cli", "PC/SC service (pcscd): reachable") << Qt::endl;
    const int readerCount = static_cast<int>(snapshot.readers.size());
    out << QCoreApplication::translate("cli", "Readers: %n", nullptr, readerCount) << Qt::endl;
    for (const card::ReaderInfo& r : snapshot.readers) {
        out << QStringLiteral("  %1").arg(r.name) << Qt::endl;
        if (!r.cardPresent) {
            out << QStringLiteral("    ") << QCoreApplication::translate("cli", "no card") << Qt::endl;
            continue;
        }
        out << QStringLiteral("    ATR: %1").arg(QString::fromLatin1(r.atr.toHex(' ').toUpper())) << Qt::endl;
        card::PcscTransport transport(r.name);
        card::MyNumberCard card(transport);
        const auto probe = card.probe();
        if (!probe.ok()) {
            out << QStringLiteral("    ") << probe.error().clerkMessage() << QStringLiteral(" (")
                << probe.error().detail() << QStringLiteral(")") << Qt::endl;
            continue;
        }
        for (const card::ApplicationProbe& a : probe.value().applications) {
            out << QStringLiteral("    SELECT %1 %2: %3")
                       .arg(QString::fromLatin1(a.aid.toHex().toUpper()), a.name, card::statusWordText(a.sw))
                << Qt::endl;
        }
        out << QStringLiteral("    ")
            << QCoreApplication::translate("cli", "JPKI token: %1")
                   .arg(probe.value().jpkiToken.isEmpty() ? QCoreApplication::translate("cli", "(not readable)")
                                                          : probe.value().jpkiToken)
            << Qt::endl;
        const bool myNumberCard =
            !probe.value().applications.isEmpty() && probe.value().applications.first().sw == 0x9000;
        out << QStringLiteral("    ")
            << (myNumberCard ? QCoreApplication::translate("cli", "Verdict: My Number card")
                             : QCoreApplication::translate("cli", "Verdict: not a My Number card"))
            << Qt::endl;
    }
    return Success;
}
} // namespace

int runCard(CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Read the My Number card.") + QLatin1Char('\n') +
        QCoreApplication::translate("cli", "Subcommands: readers, status, read, verify, diag"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QCoreApplication::translate("cli", "readers | status | read | verify | diag"));
    parser.addOption(
        {{QStringLiteral("with-my-number")},
         QCoreApplication::translate("cli", "read: also read the My Number (only for procedures that need it)")});
    parser.addOption(
        {{QStringLiteral("reveal")},
         QCoreApplication::translate("cli", "read: print the My Number unmasked (supervisors only; audited)")});
    addSignInOption(parser);
    parser.addOption({{QStringLiteral("code-b")},
                      QCoreApplication::translate(
                          "cli", "read, verify: use verification code B instead of the PIN (its 14 digits "
                                 "on standard input, after the staff password; never on the command line)")});
    parser.addOption({{QStringLiteral("last-try")},
                      QCoreApplication::translate("cli", "read: allow the VERIFY when only one try is left")});
    parser.addOption(
        {{QStringLiteral("json")}, QCoreApplication::translate("cli", "read, verify: print one JSON object")});
    parser.addOption({{QStringLiteral("reader")},
                      QCoreApplication::translate("cli", "the PC/SC reader to use (default: card/reader)"),
                      QStringLiteral("name")});
    if (!parser.parse(context.arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("code-b")) && positional.size() > 1)
        return context.fail(QCoreApplication::translate("cli", "Verification code B is read from standard input, "
                                                               "never from the command line. Nothing was read."),
                            UsageError);
    if (positional.size() != 1)
        return context.fail(
            QCoreApplication::translate("cli", "Give one subcommand: readers, status, read, verify or diag."),
            UsageError);
    const QString sub = positional.first();
    if (sub == QLatin1String("readers"))
        return runReaders(context, parser);
    if (sub == QLatin1String("status"))
        return runStatus(context, parser);
    if (sub == QLatin1String("read"))
        return runRead(context, parser);
    if (sub == QLatin1String("verify"))
        return runVerify(context, parser);
    if (sub == QLatin1String("diag"))
        return runDiag(context, parser);
    return context.fail(QCoreApplication::translate("cli", "Unknown subcommand: %1").arg(sub), UsageError);
}

} // namespace madoguchi::cli
