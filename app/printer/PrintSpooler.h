// Printing issued PDFs on the office's CUPS printers from a worker thread, each job followed to its end.
#pragma once

#include "PrinterSetup.h"

#include <QHash>
#include <QMetaType>
#include <QObject>

class QThread;

namespace madoguchi::printer {

struct PrintJob {
    QString key;     // what the clerk's list knows the document by (serial, else the PDF's path)
    QString pdfPath; // kept in the document folder whatever happens to the job
    QString title;   // job name shown by CUPS
    PaperKind kind = PaperKind::Form;
    int copies = 1;
    qint64 requestedAtMs = 0; // set by print(): when the clerk asked (for the accepted-after figure)
};

struct PrintProgress {
    enum class Stage {
        NotConfigured, // no queue for this kind of paper: the PDF waits to be printed by hand
        Sending,
        Queued,   // accepted by CUPS (jobId), waiting its turn
        Printing, // the printer is working on it
        Waiting,  // accepted but held up: out of paper, offline, queue stopped; prints once fixed
        Printed,
        Failed // refused or ended without printing: print again
    };
    QString key;
    Stage stage = Stage::Sending;
    PaperKind kind = PaperKind::Form;
    int jobId = 0;
    QString queue;
    QString message;             // for the clerk, translated: what happened and what to do
    QString detail;              // for the log
    QStringList reasons;         // IPP keywords of a problem (printer-state-reasons, job-state-reasons), untranslated
    qint64 acceptedAfterMs = -1; // from the request to the job id (Queued onwards)
    bool settled() const { return stage == Stage::Printed || stage == Stage::Failed || stage == Stage::NotConfigured; }
};

class PrintWorker;

// Owns a worker thread with its own CUPS connection. print() returns at once; progressChanged() follows the job:
// sending → queued (job id) → printing → printed, or waiting with the reason (paper, offline, stopped queue) until
// fixed, or failed. Nothing here deletes or moves the PDF: the record and the file stay either way.
class PrintSpooler final : public QObject {
    Q_OBJECT
public:
    explicit PrintSpooler(PrinterSetup setup, QObject* parent = nullptr);
    ~PrintSpooler() override;

    const PrinterSetup& setup() const { return m_setup; }
    bool prints(PaperKind kind) const { return m_setup.destination(kind).configured(); }
    void print(PrintJob job);
    // Takes the job of `key` off its printer if it has not printed yet (held for paper, still queued): it ends
    // Failed, "cancelled". Nothing for a job that has settled.
    void cancel(const QString& key);
    PrintProgress progress(const QString& key) const { return m_progress.value(key); }
    bool has(const QString& key) const { return m_progress.contains(key); }
    // For the CLI and tests: runs the event loop until every job has settled or is waiting, or `timeoutMs` passed.
    bool waitUntilQuiet(int timeoutMs);

Q_SIGNALS:
    void progressChanged(const madoguchi::printer::PrintProgress& progress);
    void submitRequested(const madoguchi::printer::PrintJob& job);

private:
    PrinterSetup m_setup;
    QThread* m_thread = nullptr;
    PrintWorker* m_worker = nullptr;
    QHash<QString, PrintProgress> m_progress;
};

// The clerk's one-line text for a stage (the message when there is a problem).
QString progressText(const PrintProgress& progress);

} // namespace madoguchi::printer

Q_DECLARE_METATYPE(madoguchi::printer::PrintJob)
Q_DECLARE_METATYPE(madoguchi::printer::PrintProgress)
