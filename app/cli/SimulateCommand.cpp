// `madoguchi-cli simulate --visits N`: realistic visits (the mix in resources/demo/simulation.json, fees and My Number
// rules from the procedures catalogue) recorded through the same Issuance call the counter uses, for demos and load.
#include "CliSignIn.h"
#include "CliStores.h"
#include "MyNumber.h"
#include "catalogue/Catalogue.h"
#include "issuance/Issuance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace madoguchi::cli {

namespace {
// Picks a key of {"name": weight, ...}.
QString pick(const QJsonObject& weights, QRandomGenerator& random) {
    int total = 0;
    for (auto it = weights.begin(); it != weights.end(); ++it)
        total += it.value().toInt();
    int roll = static_cast<int>(random.bounded(qMax(total, 1)));
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        roll -= it.value().toInt();
        if (roll < 0)
            return it.key();
    }
    return weights.begin().key();
}

// A fictitious My Number: starts with 9 (never issued) and has a valid check digit, as the demo cards do.
QString fictitiousMyNumber(QRandomGenerator& random) {
    QString digits = QStringLiteral("9");
    for (int i = 0; i < 10; ++i)
        digits += QChar(u'0' + random.bounded(10));
    return digits + QString::number(card::MyNumber::checkDigit(digits.toLatin1()));
}
} // namespace

