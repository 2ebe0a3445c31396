// The counter's worker thread: its own store connections, the registry, issuance, audit and staff look-ups.
#pragma once

#include "CounterIssuance.h"
#include "CounterPorts.h"
#include "Outcome.h"
#include "queue/TicketQueue.h"
#include "staff/StaffSignIn.h"
#include "visit/VisitPorts.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace madoguchi::privacy {
class KeyRing;
}
namespace madoguchi::kiosk {
class PreEntryStore;
}
namespace madoguchi::print {
class Renderer;
}
namespace madoguchi::audit {
class AuditTrail;
struct Actor;
} // namespace madoguchi::audit

namespace madoguchi::counter {

struct BackgroundParts;

// One worker thread that owns this terminal's connections to its stores and does everything that may wait on them:
// opening the central store (after start-up, never before the window appears), registry look-ups and matching, the
// issuance with its PDFs, the audit trail and staff sign-in. Jobs run one after the other, in the order posted, so
// the audit chain is written by one connection only. Answers come back on the thread that asked.
class CounterBackground final {
public:
    struct Config {
        QString localPath;       // the terminal's SQLite store
        QString centralLocation; // the central store; it may be slow or away
        const privacy::KeyRing* keys = nullptr;
        // The document templates' directories, in order of precedence: the templates are read, checked and made into
        // the renderer on the worker (a tenth of a second in the Debug tree; not on the GUI thread).
        QStringList templateDirs;
        const visit::Clock* clock = nullptr;
        QString terminalId;
        staff::SignInPolicy signInPolicy;
        CounterIssuance::Office office;
        // Called on the GUI thread if the local store cannot be opened on the worker (the caller opened and migrated
        // it just before, so this is a disk gone away). Nothing posted runs after that.
        std::function<void(const Outcome&)> refused;
    };

    // Starts the thread and returns at once: opening the local store and loading the templates is the worker's first
    // job, so every job posted after it runs after it (the GUI thread never waits for it); the central store is
    // opened next, in the background.
    static std::unique_ptr<CounterBackground> start(Config config);
    ~CounterBackground(); // finishes the running job, closes the connections on their thread

    // Runs `job` on the worker; `done` is then called on `context`'s thread, unless `context` is gone by then.
    void post(std::function<void(BackgroundParts&)> job);
    template <typename T>
    void ask(QObject* context, std::function<T(BackgroundParts&)> job, std::function<void(T)> done) {
        QPointer<QObject> guard(context);
        post([guard, job = std::move(job), done = std::move(done)](BackgroundParts& parts) {
            T answer = job(parts);
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [done, answer = std::move(answer)] { done(answer); }, Qt::QueuedConnection);
        });
    }

    // The central store answered the last time it was asked (read from any thread).
    bool centralOpen() const { return m_centralOpen.load(); }

private:
    CounterBackground() = default;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    std::unique_ptr<BackgroundParts> m_parts;
    std::atomic<bool> m_centralOpen{false};
};

// The visit's registry port over the worker: the clerk's window keeps running while the central store is asked.
class BackgroundRegistry final : public QObject, public visit::RegistryPort {
    Q_OBJECT
public:
    explicit BackgroundRegistry(CounterBackground& background, QObject* parent = nullptr);
    void matchCard(const visit::CardFace& face, std::function<void(visit::LookupOutcome)> done) override;
    void search(const visit::RegistrySearch& search, std::function<void(visit::LookupOutcome)> done) override;
    void household(const QString& residentId, std::function<void(visit::HouseholdOutcome)> done) override;

private:
    CounterBackground& m_background;
};

// The visit's issuance port over the worker.
class BackgroundIssuance final : public QObject, public visit::IssuancePort {
    Q_OBJECT
public:
    explicit BackgroundIssuance(CounterBackground& background, QObject* parent = nullptr);
    void issue(const visit::IssueRequest& request, std::function<void(visit::IssueOutcome)> done) override;
    void preview(const visit::IssueRequest& request, std::function<void(visit::PreviewOutcome)> done) override;

private:
    CounterBackground& m_background;
};

// Issued certificates over the worker: supervisor::VoidDesk on the worker's stores, as the signed-in person.
class BackgroundDocuments final : public DocumentDesk {
public:
    explicit BackgroundDocuments(CounterBackground& background);
    void find(QObject* context, const QString& serialOrScan,
              std::function<void(Result<supervisor::DocumentInfo>)> done) override;
    void requestVoid(QObject* context, const QString& serial, const QString& reason,
                     std::function<void(Result<QString>)> done) override;
    void voidDirectly(QObject* context, const QString& serial, const QString& reason,
                      std::function<void(Outcome)> done) override;
    void reissue(QObject* context, const QString& serial, const QString& reason,
                 std::function<void(Result<supervisor::Reissued>)> done) override;

private:
    CounterBackground& m_background;
};

