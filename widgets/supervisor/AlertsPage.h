// The supervisor's alerts (警報): terminals whose outbox is stuck or that have not synced for a while, audit chains
// that do not continue, serial collisions and sync conflicts — computed by supervisor::officeAlerts on the worker,
// read again every few seconds while signed in.
#pragma once

#include "supervisor/Alerts.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace madoguchi::supervisor {
class SupervisorBackground;
}

namespace madoguchi::ui {

class SupervisorWindow;

class AlertsPage final : public QWidget {
    Q_OBJECT
public:
    AlertsPage(supervisor::SupervisorBackground& background, SupervisorWindow& window, int staleMinutes,
               QWidget* parent = nullptr);

    void start(); // reads now and then every few seconds
    void stop();
    void reload();
    QTableWidget* table() const { return m_table; }
    const QList<supervisor::Alert>& alerts() const { return m_alerts; }
    QString summaryText() const;
    // The supervisor's words for an alert kind.
    static QString kindText(const QString& kind);

Q_SIGNALS:
    void loaded();
    // How many alerts there are now (the window shows it on the tab).
    void countChanged(int count);

private:
    supervisor::SupervisorBackground& m_background;
    SupervisorWindow& m_window;
    int m_staleMinutes = 15;
    QList<supervisor::Alert> m_alerts;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_timer = nullptr;
    bool m_reading = false;
};

} // namespace madoguchi::ui
