// The counter's worker thread: its own store connections, the registry, issuance, audit and staff look-ups.
#include "CounterBackground.h"

#include "CardSecret.h"
#include "CounterAccess.h"
#include "CounterRegistry.h"
#include "Renderer.h"
#include "TemplateLibrary.h"
#include "audit/AuditTrail.h"
#include "issuance/DocumentRetention.h"
#include "kiosk/PreEntryStore.h"
#include "store/Connection.h"
#include "store/StoreLocations.h"
#include "supervisor/VoidRequests.h"
#include "visit/VisitLogging.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <optional>

namespace madoguchi::counter {

// The longest a central query of the counter may run (ms). Registry look-ups and issuance take milliseconds.
constexpr int kCentralStatementTimeoutMs = 15000;

// Everything the worker owns; created, used and destroyed on the worker thread only.
struct BackgroundParts {
    QString centralLocation;
    const privacy::KeyRing* keys = nullptr;
    const visit::Clock* clock = nullptr;
    std::atomic<bool>* centralOpen = nullptr;
    QString terminalId;
    staff::SignInPolicy signInPolicy;
    audit::Actor actor;
    staff::Principal principal; // who signed in at this counter: the reception queue's calls are theirs
    bool someoneSignedIn = false;
    store::Connection local;
    std::optional<store::Connection> central;
    std::unique_ptr<audit::AuditTrail> trail;
    std::unique_ptr<print::Renderer> renderer;
    std::unique_ptr<CounterIssuance> issuance;
    std::unique_ptr<CounterAccess> access;
    std::unique_ptr<CounterRegistry> registry;
    std::unique_ptr<CounterStaff> staff;
    bool localOpen = false; // the local store and what is built on it (the worker's first job)

    // Opens the central store if it is not open yet (this is where a central server that does not answer is waited
    // for: here, never on the GUI thread). The registry and staff look-ups are rebuilt over what is open.
    void ensureCentral() {
        if (central && central->isOpen())
            return;
        central.reset();
        auto opened = store::openCentral(centralLocation);
        if (opened) {
            central.emplace(std::move(*opened.value));
            // A counter's look-ups and issuances are short: one that the server never finishes is given up, so the
            // worker is free for the next request and the clerk is told the centre does not answer.
            if (central->backend() == store::Backend::Postgres)
                central->exec(QStringLiteral("SET statement_timeout = %1").arg(kCentralStatementTimeoutMs));
            // Central step 15 needs the office key: the pre-entries sealed before it are bound to their tickets now.
            if (keys) {
                if (const Result<int> upgraded = kiosk::PreEntryStore::upgradeSealing(*central, *keys); !upgraded)
                    qCWarning(lcVisit).noquote() << "pre-entries not re-sealed:" << upgraded.outcome.detail;
            }
        } else
            qCWarning(lcVisit) << "central store not available:" << opened.outcome.detail;
        centralOpen->store(central.has_value());
        const store::Connection* c = central ? &*central : nullptr;
        registry = std::make_unique<CounterRegistry>(c, *trail);
        registry->setActor(actor);
        // A session in progress keeps its sign-in (its sign-out is audited by the same object).
        if (!staff || (c && !someoneSignedIn))
            staff = std::make_unique<CounterStaff>(c, local, *trail, terminalId, signInPolicy,
                                                   [this](const SignIn& who) { someoneSignedIn = who.ok; });
    }
};

std::unique_ptr<CounterBackground> CounterBackground::start(Config config) {
    std::unique_ptr<CounterBackground> background(new CounterBackground);
    background->m_thread.setObjectName(QStringLiteral("counter-background"));
    background->m_context = new QObject;
    background->m_context->moveToThread(&background->m_thread);
    background->m_thread.start();

    auto parts = std::make_unique<BackgroundParts>();
    BackgroundParts* p = parts.get();
    p->centralLocation = config.centralLocation;
    p->keys = config.keys;
    p->clock = config.clock;
    p->centralOpen = &background->m_centralOpen;
    p->terminalId = config.terminalId;
    p->signInPolicy = config.signInPolicy;
    background->m_parts = std::move(parts);
    // The first job: what every later job needs. Queued, not waited for: the jobs posted next run after it.
    QMetaObject::invokeMethod(
        background->m_context,
        [p, config = std::move(config)] {
            p->renderer = std::make_unique<print::Renderer>(print::TemplateLibrary::load(config.templateDirs));
            auto local = store::Connection::openSqlite(config.localPath);
            if (!local) {
                qCCritical(lcVisit).noquote()
                    << "the terminal's store did not open on the worker:" << local.outcome.detail;
                if (config.refused)
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(), [refused = config.refused, why = local.outcome] { refused(why); },
                        Qt::QueuedConnection);
                return;
            }
            p->local = std::move(*local.value);
            p->trail = std::make_unique<audit::AuditTrail>(p->local, *p->keys);
            p->trail->setClock([clock = p->clock] { return clock->now(); }); // one clock for every time of a visit
            p->issuance = std::make_unique<CounterIssuance>(p->local, *p->keys, *p->renderer, *p->clock, config.office);
            p->access = std::make_unique<CounterAccess>(p->local, *p->trail);
            // Until the central store answers, the registry says it is unreachable.
            p->registry = std::make_unique<CounterRegistry>(nullptr, *p->trail);
            p->localOpen = true;
        },
        Qt::QueuedConnection);
    background->post([](BackgroundParts& parts) { parts.ensureCentral(); });
    return background;
}

