// Watches PC/SC on its own thread and reports readers and cards coming and going, never blocking the GUI thread.
#include "ReaderMonitor.h"

#include "CardLogging.h"
#include "PcscError.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <winscard.h>

#include <atomic>
#include <vector>

namespace madoguchi::card {

namespace {
constexpr auto kPnpReader = "\\\\?PnP?\\Notification";
constexpr DWORD kWaitMs = 1000;          // upper bound between two looks even without events
constexpr unsigned long kRetryMs = 1000; // between attempts to reach a pcscd that is not there

QStringList listReaders(SCARDCONTEXT ctx, LONG* rvOut) {
    DWORD size = 0;
    LONG rv = SCardListReaders(ctx, nullptr, nullptr, &size);
    QStringList names;
    if (rv == SCARD_S_SUCCESS && size > 0) {
        std::vector<char> buffer(size);
        rv = SCardListReaders(ctx, nullptr, buffer.data(), &size);
        if (rv == SCARD_S_SUCCESS) {
            for (const char* p = buffer.data(); *p != '\0'; p += qstrlen(p) + 1)
                names << QString::fromUtf8(p);
        }
    }
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        rv = SCARD_S_SUCCESS;
    *rvOut = rv;
    return names;
}

ReaderInfo readerInfoFrom(const SCARD_READERSTATE& state) {
    ReaderInfo info;
    info.name = QString::fromUtf8(state.szReader);
    info.cardPresent = (state.dwEventState & SCARD_STATE_PRESENT) != 0;
    info.cardInUse = (state.dwEventState & SCARD_STATE_EXCLUSIVE) != 0;
    info.mute = (state.dwEventState & SCARD_STATE_MUTE) != 0;
    if (info.cardPresent)
        info.atr = QByteArray(reinterpret_cast<const char*>(state.rgbAtr), static_cast<qsizetype>(state.cbAtr));
    return info;
}
} // namespace

struct ReaderMonitor::Worker {
    ReaderMonitor* owner = nullptr;
    QThread* thread = nullptr;
    std::atomic_bool stopping{false};
    std::atomic<SCARDCONTEXT> context{0};
    std::atomic_bool hasContext{false};
    mutable QMutex mutex;
    QWaitCondition wake;
    ReaderSnapshot current;

    void publish(const ReaderSnapshot& next) {
        ReaderSnapshot previous;
        {
            QMutexLocker lock(&mutex);
            if (current == next)
                return;
            previous = current;
            current = next;
        }
        qCInfo(lcCard).noquote() << describe(next);
        QStringList before, after;
        for (const ReaderInfo& r : previous.readers)
            before << r.name;
        for (const ReaderInfo& r : next.readers)
            after << r.name;
        if (before != after)
            Q_EMIT owner->readersChanged(after);
        for (const ReaderInfo& r : next.readers) {
            const ReaderInfo* old = previous.reader(r.name);
            const bool wasPresent = old != nullptr && old->cardPresent;
            if (r.cardPresent && (!wasPresent || old->atr != r.atr))
                Q_EMIT owner->cardInserted(r.name, r.atr);
            else if (!r.cardPresent && wasPresent)
                Q_EMIT owner->cardRemoved(r.name);
        }
        for (const ReaderInfo& r : previous.readers) {
            if (r.cardPresent && next.reader(r.name) == nullptr)
                Q_EMIT owner->cardRemoved(r.name);
        }
        Q_EMIT owner->snapshotChanged(next);
    }

    void sleepUnlessStopping(unsigned long ms) {
        QMutexLocker lock(&mutex);
        if (!stopping)
            wake.wait(&mutex, ms);
    }

