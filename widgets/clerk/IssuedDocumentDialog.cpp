// Issued certificates at the counter: find by serial or QR code, request a void, void, reissue — on the worker.
#include "IssuedDocumentDialog.h"

#include "ClerkPage.h"
#include "UiLogging.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace madoguchi::ui {

namespace {

QString localTime(const QString& iso) {
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

} // namespace

IssuedDocumentDialog::IssuedDocumentDialog(counter::DocumentDesk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk) {
    setObjectName(QStringLiteral("issuedDocumentDialog"));
    setWindowTitle(tr("Issued certificate — void or reissue"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Find an issued certificate"), this));
    layout->addWidget(valueLabel(tr("Type its serial and press Enter, or scan the QR code printed on it."), this));
    auto* form = new QFormLayout;
    m_lookup = new QLineEdit(this);
    m_lookup->setObjectName(QStringLiteral("documentLookup"));
    m_lookup->setAccessibleName(tr("Serial or QR code"));
    m_lookup->setPlaceholderText(QStringLiteral("T01-20261202-7KQ-000001"));
    form->addRow(tr("&Serial or QR code"), m_lookup);
    layout->addLayout(form);

    m_details = valueLabel({}, this);
    m_details->setObjectName(QStringLiteral("documentDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setStyleSheet(QStringLiteral("background: #f3f3f3; padding: 6px;"));
    layout->addWidget(m_details);

    auto* reasonForm = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("documentReason"));
    m_reason->setAccessibleName(tr("Reason for the void or reissue"));
    m_reason->setPlaceholderText(tr("Reason (required; kept in the audit trail)"));
    reasonForm->addRow(tr("&Reason"), m_reason);
    layout->addLayout(reasonForm);

    auto* buttons = new QHBoxLayout;
    m_request = new QPushButton(tr("Ask for a void — a supervisor approves (F5)"), this);
    m_request->setObjectName(QStringLiteral("requestVoid"));
    m_void = new QPushButton(tr("Void now — supervisor (F6)"), this);
    m_void->setObjectName(QStringLiteral("voidNow"));
    m_reissue = new QPushButton(tr("Reissue under a new serial — supervisor (F7)"), this);
    m_reissue->setObjectName(QStringLiteral("reissue"));
    // Keyboard first: a function key each, in this window only (the clerk window's F5–F7 stay the visit's).
    const std::array<std::pair<QPushButton*, Qt::Key>, 3> keyed{
        {{m_request, Qt::Key_F5}, {m_void, Qt::Key_F6}, {m_reissue, Qt::Key_F7}}};
    for (const auto& [button, key] : keyed) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
        auto* action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
    }
    buttons->addStretch();
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    close->setAutoDefault(false);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_result = valueLabel({}, this);
    m_result->setObjectName(QStringLiteral("documentResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_lookup, &QLineEdit::returnPressed, this, &IssuedDocumentDialog::find);
    connect(m_request, &QPushButton::clicked, this, &IssuedDocumentDialog::requestVoid);
    connect(m_void, &QPushButton::clicked, this, &IssuedDocumentDialog::voidDirectly);
    connect(m_reissue, &QPushButton::clicked, this, &IssuedDocumentDialog::reissue);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    reset();
}

void IssuedDocumentDialog::reset() {
    m_lookup->clear();
    m_reason->clear();
    m_result->clear();
    m_document = {};
    m_reissued = {};
    m_lastOk = false;
    showDocument({});
    m_lookup->setFocus();
}

QString IssuedDocumentDialog::detailsText() const {
    return m_details->text();
}

QString IssuedDocumentDialog::resultText() const {
    return m_result->text();
}

void IssuedDocumentDialog::setBusy(bool busy, const QString& what) {
    m_busy = busy;
    if (busy) {
        m_result->setStyleSheet(QStringLiteral("color: #1f3f7a;"));
        m_result->setText(what);
    }
    const bool found = !m_document.serial.isEmpty();
    m_lookup->setEnabled(!busy);
    m_request->setEnabled(!busy && found && !m_document.isVoid());
    m_void->setEnabled(!busy && found && !m_document.isVoid());
    m_reissue->setEnabled(!busy && found && m_document.reissuedAs.isEmpty());
}

void IssuedDocumentDialog::showDocument(const supervisor::DocumentInfo& document) {
    m_document = document;
    if (document.serial.isEmpty()) {
        m_details->setText(tr("No certificate chosen."));
    } else {
        QStringList lines;
        lines << tr("Serial: %1").arg(document.serial) << tr("Document: %1").arg(document.documentType)
              << tr("Issued: %1 at terminal %2 (business day %3)")
                     .arg(localTime(document.issuedAt), document.terminalId, document.businessDate)
              << tr("Copies: %1, fee %L2 yen").arg(document.copies).arg(document.fee);
        if (!document.reissueOf.isEmpty())
            lines << tr("Reissue of %1").arg(document.reissueOf);
        if (!document.reissuedAs.isEmpty())
            lines << tr("Reissued as %1").arg(document.reissuedAs);
        lines << (document.isVoid()
                      ? tr("State: VOID since %1 (%2)").arg(localTime(document.voidedAt), document.voidReason)
                      : tr("State: valid"));
        m_details->setText(lines.join(QLatin1Char('\n')));
    }
    setBusy(m_busy);
}

void IssuedDocumentDialog::showAnswer(const Outcome& outcome, const QString& done) {
    m_lastOk = outcome.ok;
    m_result->setStyleSheet(outcome.ok ? QStringLiteral("color: #1a5e1a;") : QStringLiteral("color: #a40000;"));
    m_result->setText(outcome.ok ? done : outcome.message);
    if (!outcome.ok)
        qCInfo(lcUi).noquote() << "issued document: refused:" << outcome.detail;
    Q_EMIT answered(outcome.ok);
}

void IssuedDocumentDialog::find() {
    const QString text = m_lookup->text().trimmed();
    if (text.isEmpty() || m_busy)
        return;
    setBusy(true, tr("Asking the central database…"));
    m_desk.find(this, text, [this](const Result<supervisor::DocumentInfo>& found) {
        m_busy = false;
        showDocument(found ? *found : supervisor::DocumentInfo{});
        // A scanned code is replaced by the serial it named: what stays on the screen is what was checked.
        if (found)
            m_lookup->setText(found->serial);
        showAnswer(found.outcome, found ? tr("Found %1.").arg(found->serial) : QString());
        if (found)
            m_reason->setFocus();
        else
            m_lookup->selectAll();
    });
}

// After a change: the certificate again, so the screen shows what the centre now holds.
void IssuedDocumentDialog::refind() {
    if (m_document.serial.isEmpty())
        return;
    m_desk.find(this, m_document.serial, [this](const Result<supervisor::DocumentInfo>& found) {
        if (found)
            showDocument(*found);
    });
}

void IssuedDocumentDialog::requestVoid() {
    if (m_document.serial.isEmpty() || m_busy)
        return;
    const QString serial = m_document.serial;
    setBusy(true, tr("Recording the void request…"));
    m_desk.requestVoid(this, serial, m_reason->text(), [this, serial](const Result<QString>& requested) {
        setBusy(false);
        if (requested)
            m_reason->clear();
        showAnswer(requested.outcome,
                   tr("The void of %1 is requested. It stays valid until a supervisor approves.").arg(serial));
        refind();
    });
}

void IssuedDocumentDialog::voidDirectly() {
    if (m_document.serial.isEmpty() || m_busy)
        return;
    const QString serial = m_document.serial;
    setBusy(true, tr("Voiding…"));
    m_desk.voidDirectly(this, serial, m_reason->text(), [this, serial](const Outcome& voided) {
        setBusy(false);
        if (voided)
            m_reason->clear();
        showAnswer(voided, tr("%1 is void.").arg(serial));
        refind();
    });
}

void IssuedDocumentDialog::reissue() {
    if (m_document.serial.isEmpty() || m_busy)
        return;
    const QString serial = m_document.serial;
    setBusy(true, tr("Reissuing…"));
    m_desk.reissue(this, serial, m_reason->text(), [this, serial](const Result<supervisor::Reissued>& reissued) {
        setBusy(false);
        if (reissued) {
            m_reissued = *reissued;
            m_reason->clear();
        }
        QString done;
        if (reissued) {
            done = tr("%1 reissued as %2 (verification code %3); the old serial is void.")
                       .arg(serial, reissued->document.serial, reissued->verificationCode);
            done +=
                QLatin1Char(' ') + (reissued->pdfPath.isEmpty() ? reissued->printProblem
                                                                : tr("The new paper is printed under the new serial."));
        }
        showAnswer(reissued.outcome, done);
        if (reissued && !reissued->pdfPath.isEmpty())
            Q_EMIT reissuedPaper(*reissued);
        refind();
    });
}

} // namespace madoguchi::ui