CounterBackground::~CounterBackground() {
    // The connections are closed on the thread that opened them, after the jobs already posted. Blocking: a queued
    // delete posted just before quit() may never run (the loop can exit first), leaking every store the parts own.
    if (m_parts) {
        BackgroundParts* parts = m_parts.release();
        QMetaObject::invokeMethod(
            m_context, [parts] { delete parts; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has ended: nothing else can touch it
}

void CounterBackground::post(std::function<void(BackgroundParts&)> job) {
    BackgroundParts* parts = m_parts.get();
    if (!parts)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [parts, job = std::move(job)] {
            if (parts->localOpen) // not when the local store did not open (Config::refused was told)
                job(*parts);
        },
        Qt::QueuedConnection);
}

void sweepExpiredDocuments(CounterBackground& background, const QString& documentDir, int retentionDays) {
    if (retentionDays <= 0)
        return;
    background.post([documentDir, retentionDays](BackgroundParts& parts) {
        const issuance::RetentionSweep sweep =
            issuance::removeExpiredDocuments(documentDir, parts.clock->now().toLocalTime().date(), retentionDays);
        for (const QString& failure : sweep.failures)
            qCWarning(lcVisit) << "retention: could not delete" << failure;
        if (sweep.dayFolders.isEmpty() && sweep.failures.isEmpty())
            return;
        audit::Actor system;
        system.terminalId = parts.terminalId;
        system.reason =
            QStringLiteral("retention %1 days: %2 files in %3 day folders (%4 … %5)%6")
                .arg(retentionDays)
                .arg(sweep.files)
                .arg(sweep.dayFolders.size())
                .arg(sweep.dayFolders.value(0), sweep.dayFolders.value(sweep.dayFolders.size() - 1))
                .arg(sweep.failures.isEmpty() ? QString() : QStringLiteral(", %1 left").arg(sweep.failures.size()));
        QString detail;
        if (!parts.trail->append(system, QStringLiteral("documents.purged"), documentDir, &detail))
            qCWarning(lcVisit) << "retention: the sweep could not be audited:" << detail;
        qCInfo(lcVisit).noquote() << "retention:" << system.reason;
    });
}

void setBackgroundActor(CounterBackground& background, const audit::Actor& actor, const staff::Principal& principal) {
    background.post([actor, principal](BackgroundParts& parts) {
        parts.actor = actor;
        parts.registry->setActor(actor);
        parts.issuance->setActor(actor);
        parts.access->setActor(actor);
        parts.access->setPrincipal(principal);
        parts.principal = principal;
    });
}

Outcome runOnQueue(BackgroundParts& parts, const queue::QueueRules& rules,
                   const std::function<void(queue::TicketQueue&, const staff::Principal&)>& job) {
    parts.ensureCentral();
    if (!parts.central)
        return Outcome::failure(QCoreApplication::translate("ReceptionQueue",
                                                            "The reception queue is not reachable (central store). "
                                                            "F3 still numbers a resident in front of you."),
                                QStringLiteral("central store not open"));
    queue::TicketQueue tickets(*parts.central, *parts.clock, parts.terminalId, rules);
    job(tickets, parts.principal);
    return Outcome::success();
}

Outcome runOnCentral(BackgroundParts& parts, const std::function<void(CentralParts&)>& job) {
    parts.ensureCentral();
    if (!parts.central)
        return Outcome::failure(
            QCoreApplication::translate("ReceptionQueue", "The reception queue is not reachable (central store)."),
            QStringLiteral("central store not open"));
    CentralParts central{*parts.central, *parts.keys,     *parts.renderer, *parts.trail,
                         parts.actor,    parts.principal, *parts.clock,    parts.terminalId};
    job(central);
    return Outcome::success();
}

void runOnStores(BackgroundParts& parts,
                 const std::function<void(const store::Connection& local, const store::Connection* central)>& job) {
    parts.ensureCentral();
    job(parts.local, parts.central ? &*parts.central : nullptr);
}

Outcome runOnPreEntries(BackgroundParts& parts,
                        const std::function<void(kiosk::PreEntryStore&, const staff::Principal&)>& job) {
    parts.ensureCentral();
    if (!parts.central)
        return Outcome::failure(
            QCoreApplication::translate("ReceptionQueue", "The kiosk's pre-entry is not reachable (central store)."),
            QStringLiteral("central store not open"));
    kiosk::PreEntryStore store(*parts.central, *parts.keys, parts.terminalId);
    job(store, parts.principal);
    return Outcome::success();
}

// ---------------------------------------------------------------- ports

BackgroundRegistry::BackgroundRegistry(CounterBackground& background, QObject* parent)
    : QObject(parent)
    , m_background(background) {}

void BackgroundRegistry::matchCard(const visit::CardFace& face, std::function<void(visit::LookupOutcome)> done) {
    m_background.ask<visit::LookupOutcome>(
        this,
        [face](BackgroundParts& parts) {
            parts.ensureCentral();
            return parts.registry->matchCard(face);
        },
        std::move(done));
}

void BackgroundRegistry::search(const visit::RegistrySearch& search, std::function<void(visit::LookupOutcome)> done) {
    m_background.ask<visit::LookupOutcome>(
        this,
        [search](BackgroundParts& parts) {
            parts.ensureCentral();
            return parts.registry->search(search);
        },
        std::move(done));
}

void BackgroundRegistry::household(const QString& residentId, std::function<void(visit::HouseholdOutcome)> done) {
    m_background.ask<visit::HouseholdOutcome>(
        this,
        [residentId](BackgroundParts& parts) {
            parts.ensureCentral();
            return parts.registry->household(residentId);
        },
        std::move(done));
}

BackgroundIssuance::BackgroundIssuance(CounterBackground& background, QObject* parent)
    : QObject(parent)
    , m_background(background) {}

void BackgroundIssuance::issue(const visit::IssueRequest& request, std::function<void(visit::IssueOutcome)> done) {
    m_background.ask<visit::IssueOutcome>(
        this, [request](BackgroundParts& parts) { return parts.issuance->issueNow(request); }, std::move(done));
}

namespace {

// Runs `job` with a VoidDesk over the worker's stores as the signed-in person; when the central store does not
// answer, `unreachable` gets the reason instead.
template <typename T>
T onVoidDesk(BackgroundParts& parts, const std::function<T(supervisor::VoidDesk&, const staff::Principal&)>& job,
             const std::function<T(const Outcome&)>& unreachable) {
    parts.ensureCentral();
    if (!parts.central)
        return unreachable(Outcome::failure(
            QCoreApplication::translate("DocumentDesk", "The central database does not answer: issued certificates "
                                                        "are looked up there. Try again when the terminal is "
                                                        "online."),
            QStringLiteral("central store not open")));
    supervisor::VoidDesk desk(parts.local, *parts.central, *parts.keys,
                              {parts.principal.staffId, parts.terminalId, {}});
    desk.setClock([clock = parts.clock] { return clock->now(); });
    return job(desk, parts.principal);
}

} // namespace

BackgroundDocuments::BackgroundDocuments(CounterBackground& background)
    : m_background(background) {}

void BackgroundDocuments::find(QObject* context, const QString& serialOrScan,
                               std::function<void(Result<supervisor::DocumentInfo>)> done) {
    using R = Result<supervisor::DocumentInfo>;
    m_background.ask<R>(
        context,
        [serialOrScan](BackgroundParts& parts) {
            return onVoidDesk<R>(
                parts,
                [&](supervisor::VoidDesk& desk, const staff::Principal& who) {
                    return desk.document(who, serialOrScan);
                },
                [](const Outcome& why) { return R::refused(why); });
        },
        std::move(done));
}

void BackgroundDocuments::requestVoid(QObject* context, const QString& serial, const QString& reason,
                                      std::function<void(Result<QString>)> done) {
    using R = Result<QString>;
    m_background.ask<R>(
        context,
        [serial, reason](BackgroundParts& parts) {
            return onVoidDesk<R>(
                parts,
                [&](supervisor::VoidDesk& desk, const staff::Principal& who) {
                    return desk.requestVoid(who, serial, reason);
                },
                [](const Outcome& why) { return R::refused(why); });
        },
        std::move(done));
}

void BackgroundDocuments::voidDirectly(QObject* context, const QString& serial, const QString& reason,
                                       std::function<void(Outcome)> done) {
    m_background.ask<Outcome>(
        context,
        [serial, reason](BackgroundParts& parts) {
            return onVoidDesk<Outcome>(
                parts,
                [&](supervisor::VoidDesk& desk, const staff::Principal& who) {
                    return desk.voidDirectly(who, serial, reason);
                },
                [](const Outcome& why) { return why; });
        },
        std::move(done));
}

void BackgroundDocuments::reissue(QObject* context, const QString& serial, const QString& reason,
                                  std::function<void(Result<supervisor::Reissued>)> done) {
    using R = Result<supervisor::Reissued>;
    m_background.ask<R>(
        context,
        [serial, reason](BackgroundParts& parts) {
            return onVoidDesk<R>(
                parts,
                [&](supervisor::VoidDesk& desk, const staff::Principal& who) {
                    R reissued = desk.reissue(who, serial, reason);
                    // The new paper, from what the old one printed, before the answer goes back to the window.
                    if (reissued) {
                        supervisor::Reissued& r = *reissued.value;
                        r.pdfPath = parts.issuance->renderReissue(r.printed, r.document.visitId, r.document.serial,
                                                                  r.verificationCode, &r.certificate, &r.printProblem);
                        card::secureWipe(r.printed);
                    }
                    return reissued;
                },
                [](const Outcome& why) { return R::refused(why); });
        },
        std::move(done));
}

void BackgroundIssuance::preview(const visit::IssueRequest& request, std::function<void(visit::PreviewOutcome)> done) {
    // Rendered on the worker: fonts and layout never on the window's thread.
    m_background.ask<visit::PreviewOutcome>(
        this, [request](BackgroundParts& parts) { return parts.issuance->previewNow(request); }, std::move(done));
}

BackgroundAccess::BackgroundAccess(CounterBackground& background)
    : m_background(background) {}

void BackgroundAccess::record(const QString& action, const QString& subject, const QString& reason) {
    m_background.post(
        [action, subject, reason](BackgroundParts& parts) { parts.access->record(action, subject, reason); });
}

Outcome BackgroundAccess::authorize(staff::Action action) {
    Outcome allowed = staff::authorize(m_principal, action);
    if (!allowed) // the same check again on the worker, which writes the refusal into the audit trail
        m_background.post([action](BackgroundParts& parts) { parts.access->authorize(action); });
    return allowed;
}

BackgroundStaff::BackgroundStaff(CounterBackground& background, std::function<void(const SignIn&)> changed,
                                 QObject* parent)
    : QObject(parent)
    , m_background(background)
    , m_changed(std::move(changed)) {}

void BackgroundStaff::signOut(const QString& reason) {
    m_background.post([reason](BackgroundParts& parts) {
        if (parts.staff)
            parts.staff->signOut(reason);
    });
    if (m_changed)
        m_changed({});
}

SignIn BackgroundStaff::askWorker(const std::function<SignIn(BackgroundParts&)>& job) {
    if (m_busy) {
        SignIn busy;
        busy.message = QCoreApplication::translate("CounterStaff", "Still checking the last sign-in; wait a moment.");
        return busy;
    }
    m_busy = true;
    // The window keeps handling events (and painting) while the staff accounts are checked on the worker.
    QEventLoop loop;
    std::optional<SignIn> answer;
    m_background.ask<SignIn>(
        this,
        [job](BackgroundParts& parts) {
            parts.ensureCentral();
            return job(parts);
        },
        [&answer, &loop](const SignIn& result) {
            answer = result;
            loop.quit();
        });
    if (!answer)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    m_busy = false;
    return answer.value_or(SignIn{});
}

SignIn BackgroundStaff::signIn(const QString& staffId, const QString& password) {
    const SignIn result =
        askWorker([staffId, password](BackgroundParts& parts) { return parts.staff->signIn(staffId, password); });
    if (result.ok && m_changed)
        m_changed(result);
    return result;
}

void BackgroundStaff::lock() {
    m_background.post([](BackgroundParts& parts) {
        if (parts.staff)
            parts.staff->lock();
    });
}

SignIn BackgroundStaff::unlock(const QString& login, const QString& password) {
    const SignIn result =
        askWorker([login, password](BackgroundParts& parts) { return parts.staff->unlock(login, password); });
    // A supervisor who opened the lock acts from here on; the same clerk changes nothing.
    if (result.ok && !result.displayName.isEmpty() && m_changed)
        m_changed(result);
    return result;
}

} // namespace madoguchi::counter
