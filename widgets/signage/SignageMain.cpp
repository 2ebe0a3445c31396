// Starting the lobby display (--mode signage): the queue's watch, the full-screen window, the announcements.
#include "SignageMain.h"

#include "SignageAnnouncer.h"
#include "SignageWindow.h"
#include "UiLogging.h"
#include "counter/ResidentLanguages.h"
#include "queue/LobbyWatch.h"
#include "store/StoreLocations.h"

#include <QApplication>

namespace madoguchi::ui {

int runSignage(const Settings& settings) {
    const counter::ResidentLanguages languages;
    queue::LobbyWatch::Options options;
    options.centralLocation = store::centralLocation(settings);
    queue::LobbyWatch watch(options);
    SignageWindow window(languages);
    QObject::connect(&watch, &queue::LobbyWatch::changed, &window, &SignageWindow::showState);
    QObject::connect(&watch, &queue::LobbyWatch::called, &window, &SignageWindow::highlight);
    SignageAnnouncer announcer(window, qEnvironmentVariable("MADOGUCHI_SPEECH_ENGINE"), true);
    QObject::connect(&watch, &queue::LobbyWatch::called, &announcer, &SignageAnnouncer::announce);
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    window.showFullScreen();
    watch.start();
    qCInfo(lcUi) << "signage: lobby display started";
    const int code = QApplication::exec();
    QGuiApplication::restoreOverrideCursor();
    return code;
}

} // namespace madoguchi::ui
