// Step 1 for the clerk: identify the resident by card or without one.
#include "IdentifyPage.h"

#include "CardCheckPanel.h"
#include "CardSecret.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

using Stage = visit::VisitWorkflow::IdentifyStage;

IdentifyPage::IdentifyPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent)
    : ClerkPage(visit, clerkLanguage, parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = pageTitle({}, this);
    layout->addWidget(m_title);

    m_readMyNumber =
        new QCheckBox(tr("Also read the My Number (Ctrl+M; only for procedures that lawfully need it)"), this);
    layout->addWidget(m_readMyNumber);
    connect(m_readMyNumber, &QCheckBox::toggled, &m_visit, &visit::VisitWorkflow::setReadMyNumber);

    auto* buttons = new QHBoxLayout;
    m_card = new QPushButton(tr("Read the card — PIN on the resident's screen (F5)"), this);
    m_codeBButton = new QPushButton(tr("照合番号B from the card face (F6)"), this);
    m_noCard = new QPushButton(tr("No card (F7)"), this);
    for (QPushButton* b : {m_card, m_codeBButton, m_noCard}) {
        b->setMinimumHeight(40);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(m_card, &QPushButton::clicked, &m_visit, &visit::VisitWorkflow::useCard);
    connect(m_codeBButton, &QPushButton::clicked, &m_visit, &visit::VisitWorkflow::useCodeB);
    connect(m_noCard, &QPushButton::clicked, &m_visit, &visit::VisitWorkflow::useNoCard);

    m_status = valueLabel({}, this);
    m_status->setObjectName(QStringLiteral("identifyStatus"));
    QFont statusFont = m_status->font();
    statusFont.setPointSize(statusFont.pointSize() + 2);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);
    m_check = new CardCheckPanel(m_visit, this);
    layout->addWidget(m_check);

    m_codeBBox = new QGroupBox(tr("照合番号B"), this);
    auto* codeBLayout = new QFormLayout(m_codeBBox);
    m_codeB = new QLineEdit(m_codeBBox);
    m_codeB->setObjectName(QStringLiteral("codeB"));
    m_codeB->setMaxLength(14);
    m_codeB->setEchoMode(QLineEdit::Password); // it unlocks the card like a PIN does
    m_codeB->setPlaceholderText(tr("birth date YYMMDD + expiry year + security code, 14 digits"));
    codeBLayout->addRow(tr("照合番号&B"), m_codeB);
    layout->addWidget(m_codeBBox);
    connect(m_codeB, &QLineEdit::returnPressed, this, &IdentifyPage::submitCodeB);

    m_noCardBox = new QGroupBox(tr("Without a card: check an ID document, then search the registry"), this);
    auto* noCard = new QFormLayout(m_noCardBox);
    m_document = new QComboBox(m_noCardBox);
    m_document->setObjectName(QStringLiteral("idDocument"));
    m_document->addItem(tr("— choose the document checked —"), QString());
    m_document->addItem(tr("Driving licence"), QStringLiteral("driving_licence"));
    m_document->addItem(tr("Passport"), QStringLiteral("passport"));
    m_document->addItem(tr("Residence card"), QStringLiteral("residence_card"));
    m_document->addItem(tr("Two documents (health insurance card + pension book, ...)"),
                        QStringLiteral("two_documents"));
    m_note = new QLineEdit(m_noCardBox);
    m_name = new QLineEdit(m_noCardBox);
    m_name->setObjectName(QStringLiteral("searchName"));
    m_birthDate = new QLineEdit(m_noCardBox);
    m_birthDate->setObjectName(QStringLiteral("searchBirthDate"));
    m_birthDate->setPlaceholderText(tr("1980-02-17 or 昭和55年2月17日"));
    m_birthDateError = valueLabel({}, m_noCardBox);
    m_birthDateError->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_address = new QLineEdit(m_noCardBox);
    m_address->setObjectName(QStringLiteral("searchAddress"));
    m_search = new QPushButton(tr("&Search the registry (Enter)"), m_noCardBox);
    noCard->addRow(tr("ID &document"), m_document);
    noCard->addRow(tr("N&ote"), m_note);
    noCard->addRow(tr("&Name"), m_name);
    noCard->addRow(tr("&Birth date"), m_birthDate);
    noCard->addRow(QString(), m_birthDateError);
    noCard->addRow(tr("&Address (optional)"), m_address);
    noCard->addRow(QString(), m_search);
    layout->addWidget(m_noCardBox);
    layout->addStretch();
    for (QLineEdit* edit : {m_note, m_name, m_birthDate, m_address})
        connect(edit, &QLineEdit::returnPressed, this, &IdentifyPage::search);
    connect(m_search, &QPushButton::clicked, this, &IdentifyPage::search);
    connect(m_birthDate, &QLineEdit::textEdited, this, [this](const QString& text) {
        QString reason;
        if (!text.trimmed().isEmpty() && !visit::parseTypedDate(text, &reason).isValid())
            m_birthDateError->setText(reason);
        else
            m_birthDateError->clear();
    });
    setTabOrder(m_document, m_note);
    setTabOrder(m_note, m_name);
    setTabOrder(m_name, m_birthDate);
    setTabOrder(m_birthDate, m_address);
    setTabOrder(m_address, m_search);
}

