// The counter's printing: the issued documents go to the office's printers, reprints are audited.
#include "CounterPrinting.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace madoguchi::counter {

CounterPrinting::CounterPrinting(printer::PrinterSetup setup, audit::AuditTrail& trail)
    : m_spooler(std::move(setup))
    , m_trail(trail) {}

printer::PaperKind CounterPrinting::kindOf(const visit::IssuedPdf& pdf) {
    return pdf.serial.isEmpty() ? printer::PaperKind::Form : printer::PaperKind::Certificate;
}

bool CounterPrinting::prints(const visit::IssuedPdf& pdf) const {
    return !pdf.pdfPath.isEmpty() && m_spooler.prints(kindOf(pdf));
}

void CounterPrinting::send(const visit::IssuedPdf& pdf) {
    printer::PrintJob job;
    job.key = keyOf(pdf);
    job.pdfPath = pdf.pdfPath;
    // The job name is what the print server's logs and queue show: the serial or the file, never a name.
    job.title = pdf.serial.isEmpty() ? QFileInfo(pdf.pdfPath).completeBaseName() : pdf.serial;
    job.kind = kindOf(pdf);
    m_spooler.print(job);
}

void CounterPrinting::printIssued(const QList<visit::IssuedPdf>& issued) {
    for (const visit::IssuedPdf& pdf : issued) {
        if (!pdf.pdfPath.isEmpty())
            send(pdf);
    }
}

Outcome CounterPrinting::reprint(const visit::IssuedPdf& pdf) {
    if (pdf.pdfPath.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("printer", "This procedure has no printed form; there is nothing to print."));
    QString detail;
    audit::Actor actor = m_actor;
    actor.reason = QStringLiteral("printed again at the counter");
    if (!m_trail.append(actor, QStringLiteral("document.reprint"),
                        pdf.serial.isEmpty() ? QFileInfo(pdf.pdfPath).fileName() : pdf.serial, &detail)) {
        return Outcome::failure(
            QCoreApplication::translate("printer", "The reprint could not be recorded, so nothing was printed."),
            detail);
    }
    send(pdf);
    return Outcome::success();
}

} // namespace madoguchi::counter
