// Staff sign-in for the sensitive madoguchi-cli commands: `--as LOGIN`, the password on the first line of stdin.
#include "CliSignIn.h"

#include "CliStores.h"
#include "DataLogging.h"
#include "Settings.h"
#include "privacy/StaffPassword.h"
#include "staff/AccessGuard.h"
#include "staff/StaffSignIn.h"
#include "store/StoreLocations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <array>

namespace madoguchi::cli {

namespace {
const QString kAs = QStringLiteral("as");

// Writes the refusal of a command run without --as to the audit trail (nobody signed in).
void auditMissingSignIn(CliContext& context, staff::Action action, const QString& subject) {
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return;
    audit::AuditTrail trail(stores->local, *stores->keys);
    staff::authorizeAudited({}, action, stores->local, trail, stores->terminalId, subject);
}
} // namespace

std::optional<QString> readStdinLine(CliContext& context, const QString& prompt) {
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        if (!prompt.isEmpty())
            context.err << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::array<char, 1024> buffer{};
    size_t length = 0;
    bool overflow = false;
    bool gotAny = false;
    char c = 0;
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
    c = 0;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err << Qt::endl;
    }
    if (!gotAny)
        return std::nullopt;
    QString line = overflow ? QString() : QString::fromUtf8(buffer.data(), static_cast<qsizetype>(length));
    sodium_memzero(buffer.data(), buffer.size());
    return line;
}

void addSignInOption(QCommandLineParser& parser) {
    parser.addOption({kAs,
                      QCoreApplication::translate(
                          "cli", "Sign in as this staff login; the password is the first line of standard input."),
                      QStringLiteral("LOGIN")});
}

std::optional<staff::Principal> signInFromStdin(CliContext& context, const QString& login,
                                                const QString& centralOverride) {
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return std::nullopt;
    std::optional<QString> password =
        readStdinLine(context, QCoreApplication::translate("cli", "Password for %1: ").arg(login));
    if (!password) {
        context.fail(QCoreApplication::translate("cli", "No password was given on standard input."));
        return std::nullopt;
    }
    // The central store when it answers; otherwise the staff copy the last sync left on this terminal.
    Result<store::Connection> central = store::openCentral(store::centralLocation(context.settings, centralOverride));
    if (!central)
        qCWarning(lcStore) << "sign-in without the central store:" << central.outcome.detail;
    audit::AuditTrail trail(stores->local, *stores->keys);
    staff::StaffSignIn signIn(central ? &*central.value : nullptr, stores->local, trail, stores->terminalId,
                              staff::SignInPolicy::fromSettings(context.settings));
    staff::SignInResult result = signIn.signIn(login, *password);
    privacy::wipePassword(*password);
    if (!result.ok()) {
        refuse(context, result.outcome);
        return std::nullopt;
    }
    return result.principal;
}

std::optional<staff::Principal> signInFor(CliContext& context, const QCommandLineParser& parser, staff::Action action,
                                          const QString& subject, const QString& centralOverride) {
    const QString login = parser.value(kAs).trimmed();
    if (login.isEmpty()) {
        auditMissingSignIn(context, action, subject);
        context.fail(QCoreApplication::translate("cli", "This command needs a staff sign-in: add --as LOGIN and give "
                                                        "the password on the first line of standard input."));
        return std::nullopt;
    }
    std::optional<staff::Principal> who = signInFromStdin(context, login, centralOverride);
    if (!who || !authorizeFor(context, *who, action, subject))
        return std::nullopt;
    return who;
}

bool authorizeFor(CliContext& context, const staff::Principal& who, staff::Action action, const QString& subject) {
    if (staff::authorize(who, action))
        return true;
    std::optional<TerminalStores> stores = openTerminal(context);
    const Outcome refused = stores ? [&] {
        audit::AuditTrail trail(stores->local, *stores->keys);
        return staff::authorizeAudited(who, action, stores->local, trail, stores->terminalId, subject);
    }()
                                   : staff::authorize(who, action);
    refuse(context, refused);
    return false;
}

bool auditEvent(CliContext& context, const staff::Principal& who, const QString& action, const QString& subject,
                const QString& reason, QString* detail) {
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores) {
        *detail = QStringLiteral("terminal store or key not available");
        return false;
    }
    audit::AuditTrail trail(stores->local, *stores->keys);
    store::Transaction transaction(stores->local);
    return transaction.isOpen() &&
           trail.append({who.signedIn ? who.staffId : QString(), stores->terminalId, reason}, action, subject,
                        detail) &&
           transaction.commit();
}

} // namespace madoguchi::cli
