// The first window: live state of the card readers and the databases, so staff see at once what works.
#pragma once

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace madoguchi {
class Settings;
class TerminalStatus;
} // namespace madoguchi

namespace madoguchi::ui {

class StatusWindow final : public QMainWindow {
    Q_OBJECT
public:
    StatusWindow(TerminalStatus& status, const Settings& settings, QWidget* parent = nullptr);

    // For tests: what the screen currently says.
    QString serviceText() const;
    QStringList readerLines() const;
    QString localDatabaseText() const;
    QString centralDatabaseText() const;

private:
    void showReaders();
    void showDatabases();

    TerminalStatus& m_status;
    QString m_preferredReader;
    QLabel* m_service = nullptr;
    QTreeWidget* m_readers = nullptr;
    QLabel* m_cardHint = nullptr;
    QLabel* m_local = nullptr;
    QLabel* m_central = nullptr;
};

} // namespace madoguchi::ui
