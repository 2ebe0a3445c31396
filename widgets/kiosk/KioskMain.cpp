// Starting --mode kiosk.
#include "KioskMain.h"

#include "KioskWindow.h"
#include "Settings.h"
#include "UiLogging.h"
#include "kiosk/KioskServices.h"

#include <QApplication>

namespace madoguchi::ui {

int runKiosk(const Settings& settings) {
    auto services = kiosk::KioskServices::open(settings, {});
    if (!services) {
        qCCritical(lcUi).noquote() << services.outcome.message << services.outcome.detail;
        return 1;
    }
    // Only the staff PIN ends the kiosk: closing its window is refused, so the last window never closes by itself.
    QApplication::setQuitOnLastWindowClosed(false);
    KioskWindow window(**services.value);
    QObject::connect(&window, &KioskWindow::exitGranted, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    window.showFullScreen();
    return QApplication::exec();
}

} // namespace madoguchi::ui
