// Everything a counter needs, opened from the settings.
#include "CounterServices.h"

#include "CardAccess.h"
#include "CounterAccess.h"
#include "CounterCard.h"
#include "CounterCatalogue.h"
#include "CounterIssuance.h"
#include "CounterRegistry.h"
#include "DocumentTemplates.h"
#include "ReceptionQueue.h"
#include "Renderer.h"
#include "ResidentLanguages.h"
#include "Settings.h"
#include "audit/AuditTrail.h"
#include "catalogue/Catalogue.h"
#include "privacy/KeyRing.h"
#include "store/StoreLocations.h"
#include "sync/Synchroniser.h"

#include <QCoreApplication>

#include <optional>

namespace madoguchi::counter {
namespace {

// The Synchroniser as the clerk's window sees it.
class CounterSync final : public SyncState {
public:
    CounterSync(const QString& localPath, const QString& central, const QString& terminalId)
        : m_sync(localPath, central, sync::SyncOptions{terminalId, 200, -1}) {
        connect(&m_sync, &sync::Synchroniser::onlineChanged, this, &SyncState::changed);
        connect(&m_sync, &sync::Synchroniser::waitingChanged, this, &SyncState::changed);
    }
    bool online() const override { return m_sync.isOnline(); }
    int waiting() const override { return std::max(0, m_sync.waiting()); }
    void syncNow() override { m_sync.syncNow(); }
    void start() { m_sync.start(); }
    void stop() { m_sync.stop(); }

private:
    sync::Synchroniser m_sync;
};

} // namespace

struct CounterServices::Parts {
    visit::SystemClock systemClock;
    const visit::Clock* clock = nullptr;
    QString terminalId;
    QString documentDir;
    store::Connection local;
    std::optional<store::Connection> central;
    std::optional<privacy::KeyRing> keys;
    std::unique_ptr<audit::AuditTrail> trail;
    std::unique_ptr<CardAccess> cardAccess;
    std::unique_ptr<CounterCard> card;
    std::unique_ptr<CounterRegistry> registry;
    std::unique_ptr<CounterCatalogue> catalogue;
    std::unique_ptr<print::Renderer> renderer;
    std::unique_ptr<CounterIssuance> issuance;
    std::unique_ptr<CounterAccess> access;
    std::unique_ptr<CounterStaff> staff;
    std::unique_ptr<CounterSync> sync;
    std::unique_ptr<ReceptionQueue> queue;
    std::unique_ptr<ResidentLanguages> languages;
    std::unique_ptr<visit::VisitWorkflow> visit;
};

CounterServices::CounterServices()
    : m(std::make_unique<Parts>()) {}

CounterServices::~CounterServices() {
    if (m->visit)
        m->visit.reset(); // drops the resident's data first
    if (m->sync)
        m->sync->stop();
    if (m->card)
        m->card->waitForIdle();
}

Result<std::unique_ptr<CounterServices>> CounterServices::open(const Settings& settings, Options options) {
    using R = Result<std::unique_ptr<CounterServices>>;
    std::unique_ptr<CounterServices> services(new CounterServices);
    Parts& p = *services->m;
    p.clock = options.clock ? options.clock : &p.systemClock;
    p.terminalId = store::terminalId(settings);
    p.documentDir = settings.value(QStringLiteral("print/document_dir"));

    auto local = store::openLocal(settings);
    if (!local)
        return R::refused(local.outcome);
    p.local = std::move(*local.value);
    auto keys = privacy::KeyRing::load(settings.value(QStringLiteral("privacy/key_file")));
    if (!keys)
        return R::refused(keys.outcome);
    p.keys.emplace(std::move(*keys.value));
    // The central store may be away: the counter still starts, and says so where it matters.
    const QString centralLocation = store::centralLocation(settings);
    auto central = store::openCentral(centralLocation);
    if (central)
        p.central.emplace(std::move(*central.value));
    else
        qWarning("central store not available at start: %s", qPrintable(central.outcome.detail));

    const catalogue::CatalogueLoad catalogue =
        catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
    if (!catalogue.ok())
        return R::refused(
            Outcome::failure(QCoreApplication::translate("CounterServices", "The procedures catalogue has errors: %1")
                                 .arg(catalogue.errors.first().message),
                             catalogue.errors.first().detail));

    p.trail = std::make_unique<audit::AuditTrail>(p.local, *p.keys);
    p.trail->setClock([clock = p.clock] { return clock->now(); }); // one clock for every time of a visit
    if (options.cardTransport) {
        p.card = std::make_unique<CounterCard>(std::move(options.cardTransport));
    } else {
        p.cardAccess = std::make_unique<CardAccess>(settings);
        p.card = std::make_unique<CounterCard>(p.cardAccess->transportFactory());
    }
    p.registry = std::make_unique<CounterRegistry>(p.central ? &*p.central : nullptr, *p.trail);
    p.catalogue = std::make_unique<CounterCatalogue>(catalogue.catalogue);
    p.renderer = std::make_unique<print::Renderer>(DocumentTemplates::load(settings));
    p.issuance = std::make_unique<CounterIssuance>(
        p.local, *p.keys, *p.renderer, *p.registry, *p.clock,
        CounterIssuance::Office{settings.value(QStringLiteral("office/addressee")),
                                settings.value(QStringLiteral("office/issuer")), p.documentDir});
    p.access = std::make_unique<CounterAccess>(p.local, *p.trail);
    p.staff = std::make_unique<CounterStaff>(p.central ? &*p.central : nullptr, p.local);
    p.sync = std::make_unique<CounterSync>(settings.localDatabasePath(), centralLocation, p.terminalId);
    p.queue = std::make_unique<ReceptionQueue>();
    p.languages = std::make_unique<ResidentLanguages>();
    p.visit = std::make_unique<visit::VisitWorkflow>(visit::VisitServices{
        p.card.get(), p.registry.get(), p.catalogue.get(), p.issuance.get(), p.access.get(), p.clock});
    services->setClerk({});
    if (options.startSync)
        p.sync->start();
    return R::of(std::move(services));
}

visit::VisitWorkflow& CounterServices::visit() {
    return *m->visit;
}
ReceptionQueue& CounterServices::queue() {
    return *m->queue;
}
StaffDirectory& CounterServices::staff() {
    return *m->staff;
}
SyncState& CounterServices::sync() {
    return *m->sync;
}
const ResidentLanguages& CounterServices::languages() const {
    return *m->languages;
}
QString CounterServices::terminalId() const {
    return m->terminalId;
}
QString CounterServices::documentDir() const {
    return m->documentDir;
}
void CounterServices::waitForCard() {
    m->card->waitForIdle();
}

void CounterServices::setClerk(const SignIn& clerk) {
    const audit::Actor actor{clerk.staffId, m->terminalId, QStringLiteral("counter visit")};
    m->registry->setActor(actor);
    m->issuance->setActor(actor);
    m->access->setActor(actor);
}

} // namespace madoguchi::counter
