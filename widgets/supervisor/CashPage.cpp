// Cash reconciliation and closing the day: the terminals' figures, the count by denomination, close, reopen, 日報.
#include "CashPage.h"

#include "DayPage.h"
#include "Renderer.h"
#include "SupervisorWindow.h"
#include "UiLogging.h"
#include "clerk/ClerkPage.h"
#include "print/PdfPreview.h"
#include "supervisor/SupervisorBackground.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

QString yen(qint64 amount) {
    return QStringLiteral("¥%L1").arg(amount);
}

const QStringList& methodColumns() {
    static const QStringList methods{QStringLiteral("cash"), QStringLiteral("emoney"), QStringLiteral("qr"),
                                     QStringLiteral("credit"), QStringLiteral("exempt")};
    return methods;
}

struct Closed {
    Result<supervisor::DayCash> cash;
    QStringList files;
    QString printProblem; // the day is closed but a 日報 could not be written
};

} // namespace

CashPage::CashPage(supervisor::SupervisorBackground& background, SupervisorWindow& window, QWidget* parent)
    : QWidget(parent)
    , m_background(background)
    , m_window(window) {
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    auto* top = new QHBoxLayout;
    m_date = new QDateEdit(QDate::currentDate(), left);
    m_date->setObjectName(QStringLiteral("cashDay"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Business day"));
    auto* dateLabel = new QLabel(tr("Da&y"), left);
    dateLabel->setBuddy(m_date);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    m_state = valueLabel({}, left);
    m_state->setObjectName(QStringLiteral("cashState"));
    top->addWidget(m_state, 1);
    leftLayout->addLayout(top);

    m_table = new QTableWidget(0, 6 + int(methodColumns().size()), left);
    m_table->setObjectName(QStringLiteral("cashTerminals"));
    m_table->setAccessibleName(tr("Cash per terminal"));
    QStringList headers{tr("Terminal")};
    for (const QString& m : methodColumns())
        headers.append(DayPage::methodName(m));
    headers << tr("Cash expected") << tr("Counted") << tr("Difference") << tr("Reason") << tr("Counted by");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_table, 1);
    m_cashless = new QTableWidget(0, 6, left);
    m_cashless->setObjectName(QStringLiteral("cashlessPayments"));
    m_cashless->setAccessibleName(tr("Cashless payments and refunds of the chosen terminal"));
    m_cashless->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Method"), tr("Amount"), tr("Reference"), tr("Reception number"), tr("Certificate")});
    m_cashless->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cashless->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cashless->verticalHeader()->hide();
    m_cashless->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_cashless, 1);

    auto* countBox = new QGroupBox(tr("Cash counted at the chosen terminal (pieces per note and coin)"), left);
    auto* grid = new QGridLayout(countBox);
    int i = 0;
    for (int denomination : supervisor::denominations()) {
        auto* spin = new QSpinBox(countBox);
        spin->setObjectName(QStringLiteral("pieces%1").arg(denomination));
        spin->setRange(0, 99999);
        spin->setAccessibleName(tr("Pieces of %1 yen").arg(denomination));
        auto* label = new QLabel(tr("%L1 yen").arg(denomination), countBox);
        label->setBuddy(spin);
        grid->addWidget(label, i / 5 * 2, i % 5);
        grid->addWidget(spin, i / 5 * 2 + 1, i % 5);
        m_pieces.insert(denomination, spin);
        connect(spin, &QSpinBox::valueChanged, this, &CashPage::updateTotal);
        ++i;
    }
    m_total = valueLabel({}, countBox);
    m_total->setObjectName(QStringLiteral("countTotal"));
    grid->addWidget(m_total, 4, 0, 1, 5);
    auto* reasonRow = new QFormLayout;
    m_reason = new QLineEdit(countBox);
    m_reason->setObjectName(QStringLiteral("differenceReason"));
    m_reason->setPlaceholderText(tr("Needed when the count differs from the cash expected"));
    reasonRow->addRow(tr("Reason for a &difference"), m_reason);
    m_count = new QPushButton(tr("&Record the count"), countBox);
    m_count->setObjectName(QStringLiteral("recordCount"));
    reasonRow->addRow(QString(), m_count);
    grid->addLayout(reasonRow, 5, 0, 1, 5);
    leftLayout->addWidget(countBox);

    auto* dayBox = new QGroupBox(tr("The day"), left);
    auto* dayForm = new QFormLayout(dayBox);
    m_close = new QPushButton(tr("&Close the day and print the daily reports"), dayBox);
    m_close->setObjectName(QStringLiteral("closeDay"));
    dayForm->addRow(QString(), m_close);
    m_reopenReason = new QLineEdit(dayBox);
    m_reopenReason->setObjectName(QStringLiteral("reopenReason"));
    dayForm->addRow(tr("Reason to re&open"), m_reopenReason);
    m_reopen = new QPushButton(tr("Reopen the day"), dayBox);
    m_reopen->setObjectName(QStringLiteral("reopenDay"));
    dayForm->addRow(QString(), m_reopen);
    leftLayout->addWidget(dayBox);
    m_result = valueLabel({}, left);
    m_result->setObjectName(QStringLiteral("cashResult"));
    m_result->setWordWrap(true);
    leftLayout->addWidget(m_result);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(pageTitle(tr("Daily report (窓口業務日報)"), right));
    m_nippoChoice = new QComboBox(right);
    m_nippoChoice->setObjectName(QStringLiteral("nippoChoice"));
    m_nippoChoice->setAccessibleName(tr("Daily report of which terminal"));
    rightLayout->addWidget(m_nippoChoice);
    m_preview = new PdfPreview(right);
    m_preview->setObjectName(QStringLiteral("nippoPreview"));
    rightLayout->addWidget(m_preview, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_date, &QDateEdit::dateChanged, this, &CashPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CashPage::selectTerminal);
    connect(m_count, &QPushButton::clicked, this, &CashPage::recordCount);
    connect(m_close, &QPushButton::clicked, this, &CashPage::closeDay);
    connect(m_reopen, &QPushButton::clicked, this, &CashPage::reopenDay);
    connect(m_nippoChoice, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_preview->show(m_nippo.value(index)); });
    updateTotal();
}

