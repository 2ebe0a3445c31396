// Step 5 for the clerk: documents checklist, copies, fee, payment.
#include "DocumentsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace madoguchi::ui {

QString paymentMethodName(const QString& method) {
    if (method == QLatin1String("cash"))
        return DocumentsPage::tr("Cash");
    if (method == QLatin1String("credit"))
        return DocumentsPage::tr("Credit card");
    if (method == QLatin1String("emoney"))
        return DocumentsPage::tr("Electronic money");
    if (method == QLatin1String("qr"))
        return DocumentsPage::tr("QR code payment");
    if (method == QLatin1String("exempt"))
        return DocumentsPage::tr("Exempt (no fee)");
    return method;
}

DocumentsPage::DocumentsPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent)
    : ClerkPage(visit, clerkLanguage, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Documents and fees"), this));
    auto* checkBox = new QGroupBox(tr("&Required documents — tick what the resident brought (Space)"), this);
    auto* checkLayout = new QVBoxLayout(checkBox);
    m_checklist = new QListWidget(checkBox);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Required documents"));
    checkLayout->addWidget(m_checklist);
    layout->addWidget(checkBox, 1);

    auto* feeBox = new QGroupBox(tr("Fees"), this);
    m_copies = new QFormLayout(feeBox);
    layout->addWidget(feeBox);
    auto* payBox = new QGroupBox(tr("Payment"), this);
    auto* payLayout = new QFormLayout(payBox);
    m_total = valueLabel({}, payBox);
    QFont font = m_total->font();
    font.setPointSize(font.pointSize() + 3);
    font.setBold(true);
    m_total->setFont(font);
    m_payment = new QComboBox(payBox);
    m_payment->setObjectName(QStringLiteral("payment"));
    m_payment->addItem(tr("— choose —"), QString());
    for (const QString& method : visit::VisitWorkflow::paymentMethods())
        m_payment->addItem(paymentMethodName(method), method);
    payLayout->addRow(tr("Total"), m_total);
    payLayout->addRow(tr("&Paid by"), m_payment);
    m_reference = new QLineEdit(payBox);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setPlaceholderText(tr("The number on the reader's or the slip's receipt"));
    m_reference->setMaxLength(64);
    payLayout->addRow(tr("Cashless re&ference (IC, QR, credit)"), m_reference);
    layout->addWidget(payBox);

    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_visit.setDocumentChecked(m_checklist->row(item), item->checkState() == Qt::Checked);
    });
    connect(m_payment, &QComboBox::activated, this, [this] {
        if (!m_payment->currentData().toString().isEmpty())
            m_visit.setPaymentMethod(m_payment->currentData().toString());
        refresh();
    });
    connect(m_reference, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_visit.setPaymentReference(text); });
}

void DocumentsPage::enter() {
    {
        const QSignalBlocker block(m_checklist);
        m_checklist->clear();
        const auto documents = m_visit.documents();
        const auto forms = m_visit.forms();
        for (const visit::DocumentCheck& check : documents) {
            QString procedureName;
            for (const visit::FormDraft& form : forms)
                if (form.procedureId == check.procedureId)
                    procedureName = form.title.in(m_language);
            auto* item =
                new QListWidgetItem(tr("%1 — for %2").arg(check.text.in(m_language), procedureName), m_checklist);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(check.checked ? Qt::Checked : Qt::Unchecked);
        }
        if (documents.isEmpty())
            new QListWidgetItem(tr("No documents needed."), m_checklist);
        m_checklist->setCurrentRow(0);
    }
    while (m_copies->rowCount() > 0)
        m_copies->removeRow(0);
    m_copyBoxes.clear();
    const auto forms = m_visit.forms();
    for (int i = 0; i < forms.size(); ++i) {
        if (m_visit.fee(i) == 0)
            continue;
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("copies_%1").arg(forms.at(i).procedureId));
        spin->setRange(1, 10);
        spin->setValue(m_visit.copies(i));
        spin->setSuffix(tr(" copies"));
        connect(spin, &QSpinBox::valueChanged, this, [this, i](int copies) { m_visit.setCopies(i, copies); });
        m_copies->addRow(forms.at(i).title.in(m_language), spin);
        m_copyBoxes << spin;
    }
    if (m_copies->rowCount() == 0)
        m_copies->addRow(valueLabel(tr("No fee for these procedures."), this));
    refresh();
}

QWidget* DocumentsPage::firstInput() const {
    return m_checklist;
}

QString DocumentsPage::totalText() const {
    return m_total->text();
}

void DocumentsPage::refresh() {
    m_total->setText(tr("%L1 yen").arg(m_visit.totalFee()));
    m_payment->setEnabled(m_visit.totalFee() > 0);
    const QSignalBlocker block(m_payment);
    m_payment->setCurrentIndex(std::max(0, m_payment->findData(m_visit.paymentMethod())));
    const bool cashless = m_visit.totalFee() > 0 && visit::VisitWorkflow::isCashless(m_visit.paymentMethod());
    m_reference->setEnabled(cashless);
    if (m_reference->text() != m_visit.paymentReference())
        m_reference->setText(m_visit.paymentReference());
}

} // namespace madoguchi::ui
