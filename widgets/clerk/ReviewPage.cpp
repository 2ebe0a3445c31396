// Steps 6 and 7 for the clerk: review, issue, and the issued documents.
#include "ReviewPage.h"

#include "DocumentsPage.h"
#include "print/PrintPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace madoguchi::ui {

ReviewPage::ReviewPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent)
    : ClerkPage(visit, clerkLanguage, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Review — the resident confirms on their screen"), this));
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    layout->addWidget(m_summary, 1);
    m_confirmation = valueLabel({}, this);
    m_confirmation->setObjectName(QStringLiteral("residentConfirmation"));
    QFont font = m_confirmation->font();
    font.setPointSize(font.pointSize() + 2);
    font.setBold(true);
    m_confirmation->setFont(font);
    layout->addWidget(m_confirmation);
}

void ReviewPage::enter() {
    QString html;
    const auto forms = m_visit.forms();
    for (int i = 0; i < forms.size(); ++i) {
        const visit::FormDraft& form = forms.at(i);
        html += QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(form.title.in(m_language).toHtmlEscaped());
        for (const visit::FormField& field : form.fields) {
            const QString value = field.spec.kind == visit::FieldKind::MyNumber ? QStringLiteral("**** **** ****")
                                                                                : displayValue(field, m_language);
            html += QStringLiteral("<tr><td>%1</td><td style='white-space:pre-wrap'>%2</td><td><i>%3</i></td></tr>")
                        .arg(field.spec.label.in(m_language).toHtmlEscaped(), value.toHtmlEscaped(),
                             sourceName(field.source).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (m_visit.fee(i) > 0)
            html += tr("<p>%1 copies, %L2 yen</p>").arg(m_visit.copies(i)).arg(m_visit.fee(i));
    }
    html += tr("<p><b>Total %L1 yen</b> %2</p>")
                .arg(m_visit.totalFee())
                .arg(m_visit.totalFee() > 0 ? paymentMethodName(m_visit.paymentMethod()).toHtmlEscaped() : QString());
    m_summary->setHtml(html);
    refresh();
}

void ReviewPage::refresh() {
    m_confirmation->setText(m_visit.residentConfirmed() ? tr("✓ The resident confirmed. Issue with F10.")
                                                        : tr("Waiting for the resident to confirm on their screen…"));
    m_confirmation->setStyleSheet(m_visit.residentConfirmed() ? QStringLiteral("color: #006400;") : QString());
}

QString ReviewPage::confirmationText() const {
    return m_confirmation->text();
}

DonePage::DonePage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent)
    : ClerkPage(visit, clerkLanguage, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Issued — hand the documents to the resident"), this));
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("issuedDocuments"));
    m_documents->setAccessibleName(tr("Issued documents"));
    layout->addWidget(m_documents, 1);
    layout->addWidget(valueLabel(tr("Ctrl+P prints the chosen document again (or opens the PDFs when no printer is "
                                    "set); Ctrl+Shift+P opens the PDFs. F10 finishes the visit and clears both "
                                    "screens."),
                                 this));
}

void DonePage::attachPrinting(counter::CounterPrinting& printing) {
    m_printPanel = new PrintPanel(printing, this);
    static_cast<QVBoxLayout*>(layout())->insertWidget(2, m_printPanel, 3);
    connect(m_documents, &QListWidget::currentRowChanged, m_printPanel, &PrintPanel::choose);
    m_lines.clear(); // the next refresh tells the panel
}

int DonePage::chosenDocument() const {
    return m_documents->currentRow();
}

QWidget* DonePage::firstInput() const {
    return m_documents;
}

void DonePage::refresh() {
    const int chosen = m_documents->currentRow();
    QStringList titles;
    QStringList lines;
    QStringList paths;
    const auto forms = m_visit.forms();
    for (const visit::IssuedPdf& pdf : m_visit.issued()) {
        QString title = pdf.procedureId;
        for (const visit::FormDraft& form : forms)
            if (form.procedureId == pdf.procedureId)
                title = form.title.in(m_language);
        titles << title;
        paths << pdf.pdfPath;
        if (!pdf.serial.isEmpty())
            lines << tr("%1 — serial %2, verification code %3").arg(title, pdf.serial, pdf.verificationCode);
        else if (!pdf.pdfPath.isEmpty())
            lines << tr("%1 — filled in, ready to print").arg(title);
        else
            lines << tr("%1 — recorded; this procedure has no printed form yet").arg(title);
    }
    // Called with every change of the visit: the list and the print panel are filled again only when they differ.
    if (lines == m_lines && titles == m_titles && paths == m_paths)
        return;
    m_lines = lines;
    m_titles = titles;
    m_paths = paths;
    m_documents->clear();
    m_documents->addItems(lines);
    if (m_printPanel)
        m_printPanel->setDocuments(m_visit.issued(), titles);
    m_documents->setCurrentRow(chosen >= 0 && chosen < m_documents->count() ? chosen : 0);
}

} // namespace madoguchi::ui