QString CashPage::resultText() const {
    return m_result->text();
}

void CashPage::setDay(const QDate& day) {
    if (m_date->date() == day)
        reload();
    else
        m_date->setDate(day); // reloads
}

void CashPage::reload() {
    const QDate day = m_date->date();
    m_window.beginWaiting(QStringLiteral("cash"), tr("Waiting for the central database: the day's cash…"));
    m_background.ask<Result<supervisor::DayCash>>(
        this,
        [day](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<supervisor::DayCash>::refused(why);
            return supervisor::CashDesk(parts.local(), *central, parts.keys(), parts.terminalId())
                .day(parts.who(), day);
        },
        [this](const Result<supervisor::DayCash>& cash) {
            m_window.endWaiting(QStringLiteral("cash"));
            if (!cash) {
                m_result->setText(cash.outcome.message);
                return;
            }
            showCash(*cash);
            Q_EMIT loaded();
        });
}

void CashPage::showCash(const supervisor::DayCash& cash) {
    const QString selected = selectedTerminal();
    m_cash = cash;
    m_state->setText(cash.closed ? tr("Closed by %1 at %2: counts, voids and reissues are locked.")
                                       .arg(cash.closedBy, QDateTime::fromString(cash.closedAt, Qt::ISODateWithMs)
                                                               .toLocalTime()
                                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 : tr("Open"));
    m_table->setRowCount(int(cash.terminals.size()));
    for (int row = 0; row < cash.terminals.size(); ++row) {
        const supervisor::TerminalCash& t = cash.terminals.at(row);
        QStringList cells{t.terminalId};
        for (const QString& method : methodColumns()) {
            QString cell;
            for (const supervisor::MethodTotal& m : t.methods) {
                if (m.method == method)
                    cell = tr("%1 × %2").arg(m.payments).arg(yen(m.amount));
            }
            cells.append(cell);
        }
        cells << yen(t.expectedCash) << (t.counted ? yen(t.countedCash) : tr("not counted"))
              << (t.counted ? yen(t.difference) : QString()) << t.reason << t.countedBy;
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (t.counted && t.difference != 0)
                item->setForeground(QColor(0xa4, 0x00, 0x00));
            m_table->setItem(row, column, item);
        }
        if (t.terminalId == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_count->setEnabled(!cash.closed);
    m_close->setEnabled(!cash.closed);
    m_reopen->setEnabled(cash.closed);
    m_reopenReason->setEnabled(cash.closed);
    selectTerminal();
}

QString CashPage::selectedTerminal() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_cash.terminals.size() ? m_cash.terminals.at(row).terminalId : QString();
}

void CashPage::selectTerminal() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_cash.terminals.size())
        return;
    const supervisor::TerminalCash& t = m_cash.terminals.at(row);
    m_cashless->setRowCount(int(t.cashless.size() + t.refunds.size()));
    int line = 0;
    const auto addLine = [&](const QString& kind, const supervisor::CashlessLine& l) {
        const QStringList cells{kind,
                                DayPage::methodName(l.method),
                                yen(l.amount),
                                l.reference.isEmpty() ? tr("(none recorded)") : l.reference,
                                l.receptionNumber,
                                l.serial};
        for (int column = 0; column < cells.size(); ++column)
            m_cashless->setItem(line, column, new QTableWidgetItem(cells.at(column)));
        ++line;
    };
    for (const supervisor::CashlessLine& l : t.cashless)
        addLine(tr("payment"), l);
    for (const supervisor::CashlessLine& l : t.refunds)
        addLine(tr("refund"), l);
    m_cashless->resizeColumnsToContents();
    for (auto it = m_pieces.constBegin(); it != m_pieces.constEnd(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setValue(t.counts.value(it.key()));
    }
    m_reason->setText(t.reason);
    updateTotal();
}