// The visit's access log over the worker: the audit events are appended in the order the visit records them.
// The role check is made at once on the signed-in clerk's principal; a refusal is audited on the worker.
class BackgroundAccess final : public visit::AccessLog {
public:
    explicit BackgroundAccess(CounterBackground& background);
    void setPrincipal(const staff::Principal& principal) { m_principal = principal; }
    void record(const QString& action, const QString& subject, const QString& reason) override;
    Outcome authorize(staff::Action action) override;

private:
    CounterBackground& m_background;
    staff::Principal m_principal;
};

// Staff sign-in over the worker (CounterStaff: central or synced copy, back-off, lockout, audit). The window keeps
// handling events while the central store is asked. `changed` is called (on this thread) with every sign-in and
// sign-out.
class BackgroundStaff final : public QObject, public StaffDirectory {
    Q_OBJECT
public:
    BackgroundStaff(CounterBackground& background, std::function<void(const SignIn&)> changed,
                    QObject* parent = nullptr);
    SignIn signIn(const QString& login, const QString& password) override;
    void signOut(const QString& reason) override;
    void lock() override;
    SignIn unlock(const QString& login, const QString& password) override;

private:
    SignIn askWorker(const std::function<SignIn(BackgroundParts&)>& job);

    CounterBackground& m_background;
    std::function<void(const SignIn&)> m_changed;
    bool m_busy = false;
};

// Runs `job` with the office's reception queue over the worker's central store and the signed-in person (on the
// worker). Refused, without running it, when the central store does not answer.
Outcome runOnQueue(BackgroundParts& parts, const queue::QueueRules& rules,
                   const std::function<void(queue::TicketQueue&, const staff::Principal&)>& job);

// What a job on the worker may use of the central store, with the office key, the renderer and this terminal's audit
// trail (the lobby kiosk's ticket and pre-entry, written together).
struct CentralParts {
    const store::Connection& central;
    const privacy::KeyRing& keys;
    print::Renderer& renderer;
    audit::AuditTrail& trail;
    const audit::Actor& actor;
    const staff::Principal& principal;
    const visit::Clock& clock;
    const QString& terminalId;
};
// Runs `job` over the worker's central store; refused, without running it, when the central store does not answer.
Outcome runOnCentral(BackgroundParts& parts, const std::function<void(CentralParts&)>& job);

// Runs `job` with this terminal's local store and the central store when it answers (nullptr when it does not): for
// what a terminal decides from the centre, or from its synced copy while the centre is away (the kiosk's staff PIN).
void runOnStores(BackgroundParts& parts,
                 const std::function<void(const store::Connection& local, const store::Connection* central)>& job);

// Runs `job` with the kiosk's pre-entries over the worker's central store and office key, as the signed-in person.
// Refused, without running it, when the central store does not answer.
Outcome runOnPreEntries(BackgroundParts& parts,
                        const std::function<void(kiosk::PreEntryStore&, const staff::Principal&)>& job);

// The reception queue asked from the GUI thread: `job` runs on the worker, `done` on `context`'s thread; when the
// central store does not answer, the answer is `unreachable(refusal)` (or T{} without it).
template <typename T>
void askQueue(CounterBackground& background, QObject* context, const queue::QueueRules& rules,
              std::function<T(queue::TicketQueue&, const staff::Principal&)> job, std::function<void(T)> done,
              std::function<T(const Outcome&)> unreachable) {
    background.ask<T>(
        context,
        [rules, job = std::move(job), unreachable = std::move(unreachable)](BackgroundParts& parts) {
            T answer{};
            const Outcome ran = runOnQueue(parts, rules, [&](queue::TicketQueue& tickets, const staff::Principal& who) {
                answer = job(tickets, who);
            });
            if (!ran)
                return unreachable ? unreachable(ran) : T{};
            return answer;
        },
        std::move(done));
}

// Deletes the issued PDFs older than `retentionDays` (0: none) under `documentDir`, on the worker, and records
// the sweep in the audit trail (documents.purged, actor "system": the retention is the office's rule, not a person's).
void sweepExpiredDocuments(CounterBackground& background, const QString& documentDir, int retentionDays);

// Sets who acts in every registry read, issuance and audit event from now on.
void setBackgroundActor(CounterBackground& background, const audit::Actor& actor, const staff::Principal& principal);

} // namespace madoguchi::counter
