// The clerk's window: sign-in, waiting list, the visit step by step, the sync state.
#include "ClerkWindow.h"

#include "CounterPrinting.h"
#include "InterpreterCall.h"
#include "ReceptionQueue.h"
#include "clerk/ChoosePage.h"
#include "clerk/DocumentsPage.h"
#include "clerk/FormsPage.h"
#include "clerk/IdentifyPage.h"
#include "clerk/IssuedDocumentDialog.h"
#include "clerk/MatchPage.h"
#include "clerk/ReviewPage.h"
#include "queue/CounterGroups.h"

#include <QAction>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace madoguchi::ui {

using visit::VisitWorkflow;
using Step = VisitWorkflow::Step;

ClerkWindow::ClerkWindow(Parts parts, QWidget* parent)
    : QMainWindow(parent)
    , m_visit(parts.visit)
    , m_queue(parts.queue)
    , m_staff(parts.staff)
    , m_sync(parts.sync)
    , m_documentDesk(parts.documents)
    , m_language(parts.clerkLanguage)
    , m_openDocument([](const QString& path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); }) {
    setObjectName(QStringLiteral("clerkWindow"));
    setWindowTitle(tr("Madoguchi — counter"));
    setMinimumSize(1024, 700);

    m_top = new QStackedWidget(this);
    m_top->addWidget(buildSignIn());
    m_work = buildVisitArea();
    m_top->addWidget(m_work);
    m_lockPage = buildLock();
    m_top->addWidget(m_lockPage);
    setCentralWidget(m_top);

    auto* terminal = menuBar()->addMenu(tr("&Terminal"));
    auto* visitMenu = menuBar()->addMenu(tr("&Visit"));
    m_visitMenu = visitMenu;
    auto add = [&](QMenu* menu, const QString& name, const QString& text, const QKeySequence& key,
                   const std::function<void()>& run) { menu->addAction(addShortcut(name, text, key, run)); };
    add(visitMenu, QStringLiteral("callNext"), tr("Call the &next number"), Qt::Key_F2, [this] { callNext(); });
    add(visitMenu, QStringLiteral("walkIn"), tr("&Walk-in visit"), Qt::Key_F3, [this] { walkIn(); });
    visitMenu->addSeparator();
    add(visitMenu, QStringLiteral("readCard"), tr("&Read the card / retry the registry"), Qt::Key_F5, [this] {
        if (m_visit.step() == Step::Match)
            m_visit.retryRegistry();
        else
            m_visit.useCard();
    });
    add(visitMenu, QStringLiteral("readMyNumber"), tr("Also read the &My Number (on/off)"),
        QKeySequence(Qt::CTRL | Qt::Key_M), [this] { m_visit.setReadMyNumber(!m_visit.readsMyNumber()); });
    add(visitMenu, QStringLiteral("codeB"), tr("照合番号&B"), Qt::Key_F6, [this] { m_visit.useCodeB(); });
    add(visitMenu, QStringLiteral("noCard"), tr("No &card"), Qt::Key_F7, [this] { m_visit.useNoCard(); });
    add(visitMenu, QStringLiteral("newResident"), tr("New resident (&move-in)"), Qt::Key_F8,
        [this] { m_visit.proceedAsNewResident(); });
    add(visitMenu, QStringLiteral("back"), tr("&Back"), Qt::Key_F9, [this] { m_visit.back(); });
    add(visitMenu, QStringLiteral("stopWaiting"), tr("&Stop waiting for the registry"), Qt::Key_Escape,
        [this] { m_visit.cancelWaiting(); });
    add(visitMenu, QStringLiteral("next"), tr("&Continue"), Qt::Key_F10, [this] { next(); });
    add(visitMenu, QStringLiteral("revealMyNumber"), tr("Reveal the My Number (audited)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { m_visit.revealMyNumber(); });
    add(visitMenu, QStringLiteral("print"), tr("&Print the chosen document again"), QKeySequence::Print,
        [this] { printAgain(); });
    add(visitMenu, QStringLiteral("openPdf"), tr("&Open the PDFs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { openDocuments(); });
    visitMenu->addSeparator();
    if (m_documentDesk)
        add(visitMenu, QStringLiteral("issuedDocuments"), tr("Issued &certificate: void or reissue…"), Qt::Key_F11,
            [this] { openIssuedDocuments(); });
    add(visitMenu, QStringLiteral("cancelVisit"), tr("Cancel this visit"), QKeySequence(Qt::SHIFT | Qt::Key_F12),
        [this] { m_visit.cancel(QStringLiteral("cancelled by the clerk")); });
    add(terminal, QStringLiteral("syncNow"), tr("&Send waiting visits now"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { m_sync.syncNow(); });
    add(terminal, QStringLiteral("status"), tr("Terminal &status…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
        [this] { Q_EMIT statusWindowRequested(); });
    add(terminal, QStringLiteral("signOut"), tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { signOut(); });

    m_staffLabel = new QLabel(this);
    m_visitLabel = new QLabel(this);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    m_staffLabel->setContentsMargins(6, 0, 18, 0);
    statusBar()->addWidget(m_staffLabel);
    statusBar()->addWidget(m_visitLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);

    connect(&m_visit, &VisitWorkflow::stepChanged, this, &ClerkWindow::showStep);
    connect(&m_visit, &VisitWorkflow::changed, this, [this] {
        if (ClerkPage* page = pageFor(m_visit.step()))
            page->refresh();
        // Entering 照合番号B or the no-card search moves the focus to its first input; other changes leave it.
        const auto stage = m_visit.identifyStage();
        if (m_visit.step() == Step::Identify && stage != m_lastStage &&
            (stage == VisitWorkflow::IdentifyStage::CodeBEntry || stage == VisitWorkflow::IdentifyStage::NoCard))
            m_identify->firstInput()->setFocus();
        m_lastStage = stage;
    });
    connect(&m_visit, &VisitWorkflow::changed, this, &ClerkWindow::showVisitWaiting);
    connect(&m_visit, &VisitWorkflow::notice, this, &ClerkWindow::showNotice);
    connect(&m_sync, &counter::SyncState::changed, this, &ClerkWindow::showSync);
    connect(&m_queue, &counter::ReceptionQueue::changed, this, &ClerkWindow::showWaiting);
    showSync();
    showWaiting();
    showStep();
    signOut();
}

QAction* ClerkWindow::addShortcut(const QString& name, const QString& text, const QKeySequence& key,
                                  const std::function<void()>& run) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, run] {
        if (!m_staffId.isEmpty() && !m_locked)
            run();
    });
    addAction(action);
    m_actions.insert(name, action);
    return action;
}

QAction* ClerkWindow::action(const QString& name) const {
    return m_actions.value(name);
}

QWidget* ClerkWindow::buildSignIn() {
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    outer->addStretch();
    auto* title = pageTitle(tr("Sign in to start serving residents"), page);
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
    m_signInError->setStyleSheet(QStringLiteral("color: #a40000;"));
    form->addRow(QString(), m_signInError);
    auto* center = new QHBoxLayout;
    center->addStretch();
    center->addLayout(form);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch();
    connect(m_staffIdEdit, &QLineEdit::returnPressed, m_passwordEdit, qOverload<>(&QWidget::setFocus));
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &ClerkWindow::signIn);
    connect(button, &QPushButton::clicked, this, &ClerkWindow::signIn);
    return page;
}

QWidget* ClerkWindow::buildLock() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("lockPage"));
    auto* outer = new QVBoxLayout(page);
    outer->addStretch();
    auto* title = pageTitle(tr("The screen is locked"), page);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    m_lockWho = valueLabel({}, page);
    m_lockWho->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_lockWho);
    auto* form = new QFormLayout;
    m_lockLogin = new QLineEdit(page);
    m_lockLogin->setObjectName(QStringLiteral("lockStaffId"));
    m_lockPassword = new QLineEdit(page);
    m_lockPassword->setObjectName(QStringLiteral("lockPassword"));
    m_lockPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Staff &ID"), m_lockLogin);
    form->addRow(tr("&Password"), m_lockPassword);
    auto* button = new QPushButton(tr("&Unlock (Enter)"), page);
    form->addRow(QString(), button);
    m_lockError = valueLabel({}, page);
    m_lockError->setStyleSheet(QStringLiteral("color: #a40000;"));
    form->addRow(QString(), m_lockError);
    auto* center = new QHBoxLayout;
    center->addStretch();
    center->addLayout(form);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch();
    connect(m_lockLogin, &QLineEdit::returnPressed, m_lockPassword, qOverload<>(&QWidget::setFocus));
    connect(m_lockPassword, &QLineEdit::returnPressed, this, &ClerkWindow::unlock);
    connect(button, &QPushButton::clicked, this, &ClerkWindow::unlock);
    return page;
}

