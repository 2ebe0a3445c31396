// Live state of this terminal's hardware and stores, for the status screen: readers and cards, local and central DB.
#pragma once

#include "DatabaseStatus.h"
#include "ReaderState.h"

#include <QObject>

class QThread;

namespace madoguchi {

namespace card {
class ReaderMonitor;
}
class Settings;

// Everything slow (PC/SC waits, database connects) happens on worker threads; signals arrive on the owner's thread.
class TerminalStatus final : public QObject {
    Q_OBJECT
public:
    explicit TerminalStatus(const Settings& settings, QObject* parent = nullptr);
    ~TerminalStatus() override;

    void start();
    void stop();

    card::ReaderSnapshot readers() const { return m_readers; }
    DatabaseState localDatabase() const { return m_local; }
    DatabaseState centralDatabase() const { return m_central; }

public Q_SLOTS:
    void refreshDatabases();

Q_SIGNALS:
    void readersChanged(const madoguchi::card::ReaderSnapshot& snapshot);
    void databasesChanged();

private:
    void onDatabaseProbed(const madoguchi::DatabaseState& state);

    QString m_localPath;
    QString m_centralUrl;
    QString m_centralSqlitePath;
    card::ReaderMonitor* m_monitor = nullptr;
    QThread* m_dbThread = nullptr;
    QObject* m_dbWorker = nullptr;
    card::ReaderSnapshot m_readers;
    DatabaseState m_local;
    DatabaseState m_central;
};

} // namespace madoguchi
