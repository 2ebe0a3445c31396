// Everything the lobby kiosk needs, opened from the settings: the catalogue, the resident languages, the card for the
// basic four, and the worker that numbers the ticket and seals its pre-entry in the central store.
#pragma once

#include "Outcome.h"
#include "printer/PrintSpooler.h"
#include "queue/TicketQueue.h"
#include "visit/PreEntry.h"
#include "visit/VisitPorts.h"

#include "AsyncCardReader.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace madoguchi {
class Settings;
}
namespace madoguchi::counter {
class ResidentLanguages;
}

namespace madoguchi::kiosk {

// What the kiosk's settings say (kiosk/… keys).
struct KioskConfig {
    int inactivitySeconds = 60; // untouched this long: everything is cleared
    int warningSeconds = 10;    // the warning shown before that
    QString congestionUrl;      // the ticket's QR code points there (queue publish's page)
    QString documentDir;        // where the ticket's PDF is written
};

// The ticket as the resident takes it away.
struct IssuedTicket {
    Outcome outcome; // refused: nothing was numbered, or the pre-entry could not be kept (then the ticket is empty)
    queue::Ticket ticket;
    int waitingAhead = 0;     // tickets of the group waiting before this one
    int estimatedMinutes = 0; // from the group's recent service times
    QString pdfPath;          // the reception ticket (受付票, template uketsuke), kept whatever the printer does
    bool printing = false;    // sent to the receipt printer: ticketPrinter() follows it under the key pdfPath
};

// What the audit trail keeps of a receipt printer's problem with a ticket (offline, out of paper, a stopped queue, a
// job refused or ended without printing, a held job cancelled when the resident left): the action
// (kiosk.ticket_printer_problem, kiosk.ticket_print_failed, kiosk.ticket_print_cancelled), the subject (the job's
// name, ticket-<number>) and a reason of the queue, the job id and the printer's IPP keywords — never a resident's
// data, nor the clerk's translated words. std::nullopt for a progress that is not a problem.
struct TicketPrintAudit {
    QString action;
    QString subject;
    QString reason;
};
std::optional<TicketPrintAudit> ticketPrintAudit(const printer::PrintProgress& progress);

class KioskServices final {
public:
    struct Options {
        card::AsyncCardReader::TransportFactory cardTransport; // tests: the card; default: the settings' choice
        const visit::Clock* clock = nullptr;                   // tests: the clock; default: the system's
    };

    static Result<std::unique_ptr<KioskServices>> open(const Settings& settings, Options options);
    ~KioskServices();

    const visit::CataloguePort& catalogue() const;
    const counter::ResidentLanguages& languages() const;
    visit::CardPort& card();
    const visit::Clock& clock() const;
    KioskConfig config() const;
    QString terminalId() const;

    // Numbers a ticket in `groupId` (source kiosk), seals `entry` beside it, reads the group's estimated wait and
    // writes the 受付票; on the worker. `done` is called on `context`'s thread unless it is gone. The kiosk acts as
    // its device (staff::Role::Kiosk); the pre-entry's storing is audited. `procedures` is printed on the ticket.
    void issue(QObject* context, const visit::PreEntry& entry, const QString& groupId, const QString& procedures,
               std::function<void(IssuedTicket)> done);
    // The staff PIN that ends kiosk mode, checked on the worker against kiosk/staff_pin_hash as the settings file
    // holds it at that moment (empty: refused); the pad's buffer is wiped at once. Audited either way (kiosk.exit /
    // kiosk.exit_refused). `done` on `context`'s thread.
    void checkStaffPin(QObject* context, QByteArray pin, std::function<void(bool)> done);
    // The receipt printer (printer/ticket_queue and printer/ticket_tray, on printer/server): issue() sends every
    // ticket's PDF there when one is set; the window follows the job (progressChanged, key: the PDF's path) and
    // cancels it when the resident has gone before it printed.
    printer::PrintSpooler& ticketPrinter();
    // Blocks until a running card read has answered (tests, shutdown).
    void waitForCard();

private:
    KioskServices();
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace madoguchi::kiosk