void ClerkWindow::lockScreen() {
    if (m_staffId.isEmpty() || m_locked)
        return;
    m_locked = true;
    m_staff.lock();
    m_visit.setHeld(true);
    if (m_documentDialog) // an issued certificate on view goes behind the lock too
        m_documentDialog->hide();
    m_lockWho->setText(
        tr("Signed in: %1. The visit in progress is kept. Sign in again, or ask a supervisor.").arg(m_staffName));
    m_lockLogin->clear();
    m_lockPassword->clear();
    m_lockError->clear();
    m_visitLabel->hide();
    m_top->setCurrentWidget(m_lockPage);
    m_lockLogin->setFocus();
    Q_EMIT screenLocked(true);
}

QString ClerkWindow::lockMessage() const {
    return m_lockError->text();
}

void ClerkWindow::unlock() {
    const counter::SignIn who = m_staff.unlock(m_lockLogin->text().trimmed(), m_lockPassword->text());
    m_lockPassword->clear();
    if (!who.ok) {
        m_lockError->setText(who.message);
        m_lockPassword->setFocus();
        return;
    }
    m_locked = false;
    m_visit.setHeld(false);
    if (who.staffId != m_staffId) {
        // A supervisor took the counter over: the visit goes on under them.
        m_staffId = who.staffId;
        m_staffName = who.displayName;
        m_staffLabel->setText(tr("Signed in: %1").arg(who.displayName));
        Q_EMIT signedIn(who);
    }
    m_lockError->clear();
    m_visitLabel->show();
    m_top->setCurrentWidget(m_work);
    Q_EMIT screenLocked(false);
    showStep();
}