void CashPage::updateTotal() {
    qint64 total = 0;
    for (auto it = m_pieces.constBegin(); it != m_pieces.constEnd(); ++it)
        total += qint64(it.key()) * it.value()->value();
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_cash.terminals.size()) {
        const qint64 expected = m_cash.terminals.at(row).expectedCash;
        m_total->setText(
            tr("Counted %1, expected %2, difference %3").arg(yen(total), yen(expected), yen(total - expected)));
    } else
        m_total->setText(tr("Counted %1").arg(yen(total)));
}

void CashPage::answer(const Outcome& outcome, const QString& done) {
    m_lastOk = outcome.ok;
    m_result->setStyleSheet(outcome.ok ? QStringLiteral("color: #1a5e1a;") : QStringLiteral("color: #a40000;"));
    m_result->setText(outcome.ok ? done : outcome.message);
    if (!outcome.ok)
        qCInfo(lcUi).noquote() << "supervisor refused:" << outcome.detail;
    reload();
    Q_EMIT answered(outcome.ok);
}

void CashPage::recordCount() {
    const QString terminal = selectedTerminal();
    if (terminal.isEmpty())
        return answer(Outcome::failure(tr("Choose a terminal in the list first.")), {});
    QMap<int, int> counts;
    for (auto it = m_pieces.constBegin(); it != m_pieces.constEnd(); ++it) {
        if (it.value()->value() > 0)
            counts.insert(it.key(), it.value()->value());
    }
    const QDate day = m_date->date();
    const QString reason = m_reason->text().trimmed();
    m_window.beginWaiting(QStringLiteral("count"), tr("Waiting for the central database: recording the count…"));
    m_background.ask<Outcome>(
        this,
        [terminal, day, counts, reason](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return why;
            const Outcome counted = supervisor::CashDesk(parts.local(), *central, parts.keys(), parts.terminalId())
                                        .count(parts.who(), terminal, day, counts, reason);
            if (counted)
                parts.deliver();
            return counted;
        },
        [this, terminal](const Outcome& outcome) {
            m_window.endWaiting(QStringLiteral("count"));
            answer(outcome, tr("The count of %1 is recorded.").arg(terminal));
        });
}

