// Counter mode's two windows around one visit, the inactivity tick, and the status window on demand.
#pragma once

#include "CounterPorts.h"
#include "visit/VisitWorkflow.h"

#include <QObject>

#include <chrono>
#include <memory>

class QTimer;

namespace madoguchi {
class Settings;
class TerminalStatus;
namespace counter {
class InterpreterServices;
class ReceptionQueue;
class ResidentLanguages;
} // namespace counter
} // namespace madoguchi

namespace madoguchi::ui {

class ClerkWindow;
class InterpreterCall;
class ResidentWindow;
class StatusWindow;

// Counter mode's two screens around one visit: the clerk's window and the resident-facing window, the inactivity
// clock, and the terminal status window one menu entry away.
class CounterScreens final : public QObject {
    Q_OBJECT
public:
    struct Parts {
        visit::VisitWorkflow& visit;
        counter::ReceptionQueue& queue;
        counter::StaffDirectory& staff;
        counter::SyncState& sync;
        const counter::ResidentLanguages& languages;
        QString clerkLanguage;
        TerminalStatus* status = nullptr; // for the status window; may be null in tests
        const Settings* settings = nullptr;
        counter::DocumentDesk* documents = nullptr; // issued certificates at the counter (F11)
        // The city's interpreting services; null or empty: no interpreter button on either screen.
        const counter::InterpreterServices* interpreters = nullptr;
    };
    explicit CounterScreens(Parts parts, QObject* parent = nullptr);
    ~CounterScreens() override;

    void show();
    ClerkWindow* clerk() const { return m_clerk.get(); }
    ResidentWindow* resident() const { return m_resident.get(); }
    // How long without input before the clerk's screen locks (staff/idle_lock_minutes); shorter in tests.
    void setIdleLockInterval(std::chrono::milliseconds interval);
    StatusWindow* statusWindow() const { return m_statusWindow.get(); }
    InterpreterCall* interpreterCall() const { return m_interpreter; }

protected:
    // Any key or touch on either screen postpones the inactivity timeout.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showStatusWindow();

    visit::VisitWorkflow& m_visit;
    TerminalStatus* m_status;
    const Settings* m_settings;
    std::unique_ptr<ClerkWindow> m_clerk;
    std::unique_ptr<ResidentWindow> m_resident;
    std::unique_ptr<StatusWindow> m_statusWindow;
    QTimer* m_tick = nullptr;
    InterpreterCall* m_interpreter = nullptr;
    QTimer* m_idleLock = nullptr;
};

} // namespace madoguchi::ui
