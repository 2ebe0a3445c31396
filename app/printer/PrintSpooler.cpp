// Printing issued PDFs on the office's CUPS printers from a worker thread, each job followed to its end.
#include "PrintSpooler.h"

#include "CoreLogging.h"
#include "CupsClient.h"
#include "PrintProblem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <cups/ipp.h>

namespace madoguchi::printer {

// Lives in the worker thread: submits, then polls every job it follows until it ends.
class PrintWorker final : public QObject {
    Q_OBJECT
public:
    explicit PrintWorker(PrinterSetup setup)
        : m_setup(std::move(setup)) {}

    void start() {
        m_client = std::make_unique<CupsClient>(m_setup.server);
        m_timer = new QTimer(this);
        m_timer->setInterval(200);
        connect(m_timer, &QTimer::timeout, this, &PrintWorker::poll);
    }
    void stop() {
        if (m_timer)
            m_timer->stop();
        m_client.reset();
    }

    void submit(const PrintJob& job) {
        const Destination& destination = m_setup.destination(job.kind);
        PrintProgress p;
        p.key = job.key;
        p.kind = job.kind;
        p.queue = destination.queue;
        if (!destination.configured()) {
            p.stage = PrintProgress::Stage::NotConfigured;
            Q_EMIT progress(p);
            return;
        }
        if (!QFileInfo::exists(job.pdfPath)) {
            p.stage = PrintProgress::Stage::Failed;
            p.message =
                QCoreApplication::translate("printer", "The PDF %1 is missing from the document folder; nothing "
                                                       "was sent to the printer.")
                    .arg(QFileInfo(job.pdfPath).fileName());
            p.detail = QStringLiteral("missing %1").arg(job.pdfPath);
            Q_EMIT progress(p);
            return;
        }
        p.stage = PrintProgress::Stage::Sending;
        Q_EMIT progress(p);

        QString trayOption = QStringLiteral("InputSlot");
        if (!destination.tray.isEmpty()) {
            if (!m_trays.contains(destination.queue)) {
                if (const std::optional<Trays> trays = m_client->trays(destination.queue))
                    m_trays.insert(destination.queue, *trays);
            }
            if (m_trays.contains(destination.queue)) {
                const Trays& trays = m_trays[destination.queue];
                trayOption = trays.option;
                if (!trays.choices.contains(destination.tray)) {
                    p.stage = PrintProgress::Stage::Failed;
                    p.message =
                        QCoreApplication::translate("printer", "Printer %1 has no tray \"%2\" (it has: %3), so the %4 "
                                                               "was not printed. Ask IT staff to correct the printer "
                                                               "settings (printer/%5_tray). The record and the PDF are "
                                                               "kept.")
                            .arg(destination.queue, destination.tray,
                                 trays.choices.isEmpty() ? QStringLiteral("-")
                                                         : trays.choices.join(QStringLiteral(", ")),
                                 paperKindLabel(job.kind), paperKindName(job.kind));
                    p.detail = QStringLiteral("tray %1 not in %2 of %3")
                                   .arg(destination.tray, trays.option, destination.queue);
                    Q_EMIT progress(p);
                    return;
                }
            }
        }
        const Submission sent =
            m_client->submit(destination.queue, job.pdfPath, job.title, job.copies, trayOption, destination.tray);
        if (sent.jobId == 0) {
            const QueueState queue = m_client->queue(destination.queue);
            p.stage = PrintProgress::Stage::Failed;
            p.message = refusalText(sent, queue, destination.queue);
            p.detail = sent.detail;
            p.reasons = queue.reasons;
            qCWarning(lcCore).noquote() << "print refused:" << sent.detail;
            Q_EMIT progress(p);
            return;
        }
        p.jobId = sent.jobId;
        p.stage = PrintProgress::Stage::Queued;
        p.acceptedAfterMs = job.requestedAtMs > 0 ? QDateTime::currentMSecsSinceEpoch() - job.requestedAtMs : -1;
        qCInfo(lcCore).noquote() << "print job" << sent.jobId << "accepted by" << destination.queue << "for"
                                 << paperKindName(job.kind) << "after" << p.acceptedAfterMs << "ms";
        Q_EMIT progress(p);
        m_active.insert(job.key, Followed{p, destination.tray});
        if (!m_timer->isActive())
            m_timer->start();
    }

    // Takes a job the worker still follows off the printer (a kiosk's ticket the resident did not wait for).
    void cancel(const QString& key) {
        const auto it = m_active.find(key);
        if (it == m_active.end())
            return;
        PrintProgress p = it->progress;
        m_active.erase(it);
        const bool cancelled = m_client->cancel(p.jobId);
        p.stage = PrintProgress::Stage::Failed;
        p.message = QCoreApplication::translate("printer", "The print job was cancelled.");
        p.detail =
            QStringLiteral("job %1 cancelled%2").arg(p.jobId).arg(cancelled ? QString() : QStringLiteral(" (refused)"));
        qCInfo(lcCore).noquote() << "print job" << p.jobId << "on" << p.queue << "cancelled";
        Q_EMIT progress(p);
        if (m_active.isEmpty())
            m_timer->stop();
    }

Q_SIGNALS:
    void progress(const madoguchi::printer::PrintProgress& progress);

private:
    struct Followed {
        PrintProgress progress;
        QString tray;
    };

