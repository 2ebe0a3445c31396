// What both executables do first: name the application, parse the shared options, start logging and translations.
#include "CommandLine.h"

#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi {

void setApplicationIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
}

void addCommonOptions(QCommandLineParser& parser) {
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {{QStringLiteral("verbose")},
         QCoreApplication::translate("CommandLine", "Log debug details to standard error and the log file.")});
    parser.addOption({{QStringLiteral("config")},
                      QCoreApplication::translate("CommandLine", "Read settings from <file> instead of the default."),
                      QStringLiteral("file")});
    parser.addOption({{QStringLiteral("language")},
                      QCoreApplication::translate("CommandLine", "Interface language: ja or en."),
                      QStringLiteral("lang")});
}

CommonOptions readCommonOptions(const QCommandLineParser& parser) {
    return {parser.isSet(QStringLiteral("verbose")), parser.value(QStringLiteral("config")),
            parser.value(QStringLiteral("language"))};
}

} // namespace madoguchi