int runSimulate(CliContext& context) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("visits"), QCoreApplication::translate("cli", "How many visits."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed, for repeatable runs."),
                      QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("date"),
         QCoreApplication::translate("cli", "Record the visits on this day (YYYY-MM-DD) instead of today."),
         QStringLiteral("DATE")});
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser, QCoreApplication::translate("cli", "Record realistic simulated visits on this terminal."));
    if (early >= 0)
        return early;
    bool ok = false;
    const int visits = parser.value(QStringLiteral("visits")).toInt(&ok);
    if (!ok || visits < 1 || visits > 1000000)
        return context.fail(QCoreApplication::translate("cli", "--visits must be between 1 and 1000000."), UsageError);
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return context.fail(QCoreApplication::translate("cli", "--date must be a date, e.g. 2026-04-01."),
                                UsageError);
    }
    QRandomGenerator random = parser.isSet(QStringLiteral("seed"))
                                  ? QRandomGenerator(parser.value(QStringLiteral("seed")).toUInt())
                                  : QRandomGenerator(QRandomGenerator::global()->generate());

    QFile file(QStringLiteral(":/madoguchi/demo/simulation.json"));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QCoreApplication::translate("cli", "The simulation data is missing from this build."));
    const QJsonObject mix = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray residents = mix.value(QStringLiteral("residents")).toArray();
    const QJsonArray procedures = mix.value(QStringLiteral("procedures")).toArray();
    QJsonObject procedureWeights;
    for (qsizetype i = 0; i < procedures.size(); ++i)
        procedureWeights.insert(QString::number(i), procedures.at(i).toObject().value(QStringLiteral("weight")));
    const catalogue::CatalogueLoad loaded = catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
    if (!loaded.ok())
        return context.fail(QCoreApplication::translate("cli", "The procedures catalogue in this build is invalid."));
    for (const QJsonValue& entry : procedures) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        if (loaded.catalogue.procedure(id) == nullptr)
            return context.fail(QCoreApplication::translate("cli", "The simulation names %1, which is not in the "
                                                                   "procedures catalogue.")
                                    .arg(id));
    }

    // The visits are recorded as this staff member's, like visits served at the counter: no sign-in, nothing
    // written (before, any account on the machine could fill the terminal's store and audit trail unsigned).
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ServeVisit,
                  QStringLiteral("simulate %1 visits on %2").arg(visits).arg(day.toString(Qt::ISODate)));
    if (!who)
        return Failure;
    std::optional<TerminalStores> stores = openTerminal(context);
    if (!stores)
        return Failure;
    const QString staffId = who->staffId;
    int recorded = 0;
    const int alreadyToday =
        stores->local
            .scalar(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ?"), {day.toString(Qt::ISODate)})
            .toInt();
    for (int n = 0; n < visits; ++n) {
        issuance::VisitRecord record;
        domain::Visit& visit = record.visit;
        visit.receptionNumber = QStringLiteral("A-%1").arg(alreadyToday + n + 1, 4, 10, QLatin1Char('0'));
        visit.channel = pick(mix.value(QStringLiteral("channels")).toObject(), random) == QLatin1String("kiosk")
                            ? domain::Channel::Kiosk
                            : domain::Channel::Counter;
        visit.language = pick(mix.value(QStringLiteral("languages")).toObject(), random);
        visit.staffId = visit.channel == domain::Channel::Counter ? staffId : QString();
        visit.residentId = residents.at(random.bounded(static_cast<int>(residents.size()))).toString();
        // Office hours 8:30–17:15; each step a few minutes after the one before.
        const QTime opening(8, 30);
        visit.receivedAt = QDateTime(day, opening.addSecs(random.bounded(8 * 3600 + 45 * 60)));
        // Today's visits lie in the past, as real ones would.
        if (visit.receivedAt.secsTo(QDateTime::currentDateTime()) < 900)
            visit.receivedAt = QDateTime::currentDateTime().addSecs(-900 - random.bounded(3600));
        visit.identifiedAt = visit.receivedAt.addSecs(30 + random.bounded(120));
        visit.confirmedAt = visit.identifiedAt.addSecs(60 + random.bounded(300));
        visit.issuedAt = visit.confirmedAt.addSecs(20 + random.bounded(120));
        visit.completedAt = visit.issuedAt.addSecs(10 + random.bounded(60));

        const int requestCount = 1 + (random.bounded(100) < 25 ? 1 : 0);
        qint64 fees = 0;
        bool exempt = false;
        for (int r = 0; r < requestCount; ++r) {
            const QJsonObject mixEntry = procedures.at(pick(procedureWeights, random).toInt()).toObject();
            const catalogue::Procedure& procedure =
                *loaded.catalogue.procedure(mixEntry.value(QStringLiteral("id")).toString());
            domain::ProcedureRequest request;
            request.procedureId = procedure.id;
            request.status = domain::ProcedureRequest::Status::Completed;
            request.formData = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("purpose"), mixEntry.value(QStringLiteral("purpose"))}})
                    .toJson(QJsonDocument::Compact));
            // The simulated clerk takes what the catalogue prefills (card, registry) and types the other required
            // fields.
            request.fieldsPrefilled = 0;
            request.fieldsTyped = 0;
            for (const catalogue::ProcedureField& field : procedure.fields) {
                if (field.prefillSource != catalogue::PrefillSource::None)
                    ++request.fieldsPrefilled;
                else if (field.required)
                    ++request.fieldsTyped;
            }
            // The catalogue says whether the procedure lawfully needs the My Number; only then is one given.
            if (procedure.myNumberRequired) {
                // Kiosks never take the My Number: such a resident is served at a counter.
                visit.channel = domain::Channel::Counter;
                visit.staffId = staffId;
                request.myNumberLawful = true;
                request.myNumber = fictitiousMyNumber(random);
            }
            record.requests.append(request);
            if (procedure.category != catalogue::Category::Certificate)
                continue;
            issuance::DocumentOrder order;
            order.requestIndex = r;
            order.documentType = procedure.id;
            order.residentId = visit.residentId;
            order.copies = 1 + (random.bounded(100) < 20 ? 1 : 0);
            order.fee = procedure.fee.total(order.copies);
            order.content = QJsonDocument(QJsonObject{{QStringLiteral("type"), procedure.id},
                                                      {QStringLiteral("resident"), visit.residentId},
                                                      {QStringLiteral("copies"), order.copies},
                                                      {QStringLiteral("visit"), visit.receptionNumber}})
                                .toJson(QJsonDocument::Compact);
            exempt = exempt || random.bounded(100) < mixEntry.value(QStringLiteral("exempt_weight")).toInt();
            fees += order.fee;
            record.documents.append(order);
        }
        if (fees > 0) {
            domain::Payment payment;
            payment.amount = fees;
            if (exempt)
                payment.method = domain::Payment::Method::Exempt;
            else
                domain::parseMethod(pick(mix.value(QStringLiteral("payment_methods")).toObject(), random),
                                    &payment.method);
            payment.paidAt = visit.issuedAt;
            // A cashless payment carries the reader's or acquirer's reference (made up here, without a random draw
            // so the simulation's mix stays the same for a seed).
            if (payment.method != domain::Payment::Method::Cash && payment.method != domain::Payment::Method::Exempt)
                payment.reference =
                    QStringLiteral("%1-%2-%3")
                        .arg(domain::methodName(payment.method).toUpper(), stores->terminalId, visit.receptionNumber);
            record.payments.append(payment);
        }
        issuance::Issuance issuance(stores->local, *stores->keys,
                                    audit::Actor{staffId, stores->terminalId, QStringLiteral("simulation")});
        const Result<issuance::IssuanceReceipt> receipt = issuance.record(std::move(record));
        if (!receipt)
            return refuse(context, receipt.outcome);
        ++recorded;
    }
    context.out << QCoreApplication::translate("cli", "Recorded %1 simulated visit(s) on terminal %2.")
                       .arg(recorded)
                       .arg(stores->terminalId)
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