void IdentifyPage::enter() {
    m_codeB->clear();
    m_document->setCurrentIndex(0);
    for (QLineEdit* edit : {m_note, m_name, m_birthDate, m_address})
        edit->clear();
    m_birthDateError->clear();
    refresh();
}

QWidget* IdentifyPage::firstInput() const {
    if (m_visit.identifyStage() == Stage::CodeBEntry)
        return m_codeB;
    if (m_visit.identifyStage() == Stage::NoCard)
        return m_document;
    return m_card;
}

void IdentifyPage::refresh() {
    m_title->setText(tr("Reception %1 — who is the resident?").arg(m_visit.receptionNumber()));
    m_readMyNumber->setChecked(m_visit.readsMyNumber());
    m_check->refresh();
    const Stage stage = m_visit.identifyStage();
    const bool busy = stage == Stage::Reading || stage == Stage::CheckingCard;
    m_card->setEnabled(!busy);
    m_codeBButton->setEnabled(!busy);
    m_noCard->setEnabled(!busy);
    m_readMyNumber->setEnabled(!busy);
    m_codeBBox->setVisible(stage == Stage::CodeBEntry);
    m_noCardBox->setVisible(stage == Stage::NoCard);
    QString status;
    switch (stage) {
    case Stage::ChooseMethod:
        status = tr("Ask the resident to place the My Number card on the reader, then press F5.");
        break;
    case Stage::CheckingCard:
        status = tr("Checking the card…");
        break;
    case Stage::PinEntry:
        status = tr("The resident is typing the PIN on their own screen (tries left: %1). Do not ask for the PIN.")
                     .arg(m_visit.triesLeft());
        break;
    case Stage::ConfirmLastTry:
        status = tr("Only one PIN try is left. The resident's screen asks them to confirm before typing; if they are "
                    "unsure, use 照合番号B (F6) instead.");
        break;
    case Stage::Reading:
        status = tr("Reading the card… the card must stay on the reader.");
        break;
    case Stage::Locked:
        status = tr("The PIN is locked. Use 照合番号B from the card face (F6), or serve without the card (F7). The "
                    "resident can have the PIN reset at the My Number card counter.");
        break;
    case Stage::CodeBEntry:
        status = tr("Type 照合番号B from the card face and press Enter.");
        break;
    case Stage::ConfirmLastCodeBTry:
        status = tr("Only one 照合番号B try is left: if it is wrong, 照合番号B is locked too. Check the digits on the "
                    "card face with the resident, then press F6 to try once more, or serve without the card (F7).");
        break;
    case Stage::NoCard:
        status = tr("Check an ID document by eye, record which one, then search by name and birth date.");
        break;
    }
    m_status->setText(status);
}

QString IdentifyPage::statusText() const {
    return m_status->text();
}

void IdentifyPage::submitCodeB() {
    card::CardSecret code = card::CardSecret::fromText(card::CardSecret::Kind::CodeB, m_codeB->text());
    m_codeB->clear();
    m_visit.submitCodeB(std::move(code));
}

void IdentifyPage::search() {
    const visit::IdDocumentCheck check{m_document->currentData().toString(), m_note->text().trimmed()};
    if (!m_visit.recordIdCheck(check))
        return;
    QString reason;
    const QDate birth = visit::parseTypedDate(m_birthDate->text(), &reason);
    if (!birth.isValid() && !m_birthDate->text().trimmed().isEmpty()) {
        m_birthDateError->setText(reason);
        return;
    }
    m_visit.searchRegistry({m_name->text(), birth, m_address->text()});
}

} // namespace madoguchi::ui
