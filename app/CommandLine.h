// What both executables do first: name the application, parse the shared options, start logging and translations.
#pragma once

#include <QString>

class QCommandLineParser;
class QCoreApplication;

namespace madoguchi {

struct CommonOptions {
    bool verbose = false;
    QString configFile;
    QString language; // empty: from settings (GUI) or the system locale (CLI)
};

// Sets the application name and version (so both executables share one data directory).
void setApplicationIdentity();
// --verbose, --config FILE, --language LANG, plus Qt's --help and --version.
void addCommonOptions(QCommandLineParser& parser);
CommonOptions readCommonOptions(const QCommandLineParser& parser);

} // namespace madoguchi
