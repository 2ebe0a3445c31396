// The supervisor screen's worker thread: connections, audit trail and sign-in owned by the worker.
#include "SupervisorBackground.h"

#include "DataLogging.h"
#include "Renderer.h"
#include "audit/AuditTrail.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "store/StoreLocations.h"
#include "sync/SyncRound.h"

#include "supervisor/DayBoard.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace madoguchi::supervisor {

// The longest one supervisor query may run on a server (ms): a month's KPIs take well under a second.
constexpr int kCentralStatementTimeoutMs = 30000;

struct SupervisorBackground::Parts final : SupervisorParts {
    QString centralLocation;
    const privacy::KeyRing* keyRing = nullptr;
    QString terminal;
    staff::SignInPolicy policy;
    store::Connection localStore;
    std::optional<store::Connection> centralStore;
    std::unique_ptr<audit::AuditTrail> auditTrail;
    staff::Principal principal;
    std::shared_ptr<const print::Renderer> templates;
    QString documents;
    QObject* context = nullptr;         // the worker's object (notifications are delivered to it)
    std::function<void()> onDayChanged; // set by watchCentre
    bool listening = false;

    bool listen() {
        if (!centralStore || centralStore->backend() != store::Backend::Postgres || !onDayChanged)
            return false;
        if (listening)
            return true;
        QSqlDriver* driver = centralStore->db().driver();
        if (!driver->subscribeToNotification(QLatin1String(kDayNotifyChannel))) {
            qCWarning(lcStore).noquote() << "supervisor: cannot LISTEN on" << kDayNotifyChannel << ":"
                                         << driver->lastError().text() << "- polling instead";
            return false;
        }
        QObject::connect(driver, &QSqlDriver::notification, context,
                         [this](const QString&, QSqlDriver::NotificationSource, const QVariant&) {
                             if (onDayChanged)
                                 onDayChanged();
                         });
        listening = true;
        qCInfo(lcStore) << "supervisor: listening for changes of the day on" << kDayNotifyChannel;
        return true;
    }

    const print::Renderer* renderer() const override { return templates.get(); }
    QString documentDir() const override { return documents; }
    bool deliver() override {
        const store::Connection* c = central(nullptr);
        if (!c)
            return false;
        const auto sent = sync::syncOnce(localStore, *c, {terminal, 100, -1});
        if (!sent)
            qCWarning(lcStore) << "supervisor events kept for the next sync:" << sent.outcome.detail;
        return bool(sent);
    }

    const store::Connection& local() const override { return localStore; }
    const privacy::KeyRing& keys() const override { return *keyRing; }
    audit::AuditTrail& trail() override { return *auditTrail; }
    QString terminalId() const override { return terminal; }
    const staff::Principal& who() const override { return principal; }

    const store::Connection* central(Outcome* why) override {
        if (centralStore && centralStore->isOpen())
            return &*centralStore;
        centralStore.reset();
        listening = false;
        auto opened = store::openCentral(centralLocation);
        if (!opened) {
            qCWarning(lcStore) << "central store not available:" << opened.outcome.detail;
            if (why)
                *why = opened.outcome;
            return nullptr;
        }
        centralStore.emplace(std::move(*opened.value));
        if (centralStore->backend() == store::Backend::Postgres)
            centralStore->exec(QStringLiteral("SET statement_timeout = %1").arg(kCentralStatementTimeoutMs));
        listen();
        return &*centralStore;
    }
};

Result<std::unique_ptr<SupervisorBackground>> SupervisorBackground::start(Config config) {
    using R = Result<std::unique_ptr<SupervisorBackground>>;
    std::unique_ptr<SupervisorBackground> background(new SupervisorBackground);
    background->m_thread.setObjectName(QStringLiteral("supervisor-background"));
    background->m_context = new QObject;
    background->m_context->moveToThread(&background->m_thread);
    QObject::connect(&background->m_thread, &QThread::finished, background->m_context, &QObject::deleteLater);
    background->m_thread.start();

    auto parts = std::make_unique<Parts>();
    Parts* p = parts.get();
    p->centralLocation = config.centralLocation;
    p->keyRing = config.keys;
    p->terminal = config.terminalId;
    p->policy = config.signInPolicy;
    p->templates = std::move(config.renderer);
    p->documents = config.documentDir;
    p->context = background->m_context;
    Outcome opened;
    QMetaObject::invokeMethod(
        background->m_context,
        [p, &opened, &config] {
            auto local = store::Connection::openSqlite(config.localPath);
            if (!local) {
                opened = local.outcome;
                return;
            }
            if (Outcome migrated = store::Migrations::migrate(*local.value, store::Schema::Local); !migrated) {
                opened = migrated;
                return;
            }
            p->localStore = std::move(*local.value);
            p->auditTrail = std::make_unique<audit::AuditTrail>(p->localStore, *p->keyRing);
        },
        Qt::BlockingQueuedConnection);
    if (!opened)
        return R::refused(opened); // nothing was opened
    background->m_parts = std::move(parts);
    return R::of(std::move(background));
}

