// The counter's printing: the issued documents go to the office's printers, reprints are audited.
#include "CounterPrinting.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace madoguchi::counter {

CounterPrinting::CounterPrinting(printer::PrinterSetup setup, visit::AccessLog& access)
    : m_spooler(std::move(setup))
    , m_access(access) {}

printer::PaperKind CounterPrinting::kindOf(const visit::IssuedPdf& pdf) {
    return pdf.certificate ? printer::PaperKind::Certificate : printer::PaperKind::Form;
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
    // A reprint is part of serving the visit: the same role check as the rest of it, in the core.
    const Outcome allowed = m_access.authorize(staff::Action::ServeVisit);
    if (!allowed)
        return allowed;
    m_access.record(QStringLiteral("document.reprint"),
                    pdf.serial.isEmpty() ? QFileInfo(pdf.pdfPath).fileName() : pdf.serial,
                    QStringLiteral("printed again at the counter"));
    send(pdf);
    return Outcome::success();
}

} // namespace madoguchi::counter
