// The supervisor's alerts, read on the worker and listed with what to do about each.
#include "AlertsPage.h"

#include "SupervisorWindow.h"
#include "UiLogging.h"
#include "clerk/ClerkPage.h"
#include "supervisor/SupervisorBackground.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {
constexpr int kReadEveryMs = 5000;

QString advice(const QString& kind) {
    if (kind == QLatin1String(supervisor::kAlertOutboxStuck))
        return AlertsPage::tr("Records the centre refused again and again wait on the terminal. Ask IT staff "
                              "(madoguchi-cli sync set-aside).");
    if (kind == QLatin1String(supervisor::kAlertNotSynced))
        return AlertsPage::tr("Check that the terminal is on and reaches the central database.");
    if (kind == QLatin1String(supervisor::kAlertChainBroken))
        return AlertsPage::tr("The audit trail may have been changed or lost. Do not clear it; ask IT staff.");
    if (kind == QLatin1String(supervisor::kAlertSerialCollision))
        return AlertsPage::tr("Two certificates carry the same serial. Check both before handing either over.");
    if (kind == QLatin1String(supervisor::kAlertSyncConflict))
        return AlertsPage::tr("A record came again with other content; the centre kept its copy. Ask IT staff.");
    return {};
}
} // namespace

QString AlertsPage::kindText(const QString& kind) {
    if (kind == QLatin1String(supervisor::kAlertOutboxStuck))
        return tr("Outbox stuck");
    if (kind == QLatin1String(supervisor::kAlertNotSynced))
        return tr("Not synced");
    if (kind == QLatin1String(supervisor::kAlertChainBroken))
        return tr("Audit chain broken");
    if (kind == QLatin1String(supervisor::kAlertSerialCollision))
        return tr("Serial collision");
    if (kind == QLatin1String(supervisor::kAlertSyncConflict))
        return tr("Sync conflict");
    return kind;
}

AlertsPage::AlertsPage(supervisor::SupervisorBackground& background, SupervisorWindow& window, int staleMinutes,
                       QWidget* parent)
    : QWidget(parent)
    , m_background(background)
    , m_window(window)
    , m_staleMinutes(staleMinutes) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Alerts"), this));
    m_summary = valueLabel({}, this);
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("alerts"));
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setHorizontalHeaderLabels({tr("Alert"), tr("Terminal"), tr("Since"), tr("What to do"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_timer = new QTimer(this);
    m_timer->setInterval(kReadEveryMs);
    connect(m_timer, &QTimer::timeout, this, &AlertsPage::reload);
}

QString AlertsPage::summaryText() const {
    return m_summary->text();
}

void AlertsPage::start() {
    reload();
    m_timer->start();
}

void AlertsPage::stop() {
    m_timer->stop();
}

void AlertsPage::reload() {
    if (m_reading)
        return;
    m_reading = true;
    m_window.beginWaiting(QStringLiteral("alerts"), tr("Waiting for the central database: alerts…"));
    const int stale = m_staleMinutes;
    m_background.ask<Result<QList<supervisor::Alert>>>(
        this,
        [stale](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<QList<supervisor::Alert>>::refused(why);
            supervisor::AlertOptions options;
            options.staleMinutes = stale;
            return supervisor::officeAlerts(*central, parts.keys(), parts.who(), options);
        },
        [this](const Result<QList<supervisor::Alert>>& found) {
            m_reading = false;
            m_window.endWaiting(QStringLiteral("alerts"));
            if (!found) {
                m_summary->setStyleSheet(QStringLiteral("color: #a40000;"));
                m_summary->setText(found.outcome.message);
                qCInfo(lcUi).noquote() << "supervisor alerts not read:" << found.outcome.detail;
                Q_EMIT loaded();
                return;
            }
            m_alerts = *found;
            m_table->setRowCount(int(m_alerts.size()));
            for (int row = 0; row < m_alerts.size(); ++row) {
                const supervisor::Alert& a = m_alerts.at(row);
                const QDateTime since = QDateTime::fromString(a.since, Qt::ISODateWithMs);
                const QStringList cells{
                    kindText(a.kind), a.terminalId,
                    since.isValid() ? since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : a.since,
                    advice(a.kind), a.detail};
                for (int column = 0; column < cells.size(); ++column) {
                    auto* item = new QTableWidgetItem(cells.at(column));
                    if (column == 0)
                        item->setData(Qt::UserRole, a.kind);
                    m_table->setItem(row, column, item);
                }
            }
            m_table->resizeColumnsToContents();
            m_summary->setStyleSheet(m_alerts.isEmpty() ? QStringLiteral("color: #1a5e1a;")
                                                        : QStringLiteral("color: #a40000;"));
            m_summary->setText(m_alerts.isEmpty()
                                   ? tr("No alerts: every terminal synced within %n minute(s), no chain breaks, no "
                                        "collisions.",
                                        nullptr, m_staleMinutes)
                                   : tr("%n alert(s).", nullptr, int(m_alerts.size())));
            Q_EMIT countChanged(int(m_alerts.size()));
            Q_EMIT loaded();
        });
}

} // namespace madoguchi::ui
