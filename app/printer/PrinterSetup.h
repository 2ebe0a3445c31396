// Which CUPS queue and tray each kind of paper goes to, read from the settings (printer/*).
#pragma once

#include <QString>

namespace madoguchi {
class Settings;
}

namespace madoguchi::printer {

// Certificates on the security-paper tray, forms on plain paper, tickets on the receipt printer.
enum class PaperKind { Certificate, Form, Ticket };

struct Destination {
    QString queue; // CUPS queue name; empty: this kind is not printed, the PDF is kept for printing by hand
    QString tray;  // the queue's InputSlot choice (`lpoptions -p QUEUE -l`); empty: the queue's default tray
    bool configured() const { return !queue.isEmpty(); }
};

struct PrinterSetup {
    QString server; // CUPS server: host[:port] or a socket path; empty: the system's (CUPS_SERVER, client.conf)
    Destination certificate;
    Destination form;
    Destination ticket;

    static PrinterSetup fromSettings(const Settings& settings);
    const Destination& destination(PaperKind kind) const;
};

QString paperKindName(PaperKind kind); // "certificate" | "form" | "ticket"
bool paperKindFromName(const QString& name, PaperKind* kind);
// For the clerk: 証明書 / 申請書 / 番号札 (translated).
QString paperKindLabel(PaperKind kind);

} // namespace madoguchi::printer
