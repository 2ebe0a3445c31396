// The done page's printing: where each issued document is and a preview of the chosen one.
#include "PrintPanel.h"

#include "CounterPrinting.h"
#include "PdfPreview.h"

#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace madoguchi::ui {

using printer::PrintProgress;

PrintPanel::PrintPanel(counter::CounterPrinting& printing, QWidget* parent)
    : QWidget(parent)
    , m_printing(printing) {
    setObjectName(QStringLiteral("printPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_status = new QListWidget(split);
    m_status->setObjectName(QStringLiteral("printStatus"));
    m_status->setAccessibleName(tr("Printing"));
    m_status->setWordWrap(true);
    m_status->setFocusPolicy(Qt::NoFocus);
    m_preview = new PdfPreview(split);
    split->addWidget(m_status);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split);
    connect(&m_printing.spooler(), &printer::PrintSpooler::progressChanged, this, &PrintPanel::update);
}

void PrintPanel::setDocuments(const QList<visit::IssuedPdf>& issued, const QStringList& titles) {
    m_issued = issued;
    m_titles = titles;
    m_status->clear();
    for (int i = 0; i < m_issued.size(); ++i) {
        m_status->addItem(QString());
        showStatus(i);
    }
    m_chosen = -1;
    choose(m_issued.isEmpty() ? -1 : 0);
}

void PrintPanel::choose(int index) {
    if (index == m_chosen)
        return;
    m_chosen = index;
    m_preview->show(index >= 0 && index < m_issued.size() ? m_issued.at(index).pdfPath : QString());
}

QString PrintPanel::statusText(int index) const {
    if (index < 0 || index >= m_issued.size())
        return {};
    const visit::IssuedPdf& pdf = m_issued.at(index);
    if (pdf.pdfPath.isEmpty())
        return tr("no printed form");
    const QString key = counter::CounterPrinting::keyOf(pdf);
    if (!m_printing.spooler().has(key)) {
        PrintProgress none;
        none.stage = PrintProgress::Stage::NotConfigured;
        none.kind = counter::CounterPrinting::kindOf(pdf);
        return printer::progressText(none);
    }
    return printer::progressText(m_printing.spooler().progress(key));
}

void PrintPanel::showStatus(int index) {
    QListWidgetItem* item = m_status->item(index);
    if (!item)
        return;
    const QString title = index < m_titles.size() ? m_titles.at(index) : QString();
    item->setText(tr("%1: %2").arg(title, statusText(index)));
    const visit::IssuedPdf& pdf = m_issued.at(index);
    const PrintProgress p = m_printing.spooler().progress(counter::CounterPrinting::keyOf(pdf));
    const bool trouble = m_printing.spooler().has(counter::CounterPrinting::keyOf(pdf)) &&
                         (p.stage == PrintProgress::Stage::Waiting || p.stage == PrintProgress::Stage::Failed);
    item->setForeground(trouble ? QColor(0xa4, 0, 0) : palette().color(QPalette::Text));
}

void PrintPanel::update(const PrintProgress& progress) {
    for (int i = 0; i < m_issued.size(); ++i) {
        if (counter::CounterPrinting::keyOf(m_issued.at(i)) == progress.key)
            showStatus(i);
    }
}

} // namespace madoguchi::ui
