// The supervisor's day (業務日): the office's visits live from the central store, filters and search, and the story of
// the visit chosen (its records and audit events, the chains checked).
#pragma once

#include "supervisor/DayBoard.h"
#include "supervisor/VisitStory.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace madoguchi::supervisor {
class SupervisorBackground;
}

namespace madoguchi::ui {

class DayModel;
class DayFilter;
class SupervisorWindow;

class DayPage final : public QWidget {
    Q_OBJECT
public:
    struct Parts {
        supervisor::SupervisorBackground& background;
        SupervisorWindow& window;
        QHash<QString, QString> procedureNames;
    };
    DayPage(Parts parts, QWidget* parent = nullptr);
    ~DayPage() override;

    // Reads the day and watches the centre for changes, on the worker: on PostgreSQL by LISTEN/NOTIFY (with a safety
    // poll), on the embedded store by reading the fingerprint every second; stop() ends the watch.
    void start();
    // PostgreSQL: LISTEN is active (the fingerprint is read on each notification and every safetyPollMs).
    bool isListening() const { return m_listening; }
    void setSafetyPollMs(int ms);
    void stop();
    void setDay(const QDate& day);
    QDate day() const { return m_day; }

    QTableView* table() const { return m_table; }
    QSortFilterProxyModel* visibleVisits() const;
    int totalVisits() const;
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* terminalFilter() const { return m_terminal; }
    QComboBox* clerkFilter() const { return m_clerk; }
    QComboBox* procedureFilter() const { return m_procedure; }
    QComboBox* stateFilter() const { return m_state; }
    QString boardError() const;
    // The story shown (empty visit id: none yet).
    const supervisor::VisitStory& story() const { return m_story; }
    QTableWidget* storyEvents() const { return m_events; }
    QString chainText() const;
    QString storyError() const;
    // The visit of the current row; empty when none.
    QString currentVisitId() const;
    void openStory(const QString& visitId);

    static QString stateName(const QString& state);
    static QString channelName(const QString& channel);
    static QString methodName(const QString& method);

Q_SIGNALS:
    void boardLoaded();
    void storyLoaded();
    // The centre's day changed (a visit synced, a certificate voided, a void request arrived).
    void centreChanged();
    void dayChanged(const QDate& day);

private:
    void load();
    void poll();
    void showBoard(const QList<supervisor::BoardVisit>& visits);
    void refillFilters();
    void applyFilters();
    void showStory(const supervisor::VisitStory& story);
    QString procedureName(const QString& id) const;

    Parts m_parts;
    QDate m_day;
    QString m_fingerprint;
    bool m_loading = false;
    bool m_polling = false;
    bool m_running = false;
    bool m_pollAgain = false; // a notification arrived while the fingerprint was being read
    bool m_listening = false;
    bool m_watching = false;
    int m_safetyPollMs = 10000;
    QDateEdit* m_date = nullptr;
    QComboBox* m_terminal = nullptr;
    QComboBox* m_clerk = nullptr;
    QComboBox* m_procedure = nullptr;
    QComboBox* m_state = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    DayModel* m_model = nullptr;
    DayFilter* m_filter = nullptr;
    QTimer* m_timer = nullptr;
    QLabel* m_storyTitle = nullptr;
    QLabel* m_storyRecords = nullptr;
    QLabel* m_chain = nullptr;
    QTableWidget* m_events = nullptr;
    supervisor::VisitStory m_story;
    QString m_storyError;
};

} // namespace madoguchi::ui
