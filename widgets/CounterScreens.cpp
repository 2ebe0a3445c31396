// Counter mode's two screens around one visit.
#include "CounterScreens.h"

#include "ClerkWindow.h"
#include "InterpreterCall.h"
#include "ResidentWindow.h"
#include "Settings.h"
#include "StatusWindow.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

namespace madoguchi::ui {

CounterScreens::CounterScreens(Parts parts, QObject* parent)
    : QObject(parent)
    , m_visit(parts.visit)
    , m_status(parts.status)
    , m_settings(parts.settings)
    , m_clerk(std::make_unique<ClerkWindow>(
          ClerkWindow::Parts{parts.visit, parts.queue, parts.staff, parts.sync, parts.clerkLanguage, parts.documents}))
    , m_resident(std::make_unique<ResidentWindow>(parts.visit, parts.languages))
    , m_tick(new QTimer(this)) {
    connect(m_clerk.get(), &ClerkWindow::statusWindowRequested, this, &CounterScreens::showStatusWindow);
    if (parts.interpreters && !parts.interpreters->isEmpty()) {
        m_interpreter = new InterpreterCall(parts.visit, *parts.interpreters, this);
        m_clerk->setInterpreter(m_interpreter);
        m_resident->setInterpreter(m_interpreter);
    }
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, &m_visit, &visit::VisitWorkflow::tick);
    m_tick->start();
    m_idleLock = new QTimer(this);
    m_idleLock->setSingleShot(true);
    bool ok = false;
    const int minutes = m_settings ? m_settings->value(QStringLiteral("staff/idle_lock_minutes")).toInt(&ok) : 0;
    m_idleLock->setInterval(std::chrono::minutes(ok ? qBound(1, minutes, 120) : 5));
    connect(m_idleLock, &QTimer::timeout, m_clerk.get(), &ClerkWindow::lockScreen);
    connect(m_clerk.get(), &ClerkWindow::screenLocked, m_resident.get(), &ResidentWindow::setHeld);
    connect(m_clerk.get(), &ClerkWindow::screenLocked, this, [this](bool locked) {
        if (!locked)
            m_idleLock->start();
    });
    m_idleLock->start();
    qApp->installEventFilter(this);
}

CounterScreens::~CounterScreens() {
    qApp->removeEventFilter(this);
}

void CounterScreens::show() {
    m_clerk->show();
    // The resident's screen goes to a second monitor when there is one (the counter's customer display).
    const auto screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        m_resident->setScreen(screens.at(1));
        m_resident->move(screens.at(1)->geometry().topLeft());
        m_resident->showFullScreen();
    } else {
        m_resident->show();
    }
}

bool CounterScreens::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        m_visit.touch();
        if (!m_clerk->isLocked())
            m_idleLock->start(); // input on either screen postpones the lock
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CounterScreens::setIdleLockInterval(std::chrono::milliseconds interval) {
    m_idleLock->setInterval(interval);
    m_idleLock->start();
}

void CounterScreens::showStatusWindow() {
    if (!m_status || !m_settings)
        return;
    if (!m_statusWindow)
        m_statusWindow = std::make_unique<StatusWindow>(*m_status, *m_settings);
    m_statusWindow->show();
    m_statusWindow->raise();
}

} // namespace madoguchi::ui
