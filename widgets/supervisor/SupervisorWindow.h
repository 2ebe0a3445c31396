// The supervisor's window (管理者画面): sign-in with a supervisor account, then the office's day, voids, cash and
// KPIs; every query on the worker, the screen saying what it waits for. Keyboard-first.
#pragma once

#include "counter/CounterPorts.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;

namespace madoguchi::supervisor {
class SupervisorBackground;
}

namespace madoguchi::ui {

class AlertsPage;
class CashPage;
class DayPage;
class KpiPage;
class VoidsPage;

class SupervisorWindow final : public QMainWindow {
    Q_OBJECT
public:
    struct Parts {
        supervisor::SupervisorBackground& background;
        QHash<QString, QString> procedureNames; // procedure id → its name in the clerk's language
        QString language;                       // the clerk's language ("ja", "en")
        int staleSyncMinutes = 15;              // supervisor/stale_sync_minutes: a terminal silent this long is named
        QString municipalityCode;               // office/municipality_code (five digits), for open data
        QString municipalityName;               // office/municipality_name
    };
    explicit SupervisorWindow(Parts parts, QWidget* parent = nullptr);
    ~SupervisorWindow() override;

    QLineEdit* staffIdEdit() const { return m_staffIdEdit; }
    QLineEdit* passwordEdit() const { return m_passwordEdit; }
    QString signInError() const;
    bool isSignedIn() const { return m_who.ok; }
    // What the screen waits for (the central database, the sign-in), as the supervisor reads it; empty when idle.
    QString waitingText() const;
    QTabWidget* tabs() const { return m_tabs; }
    DayPage* dayPage() const { return m_day; }
    VoidsPage* voidsPage() const { return m_voids; }
    CashPage* cashPage() const { return m_cash; }
    KpiPage* kpiPage() const { return m_kpi; }
    AlertsPage* alertsPage() const { return m_alerts; }

    // Called by the pages: one more thing waited for (`what` shown), or one fewer.
    void beginWaiting(const QString& key, const QString& what);
    void endWaiting(const QString& key);

private:
    QWidget* buildSignIn();
    QWidget* buildWork();
    void signIn();
    void signOut();
    void showWaiting();

    Parts m_parts;
    counter::SignIn m_who;
    QStackedWidget* m_top = nullptr;
    QLineEdit* m_staffIdEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_signInError = nullptr;
    QLabel* m_waiting = nullptr;
    QLabel* m_signedInAs = nullptr;
    QTabWidget* m_tabs = nullptr;
    DayPage* m_day = nullptr;
    VoidsPage* m_voids = nullptr;
    CashPage* m_cash = nullptr;
    KpiPage* m_kpi = nullptr;
    AlertsPage* m_alerts = nullptr;
    QHash<QString, QString> m_waitingFor;
};

} // namespace madoguchi::ui