QWidget* ClerkWindow::buildVisitArea() {
    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(pageTitle(tr("Waiting"), left));
    m_waiting = new QListWidget(left);
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->setAccessibleName(tr("Reception numbers waiting"));
    m_waiting->setFocusPolicy(Qt::NoFocus); // F2 calls the longest-waiting number; the list is for reading
    leftLayout->addWidget(m_waiting, 1);
    auto* call = new QPushButton(tr("Call next (F2)"), left);
    auto* walk = new QPushButton(tr("Walk-in (F3)"), left);
    for (QPushButton* b : {call, walk})
        b->setFocusPolicy(Qt::NoFocus);
    leftLayout->addWidget(call);
    leftLayout->addWidget(walk);
    connect(call, &QPushButton::clicked, this, &ClerkWindow::callNext);
    connect(walk, &QPushButton::clicked, this, &ClerkWindow::walkIn);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    m_notice = valueLabel({}, right);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 6px;"));
    m_notice->hide();
    m_startupWarning = valueLabel({}, right);
    m_startupWarning->setObjectName(QStringLiteral("startupWarning"));
    m_startupWarning->setStyleSheet(QStringLiteral("background: #ffd7d5; padding: 6px; font-weight: bold;"));
    m_startupWarning->hide();
    m_waitingFor = valueLabel({}, right);
    m_waitingFor->setObjectName(QStringLiteral("waitingFor"));
    m_waitingFor->setStyleSheet(QStringLiteral("background: #dbe9ff; padding: 6px; font-weight: bold;"));
    m_waitingFor->setAccessibleName(tr("Waiting"));
    m_waitingFor->hide();
    m_pages = new QStackedWidget(right);
    m_idle = new QWidget(m_pages);
    auto* idleLayout = new QVBoxLayout(m_idle);
    idleLayout->addWidget(pageTitle(tr("No visit in progress"), m_idle));
    idleLayout->addWidget(
        valueLabel(tr("F2: call the next reception number.   F3: serve a walk-in resident."), m_idle));
    idleLayout->addStretch();
    m_issuing = pageTitle(tr("Issuing…"), m_pages);
    m_identify = new IdentifyPage(m_visit, m_language, m_pages);
    m_match = new MatchPage(m_visit, m_language, m_pages);
    m_choose = new ChoosePage(m_visit, m_language, m_pages);
    m_forms = new FormsPage(m_visit, m_language, m_pages);
    m_documents = new DocumentsPage(m_visit, m_language, m_pages);
    m_review = new ReviewPage(m_visit, m_language, m_pages);
    m_done = new DonePage(m_visit, m_language, m_pages);
    for (QWidget* page :
         {m_idle, static_cast<QWidget*>(m_issuing), static_cast<QWidget*>(m_identify), static_cast<QWidget*>(m_match),
          static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_forms), static_cast<QWidget*>(m_documents),
          static_cast<QWidget*>(m_review), static_cast<QWidget*>(m_done)})
        m_pages->addWidget(page);
    auto* nav = new QHBoxLayout;
    m_backButton = new QPushButton(tr("Back (F9)"), right);
    m_nextButton = new QPushButton(tr("Continue (F10)"), right);
    m_nextButton->setObjectName(QStringLiteral("next"));
    auto* cancel = new QPushButton(tr("Cancel visit (Shift+F12)"), right);
    m_interpreterButton = new QPushButton(right);
    m_interpreterButton->setObjectName(QStringLiteral("interpreter"));
    m_interpreterButton->hide(); // setInterpreter: only where the city set up a service
    for (QPushButton* b : {m_backButton, m_nextButton, cancel, m_interpreterButton}) {
        b->setFocusPolicy(Qt::NoFocus); // reached by their keys; Tab stays within the task
        b->setMinimumHeight(36);
    }
    nav->addWidget(cancel);
    nav->addWidget(m_interpreterButton);
    nav->addStretch();
    nav->addWidget(m_backButton);
    nav->addWidget(m_nextButton);
    connect(m_backButton, &QPushButton::clicked, &m_visit, &VisitWorkflow::back);
    connect(m_nextButton, &QPushButton::clicked, this, &ClerkWindow::next);
    connect(cancel, &QPushButton::clicked, this, [this] { m_visit.cancel(QStringLiteral("cancelled by the clerk")); });
    rightLayout->addWidget(m_startupWarning);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_waitingFor);
    rightLayout->addWidget(m_pages, 1);
    rightLayout->addLayout(nav);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({200, 800});
    return splitter;
}

