// Where log lines go: a file under the user's data directory, and standard error for warnings (or all, verbose).
#pragma once

#include <QString>

namespace madoguchi {

class Settings;

// How big madoguchi.log may grow before it is rotated, and how many older files are kept (madoguchi.log.1 the newest
// of them). A log with card sessions, sign-ins and sync rounds would otherwise grow for as long as the terminal runs.
struct LogRotation {
    qint64 maxBytes = 10 * 1024 * 1024;
    int keep = 5;

    // log/max_kib (64 to 1048576), log/keep (1 to 100); out-of-range values fall back to the defaults.
    static LogRotation fromSettings(const Settings& settings);
};

class LogSink {
public:
    // Installs the message handler. `verbose` enables debug output of every madoguchi.* category and echoes
    // everything to standard error. Returns the path of the log file (empty when it could not be opened).
    // Before a line would take the file past `rotation.maxBytes`, madoguchi.log becomes madoguchi.log.1 (the older
    // ones shift up, the one past `rotation.keep` is deleted) and a new 0600 madoguchi.log is started.
    static QString install(const QString& logDir, bool verbose, LogRotation rotation = {});
    static void uninstall();
    static QString currentFile();
};

} // namespace madoguchi