    // One context's lifetime: watch until the service is lost or we are asked to stop.
    void watch(SCARDCONTEXT ctx) {
        while (!stopping) {
            LONG rv = SCARD_S_SUCCESS;
            const QStringList names = listReaders(ctx, &rv);
            if (rv != SCARD_S_SUCCESS) {
                publish({ReaderSnapshot::Service::Unreachable, {}, pcscErrorText(rv)});
                return;
            }
            std::vector<QByteArray> utf8Names;
            utf8Names.reserve(static_cast<size_t>(names.size()));
            for (const QString& n : names)
                utf8Names.push_back(n.toUtf8());
            std::vector<SCARD_READERSTATE> states(utf8Names.size() + 1);
            for (size_t i = 0; i < utf8Names.size(); ++i) {
                states[i].szReader = utf8Names[i].constData();
                states[i].dwCurrentState = SCARD_STATE_UNAWARE;
            }
            SCARD_READERSTATE& pnp = states.back();
            pnp.szReader = kPnpReader;
            pnp.dwCurrentState = static_cast<DWORD>(names.size()) << 16;

            // The first call returns at once with the current state of every reader; later calls wait for events.
            bool readerListChanged = false;
            while (!stopping && !readerListChanged) {
                rv = SCardGetStatusChange(ctx, kWaitMs, states.data(), static_cast<DWORD>(states.size()));
                if (rv == SCARD_E_TIMEOUT)
                    continue;
                if (rv == SCARD_E_CANCELLED)
                    return;
                if (rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE) {
                    readerListChanged = true; // a reader vanished between listing and waiting
                    break;
                }
                if (rv != SCARD_S_SUCCESS) {
                    publish({ReaderSnapshot::Service::Unreachable, {}, pcscErrorText(rv)});
                    return;
                }
                ReaderSnapshot snap{ReaderSnapshot::Service::Running, {}, {}};
                for (size_t i = 0; i + 1 < states.size(); ++i)
                    snap.readers << readerInfoFrom(states[i]);
                publish(snap);
                for (SCARD_READERSTATE& s : states) {
                    if (&s != &pnp && (s.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE)))
                        readerListChanged = true;
                    s.dwCurrentState = s.dwEventState & ~SCARD_STATE_CHANGED;
                }
                if (pnp.dwEventState & SCARD_STATE_CHANGED)
                    readerListChanged = true;
            }
        }
    }

    void run() {
        while (!stopping) {
            SCARDCONTEXT ctx = 0;
            const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
            if (rv != SCARD_S_SUCCESS) {
                publish({ReaderSnapshot::Service::Unreachable, {}, pcscErrorText(rv)});
                sleepUnlessStopping(kRetryMs);
                continue;
            }
            context = ctx;
            hasContext = true;
            if (!stopping)
                watch(ctx);
            hasContext = false;
            SCardReleaseContext(ctx);
            if (!stopping)
                sleepUnlessStopping(kRetryMs / 4);
        }
    }
};

ReaderMonitor::ReaderMonitor(QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>()) {
    qRegisterMetaType<ReaderSnapshot>();
    m_worker->owner = this;
}

ReaderMonitor::~ReaderMonitor() {
    stop();
}

void ReaderMonitor::start() {
    if (m_worker->thread != nullptr)
        return;
    m_worker->stopping = false;
    m_worker->thread = QThread::create([w = m_worker.get()] { w->run(); });
    m_worker->thread->setObjectName(QStringLiteral("ReaderMonitor"));
    m_worker->thread->start();
}

void ReaderMonitor::stop() {
    if (m_worker->thread == nullptr)
        return;
    {
        QMutexLocker lock(&m_worker->mutex);
        m_worker->stopping = true;
        m_worker->wake.wakeAll();
    }
    if (m_worker->hasContext)
        SCardCancel(m_worker->context); // wakes SCardGetStatusChange at once
    m_worker->thread->wait();
    delete m_worker->thread;
    m_worker->thread = nullptr;
}

bool ReaderMonitor::isRunning() const {
    return m_worker->thread != nullptr;
}

ReaderSnapshot ReaderMonitor::snapshot() const {
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->current;
}

ReaderSnapshot ReaderMonitor::probeOnce() {
    SCARDCONTEXT ctx = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
    if (rv != SCARD_S_SUCCESS)
        return {ReaderSnapshot::Service::Unreachable, {}, pcscErrorText(rv)};
    ReaderSnapshot snap{ReaderSnapshot::Service::Running, {}, {}};
    const QStringList names = listReaders(ctx, &rv);
    if (rv != SCARD_S_SUCCESS) {
        SCardReleaseContext(ctx);
        return {ReaderSnapshot::Service::Unreachable, {}, pcscErrorText(rv)};
    }
    std::vector<QByteArray> utf8Names;
    for (const QString& n : names)
        utf8Names.push_back(n.toUtf8());
    std::vector<SCARD_READERSTATE> states(utf8Names.size());
    for (size_t i = 0; i < utf8Names.size(); ++i) {
        states[i].szReader = utf8Names[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    if (!states.empty()) {
        rv = SCardGetStatusChange(ctx, 0, states.data(), static_cast<DWORD>(states.size()));
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
            snap.detail = pcscErrorText(rv);
    }
    for (const SCARD_READERSTATE& s : states)
        snap.readers << readerInfoFrom(s);
    SCardReleaseContext(ctx);
    return snap;
}

} // namespace madoguchi::card
