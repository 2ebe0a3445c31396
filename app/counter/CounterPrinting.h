// The counter's printing: the issued documents go to the office's printers, reprints are audited.
#pragma once

#include "printer/PrintSpooler.h"
#include "visit/VisitData.h"
#include "visit/VisitPorts.h"

namespace madoguchi::counter {

// The counter's printing: once a visit is issued its certificates go to the certificate printer's security-paper
// tray and its forms to the form printer; the done page can print a document again, and that reprint goes into the
// audit trail (through the visit's access log, written in order by the counter's worker) before anything is sent. The
// PDFs stay in the document folder whatever the printers do.
class CounterPrinting final {
public:
    CounterPrinting(printer::PrinterSetup setup, visit::AccessLog& access);

    printer::PrintSpooler& spooler() { return m_spooler; }

    static printer::PaperKind kindOf(const visit::IssuedPdf& pdf);
    static QString keyOf(const visit::IssuedPdf& pdf) { return pdf.pdfPath; }
    bool prints(const visit::IssuedPdf& pdf) const;

    // The first print of every document with a PDF; nothing for a kind without a printer.
    void printIssued(const QList<visit::IssuedPdf>& issued);
    // Prints one document again, recorded in the audit trail first.
    Outcome reprint(const visit::IssuedPdf& pdf);

private:
    void send(const visit::IssuedPdf& pdf);
    printer::PrintSpooler m_spooler;
    visit::AccessLog& m_access;
};

} // namespace madoguchi::counter
