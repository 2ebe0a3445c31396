// The lobby kiosk's services: catalogue, languages, card, and the worker for the ticket and its pre-entry.
#include "KioskServices.h"

#include "CardAccess.h"
#include "CardSecret.h"
#include "CatalogueSources.h"
#include "CoreLogging.h"
#include "DocumentTemplates.h"
#include "Renderer.h"
#include "Settings.h"
#include "audit/AuditTrail.h"
#include "counter/CounterBackground.h"
#include "counter/CounterCard.h"
#include "counter/CounterCatalogue.h"
#include "counter/ResidentLanguages.h"
#include "kiosk/KioskStaffPin.h"
#include "kiosk/PreEntryStore.h"
#include "privacy/KeyRing.h"
#include "privacy/StaffPassword.h"
#include "queue/CounterGroups.h"
#include "store/StoreLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

#include <optional>

namespace madoguchi::kiosk {

struct KioskServices::Parts {
    visit::SystemClock systemClock;
    const visit::Clock* clock = nullptr;
    QString terminalId;
    KioskConfig config;
    std::optional<privacy::KeyRing> keys;
    std::unique_ptr<counter::CounterBackground> background;
    std::unique_ptr<counter::BackgroundAccess> access;
    std::unique_ptr<CardAccess> cardAccess;
    std::unique_ptr<counter::CounterCard> card;
    std::unique_ptr<counter::CounterCatalogue> catalogue;
    std::unique_ptr<counter::ResidentLanguages> languages;
    std::unique_ptr<printer::PrintSpooler> ticketPrinter;
    staff::Principal device; // this kiosk as it acts on the core
    QString configFile;      // read again for the staff PIN's hash, so `kiosk set-staff-pin` holds at once
};

std::optional<TicketPrintAudit> ticketPrintAudit(const printer::PrintProgress& progress) {
    using Stage = printer::PrintProgress::Stage;
    if (progress.stage != Stage::Waiting && progress.stage != Stage::Failed)
        return std::nullopt;
    TicketPrintAudit audit;
    // The job's name as the kiosk gave it (ticket-<number>, from its PDF's name): the number, never a name.
    audit.subject = QFileInfo(progress.key).completeBaseName();
    const QStringList& reasons = progress.reasons;
    const auto has = [&](const char* keyword) {
        return std::any_of(reasons.begin(), reasons.end(),
                           [&](const QString& r) { return r.startsWith(QLatin1String(keyword)); });
    };
    QString what;
    if (has("media-empty") || has("media-needed") || has("media-jam"))
        what = has("media-jam") ? QStringLiteral("paper jam") : QStringLiteral("out of paper");
    else if (has("offline") || has("connecting-to-device") || has("shutdown"))
        what = QStringLiteral("printer offline");
    else if (has("paused") || has("queue-stopped"))
        what = QStringLiteral("queue stopped");
    else if (has("cover-open") || has("door-open"))
        what = QStringLiteral("cover open");
    const QString keywords =
        reasons.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(reasons.join(QLatin1Char(',')));
    const QString job = progress.jobId > 0 ? QStringLiteral("job %1").arg(progress.jobId) : QStringLiteral("no job");
    if (progress.stage == Stage::Waiting) {
        audit.action = QStringLiteral("kiosk.ticket_printer_problem");
        audit.reason =
            QStringLiteral("%1 on %2 held: %3%4")
                .arg(job, progress.queue, what.isEmpty() ? QStringLiteral("printer problem") : what, keywords);
    } else if (progress.jobId > 0 &&
               progress.detail.startsWith(QStringLiteral("job %1 cancelled").arg(progress.jobId))) {
        audit.action = QStringLiteral("kiosk.ticket_print_cancelled");
        audit.reason =
            QStringLiteral("%1 on %2 cancelled: not printed when the resident left").arg(job, progress.queue);
    } else {
        audit.action = QStringLiteral("kiosk.ticket_print_failed");
        audit.reason =
            QStringLiteral("%1 on %2 %3: %4%5")
                .arg(job, progress.queue,
                     progress.jobId > 0 ? QStringLiteral("ended without printing") : QStringLiteral("not accepted"),
                     what.isEmpty() ? (progress.jobId > 0 ? QStringLiteral("job failed")
                                                          : QStringLiteral("refused by the print server"))
                                    : what,
                     keywords);
    }
    return audit;
}

KioskServices::KioskServices()
    : m(std::make_unique<Parts>()) {}

KioskServices::~KioskServices() {
    if (m->card)
        m->card->waitForIdle();
    m->ticketPrinter.reset();
    m->background.reset(); // finishes what was posted (audit events included), closes the stores
}

Result<std::unique_ptr<KioskServices>> KioskServices::open(const Settings& settings, Options options) {
    using R = Result<std::unique_ptr<KioskServices>>;
    std::unique_ptr<KioskServices> services(new KioskServices);
    Parts& p = *services->m;
    p.clock = options.clock ? options.clock : &p.systemClock;
    p.terminalId = store::terminalId(settings);
    p.config.inactivitySeconds = qMax(15, settings.value(QStringLiteral("kiosk/inactivity_seconds")).toInt());
    p.config.warningSeconds =
        qBound(3, settings.value(QStringLiteral("kiosk/warning_seconds")).toInt(), p.config.inactivitySeconds - 5);
    p.config.congestionUrl = settings.value(QStringLiteral("kiosk/congestion_url"));
    p.config.documentDir = settings.value(QStringLiteral("print/document_dir"));
    p.configFile = settings.configFile();

    auto local = store::openLocal(settings);
    if (!local)
        return R::refused(local.outcome);
    local.value.reset();
    auto keys = privacy::KeyRing::load(settings);
    if (!keys)
        return R::refused(keys.outcome);
    p.keys.emplace(std::move(*keys.value));

    const TerminalCatalogue terminalCatalogue = CatalogueSources::load(settings);
    if (!terminalCatalogue.load.ok())
        return R::refused(
            Outcome::failure(QCoreApplication::translate("CounterServices", "The procedures catalogue has errors: %1")
                                 .arg(terminalCatalogue.load.errors.first().message),
                             terminalCatalogue.load.errors.first().detail));
    p.catalogue = std::make_unique<counter::CounterCatalogue>(terminalCatalogue.load.catalogue);

    counter::CounterBackground::Config config;
    config.localPath = settings.localDatabasePath();
    config.centralLocation = store::centralLocation(settings);
    config.keys = &*p.keys;
    config.templateDirs = DocumentTemplates::searchPath(settings);
    config.clock = p.clock;
    config.terminalId = p.terminalId;
    config.signInPolicy = staff::SignInPolicy::fromSettings(settings);
    // The kiosk cannot work without its store: as when it is refused before the window appears.
    config.refused = [](const Outcome& why) {
        qCCritical(lcCore).noquote() << why.message << why.detail;
        QCoreApplication::exit(1);
    };
    p.background = counter::CounterBackground::start(std::move(config));
    // The kiosk acts as its device: it may take tickets and pre-entries, and nothing else (staff/Authorization).
    p.device = staff::Principal{p.terminalId, QStringLiteral("kiosk:") + p.terminalId, domain::Role::Kiosk, true};
    const audit::Actor actor{QStringLiteral("kiosk:") + p.terminalId, p.terminalId, QStringLiteral("lobby kiosk")};
    counter::setBackgroundActor(*p.background, actor, p.device);
    p.access = std::make_unique<counter::BackgroundAccess>(*p.background);
    p.access->setPrincipal(p.device);

    if (options.cardTransport) {
        p.card = std::make_unique<counter::CounterCard>(std::move(options.cardTransport));
    } else {
        p.cardAccess = std::make_unique<CardAccess>(settings);
        p.card = std::make_unique<counter::CounterCard>(p.cardAccess->transportFactory());
    }
    p.card->setAuthenticity(CardAccess::authenticityConfig(settings), CardAccess::stopWhenNotCheckable(settings));
    p.languages = std::make_unique<counter::ResidentLanguages>();
    p.ticketPrinter = std::make_unique<printer::PrintSpooler>(printer::PrinterSetup::fromSettings(settings));
    // The receipt printer's problems go to the log (the spooler) and to the audit trail, under the kiosk: each change
    // of a ticket's problem once, with the printer's keywords, never anything of the resident.
    counter::BackgroundAccess* access = p.access.get();
    auto audited = std::make_shared<QHash<QString, QString>>(); // job key → last audited reason
    QObject::connect(p.ticketPrinter.get(), &printer::PrintSpooler::progressChanged, p.ticketPrinter.get(),
                     [access, audited](const printer::PrintProgress& progress) {
                         if (progress.kind != printer::PaperKind::Ticket)
                             return;
                         const std::optional<TicketPrintAudit> problem = ticketPrintAudit(progress);
                         if (problem && audited->value(progress.key) != problem->action + problem->reason) {
                             audited->insert(progress.key, problem->action + problem->reason);
                             access->record(problem->action, problem->subject, problem->reason);
                         }
                         if (progress.settled())
                             audited->remove(progress.key);
                     });
    return R::of(std::move(services));
}

const visit::CataloguePort& KioskServices::catalogue() const {
    return *m->catalogue;
}
const counter::ResidentLanguages& KioskServices::languages() const {
    return *m->languages;
}
visit::CardPort& KioskServices::card() {
    return *m->card;
}
const visit::Clock& KioskServices::clock() const {
    return *m->clock;
}
KioskConfig KioskServices::config() const {
    return m->config;
}
QString KioskServices::terminalId() const {
    return m->terminalId;
}
printer::PrintSpooler& KioskServices::ticketPrinter() {
    return *m->ticketPrinter;
}
void KioskServices::waitForCard() {
    m->card->waitForIdle();
}

void KioskServices::issue(QObject* context, const visit::PreEntry& entry, const QString& groupId,
                          const QString& procedures, std::function<void(IssuedTicket)> done) {
    const QString congestionUrl = m->config.congestionUrl;
    const QString documentDir = m->config.documentDir;
    printer::PrintSpooler* ticketPrinter = m->ticketPrinter.get();
    // On `context`'s thread, where the spooler lives: the ticket goes to the receipt printer before the window
    // shows it, so the window finds the job under the PDF's path.
    auto printThenDone = [ticketPrinter, done = std::move(done)](IssuedTicket issued) {
        if (issued.outcome && !issued.pdfPath.isEmpty() && ticketPrinter->prints(printer::PaperKind::Ticket)) {
            printer::PrintJob job;
            job.key = issued.pdfPath;
            job.pdfPath = issued.pdfPath;
            job.title = QStringLiteral("ticket-") + issued.ticket.number; // the number only, never a name
            job.kind = printer::PaperKind::Ticket;
            ticketPrinter->print(job);
            issued.printing = true;
        }
        if (done)
            done(std::move(issued));
    };
    m->background->ask<IssuedTicket>(
        context,
        [entry, groupId, procedures, congestionUrl, documentDir](counter::BackgroundParts& parts) mutable {
            IssuedTicket answer;
            const Outcome ran = counter::runOnCentral(parts, [&](counter::CentralParts& c) {
                queue::TicketQueue tickets(c.central, c.clock, c.terminalId);
                PreEntryStore store(c.central, c.keys, c.terminalId);
                // The ticket and its sealed pre-entry in one transaction: both are kept or neither is. The storing
                // is audited inside it, so a pre-entry that cannot be audited is not kept either.
                QString audited;
                const Result<queue::Ticket> issued =
                    store.issueWithEntry(tickets, c.principal, groupId, entry, [&](const queue::Ticket& ticket) {
                        QString detail;
                        if (!c.trail.append(c.actor, QStringLiteral("pre_entry.stored"), ticket.number, &detail))
                            return Outcome::failure(
                                QCoreApplication::translate("kiosk", "The pre-entry could not be kept or read. "
                                                                     "Nothing was changed; try again in a moment."),
                                detail);
                        audited = ticket.number;
                        return Outcome::success();
                    });
                if (!issued) {
                    // Audited, then the commit failed: the trail says the entry was not kept after all.
                    if (!audited.isEmpty()) {
                        audit::Actor actor = c.actor;
                        actor.reason = QStringLiteral("the ticket's transaction did not commit");
                        c.trail.append(actor, QStringLiteral("pre_entry.discarded"), audited);
                    }
                    answer.outcome = issued.outcome;
                    return;
                }
                answer.ticket = *issued;
                const Result<QList<queue::Ticket>> all = tickets.list(tickets.today());
                if (all)
                    for (const queue::Ticket& t : *all)
                        if (t.groupId == groupId && t.id != issued->id &&
                            (t.state == QLatin1String("waiting") || t.state == QLatin1String("absent")))
                            ++answer.waitingAhead;
                const Result<QList<queue::GroupWaiting>> waiting = tickets.waitingByGroup(tickets.today());
                if (waiting)
                    for (const queue::GroupWaiting& w : *waiting)
                        if (w.groupId == groupId && w.waiting > 0)
                            answer.estimatedMinutes = int(qint64(w.estimatedMinutes) * answer.waitingAhead / w.waiting);
                // The 受付票: number, group, time, estimated wait, the QR code to the congestion page.
                const queue::CounterGroup* group = queue::findGroup(groupId);
                print::RenderRequest request;
                request.templateId = QStringLiteral("uketsuke");
                request.data =
                    QJsonObject{{QStringLiteral("number"), issued->number},
                                {QStringLiteral("counter"), group ? group->name.in(QStringLiteral("ja")) : groupId},
                                {QStringLiteral("received_at"), issued->issuedAt.toLocalTime().toString(Qt::ISODate)},
                                {QStringLiteral("wait"), QStringLiteral("待ち時間の目安　約%1分（前に%2人）")
                                                             .arg(answer.estimatedMinutes)
                                                             .arg(answer.waitingAhead)},
                                {QStringLiteral("procedures"), procedures.left(60)},
                                {QStringLiteral("link"), congestionUrl.isEmpty()
                                                             ? QStringLiteral("MADOGUCHI-TICKET:%1").arg(issued->number)
                                                             : congestionUrl + QStringLiteral("#") + issued->number}};
                const QString path = QDir(documentDir)
                                         .filePath(QStringLiteral("%1/ticket-%2.pdf")
                                                       .arg(tickets.today().toString(Qt::ISODate), issued->number));
                QDir().mkpath(QFileInfo(path).absolutePath());
                const auto written = c.renderer.renderToFile(request, path);
                if (written.ok())
                    answer.pdfPath = path;
                else
                    qCWarning(lcCore).noquote() << "reception ticket not rendered:" << written.error().detail;
            });
            if (!ran)
                answer.outcome = ran;
            return answer;
        },
        std::move(printThenDone));
}

void KioskServices::checkStaffPin(QObject* context, QByteArray pin, std::function<void(bool)> done) {
    // Argon2id costs a noticeable moment: it runs on the worker, and the pad's copy is gone already.
    auto secret = std::make_shared<QString>(QString::fromLatin1(pin));
    card::secureWipe(pin);
    const QString configFile = m->configFile;
    const QString terminal = m->terminalId;
    counter::BackgroundAccess* access = m->access.get();
    struct Checked {
        bool ok = false;
        QString reason; // for the audit trail: which PIN was in force, never the PIN
    };
    m->background->ask<Checked>(
        context,
        [secret, configFile](counter::BackgroundParts& parts) {
            // The hash in force now: the office's as the centre holds it (its pulled copy while the centre does not
            // answer), else the tablet's own as the settings hold it now. A PIN set or revoked since the kiosk
            // started holds at once, the one it replaced no longer does.
            Checked checked;
            const QString tablet = Settings(configFile).value(QStringLiteral("kiosk/staff_pin_hash"));
            counter::runOnStores(parts, [&](const store::Connection& local, const store::Connection* central) {
                const StaffPinInForce inForce = staffPinInForce(local, central, tablet);
                checked.ok = !inForce.hash.isEmpty() && privacy::checkStaffPassword(inForce.hash, *secret);
                checked.reason =
                    inForce.hash.isEmpty() ? QStringLiteral("staff PIN (none set)")
                    : inForce.revision > 0
                        ? QStringLiteral("staff PIN (%1, revision %2)").arg(inForce.source).arg(inForce.revision)
                        : QStringLiteral("staff PIN (%1)").arg(inForce.source);
            });
            privacy::wipePassword(*secret);
            return checked;
        },
        [access, terminal, done](Checked checked) {
            access->record(checked.ok ? QStringLiteral("kiosk.exit") : QStringLiteral("kiosk.exit_refused"), terminal,
                           checked.reason);
            if (done)
                done(checked.ok);
        });
}

} // namespace madoguchi::kiosk