void ClerkWindow::setInterpreter(InterpreterCall* call) {
    m_interpreter = call;
    if (!call)
        return;
    m_visitMenu->addSeparator();
    m_visitMenu->addAction(addShortcut(QStringLiteral("interpreter"), tr("Call an &interpreter / end the call"),
                                       QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
                                           if (m_interpreter->active() || m_interpreter->starting() ||
                                               m_interpreter->available())
                                               m_interpreter->toggle();
                                           else
                                               showNotice(tr("No interpreting service is set up for the resident's "
                                                             "language (%1).")
                                                              .arg(m_visit.language()));
                                       }));
    connect(m_interpreterButton, &QPushButton::clicked, call, &InterpreterCall::toggle);
    connect(call, &InterpreterCall::changed, this, &ClerkWindow::showInterpreter);
    connect(call, &InterpreterCall::failed, this, &ClerkWindow::showNotice);
    showInterpreter();
}

void ClerkWindow::showInterpreter() {
    if (!m_interpreter)
        return;
    const bool on = m_interpreter->active() || m_interpreter->starting();
    m_interpreterButton->setVisible(on || m_interpreter->available());
    const QString service = m_interpreter->serviceName();
    m_interpreterButton->setText(
        on ? tr("End the interpreter call (Ctrl+I)")
           : tr("Interpreter: %1 (Ctrl+I)").arg(service.isEmpty() ? m_visit.language() : service));
    m_interpreterButton->setAccessibleName(m_interpreterButton->text());
}

