// Voids and reissues for the supervisor: requests listed, answered, direct voids and reissues, on the worker.
#include "VoidsPage.h"

#include "SupervisorWindow.h"
#include "UiLogging.h"
#include "clerk/ClerkPage.h"
#include "supervisor/SupervisorBackground.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

supervisor::VoidDesk desk(supervisor::SupervisorParts& parts, const store::Connection& central) {
    return supervisor::VoidDesk(parts.local(), central, parts.keys(), {parts.who().staffId, parts.terminalId(), {}});
}

QString stateText(const QString& state) {
    if (state == QLatin1String("pending"))
        return VoidsPage::tr("pending");
    if (state == QLatin1String("approved"))
        return VoidsPage::tr("approved");
    if (state == QLatin1String("refused"))
        return VoidsPage::tr("refused");
    return state;
}

} // namespace

VoidsPage::VoidsPage(supervisor::SupervisorBackground& background, SupervisorWindow& window, QWidget* parent)
    : QWidget(parent)
    , m_background(background)
    , m_window(window) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(pageTitle(tr("Void requests from the counters"), this));
    top->addStretch();
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("voidState"));
    m_state->setAccessibleName(tr("Which requests"));
    m_state->addItem(tr("pending"), QStringLiteral("pending"));
    m_state->addItem(tr("approved"), QStringLiteral("approved"));
    m_state->addItem(tr("refused"), QStringLiteral("refused"));
    m_state->addItem(tr("all"), QString());
    auto* stateLabel = new QLabel(tr("S&how"), this);
    stateLabel->setBuddy(m_state);
    top->addWidget(stateLabel);
    top->addWidget(m_state);
    layout->addLayout(top);

    m_requests = new QTableWidget(0, 8, this);
    m_requests->setObjectName(QStringLiteral("voidRequests"));
    m_requests->setAccessibleName(tr("Void requests"));
    m_requests->setHorizontalHeaderLabels({tr("Asked at"), tr("Serial"), tr("Terminal"), tr("Asked by"), tr("Reason"),
                                           tr("State"), tr("Decided by"), tr("Decision")});
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->verticalHeader()->hide();
    m_requests->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_requests, 1);

    auto* decideRow = new QHBoxLayout;
    m_decisionReason = new QLineEdit(this);
    m_decisionReason->setObjectName(QStringLiteral("decisionReason"));
    m_decisionReason->setAccessibleName(tr("Reason for the decision"));
    m_decisionReason->setPlaceholderText(tr("Reason for approving or refusing (required)"));
    auto* decisionLabel = new QLabel(tr("Rea&son"), this);
    decisionLabel->setBuddy(m_decisionReason);
    m_approve = new QPushButton(tr("&Approve and void"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_refuse = new QPushButton(tr("Re&fuse"), this);
    m_refuse->setObjectName(QStringLiteral("refuse"));
    decideRow->addWidget(decisionLabel);
    decideRow->addWidget(m_decisionReason, 1);
    decideRow->addWidget(m_approve);
    decideRow->addWidget(m_refuse);
    layout->addLayout(decideRow);

    auto* direct = new QGroupBox(tr("A certificate by serial"), this);
    auto* form = new QFormLayout(direct);
    m_serial = new QLineEdit(direct);
    m_serial->setObjectName(QStringLiteral("voidSerial"));
    m_serial->setPlaceholderText(QStringLiteral("T01-20260401-000001"));
    m_reason = new QLineEdit(direct);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reason->setPlaceholderText(tr("Reason (required; kept in the audit trail)"));
    form->addRow(tr("Se&rial"), m_serial);
    form->addRow(tr("Reaso&n for the void or reissue"), m_reason);
    auto* buttons = new QHBoxLayout;
    m_void = new QPushButton(tr("&Void directly"), direct);
    m_void->setObjectName(QStringLiteral("voidDirect"));
    m_reissue = new QPushButton(tr("R&eissue under a new serial"), direct);
    m_reissue->setObjectName(QStringLiteral("reissue"));
    buttons->addWidget(m_void);
    buttons->addWidget(m_reissue);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    layout->addWidget(direct);

    m_result = valueLabel({}, this);
    m_result->setObjectName(QStringLiteral("voidResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_state, &QComboBox::currentIndexChanged, this, &VoidsPage::reload);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_void, &QPushButton::clicked, this, &VoidsPage::voidDirectly);
    connect(m_reissue, &QPushButton::clicked, this, &VoidsPage::reissue);
    connect(m_requests, &QTableWidget::activated, m_decisionReason, qOverload<>(&QWidget::setFocus));
}

QString VoidsPage::resultText() const {
    return m_result->text();
}

void VoidsPage::reload() {
    const QString state = m_state->currentData().toString();
    m_window.beginWaiting(QStringLiteral("voids"), tr("Waiting for the central database: void requests…"));
    m_background.ask<Result<QList<supervisor::VoidRequest>>>(
        this,
        [state](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<QList<supervisor::VoidRequest>>::refused(why);
            return desk(parts, *central).requests(parts.who(), state);
        },
        [this](const Result<QList<supervisor::VoidRequest>>& list) {
            m_window.endWaiting(QStringLiteral("voids"));
            if (!list) {
                m_result->setText(list.outcome.message);
                return;
            }
            const QString selected = m_requests->currentRow() >= 0 && m_requests->currentRow() < m_list.size()
                                         ? m_list.at(m_requests->currentRow()).id
                                         : QString();
            m_list = *list;
            m_requests->setRowCount(int(m_list.size()));
            for (int row = 0; row < m_list.size(); ++row) {
                const supervisor::VoidRequest& r = m_list.at(row);
                const QStringList cells{QDateTime::fromString(r.requestedAt, Qt::ISODateWithMs)
                                            .toLocalTime()
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        r.serial,
                                        r.terminalId,
                                        r.requestedBy,
                                        r.reason,
                                        stateText(r.state),
                                        r.decidedBy,
                                        r.decisionReason};
                for (int column = 0; column < cells.size(); ++column)
                    m_requests->setItem(row, column, new QTableWidgetItem(cells.at(column)));
                if (r.id == selected)
                    m_requests->selectRow(row);
            }
            if (m_requests->currentRow() < 0 && !m_list.isEmpty())
                m_requests->selectRow(0);
            m_requests->resizeColumnsToContents();
            Q_EMIT listed();
        });
}

void VoidsPage::showAnswer(const Outcome& outcome, const QString& done) {
    m_lastOk = outcome.ok;
    m_result->setStyleSheet(outcome.ok ? QStringLiteral("color: #1a5e1a;") : QStringLiteral("color: #a40000;"));
    m_result->setText(outcome.ok ? done : outcome.message);
    if (!outcome.ok)
        qCInfo(lcUi).noquote() << "supervisor refused:" << outcome.detail;
    reload();
    Q_EMIT answered(outcome.ok);
}

void VoidsPage::decide(bool approve) {
    const int row = m_requests->currentRow();
    if (row < 0 || row >= m_list.size()) {
        showAnswer(Outcome::failure(tr("Choose a request in the list first.")), {});
        return;
    }
    const supervisor::VoidRequest request = m_list.at(row);
    const QString reason = m_decisionReason->text().trimmed();
    m_window.beginWaiting(QStringLiteral("decide"), tr("Waiting for the central database: recording the decision…"));
    m_background.ask<Outcome>(
        this,
        [request, approve, reason](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return why;
            const Outcome decided = desk(parts, *central).decide(parts.who(), request.id, approve, reason);
            if (decided)
                parts.deliver();
            return decided;
        },
        [this, request, approve](const Outcome& outcome) {
            m_window.endWaiting(QStringLiteral("decide"));
            if (outcome)
                m_decisionReason->clear();
            showAnswer(outcome, approve ? tr("Approved: %1 is void.").arg(request.serial)
                                        : tr("Refused: %1 stays valid.").arg(request.serial));
        });
}

void VoidsPage::voidDirectly() {
    const QString serial = m_serial->text().trimmed();
    const QString reason = m_reason->text().trimmed();
    m_window.beginWaiting(QStringLiteral("void"), tr("Waiting for the central database: voiding…"));
    m_background.ask<Outcome>(
        this,
        [serial, reason](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return why;
            const Outcome voided = desk(parts, *central).voidDirectly(parts.who(), serial, reason);
            if (voided)
                parts.deliver();
            return voided;
        },
        [this, serial](const Outcome& outcome) {
            m_window.endWaiting(QStringLiteral("void"));
            if (outcome)
                m_reason->clear();
            showAnswer(outcome, tr("%1 is void.").arg(serial));
        });
}

void VoidsPage::reissue() {
    const QString serial = m_serial->text().trimmed();
    const QString reason = m_reason->text().trimmed();
    m_window.beginWaiting(QStringLiteral("reissue"), tr("Waiting for the central database: reissuing…"));
    m_background.ask<Result<supervisor::Reissued>>(
        this,
        [serial, reason](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<supervisor::Reissued>::refused(why);
            auto reissued = desk(parts, *central).reissue(parts.who(), serial, reason);
            if (reissued)
                parts.deliver();
            return reissued;
        },
        [this, serial](const Result<supervisor::Reissued>& reissued) {
            m_window.endWaiting(QStringLiteral("reissue"));
            if (reissued) {
                m_reissued = *reissued;
                m_reason->clear();
            }
            showAnswer(reissued.outcome, reissued
                                             ? tr("%1 reissued as %2 (verification code %3); the old serial is void.")
                                                   .arg(serial, reissued->document.serial, reissued->verificationCode)
                                             : QString());
        });
}

} // namespace madoguchi::ui
