// What a madoguchi-cli command is given: its own arguments, the settings, and where to write.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace madoguchi {
class Settings;
}

namespace madoguchi::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1,    // the operation was refused or failed; the reason is on standard error
    UsageError = 2, // the command line itself was wrong
};

struct CliContext {
    Settings& settings;
    QStringList arguments; // arguments[0] is "madoguchi-cli <command>", as QCommandLineParser expects
    QTextStream& out;
    QTextStream& err;
    bool verbose = false;

    // A one-line error for the person at the terminal, on standard error.
    int fail(const QString& message, int code = Failure) const;
};

} // namespace madoguchi::cli