SupervisorBackground::~SupervisorBackground() {
    // Blocking, after the jobs already posted: a queued delete posted just before quit() may never run (the loop can
    // exit first), leaking the stores and the renderer's templates the parts own (LeakSanitizer at the end of
    // tst_supervisorwindow).
    if (m_parts) {
        Parts* parts = m_parts.release();
        QMetaObject::invokeMethod(
            m_context, [parts] { delete parts; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void SupervisorBackground::post(std::function<void(SupervisorParts&)> job) {
    Parts* parts = m_parts.get();
    if (!parts)
        return;
    QMetaObject::invokeMethod(
        m_context, [parts, job = std::move(job)] { job(*parts); }, Qt::QueuedConnection);
}

void SupervisorBackground::drain() {
    if (m_parts)
        QMetaObject::invokeMethod(
            m_context, [] {}, Qt::BlockingQueuedConnection);
}

void SupervisorBackground::signIn(QObject* context, const QString& login, const QString& password,
                                  std::function<void(counter::SignIn)> done) {
    Parts* parts = m_parts.get();
    ask<counter::SignIn>(
        context,
        [parts, login, password](SupervisorParts&) {
            counter::SignIn result;
            const store::Connection* central = parts->central(nullptr);
            staff::StaffSignIn checker(central, parts->localStore, *parts->auditTrail, parts->terminal, parts->policy);
            QString typed = password;
            staff::SignInResult checked = checker.signIn(login, typed);
            if (!checked.ok()) {
                qCInfo(lcStore).noquote() << checked.outcome.detail;
                result.message = checked.outcome.message;
                return result;
            }
            if (Outcome allowed =
                    staff::authorizeAudited(checked.principal, staff::Action::ViewSupervisorDay, parts->localStore,
                                            *parts->auditTrail, parts->terminal, QStringLiteral("supervisor"));
                !allowed) {
                checker.signOut(checked.principal, QStringLiteral("role may not use supervisor mode"));
                result.message = QCoreApplication::translate("supervisor", "Only a supervisor account opens "
                                                                           "supervisor mode.") +
                                 QLatin1Char(' ') + allowed.message;
                return result;
            }
            if (parts->principal.signedIn)
                checker.signOut(parts->principal, QStringLiteral("another staff member signed in"));
            parts->principal = checked.principal;
            result.ok = true;
            result.staffId = checked.principal.staffId;
            result.displayName = checked.displayName;
            result.principal = checked.principal;
            return result;
        },
        std::move(done));
}

void SupervisorBackground::watchCentre(QObject* context, std::function<void()> changed,
                                       std::function<void(bool)> ready) {
    Parts* parts = m_parts.get();
    QPointer<QObject> guard(context);
    ask<bool>(
        context,
        [parts, guard, changed = std::move(changed)](SupervisorParts&) {
            parts->onDayChanged = [guard, changed] {
                if (guard)
                    QMetaObject::invokeMethod(guard.data(), changed, Qt::QueuedConnection);
            };
            parts->central(nullptr);
            return parts->listen();
        },
        std::move(ready));
}

void SupervisorBackground::signOut(const QString& reason) {
    Parts* parts = m_parts.get();
    post([parts, reason](SupervisorParts&) {
        if (!parts->principal.signedIn)
            return;
        staff::StaffSignIn checker(parts->centralStore ? &*parts->centralStore : nullptr, parts->localStore,
                                   *parts->auditTrail, parts->terminal, parts->policy);
        checker.signOut(parts->principal, reason);
        parts->principal = {};
    });
}

} // namespace madoguchi::supervisor