void ClerkWindow::signIn() {
    // Shown while the worker answers (just after start it opens the terminal's records first).
    m_signInError->setText(tr("Checking the sign-in…"));
    const counter::SignIn who = m_staff.signIn(m_staffIdEdit->text().trimmed(), m_passwordEdit->text());
    m_passwordEdit->clear();
    if (!who.ok) {
        m_signInError->setText(who.message);
        m_passwordEdit->setFocus();
        return;
    }
    m_staffId = who.staffId;
    m_staffName = who.displayName;
    m_signInError->clear();
    m_staffLabel->setText(tr("Signed in: %1").arg(who.displayName));
    m_top->setCurrentWidget(m_work);
    Q_EMIT signedIn(who);
    showStep();
}

void ClerkWindow::signOut() {
    if (m_locked) {
        m_locked = false;
        m_visit.setHeld(false);
        m_visitLabel->show();
        Q_EMIT screenLocked(false);
    }
    if (m_documentDialog) { // the next one to sign in does not see the last certificate
        m_documentDialog->reset();
        m_documentDialog->hide();
    }
    if (m_visit.step() != Step::Idle && m_visit.step() != Step::Issuing)
        m_visit.cancel(QStringLiteral("clerk signed out"));
    if (!m_staffId.isEmpty())
        m_staff.signOut(QStringLiteral("signed out"));
    m_staffId.clear();
    m_staffLabel->setText(tr("Not signed in"));
    m_staffIdEdit->clear();
    m_passwordEdit->clear();
    m_top->setCurrentIndex(0);
    m_staffIdEdit->setFocus();
}

void ClerkWindow::openIssuedDocuments() {
    if (!m_documentDesk)
        return;
    if (!m_documentDialog) {
        m_documentDialog = new IssuedDocumentDialog(*m_documentDesk, this);
        // The reissue's new paper goes where the visit's papers go.
        connect(m_documentDialog, &IssuedDocumentDialog::reissuedPaper, this,
                [this](const supervisor::Reissued& reissued) {
                    if (!m_printing)
                        return;
                    visit::IssuedPdf pdf;
                    pdf.procedureId = reissued.document.documentType;
                    pdf.serial = reissued.document.serial;
                    pdf.verificationCode = reissued.verificationCode;
                    pdf.pdfPath = reissued.pdfPath;
                    pdf.certificate = reissued.certificate;
                    m_printing->printIssued({pdf});
                });
    }
    if (!m_documentDialog->isVisible())
        m_documentDialog->reset();
    m_documentDialog->show();
    m_documentDialog->raise();
    m_documentDialog->activateWindow();
    m_documentDialog->lookupEdit()->setFocus();
}

void ClerkWindow::callNext() {
    if (m_visit.step() != Step::Idle) {
        showNotice(tr("Finish or cancel the current visit first."));
        return;
    }
    if (m_queue.busy()) {
        showNotice(tr("Still asking the reception queue; wait a moment."));
        return;
    }
    showNotice(tr("Calling the next number…"));
    // The queue is in the central store: the worker asks it, the window keeps running.
    m_queue.callNext(this, [this](const counter::ReceptionQueue::Answer& answer) {
        if (!answer.outcome) {
            showNotice(answer.outcome.message);
            return;
        }
        if (!answer.ticket) {
            showNotice(tr("Nobody is waiting. Use F3 for a resident without a reception number."));
            return;
        }
        startCalled(*answer.ticket);
    });
}

void ClerkWindow::walkIn() {
    if (m_visit.step() != Step::Idle) {
        showNotice(tr("Finish or cancel the current visit first."));
        return;
    }
    if (m_queue.busy()) {
        showNotice(tr("Still asking the reception queue; wait a moment."));
        return;
    }
    showNotice(tr("Numbering the resident…"));
    m_queue.walkIn(this, [this](const counter::ReceptionQueue::Answer& answer) {
        if (!answer.outcome || !answer.ticket) {
            showNotice(answer.outcome.message);
            return;
        }
        startCalled(*answer.ticket);
    });
}

