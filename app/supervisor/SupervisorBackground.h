// The supervisor screen's worker thread: its own connections to this terminal's store and the central store, the
// audit trail and the staff sign-in; every query of the supervisor's work runs here, never on the GUI thread.
#pragma once

#include "Outcome.h"
#include "counter/CounterPorts.h"
#include "staff/StaffSignIn.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace madoguchi::privacy {
class KeyRing;
}
namespace madoguchi::store {
class Connection;
}
namespace madoguchi::audit {
class AuditTrail;
}
namespace madoguchi::print {
class Renderer;
}

namespace madoguchi::supervisor {

// What a job on the worker gets: the stores (central opened on first need), the keys, who signed in.
class SupervisorParts {
public:
    virtual ~SupervisorParts() = default;
    virtual const store::Connection& local() const = 0;
    // The central store, opened if it is not yet (this is where a slow server is waited for); null when it does not
    // answer, with the reason in `why`.
    virtual const store::Connection* central(Outcome* why = nullptr) = 0;
    virtual const privacy::KeyRing& keys() const = 0;
    virtual audit::AuditTrail& trail() = 0;
    virtual QString terminalId() const = 0;
    virtual const staff::Principal& who() const = 0;
    // The document templates (the 窓口業務日報); null when none were given.
    virtual const print::Renderer* renderer() const = 0;
    // Where the supervisor's printouts are written (the 日報 under nippo/).
    virtual QString documentDir() const = 0;
    // Sends this terminal's audit events (the supervisor's decisions) to the centre now; false when it did not take
    // them (they go with the next try). Call after each change, on the worker.
    virtual bool deliver() = 0;
};

// One worker thread; jobs run one after the other in the order posted (the audit chain has one writer).
class SupervisorBackground final {
public:
    struct Config {
        QString localPath;
        QString centralLocation;
        const privacy::KeyRing* keys = nullptr;
        QString terminalId;
        staff::SignInPolicy signInPolicy;
        std::shared_ptr<const print::Renderer> renderer; // used on the worker only from now on
        QString documentDir;
    };

    // Starts the thread and opens the local store on it (waiting for that only).
    static Result<std::unique_ptr<SupervisorBackground>> start(Config config);
    ~SupervisorBackground(); // finishes the running job, closes the connections on their thread

    void post(std::function<void(SupervisorParts&)> job);
    // Runs `job` on the worker; `done` is called on `context`'s thread, unless `context` is gone by then.
    template <typename T>
    void ask(QObject* context, std::function<T(SupervisorParts&)> job, std::function<void(T)> done) {
        QPointer<QObject> guard(context);
        post([guard, job = std::move(job), done = std::move(done)](SupervisorParts& parts) {
            T answer = job(parts);
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [done, answer = std::move(answer)] { done(answer); }, Qt::QueuedConnection);
        });
    }

    // Sign-in (on the worker): the staff account checked as at the counter (central or synced copy, back-off,
    // lockout, audited), then the core's role check for the supervisor's work (ViewSupervisorDay, audited): a clerk,
    // admin or kiosk account is refused there and signed out again.
    void signIn(QObject* context, const QString& login, const QString& password,
                std::function<void(counter::SignIn)> done);
    void signOut(const QString& reason);

    // PostgreSQL: LISTEN on supervisor::kDayNotifyChannel on the worker's central connection (again after it was
    // opened anew); `changed` is called on `context`'s thread for every notification. `ready` tells whether it
    // listens: false on the embedded store or when LISTEN failed (then poll).
    void watchCentre(QObject* context, std::function<void()> changed, std::function<void(bool)> ready);

    // Blocks until every job posted so far has run (tests, shutdown).
    void drain();

private:
    SupervisorBackground() = default;
    struct Parts;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    std::unique_ptr<Parts> m_parts;
};

} // namespace madoguchi::supervisor