void CashPage::closeDay() {
    const QDate day = m_date->date();
    m_window.beginWaiting(QStringLiteral("close"), tr("Waiting for the central database: closing the day…"));
    m_background.ask<Closed>(
        this,
        [day](supervisor::SupervisorParts& parts) {
            Closed closed;
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central) {
                closed.cash = Result<supervisor::DayCash>::refused(why);
                return closed;
            }
            closed.cash =
                supervisor::CashDesk(parts.local(), *central, parts.keys(), parts.terminalId()).close(parts.who(), day);
            if (!closed.cash)
                return closed;
            parts.deliver();
            // The 日報 of every terminal, from the figures just kept.
            const QDir dir(QDir(parts.documentDir()).filePath(QStringLiteral("nippo")));
            if (!parts.renderer() || !QDir().mkpath(dir.path())) {
                closed.printProblem = QStringLiteral("no renderer or no folder %1").arg(dir.path());
                return closed;
            }
            for (const supervisor::TerminalCash& t : closed.cash->terminals) {
                const QJsonObject data = supervisor::nippoData(closed.cash->figures, t.terminalId);
                if (data.value(QStringLiteral("visits")).toArray().isEmpty())
                    continue;
                const QString path =
                    dir.filePath(QStringLiteral("nippo-%1-%2.pdf").arg(day.toString(Qt::ISODate), t.terminalId));
                const auto written = parts.renderer()->renderToFile({QStringLiteral("nippo"), data, {}, {}}, path);
                if (!written.ok()) {
                    closed.printProblem = written.error().message;
                    continue;
                }
                closed.files.append(path);
            }
            return closed;
        },
        [this, day](const Closed& closed) {
            m_window.endWaiting(QStringLiteral("close"));
            if (closed.cash) {
                m_nippo = closed.files;
                const QSignalBlocker block(m_nippoChoice);
                m_nippoChoice->clear();
                for (const QString& file : closed.files)
                    m_nippoChoice->addItem(QFileInfo(file).completeBaseName());
                m_preview->show(m_nippo.value(0));
            }
            QString done = tr("The day %1 is closed.").arg(day.toString(Qt::ISODate));
            if (!closed.printProblem.isEmpty()) {
                qCWarning(lcUi).noquote() << "daily report not written:" << closed.printProblem;
                done += QLatin1Char(' ') + tr("A daily report could not be written: %1").arg(closed.printProblem);
            }
            answer(closed.cash.outcome, done);
        });
}

void CashPage::reopenDay() {
    const QDate day = m_date->date();
    const QString reason = m_reopenReason->text().trimmed();
    m_window.beginWaiting(QStringLiteral("reopen"), tr("Waiting for the central database: reopening the day…"));
    m_background.ask<Outcome>(
        this,
        [day, reason](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return why;
            const Outcome reopened = supervisor::CashDesk(parts.local(), *central, parts.keys(), parts.terminalId())
                                         .reopen(parts.who(), day, reason);
            if (reopened)
                parts.deliver();
            return reopened;
        },
        [this, day](const Outcome& outcome) {
            m_window.endWaiting(QStringLiteral("reopen"));
            if (outcome)
                m_reopenReason->clear();
            answer(outcome, tr("The day %1 is open again.").arg(day.toString(Qt::ISODate)));
        });
}

} // namespace madoguchi::ui
