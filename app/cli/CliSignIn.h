// Staff sign-in for the sensitive madoguchi-cli commands: `--as LOGIN`, the password on the first line of stdin.
#pragma once

#include "CliContext.h"
#include "staff/Authorization.h"

#include <optional>

class QCommandLineParser;

namespace madoguchi::cli {

// One line of standard input, read byte by byte so the lines after it (a PIN, a new account's password) stay
// unread for the next reader; without echo when standard input is a terminal (then `prompt` is shown on stderr).
// std::nullopt at the end of input. Lines longer than 1024 bytes are refused as empty.
std::optional<QString> readStdinLine(CliContext& context, const QString& prompt = {});

// Adds --as LOGIN to a command's options.
void addSignInOption(QCommandLineParser& parser);

// Signs `login` in with the password on the next line of standard input, against the central store's staff table
// (`centralOverride`, else the settings) or, when it does not answer, this terminal's synced copy; back-off, lockout
// and the audit of the attempt as in staff::StaffSignIn. A refusal is printed; std::nullopt then.
std::optional<staff::Principal> signInFromStdin(CliContext& context, const QString& login,
                                                const QString& centralOverride = {});

// What every sensitive command does first: --as missing → refused; otherwise sign in and authorize `action`. Every
// refusal is printed and appended to the audit trail with the real actor (whoever signed in). `subject` names
// what the action is about in the audit event.
std::optional<staff::Principal> signInFor(CliContext& context, const QCommandLineParser& parser, staff::Action action,
                                          const QString& subject = {}, const QString& centralOverride = {});

// authorize() for a second action of the same command (e.g. --reveal), audited and printed when refused.
bool authorizeFor(CliContext& context, const staff::Principal& who, staff::Action action, const QString& subject = {});

// Appends one event to this terminal's audit trail, `who` as the actor (nobody signed in: "system"). False, with
// `detail` for the log, when it could not be written: the caller says what that means and does not go on.
bool auditEvent(CliContext& context, const staff::Principal& who, const QString& action, const QString& subject,
                const QString& reason, QString* detail);

} // namespace madoguchi::cli
