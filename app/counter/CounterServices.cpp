// Everything a counter needs, opened from the settings.
#include "CounterServices.h"

#include "CardAccess.h"
#include "CatalogueSources.h"
#include "CoreLogging.h"
#include "CounterAccess.h"
#include "CounterBackground.h"
#include "CounterCard.h"
#include "CounterCatalogue.h"
#include "CounterIssuance.h"
#include "CounterPrinting.h"
#include "CounterSync.h"
#include "DocumentTemplates.h"
#include "Interpreters.h"
#include "ReceptionQueue.h"
#include "Renderer.h"
#include "ResidentGuidance.h"
#include "ResidentLanguages.h"
#include "Settings.h"
#include "catalogue/Catalogue.h"
#include "privacy/KeyRing.h"
#include "privacy/SealedValues.h"
#include "queue/CounterGroups.h"
#include "store/StoreLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QThreadPool>

#include <optional>

namespace madoguchi::counter {

struct CounterServices::Parts {
    visit::SystemClock systemClock;
    const visit::Clock* clock = nullptr;
    QString terminalId;
    QString documentDir;
    QString catalogueRefusal;
    InterpreterServices interpreters;
    QString interpreterRefusal;
    std::optional<privacy::KeyRing> keys;
    std::unique_ptr<CounterBackground> background; // the stores, on their own thread
    QObject answers;                               // where the background's answers arrive (GUI thread)
    std::unique_ptr<CardAccess> cardAccess;
    std::unique_ptr<CounterCard> card;
    std::unique_ptr<BackgroundRegistry> registry;
    std::unique_ptr<CounterCatalogue> catalogue;
    std::unique_ptr<BackgroundIssuance> issuance;
    std::unique_ptr<BackgroundAccess> access;
    std::unique_ptr<BackgroundStaff> staff;
    std::unique_ptr<BackgroundDocuments> documents;
    std::unique_ptr<CounterPrinting> printing;
    std::unique_ptr<CounterSync> sync;
    std::unique_ptr<ReceptionQueue> queue;
    std::unique_ptr<ResidentLanguages> languages;
    std::unique_ptr<visit::VisitWorkflow> visit;
    // Guidance sheets are rendered here, off the GUI thread; its destructor waits for the last one.
    QThreadPool guidancePool;
    QString lastGuidance;
};

CounterServices::CounterServices()
    : m(std::make_unique<Parts>()) {}

CounterServices::~CounterServices() {
    if (m->visit)
        m->visit.reset(); // drops the resident's data first
    m->printing.reset();  // stops the print worker
    if (m->sync)
        m->sync->stop();
    if (m->card)
        m->card->waitForIdle();
    m->background.reset(); // finishes what was posted (audit events included), closes the stores
}

Result<std::unique_ptr<CounterServices>> CounterServices::open(const Settings& settings, Options options) {
    using R = Result<std::unique_ptr<CounterServices>>;
    std::unique_ptr<CounterServices> services(new CounterServices);
    Parts& p = *services->m;
    p.clock = options.clock ? options.clock : &p.systemClock;
    p.terminalId = store::terminalId(settings);
    p.documentDir =
        options.documentDir.isEmpty() ? settings.value(QStringLiteral("print/document_dir")) : options.documentDir;

    // The local store is prepared (created, migrated) here; it is a file on this machine and quick.
    auto local = store::openLocal(settings);
    if (!local)
        return R::refused(local.outcome);
    auto keys = privacy::KeyRing::load(settings);
    if (!keys)
        return R::refused(keys.outcome);
    // Local schema step 9 needs the key: sealed values written before it are bound to their rows now.
    if (Outcome sealed = privacy::upgradeSealedValues(*local.value, *keys); !sealed)
        return R::refused(sealed);
    local.value.reset();
    p.keys.emplace(std::move(*keys.value));

    // A municipality catalogue with errors is refused whole: the counter starts with the last good one and says so.
    const TerminalCatalogue terminalCatalogue = CatalogueSources::load(settings);
    const catalogue::CatalogueLoad& catalogue = terminalCatalogue.load;
    if (!catalogue.ok())
        return R::refused(
            Outcome::failure(QCoreApplication::translate("CounterServices", "The procedures catalogue has errors: %1")
                                 .arg(catalogue.errors.first().message),
                             catalogue.errors.first().detail));
    p.catalogueRefusal = terminalCatalogue.refusalMessage();
    // The interpreting services: a file with errors is refused whole; the counter starts without the button and says
    // so.
    const auto interpreters = InterpreterServices::load(settings.value(QStringLiteral("interpreter/services")));
    if (interpreters) {
        p.interpreters = *interpreters;
    } else {
        p.interpreterRefusal = interpreters.outcome.message;
        qCWarning(lcCore).noquote() << "interpreting services refused:" << interpreters.outcome.detail;
    }

    // The central store may be away or slow: it is opened on the background thread, and the counter starts without
    // waiting for it (the registry says it is unreachable until it answers).
    const QString centralLocation = store::centralLocation(settings);
    CounterBackground::Config config;
    config.localPath = settings.localDatabasePath();
    config.centralLocation = centralLocation;
    config.keys = &*p.keys;
    config.templateDirs = DocumentTemplates::searchPath(settings);
    config.clock = p.clock;
    config.terminalId = p.terminalId;
    config.signInPolicy = staff::SignInPolicy::fromSettings(settings);
    config.office = CounterIssuance::Office{settings.value(QStringLiteral("office/addressee")),
                                            settings.value(QStringLiteral("office/issuer")), p.documentDir};
    // The terminal cannot work without its store: as when it is refused before the window appears.
    config.refused = [](const Outcome& why) {
        qCCritical(lcCore).noquote() << why.message << why.detail;
        QCoreApplication::exit(1);
    };
    p.background = CounterBackground::start(std::move(config));
    // PDFs past the retention period go at start, on the worker (a large folder must not hold the window).
    sweepExpiredDocuments(*p.background, p.documentDir, settings.value(QStringLiteral("print/retention_days")).toInt());

    if (options.cardTransport) {
        p.card = std::make_unique<CounterCard>(std::move(options.cardTransport));
    } else {
        p.cardAccess = std::make_unique<CardAccess>(settings);
        p.card = std::make_unique<CounterCard>(p.cardAccess->transportFactory());
    }
    p.card->setAuthenticity(CardAccess::authenticityConfig(settings), CardAccess::stopWhenNotCheckable(settings));
    p.registry = std::make_unique<BackgroundRegistry>(*p.background);
    p.catalogue = std::make_unique<CounterCatalogue>(catalogue.catalogue);
    p.issuance = std::make_unique<BackgroundIssuance>(*p.background);
    p.access = std::make_unique<BackgroundAccess>(*p.background);
    p.documents = std::make_unique<BackgroundDocuments>(*p.background);
    p.printing = std::make_unique<CounterPrinting>(printer::PrinterSetup::fromSettings(settings), *p.access);
    CounterServices* raw = services.get();
    p.staff = std::make_unique<BackgroundStaff>(*p.background, [raw](const SignIn& who) { raw->setClerk(who); });
    p.sync = std::make_unique<CounterSync>(
        settings.localDatabasePath(), centralLocation,
        sync::SyncOptions{p.terminalId, 200, -1,
                          qBound(1, settings.value(QStringLiteral("sync/set_aside_after")).toInt(), 100)});
    ReceptionQueue::Config queueConfig;
    queueConfig.counter = settings.value(QStringLiteral("queue/counter"));
    if (queueConfig.counter.isEmpty())
        queueConfig.counter = p.terminalId;
    for (const QString& group : settings.value(QStringLiteral("queue/groups")).split(QLatin1Char(',')))
        if (!group.trimmed().isEmpty())
            queueConfig.groups.append(group.trimmed());
    queueConfig.walkInGroup = settings.value(QStringLiteral("queue/walk_in_group"));
    if (queueConfig.walkInGroup.isEmpty())
        queueConfig.walkInGroup = queueConfig.groups.isEmpty() && !queue::counterGroups().isEmpty()
                                      ? queue::counterGroups().first().id
                                      : queueConfig.groups.value(0);
    queueConfig.rules.absentMinutes = qMax(0, settings.value(QStringLiteral("queue/absent_minutes")).toInt());
    queueConfig.rules.absentLimit = qMax(1, settings.value(QStringLiteral("queue/absent_limit")).toInt());
    p.queue = std::make_unique<ReceptionQueue>(*p.background, queueConfig);
    p.languages = std::make_unique<ResidentLanguages>();
    p.visit = std::make_unique<visit::VisitWorkflow>(visit::VisitServices{
        p.card.get(), p.registry.get(), p.catalogue.get(), p.issuance.get(), p.access.get(), p.clock});
    // At the end of a visit, the resident's guidance sheet in their language, next to the visit's documents. It
    // names procedures, the date and the reception number only: nothing about the person.
    Parts* parts = &p;
    // The visit's end (done, or cancelled back to idle) closes its ticket: the service time of the estimates.
    QObject::connect(p.visit.get(), &visit::VisitWorkflow::stepChanged, p.queue.get(),
                     [parts](visit::VisitWorkflow::Step step) {
                         if (step == visit::VisitWorkflow::Step::Done || step == visit::VisitWorkflow::Step::Idle)
                             parts->queue->finishCurrent();
                     });
    QObject::connect(
        p.visit.get(), &visit::VisitWorkflow::stepChanged, p.visit.get(), [parts](visit::VisitWorkflow::Step step) {
            if (step != visit::VisitWorkflow::Step::Done)
                return;
            const QDate today = parts->clock->now().toLocalTime().date();
            const print::GuidanceSheet sheet =
                guidanceSheet(guidanceVisit(*parts->visit, today), parts->catalogue->catalogue(), *parts->languages);
            const QString path =
                QDir(parts->documentDir)
                    .filePath(QStringLiteral("%1/guidance-%2-%3.pdf")
                                  .arg(today.toString(Qt::ISODate), parts->visit->visitId(), sheet.language));
            parts->lastGuidance = path;
            parts->guidancePool.start([sheet, path] {
                const Outcome written = writeGuidanceSheet(sheet, path);
                if (!written)
                    qCWarning(lcCore).noquote() << "guidance sheet not written:" << written.detail;
            });
        });
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
DocumentDesk& CounterServices::documents() {
    return *m->documents;
}
CounterPrinting& CounterServices::printing() {
    return *m->printing;
}
const ResidentLanguages& CounterServices::languages() const {
    return *m->languages;
}
QString CounterServices::terminalId() const {
    return m->terminalId;
}
QString CounterServices::catalogueRefusal() const {
    return m->catalogueRefusal;
}
const InterpreterServices& CounterServices::interpreters() const {
    return m->interpreters;
}
QString CounterServices::interpreterRefusal() const {
    return m->interpreterRefusal;
}

QString CounterServices::documentDir() const {
    return m->documentDir;
}
QString CounterServices::lastGuidanceSheet() {
    m->guidancePool.waitForDone();
    return m->lastGuidance;
}
void CounterServices::waitForCard() {
    m->card->waitForIdle();
}

void CounterServices::setClerk(const SignIn& clerk) {
    const audit::Actor actor{clerk.staffId, m->terminalId, QStringLiteral("counter visit")};
    const staff::Principal principal = clerk.ok ? clerk.principal : staff::Principal{};
    m->access->setPrincipal(principal);
    setBackgroundActor(*m->background, actor, principal);
}

bool CounterServices::centralOpen() const {
    return m->background->centralOpen();
}

} // namespace madoguchi::counter