void ClerkWindow::startCalled(const queue::Ticket& ticket) {
    if (m_visit.step() != Step::Idle) { // a visit started meanwhile: the ticket goes back to the others
        showNotice(tr("%1 was called, but a visit is open: call it again when it ends.").arg(ticket.number));
        return;
    }
    showNotice(tr("Calling %1 to counter %2.").arg(ticket.number, m_queue.counter()));
    if (!m_visit.start(ticket.number) || ticket.source != QLatin1String("kiosk") || ticket.id.isEmpty())
        return;
    // The resident's pre-entry from the kiosk, unsealed on the worker: the visit takes it when it arrives.
    const QString number = ticket.number;
    m_queue.preEntry(this, ticket.id, [this, number](const counter::ReceptionQueue::PreEntryAnswer& answer) {
        if (!answer.outcome) {
            showNotice(answer.outcome.message);
            return;
        }
        if (answer.entry && m_visit.receptionNumber() == number)
            m_visit.setPreEntry(*answer.entry);
    });
}

void ClerkWindow::next() {
    switch (m_visit.step()) {
    case Step::Match:
        m_visit.acceptMatch();
        break;
    case Step::Choose:
        m_visit.confirmChoice();
        break;
    case Step::Forms:
        m_visit.confirmForms();
        break;
    case Step::Documents:
        m_visit.confirmDocuments();
        break;
    case Step::Review:
        m_visit.issue();
        break;
    case Step::Done:
        m_visit.finish();
        break;
    case Step::Identify:
    case Step::Idle:
    case Step::Issuing:
        break;
    }
}

ClerkPage* ClerkWindow::pageFor(Step step) const {
    switch (step) {
    case Step::Identify:
        return m_identify;
    case Step::Match:
        return m_match;
    case Step::Choose:
        return m_choose;
    case Step::Forms:
        return m_forms;
    case Step::Documents:
        return m_documents;
    case Step::Review:
        return m_review;
    case Step::Done:
        return m_done;
    case Step::Idle:
    case Step::Issuing:
        return nullptr;
    }
    return nullptr;
}

QString ClerkWindow::stepName() const {
    switch (m_visit.step()) {
    case Step::Idle:
        return tr("no visit");
    case Step::Identify:
        return tr("1 identify");
    case Step::Match:
        return tr("2 match");
    case Step::Choose:
        return tr("3 choose");
    case Step::Forms:
        return tr("4 forms");
    case Step::Documents:
        return tr("5 documents and fees");
    case Step::Review:
        return tr("6 review");
    case Step::Issuing:
        return tr("7 issuing");
    case Step::Done:
        return tr("done");
    }
    return {};
}

void ClerkWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!m_prepareStarted) {
        m_prepareStarted = true;
        QTimer::singleShot(0, this, [this] { prepareFrom(0); }); // after the sign-in is on the screen
    }
}

void ClerkWindow::prepareFrom(int index) {
    const QList<ClerkPage*> pages{m_identify, m_match, m_choose, m_forms, m_documents, m_review, m_done};
    if (index >= pages.size())
        return;
    pages.at(index)->prepare();
    QTimer::singleShot(0, this, [this, index] { prepareFrom(index + 1); });
}

void ClerkWindow::showStep() {
    const Step step = m_visit.step();
    ClerkPage* page = pageFor(step);
    if (page) {
        page->enter();
        m_pages->setCurrentWidget(page);
        if (QWidget* first = page->firstInput())
            first->setFocus();
    } else {
        m_pages->setCurrentWidget(step == Step::Issuing ? static_cast<QWidget*>(m_issuing) : m_idle);
    }
    if (step == Step::Identify || step == Step::Idle)
        m_notice->hide();
    if (step == Step::Done)
        printIssued();
    m_visitLabel->setText(step == Step::Idle ? tr("No visit")
                                             : tr("Reception %1 — step %2").arg(m_visit.receptionNumber(), stepName()));
    m_backButton->setEnabled(step != Step::Idle && step != Step::Done && step != Step::Issuing);
    switch (step) {
    case Step::Match:
        m_nextButton->setText(tr("Accept the match (F10)"));
        break;
    case Step::Review:
        m_nextButton->setText(tr("Issue (F10)"));
        break;
    case Step::Done:
        m_nextButton->setText(tr("Finish (F10)"));
        break;
    default:
        m_nextButton->setText(tr("Continue (F10)"));
        break;
    }
    m_nextButton->setEnabled(step != Step::Idle && step != Step::Identify && step != Step::Issuing);
}

