// Starting the desktop application: options, logging, language, and the first window.
#include "GuiMain.h"

#include "ClerkWindow.h"
#include "CommandLine.h"
#include "CounterPrinting.h"
#include "CounterScreens.h"
#include "CounterServices.h"
#include "FileModes.h"
#include "KioskMain.h"
#include "LogSink.h"
#include "Settings.h"
#include "StatusWindow.h"
#include "SupervisorMain.h"
#include "TerminalStatus.h"
#include "Translations.h"
#include "UiLogging.h"
#include "signage/SignageMain.h"

#include <QApplication>
#include <QCommandLineParser>

namespace madoguchi::ui {

int run(int argc, char** argv) {
    files::restrictUmask();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Madoguchi"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("GuiMain", "Madoguchi no-handwriting counter terminal."));
    addCommonOptions(parser);
    parser.addOption(
        {{QStringLiteral("mode")},
         QApplication::translate("GuiMain", "What this terminal is: counter, supervisor, kiosk or signage."),
         QStringLiteral("mode"),
         QStringLiteral("counter")});
    parser.process(app);

    const CommonOptions common = readCommonOptions(parser);
    Settings settings(common.configFile);
    const QString logFile = LogSink::install(settings.logDir(), common.verbose, LogRotation::fromSettings(settings));
    const QString language = common.language.isEmpty() ? settings.language() : common.language;
    Translations::install(app, language);

    const QString mode = parser.value(QStringLiteral("mode"));
    const QStringList modes{QStringLiteral("counter"), QStringLiteral("supervisor"), QStringLiteral("kiosk"),
                            QStringLiteral("signage")};
    if (!modes.contains(mode)) {
        qCCritical(lcUi).noquote() << QApplication::translate("GuiMain", "Unknown mode \"%1\"; choose one of: %2.")
                                          .arg(mode, modes.join(QStringLiteral(", ")));
        return 2;
    }
    qCInfo(lcUi) << "starting Madoguchi" << QApplication::applicationVersion() << "mode" << mode << "language"
                 << language << "log" << logFile;

    if (mode == QLatin1String("signage"))
        return runSignage(settings);
    TerminalStatus status(settings);
    if (mode == QLatin1String("counter")) {
        // Two screens around one visit; the status window stays one menu entry away (Terminal → status).
        auto services = counter::CounterServices::open(settings, {});
        if (!services) {
            qCCritical(lcUi).noquote() << services.outcome.message << services.outcome.detail;
            return 1;
        }
        counter::CounterServices& counter = **services.value;
        CounterScreens screens({counter.visit(), counter.queue(), counter.staff(), counter.sync(), counter.languages(),
                                language, &status, &settings, &counter.documents()});
        QObject::connect(screens.clerk(), &ClerkWindow::signedIn, screens.clerk(),
                         [&counter](const counter::SignIn& who) { counter.setClerk(who); });
        screens.clerk()->setPrinting(&counter.printing());
        screens.clerk()->setStartupWarning(counter.catalogueRefusal());
        screens.show();
        status.start();
        const int code = QApplication::exec();
        status.stop();
        return code;
    }
    if (mode == QLatin1String("kiosk"))
        return runKiosk(settings);
    if (mode == QLatin1String("supervisor"))
        return runSupervisor(settings, language);
    StatusWindow window(status, settings);
    window.show();
    status.start();
    const int code = QApplication::exec();
    status.stop();
    return code;
}

} // namespace madoguchi::ui
