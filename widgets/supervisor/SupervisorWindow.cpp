// The supervisor's window: sign-in, the pages of the supervisor's work, and what the screen waits for.
#include "SupervisorWindow.h"

#include "AlertsPage.h"
#include "CashPage.h"
#include "DayPage.h"
#include "KpiPage.h"
#include "UiLogging.h"
#include "VoidsPage.h"
#include "clerk/ClerkPage.h"
#include "supervisor/SupervisorBackground.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

SupervisorWindow::SupervisorWindow(Parts parts, QWidget* parent)
    : QMainWindow(parent)
    , m_parts(std::move(parts)) {
    setWindowTitle(tr("Madoguchi — supervisor"));
    setObjectName(QStringLiteral("supervisorWindow"));
    m_top = new QStackedWidget(this);
    m_top->addWidget(buildSignIn());
    m_top->addWidget(buildWork());
    setCentralWidget(m_top);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("waitingFor"));
    m_waiting->setAccessibleName(tr("What the screen is waiting for"));
    statusBar()->addWidget(m_waiting, 1);
    m_signedInAs = new QLabel(this);
    m_signedInAs->setObjectName(QStringLiteral("signedInAs"));
    m_signedInAs->setAccessibleName(tr("Signed in as"));
    statusBar()->addPermanentWidget(m_signedInAs);
    resize(1280, 800);
    m_staffIdEdit->setFocus();
}

SupervisorWindow::~SupervisorWindow() = default;

QWidget* SupervisorWindow::buildSignIn() {
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    outer->addStretch();
    auto* title = pageTitle(tr("Sign in with a supervisor account"), page);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto* form = new QFormLayout;
    m_staffIdEdit = new QLineEdit(page);
    m_staffIdEdit->setObjectName(QStringLiteral("staffId"));
    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setObjectName(QStringLiteral("password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Staff &ID"), m_staffIdEdit);
    form->addRow(tr("&Password"), m_passwordEdit);
    auto* button = new QPushButton(tr("Sign &in (Enter)"), page);
    form->addRow(QString(), button);
    m_signInError = valueLabel({}, page);
    m_signInError->setObjectName(QStringLiteral("signInError"));
    m_signInError->setStyleSheet(QStringLiteral("color: #a40000;"));
    form->addRow(QString(), m_signInError);
    auto* center = new QHBoxLayout;
    center->addStretch();
    center->addLayout(form);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch();
    connect(m_staffIdEdit, &QLineEdit::returnPressed, m_passwordEdit, qOverload<>(&QWidget::setFocus));
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &SupervisorWindow::signIn);
    connect(button, &QPushButton::clicked, this, &SupervisorWindow::signIn);
    return page;
}

QWidget* SupervisorWindow::buildWork() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_day = new DayPage({m_parts.background, *this, m_parts.procedureNames}, m_tabs);
    m_tabs->addTab(m_day, tr("The &day"));
    m_voids = new VoidsPage(m_parts.background, *this, m_tabs);
    m_tabs->addTab(m_voids, tr("V&oids and reissues"));
    m_cash = new CashPage(m_parts.background, *this, m_tabs);
    m_tabs->addTab(m_cash, tr("&Cash and closing"));
    m_kpi = new KpiPage(m_parts.background, *this, m_parts.procedureNames, m_tabs);
    m_kpi->setOpenDataOffice(m_parts.municipalityCode, m_parts.municipalityName);
    m_tabs->addTab(m_kpi, tr("&KPIs"));
    m_alerts = new AlertsPage(m_parts.background, *this, m_parts.staleSyncMinutes, m_tabs);
    m_tabs->addTab(m_alerts, tr("A&lerts"));
    connect(m_alerts, &AlertsPage::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_alerts), count > 0 ? tr("A&lerts (%1)").arg(count) : tr("A&lerts"));
    });
    // The pages read the centre again when the day changes there or when they are opened.
    connect(m_day, &DayPage::centreChanged, m_voids, &VoidsPage::reload);
    connect(m_day, &DayPage::dayChanged, m_cash, &CashPage::setDay);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_who.ok)
            return;
        if (m_tabs->widget(index) == m_voids)
            m_voids->reload();
        else if (m_tabs->widget(index) == m_cash)
            m_cash->reload();
        else if (m_tabs->widget(index) == m_alerts)
            m_alerts->reload();
    });
    auto* signOutAction = new QAction(tr("Sign out"), this);
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(signOutAction, &QAction::triggered, this, &SupervisorWindow::signOut);
    addAction(signOutAction);
    // Alt+1 … Alt+9: the pages in order.
    for (int i = 0; i < 9; ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(go);
    }
    return m_tabs;
}

QString SupervisorWindow::signInError() const {
    return m_signInError->text();
}

void SupervisorWindow::signIn() {
    if (m_waitingFor.contains(QStringLiteral("signIn")))
        return;
    const QString login = m_staffIdEdit->text().trimmed();
    const QString password = m_passwordEdit->text();
    m_passwordEdit->clear();
    m_signInError->clear();
    beginWaiting(QStringLiteral("signIn"), tr("Checking the sign-in…"));
    m_parts.background.signIn(this, login, password, [this](const counter::SignIn& who) {
        endWaiting(QStringLiteral("signIn"));
        if (!who.ok) {
            m_signInError->setText(who.message);
            m_passwordEdit->setFocus();
            return;
        }
        qCInfo(lcUi) << "supervisor signed in";
        m_who = who;
        m_signedInAs->setText(tr("Signed in: %1").arg(who.displayName));
        m_top->setCurrentIndex(1);
        m_day->start();
        m_alerts->start();
        m_voids->reload();
        m_cash->setDay(m_day->day());
    });
}

void SupervisorWindow::signOut() {
    if (!m_who.ok)
        return;
    m_day->stop();
    m_alerts->stop();
    m_parts.background.signOut(QStringLiteral("signed out"));
    m_who = {};
    m_signedInAs->clear();
    m_top->setCurrentIndex(0);
    m_staffIdEdit->clear();
    m_staffIdEdit->setFocus();
}

void SupervisorWindow::beginWaiting(const QString& key, const QString& what) {
    m_waitingFor.insert(key, what);
    showWaiting();
}

void SupervisorWindow::endWaiting(const QString& key) {
    m_waitingFor.remove(key);
    showWaiting();
}

void SupervisorWindow::showWaiting() {
    QStringList texts = m_waitingFor.values();
    texts.sort();
    m_waiting->setText(texts.join(QStringLiteral(" ")));
}

QString SupervisorWindow::waitingText() const {
    return m_waiting->text();
}

} // namespace madoguchi::ui
