// Where log lines go: a file under the user's data directory, and standard error for warnings (or all, verbose).
#pragma once

#include <QString>

namespace madoguchi {

class LogSink {
public:
    // Installs the message handler. `verbose` enables debug output of every madoguchi.* category and echoes
    // everything to standard error. Returns the path of the log file (empty when it could not be opened).
    static QString install(const QString& logDir, bool verbose);
    static void uninstall();
    static QString currentFile();
};

} // namespace madoguchi
