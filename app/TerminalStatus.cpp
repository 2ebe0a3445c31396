// Live state of this terminal's hardware and stores, for the status screen: readers and cards, local and central DB.
#include "TerminalStatus.h"

#include "ReaderMonitor.h"
#include "Settings.h"
#include "store/StoreLocations.h"

#include <QThread>
#include <QTimer>

namespace madoguchi {

namespace {
constexpr int kDatabaseProbeIntervalMs = 15000;
}

TerminalStatus::TerminalStatus(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_localPath(settings.localDatabasePath())
    , m_centralUrl(settings.centralDatabaseUrl())
    , m_centralSqlitePath(settings.centralSqlitePath())
    , m_monitor(new card::ReaderMonitor(this)) {
    qRegisterMetaType<DatabaseState>();
    m_local.location = m_localPath;
    m_central.store = DatabaseState::Store::Central;
    m_central.location = m_centralUrl.isEmpty() ? m_centralSqlitePath : m_centralUrl;
    m_central.backend = m_centralUrl.isEmpty() ? DatabaseState::Backend::Sqlite : DatabaseState::Backend::Postgres;
    connect(m_monitor, &card::ReaderMonitor::snapshotChanged, this, [this](const card::ReaderSnapshot& snapshot) {
        m_readers = snapshot;
        Q_EMIT readersChanged(snapshot);
    });
}

TerminalStatus::~TerminalStatus() {
    stop();
}

void TerminalStatus::start() {
    m_monitor->start();
    if (m_dbThread != nullptr)
        return;
    m_dbThread = new QThread(this);
    m_dbThread->setObjectName(QStringLiteral("DatabaseProbe"));
    m_dbWorker = new QObject;
    auto* timer = new QTimer(m_dbWorker); // created before the move, so it moves to the probe thread with its parent
    timer->setInterval(kDatabaseProbeIntervalMs);
    m_dbWorker->moveToThread(m_dbThread);
    connect(m_dbThread, &QThread::finished, m_dbWorker, &QObject::deleteLater);
    connect(timer, &QTimer::timeout, this, &TerminalStatus::refreshDatabases);
    connect(m_dbThread, &QThread::started, timer, qOverload<>(&QTimer::start));
    m_dbThread->start();
    // The stores are brought up to date (and the embedded one seeded) before the first probe looks at them.
    QMetaObject::invokeMethod(
        m_dbWorker, [local = m_localPath, central = m_centralUrl.isEmpty() ? m_centralSqlitePath : m_centralUrl] {
            store::prepareStores(local, central);
        });
    refreshDatabases();
}

void TerminalStatus::stop() {
    m_monitor->stop();
    if (m_dbThread != nullptr) {
        m_dbThread->quit();
        m_dbThread->wait();
        delete m_dbThread;
        m_dbThread = nullptr;
        m_dbWorker = nullptr;
    }
}

void TerminalStatus::refreshDatabases() {
    if (m_dbWorker == nullptr)
        return;
    // Runs on the probe thread; results come back to this object's thread through queued signals.
    QMetaObject::invokeMethod(
        m_dbWorker, [this, local = m_localPath, url = m_centralUrl, central = m_centralSqlitePath] {
            const DatabaseState localState = DatabaseStatus::probeSqlite(DatabaseState::Store::Local, local);
            const DatabaseState centralState = url.isEmpty()
                                                   ? DatabaseStatus::probeSqlite(DatabaseState::Store::Central, central)
                                                   : DatabaseStatus::probePostgres(url);
            QMetaObject::invokeMethod(this, [this, localState] { onDatabaseProbed(localState); });
            QMetaObject::invokeMethod(this, [this, centralState] { onDatabaseProbed(centralState); });
        });
}

void TerminalStatus::onDatabaseProbed(const DatabaseState& state) {
    DatabaseState& slot = state.store == DatabaseState::Store::Local ? m_local : m_central;
    if (slot == state)
        return;
    slot = state;
    Q_EMIT databasesChanged();
}

} // namespace madoguchi