    void poll() {
        for (auto it = m_active.begin(); it != m_active.end();) {
            PrintProgress p = it->progress;
            const std::optional<JobState> job = m_client->job(p.jobId);
            const QueueState queue = m_client->queue(p.queue);
            if (job && job->completed()) {
                p.stage = PrintProgress::Stage::Printed;
                p.message.clear();
            } else if (job && job->finished()) {
                p.stage = PrintProgress::Stage::Failed;
                p.message = problemText(queue, &*job, p.queue, it->tray);
                p.detail = QStringLiteral("job %1 state %2 %3")
                               .arg(p.jobId)
                               .arg(job->state)
                               .arg(job->reasons.join(QLatin1Char(',')));
                p.reasons = job->reasons + queue.reasons;
            } else {
                const QString problem = problemText(queue, job ? &*job : nullptr, p.queue, it->tray);
                if (!problem.isEmpty()) {
                    p.stage = PrintProgress::Stage::Waiting;
                    p.message = problem;
                    p.detail = QStringLiteral("queue state %1 reasons %2 message %3")
                                   .arg(queue.state)
                                   .arg(queue.reasons.join(QLatin1Char(',')), queue.message);
                    p.reasons = queue.reasons;
                    if (queue.stopped() && !p.reasons.contains(QStringLiteral("paused")))
                        p.reasons.append(QStringLiteral("queue-stopped"));
                } else {
                    p.stage = job && job->state == IPP_JSTATE_PROCESSING ? PrintProgress::Stage::Printing
                                                                         : PrintProgress::Stage::Queued;
                    p.message.clear();
                }
            }
            if (p.stage != it->progress.stage || p.message != it->progress.message) {
                if (p.stage == PrintProgress::Stage::Waiting || p.stage == PrintProgress::Stage::Failed)
                    qCWarning(lcCore).noquote() << "print job" << p.jobId << "on" << p.queue << ":" << p.detail;
                it->progress = p;
                Q_EMIT progress(p);
            }
            if (p.settled())
                it = m_active.erase(it);
            else
                ++it;
        }
        if (m_active.isEmpty())
            m_timer->stop();
    }

    PrinterSetup m_setup;
    std::unique_ptr<CupsClient> m_client;
    QTimer* m_timer = nullptr;
    QHash<QString, Followed> m_active;
    QHash<QString, Trays> m_trays;
};

PrintSpooler::PrintSpooler(PrinterSetup setup, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup)) {
    qRegisterMetaType<PrintJob>();
    qRegisterMetaType<PrintProgress>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("print worker"));
    m_worker = new PrintWorker(m_setup);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &PrintWorker::start);
    connect(this, &PrintSpooler::submitRequested, m_worker, &PrintWorker::submit, Qt::QueuedConnection);
    connect(m_worker, &PrintWorker::progress, this, [this](const PrintProgress& p) {
        PrintProgress stored = p;
        // The accepted-after figure stays with the job once known.
        if (stored.acceptedAfterMs < 0 && m_progress.contains(p.key) && m_progress[p.key].jobId == p.jobId)
            stored.acceptedAfterMs = m_progress[p.key].acceptedAfterMs;
        m_progress.insert(p.key, stored);
        Q_EMIT progressChanged(stored);
    });
    m_thread->start();
}

PrintSpooler::~PrintSpooler() {
    QMetaObject::invokeMethod(m_worker, &PrintWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void PrintSpooler::print(PrintJob job) {
    job.requestedAtMs = QDateTime::currentMSecsSinceEpoch();
    PrintProgress p;
    p.key = job.key;
    p.kind = job.kind;
    p.queue = m_setup.destination(job.kind).queue;
    p.stage = prints(job.kind) ? PrintProgress::Stage::Sending : PrintProgress::Stage::NotConfigured;
    m_progress.insert(job.key, p);
    Q_EMIT submitRequested(job);
}

void PrintSpooler::cancel(const QString& key) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key] { worker->cancel(key); }, Qt::QueuedConnection);
}

bool PrintSpooler::waitUntilQuiet(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    const auto quiet = [this] {
        for (const PrintProgress& p : std::as_const(m_progress))
            if (!p.settled() && p.stage != PrintProgress::Stage::Waiting)
                return false;
        return true;
    };
    while (!quiet()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

QString progressText(const PrintProgress& p) {
    switch (p.stage) {
    case PrintProgress::Stage::NotConfigured:
        return QCoreApplication::translate("printer", "No printer is set for the %1: print the PDF by hand "
                                                      "(Ctrl+Shift+P opens it).")
            .arg(paperKindLabel(p.kind));
    case PrintProgress::Stage::Sending:
        return QCoreApplication::translate("printer", "Sending to %1…").arg(p.queue);
    case PrintProgress::Stage::Queued:
        return QCoreApplication::translate("printer", "In the queue of %1 (job %2)").arg(p.queue).arg(p.jobId);
    case PrintProgress::Stage::Printing:
        return QCoreApplication::translate("printer", "Printing on %1 (job %2)").arg(p.queue).arg(p.jobId);
    case PrintProgress::Stage::Printed:
        return QCoreApplication::translate("printer", "Printed on %1 (job %2)").arg(p.queue).arg(p.jobId);
    case PrintProgress::Stage::Waiting:
    case PrintProgress::Stage::Failed:
        break;
    }
    return p.message;
}

} // namespace madoguchi::printer

#include "PrintSpooler.moc"
