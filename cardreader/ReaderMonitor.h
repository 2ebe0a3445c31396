// Watches PC/SC on its own thread and reports readers and cards coming and going, never blocking the GUI thread.
#pragma once

#include "ReaderState.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace madoguchi::card {

// Modelled on DigiDoc4's reader-monitor thread: SCardGetStatusChange with the PnP pseudo-reader, so a reader
// plugged in or a card placed is seen at once. When pcscd stops (or exits because it was idle) the context is
// re-established, so the terminal recovers without a restart.
class ReaderMonitor final : public QObject {
    Q_OBJECT
public:
    explicit ReaderMonitor(QObject* parent = nullptr);
    ~ReaderMonitor() override;

    void start();
    void stop();
    bool isRunning() const;

    // The last snapshot the monitor published (thread-safe).
    ReaderSnapshot snapshot() const;

    // One synchronous look at PC/SC, for command-line tools. Blocks for at most a few milliseconds.
    static ReaderSnapshot probeOnce();

Q_SIGNALS:
    void snapshotChanged(const madoguchi::card::ReaderSnapshot& snapshot);
    void readersChanged(const QStringList& readers);
    void cardInserted(const QString& reader, const QByteArray& atr);
    void cardRemoved(const QString& reader);

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace madoguchi::card
