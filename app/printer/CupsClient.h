// A thin client of the CUPS scheduler over libcups: submit a PDF with its tray, read job and printer state.
#pragma once

#include "PrinterSetup.h"

#include <QString>
#include <QStringList>

#include <optional>

typedef struct _http_s http_t; // NOLINT: libcups' own declaration

namespace madoguchi::printer {

// What the scheduler says about one queue.
struct QueueState {
    bool reachable = false; // the CUPS server answered
    bool exists = false;    // the queue is known to it
    bool accepting = false; // printer-is-accepting-jobs
    int state = 0;          // printer-state: 3 idle, 4 processing, 5 stopped
    QStringList reasons;    // printer-state-reasons without "none"
    QString message;        // printer-state-message, as the printer or backend put it
    QString detail;         // the IPP status when the question failed
    bool stopped() const { return state == 5; }
};

// What the scheduler says about one job.
struct JobState {
    int state = 0; // job-state: 3 pending, 4 held, 5 processing, 6 stopped, 7 canceled, 8 aborted, 9 completed
    QStringList reasons;
    QString message;
    bool finished() const { return state >= 7; }
    bool completed() const { return state == 9; }
};

struct Submission {
    int jobId = 0; // 0: refused
    QString detail;
    int ippStatus = 0;
};

// The trays a queue offers, and under which option: "InputSlot" (PPD queues, what `lp -o InputSlot=` sets) or
// "media-source" (driverless IPP queues without a PPD).
struct Trays {
    QString option;
    QStringList choices;
};

// One connection to the scheduler. Not thread-safe: each thread makes its own (the print worker has one).
class CupsClient final {
public:
    explicit CupsClient(QString server = {});
    ~CupsClient();
    CupsClient(const CupsClient&) = delete;
    CupsClient& operator=(const CupsClient&) = delete;

    bool connect(QString* detail = nullptr);
    QString server() const;

    // Sends the PDF; the scheduler has accepted the job when a job id comes back. `trayOption` from trays().
    Submission submit(const QString& queue, const QString& pdfPath, const QString& title, int copies,
                      const QString& trayOption, const QString& tray);
    QueueState queue(const QString& queue);
    std::optional<JobState> job(int jobId);
    std::optional<Trays> trays(const QString& queue);
    // One of the job's attributes as the scheduler keeps it (tests check the tray this way), empty if none.
    QString jobAttribute(int jobId, const QString& name);
    bool cancel(int jobId);

private:
    bool ensure();
    QString m_server;
    http_t* m_http = nullptr;
};

} // namespace madoguchi::printer