void ClerkWindow::showVisitWaiting() {
    switch (m_visit.waiting()) {
    case VisitWorkflow::Waiting::None:
        m_waitingFor->hide();
        return;
    case VisitWorkflow::Waiting::Registry:
        m_waitingFor->setText(tr("Waiting for the registry (central server)… Esc stops waiting; the screen stays "
                                 "usable."));
        break;
    case VisitWorkflow::Waiting::Issuance:
        m_waitingFor->setText(tr("Recording the visit and writing the PDFs…"));
        break;
    }
    m_waitingFor->show();
}

QString ClerkWindow::waitingText() const {
    return m_waitingFor->isVisibleTo(this) ? m_waitingFor->text() : QString();
}

void ClerkWindow::showNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ClerkWindow::setStartupWarning(const QString& text) {
    m_startupWarning->setText(text);
    m_startupWarning->setVisible(!text.isEmpty());
}

QString ClerkWindow::startupWarningText() const {
    return m_startupWarning->isVisibleTo(this) ? m_startupWarning->text() : QString();
}

QString ClerkWindow::noticeText() const {
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void ClerkWindow::showSync() {
    const int waiting = m_sync.waiting();
    if (m_sync.online())
        m_syncLabel->setText(waiting == 0 ? tr("● Online — every visit sent")
                                          : tr("● Online — sending %n visit(s)", nullptr, waiting));
    else
        m_syncLabel->setText(tr("● Offline — %n visit(s) waiting to be sent; work continues and they are sent when "
                                "the line is back",
                                nullptr, waiting));
    m_syncLabel->setStyleSheet(m_sync.online() ? QStringLiteral("color: #006400; font-weight: bold;")
                                               : QStringLiteral("color: #a40000; font-weight: bold;"));
}

QString ClerkWindow::syncText() const {
    return m_syncLabel->text();
}

void ClerkWindow::showWaiting() {
    m_waiting->clear();
    for (const queue::Ticket& t : m_queue.waiting()) {
        const queue::CounterGroup* group = queue::findGroup(t.groupId);
        m_waiting->addItem(group ? tr("%1  %2").arg(t.number, group->name.in(m_language)) : t.number);
    }
}

void ClerkWindow::setPrinting(counter::CounterPrinting* printing) {
    m_printing = printing;
    if (m_printing)
        m_done->attachPrinting(*m_printing);
}

void ClerkWindow::printIssued() {
    if (!m_printing || m_visit.issued().isEmpty())
        return;
    const QString visitKey = m_visit.receptionNumber() + QLatin1Char('|') + m_visit.issued().first().pdfPath;
    if (visitKey == m_printedVisit)
        return;
    m_printedVisit = visitKey;
    m_printing->printIssued(m_visit.issued());
    m_done->refresh();
}

void ClerkWindow::printAgain() {
    if (m_visit.step() != Step::Done)
        return;
    const int chosen = m_done->chosenDocument();
    const auto issued = m_visit.issued();
    if (!m_printing || chosen < 0 || chosen >= issued.size() || !m_printing->prints(issued.at(chosen))) {
        openDocuments(); // no printer for it: the desktop's PDF viewer prints it
        return;
    }
    const Outcome outcome = m_printing->reprint(issued.at(chosen));
    if (!outcome)
        showNotice(outcome.message);
    m_done->refresh();
}

void ClerkWindow::openDocuments() {
    if (m_visit.step() != Step::Done)
        return;
    int opened = 0;
    for (const visit::IssuedPdf& pdf : m_visit.issued())
        opened += m_openDocument(pdf.pdfPath) ? 1 : 0;
    if (opened < m_visit.issued().size())
        showNotice(tr("%1 of %2 PDFs could not be opened. They are saved; print them from the terminal's document "
                      "folder.")
                       .arg(m_visit.issued().size() - opened)
                       .arg(m_visit.issued().size()));
}

} // namespace madoguchi::ui
