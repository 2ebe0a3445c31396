// The clerk's window: sign-in, waiting list, the visit step by step, sync state; keyboard-first.
#pragma once

#include "CounterPorts.h"
#include "visit/VisitWorkflow.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace madoguchi::counter {
class CounterPrinting;
class ReceptionQueue;
} // namespace madoguchi::counter
namespace madoguchi::queue {
struct Ticket;
}

namespace madoguchi::ui {

class ChoosePage;
class ClerkPage;
class DocumentsPage;
class DonePage;
class InterpreterCall;
class FormsPage;
class IdentifyPage;
class IssuedDocumentDialog;
class MatchPage;
class ReviewPage;

// The clerk's window: sign-in, the waiting list (call next, walk-in), the current visit step by step, and the sync
// state always visible. Keyboard-first: every action has a shortcut and the focus follows the task.
class ClerkWindow final : public QMainWindow {
    Q_OBJECT
public:
    struct Parts {
        visit::VisitWorkflow& visit;
        counter::ReceptionQueue& queue;
        counter::StaffDirectory& staff;
        counter::SyncState& sync;
        QString clerkLanguage;
        counter::DocumentDesk* documents = nullptr; // issued certificates (F11); null: not offered
    };
    explicit ClerkWindow(Parts parts, QWidget* parent = nullptr);

    // How issued PDFs are opened for printing; the default hands them to the desktop's PDF viewer.
    void setDocumentOpener(std::function<bool(const QString& path)> opener) { m_openDocument = std::move(opener); }
    // The office's printers: an issued visit's documents are sent there at once, Ctrl+P prints one again.
    void setPrinting(counter::CounterPrinting* printing);
    // The city's interpreting services: a button and Ctrl+I start (and end) a call in the resident's language. Not
    // set (nothing configured): neither the button nor the menu entry exists.
    void setInterpreter(InterpreterCall* call);
    QPushButton* interpreterButton() const { return m_interpreterButton; }

    QString signedInStaff() const { return m_staffId; }
    // The idle lock: the work hidden behind a sign-in of the same staff member or a supervisor; the visit is kept
    // (its inactivity timeout waits) and the resident's screen asks to wait. Audited.
    void lockScreen();
    bool isLocked() const { return m_locked; }
    QLineEdit* lockLoginEdit() const { return m_lockLogin; }
    QLineEdit* lockPasswordEdit() const { return m_lockPassword; }
    QString lockMessage() const;
    QString syncText() const;
    QString noticeText() const;
    // A problem found at start that stays in view all day (a refused municipality catalogue); empty hides it.
    void setStartupWarning(const QString& text);
    QString startupWarningText() const;
    // What the visit is waiting for (the registry, the issuance), as the clerk reads it; empty when not waiting.
    QString waitingText() const;
    QString stepName() const;
    QAction* action(const QString& name) const;

    IdentifyPage* identifyPage() const { return m_identify; }
    MatchPage* matchPage() const { return m_match; }
    ChoosePage* choosePage() const { return m_choose; }
    FormsPage* formsPage() const { return m_forms; }
    DocumentsPage* documentsPage() const { return m_documents; }
    ReviewPage* reviewPage() const { return m_review; }
    DonePage* donePage() const { return m_done; }
    QLineEdit* staffIdEdit() const { return m_staffIdEdit; }
    QLineEdit* passwordEdit() const { return m_passwordEdit; }
    QListWidget* waitingList() const { return m_waiting; }
    // The issued-certificate dialog (F11), once opened; null before.
    IssuedDocumentDialog* issuedDocumentDialog() const { return m_documentDialog; }

Q_SIGNALS:
    void signedIn(const madoguchi::counter::SignIn& who);
    void screenLocked(bool locked);
    void statusWindowRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QAction* addShortcut(const QString& name, const QString& text, const QKeySequence& key,
                         const std::function<void()>& run);
    QWidget* buildSignIn();
    QWidget* buildLock();
    void unlock();
    QWidget* buildVisitArea();
    void signIn();
    void signOut();
    void callNext();
    void walkIn();
    void startCalled(const queue::Ticket& ticket);
    void next();
    void showStep();
    void showSync();
    void showWaiting();
    void showNotice(const QString& text);
    void showVisitWaiting();
    void openDocuments();
    void printAgain();
    void printIssued();
    void showInterpreter();
    void openIssuedDocuments();
    ClerkPage* pageFor(visit::VisitWorkflow::Step step) const;
    void prepareFrom(int index); // ClerkPage::prepare() of the pages from `index` on, one per round of the loop
    bool m_prepareStarted = false;

    visit::VisitWorkflow& m_visit;
    counter::ReceptionQueue& m_queue;
    counter::StaffDirectory& m_staff;
    counter::SyncState& m_sync;
    counter::DocumentDesk* m_documentDesk = nullptr;
    IssuedDocumentDialog* m_documentDialog = nullptr;
    QString m_language;
    std::function<bool(const QString&)> m_openDocument;
    counter::CounterPrinting* m_printing = nullptr;
    QString m_printedVisit; // the visit whose documents went to the printers

    QString m_staffId;
    QString m_staffName;
    bool m_locked = false;
    QStackedWidget* m_top = nullptr; // sign-in | work | lock
    QWidget* m_lockPage = nullptr;
    QLabel* m_lockWho = nullptr;
    QLineEdit* m_lockLogin = nullptr;
    QLineEdit* m_lockPassword = nullptr;
    QLabel* m_lockError = nullptr;
    QLineEdit* m_staffIdEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_signInError = nullptr;
    QWidget* m_work = nullptr;
    QListWidget* m_waiting = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_idle = nullptr;
    QLabel* m_issuing = nullptr;
    IdentifyPage* m_identify = nullptr;
    MatchPage* m_match = nullptr;
    ChoosePage* m_choose = nullptr;
    FormsPage* m_forms = nullptr;
    DocumentsPage* m_documents = nullptr;
    ReviewPage* m_review = nullptr;
    DonePage* m_done = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_startupWarning = nullptr;
    QLabel* m_waitingFor = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_interpreterButton = nullptr;
    InterpreterCall* m_interpreter = nullptr;
    QMenu* m_visitMenu = nullptr;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    QLabel* m_visitLabel = nullptr;
    QMap<QString, QAction*> m_actions;
    visit::VisitWorkflow::IdentifyStage m_lastStage = visit::VisitWorkflow::IdentifyStage::ChooseMethod;
};

} // namespace madoguchi::ui
