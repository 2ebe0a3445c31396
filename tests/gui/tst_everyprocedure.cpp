// Every procedure of the catalogue, and every life event with all its follow-ups, issued at the counter: real stores,
// the simulated card, real PDFs read back with pdftotext. The list comes from the catalogue: a new entry is a new case.
#include "CardPersona.h"
#include "CounterServices.h"
#include "JapaneseDate.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "Translations.h"
#include "VirtualMyNumberCard.h"
#include "catalogue/Catalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace madoguchi;
using Step = visit::VisitWorkflow::Step;

namespace {

// What a visit asks for: life events (each follow-up accepted or declined) and stand-alone procedures.
struct VisitPlan {
    QStringList lifeEvents;
    QStringList procedures;
    bool acceptFollowUps = false;
    QString answer = QStringLiteral("no"); // to every yes/no question
    QList<visit::Member> extraMembers;
};

// pdftotext's text and the expected value compared without layout: no whitespace, full-width ASCII folded.
QString folded(const QString& text) {
    QString out;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        out += c;
    }
    return out;
}

// Whether the folded PDF text holds every word of `value`: a name is set as family and given name, which pdftotext
// may give apart; the people of a list are rows of their own.
bool holds(const QString& printed, const QString& value) {
    const QStringList words = QString(value)
                                  .replace(QChar(0x3000), QLatin1Char(' '))
                                  .replace(QChar(0x3001), QLatin1Char(' '))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString& w) { return printed.contains(folded(w)); });
}

// The ways a date may be printed: ISO in the generic form's table, 和暦 or Western year on the bespoke forms.
QStringList printedForms(const QString& value) {
    QStringList forms{value};
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (date.isValid() && value.size() == 10)
        forms << print::JapaneseDate::format(date, print::DigitStyle::HalfWidth)
              << print::JapaneseDate::formatGregorian(date, print::DigitStyle::HalfWidth);
    return forms;
}

// What a field shows on paper (as CounterDocuments lays it out): a choice's label, はい / いいえ.
QString shown(const visit::FormField& field) {
    if (field.spec.kind == visit::FieldKind::Choice) {
        const int i = int(field.spec.options.indexOf(field.value));
        return i >= 0 && i < field.spec.optionLabels.size() ? field.spec.optionLabels.at(i).in({}) : field.value;
    }
    if (field.spec.kind == visit::FieldKind::YesNo)
        return field.value == QLatin1String("yes") ? QStringLiteral("はい") : QStringLiteral("いいえ");
    return field.value;
}

// Whether a form's declared printouts always print this field's value as it is: "form.KEY" or "labels.KEY" used
// directly or first in a "$first" — not mapped through "$map", not a condition, not a fallback. A form without
// declared printouts prints every field (the generic form).
bool printsAsIs(const visit::FormDraft& form, const QString& key) {
    if (form.printouts.isEmpty())
        return true;
    static const QStringList notPrinted{QStringLiteral("$map"),     QStringLiteral("$equals"), QStringLiteral("$below"),
                                        QStringLiteral("$present"), QStringLiteral("$not"),    QStringLiteral("$any"),
                                        QStringLiteral("$all"),     QStringLiteral("when"),    QStringLiteral("where")};
    std::function<bool(const QJsonValue&)> uses = [&](const QJsonValue& v) {
        if (v.isString())
            return v.toString() == QLatin1String("form.") + key || v.toString() == QLatin1String("labels.") + key;
        if (v.isArray()) {
            for (const QJsonValue& e : v.toArray())
                if (uses(e))
                    return true;
            return false;
        }
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("$first")))
            return uses(o.value(QStringLiteral("$first")).toArray().at(0));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (notPrinted.contains(it.key()) && it.key().startsWith(QLatin1Char('$')))
                return false; // mapped or a condition: printed, if at all, as something else
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!notPrinted.contains(it.key()) && uses(it.value()))
                return true;
        return false;
    };
    return uses(form.printouts);
}

} // namespace

class TestEveryProcedure final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyProcedure_data();
    void everyProcedure();
    void everyLifeEventWithEveryFollowUp_data();
    void everyLifeEventWithEveryFollowUp();
    void moveInWithCertificateOfTheNewAddress();
    void birthWithChildAllowanceAndInfantMedical();
    void deathWithCareProcedures();
    void threeCertificatesPaidOnce();

private:
    void openCounter(const QString& persona);
    // Runs the visit from the card to Done, typing every field it may type; returns the visit id (empty on failure).
    QString runVisit(const VisitPlan& plan);
    void fill(visit::FormDraft form, int index);
    // Every document printed with its serial and PDF, every printed value in its PDF, fees == payments, audited.
    void checkIssued(const QString& visitId);
    QString pdfText(const QString& path) const;
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<Settings> m_settings;
    catalogue::Catalogue m_catalogue;
    QString m_persona;
    QByteArray m_pin;
    std::unique_ptr<counter::CounterServices> m_services;
    int m_reception = 0;
    int m_typed = 0;
};

void TestEveryProcedure::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T01")));
    }
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    const QString cli = qEnvironmentVariable("MADOGUCHI_CLI");
    const QString source = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
    QVERIFY2(!cli.isEmpty() && !source.isEmpty(), "run through ctest");
    auto run = [&](const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("--config"), m_config} + args);
        QVERIFY(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        // Argon2id and the first migrations on the ASan build: over 60 s was seen at load 10.
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    };
    run({QStringLiteral("db"), QStringLiteral("init")});
    run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
         QStringLiteral("--name"), QStringLiteral("管理　一郎"), QStringLiteral("--role"), QStringLiteral("admin")},
        "admin-pass-1\n");
    const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("admin1")};
    run(QStringList{QStringLiteral("registry"), QStringLiteral("import"),
                    source + QStringLiteral("/resources/demo/registry.csv")} +
            asAdmin,
        "admin-pass-1\n");
    run(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("clerk1"),
                    QStringLiteral("--name"), QStringLiteral("窓口　花子"), QStringLiteral("--role"),
                    QStringLiteral("clerk")} +
            asAdmin,
        "admin-pass-1\ncounter-pass-1\n");
    run({QStringLiteral("sync"), QStringLiteral("--once")});
    m_settings = std::make_unique<Settings>(m_config);
    const catalogue::CatalogueLoad load = catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
    QVERIFY(load.ok());
    m_catalogue = load.catalogue;
    QVERIFY(!m_catalogue.procedures().isEmpty());
}

void TestEveryProcedure::cleanup() {
    if (m_services)
        m_services->waitForCard();
    m_services.reset();
    m_persona.clear();
}

void TestEveryProcedure::openCounter(const QString& persona) {
    if (m_persona == persona && m_services)
        return;
    cleanup();
    QString error;
    const auto found = card::CardPersona::find(card::CardPersona::builtInFile(), persona, &error);
    QVERIFY2(found, qPrintable(error));
    auto reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*found));
    counter::CounterServices::Options options;
    options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
        return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
    };
    options.startSync = false;
    auto services = counter::CounterServices::open(*m_settings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    m_services = std::move(*services.value);
    const counter::SignIn who = m_services->staff().signIn(QStringLiteral("clerk1"), QStringLiteral("counter-pass-1"));
    QVERIFY2(who.ok, qPrintable(who.message));
    m_services->setClerk(who);
    m_persona = persona;
    m_pin = found->pin;
}

void TestEveryProcedure::fill(visit::FormDraft form, int index) {
    visit::VisitWorkflow& v = m_services->visit();
    const QDate today = QDate::currentDate();
    for (const visit::FormField& field : form.fields) {
        if (!field.editable() || (!field.value.isEmpty() && field.error.isEmpty()))
            continue;
        ++m_typed;
        const QString& key = field.spec.key;
        QString typed;
        switch (field.spec.kind) {
        case visit::FieldKind::Kana:
            typed = QStringLiteral("テスト");
            break;
        case visit::FieldKind::BirthDate: // a child born lately, anyone else an adult
            typed = key.startsWith(QLatin1String("child"))
                        ? today.addDays(-10).toString(Qt::ISODate)
                        : QStringLiteral("1990-05-%1").arg(m_typed % 28 + 1, 2, 10, QLatin1Char('0'));
            break;
        case visit::FieldKind::Date:
            typed = today.addDays(-(m_typed % 20) - 1).toString(Qt::ISODate);
            break;
        case visit::FieldKind::Number:
        case visit::FieldKind::Count:
            typed = key == QLatin1String("fiscal_year") ? QStringLiteral("2025") : QString::number(m_typed % 3 + 1);
            break;
        case visit::FieldKind::Choice:
            typed = field.spec.options.value(0);
            break;
        case visit::FieldKind::YesNo:
            typed = QStringLiteral("no");
            break;
        case visit::FieldKind::PostalCode:
            typed = QStringLiteral("180-0012");
            break;
        case visit::FieldKind::Phone:
            typed = QStringLiteral("0422-60-%1").arg(1000 + m_typed);
            break;
        case visit::FieldKind::MyNumber:
            typed = QStringLiteral("960913909961");
            break;
        case visit::FieldKind::Text:
            typed = key.contains(QLatin1String("account_number"))   ? QStringLiteral("1234567")
                    : key.contains(QLatin1String("insured_number")) ? QStringLiteral("1234567890")
                    : key == QLatin1String("members") || key == QLatin1String("children") ||
                            key == QLatin1String("household_members")
                        ? QStringLiteral("山田　一郎（2014-04-10・長男）")
                        : QStringLiteral("記入値%1").arg(m_typed);
            break;
        }
        const visit::FieldCheck check = v.setField(index, key, typed);
        QVERIFY2(check.ok,
                 qPrintable(QStringLiteral("%1/%2 = %3: %4").arg(form.procedureId, key, typed, check.reason)));
    }
}

QString TestEveryProcedure::runVisit(const VisitPlan& plan) {
    visit::VisitWorkflow& v = m_services->visit();
    [&] { QVERIFY(v.start(QStringLiteral("E-%1").arg(++m_reception, 3, 10, QLatin1Char('0')))); }();
    v.useCard();
    if (!QTest::qWaitFor([&] { return v.identifyStage() == visit::VisitWorkflow::IdentifyStage::PinEntry; }, 10000))
        return {};
    v.submitPin(card::CardSecret::pin(m_pin));
    if (!QTest::qWaitFor([&] { return v.step() == Step::Match && v.waiting() == visit::VisitWorkflow::Waiting::None; },
                         15000))
        return {};
    if (v.candidates().isEmpty())
        v.proceedAsNewResident();
    else
        v.acceptMatch();
    if (!QTest::qWaitFor([&] { return v.step() == Step::Choose; }, 15000))
        return {};
    for (const QString& event : plan.lifeEvents)
        if (!v.addLifeEvent(event))
            return {};
    for (const visit::Member& m : plan.extraMembers)
        if (v.lifeEventHasMembers())
            v.addMember(m.name, m.birthDate.toString(Qt::ISODate), m.sex, m.relationship);
    for (const visit::Question& q : v.questions())
        v.setAnswer(q.id, q.kind == visit::Question::Kind::YesNo ? plan.answer : QStringLiteral("1"));
    for (const visit::FollowUp& f : v.followUps())
        v.decideFollowUp(f.procedureId, plan.acceptFollowUps);
    if (!plan.procedures.isEmpty() && !v.chooseProcedures(plan.procedures))
        return {};
    if (!v.confirmChoice()) {
        qWarning() << "choice refused:" << v.lastNotice();
        return {};
    }
    for (int i = 0; i < v.forms().size(); ++i)
        fill(v.forms().at(i), i);
    if (!v.confirmForms()) {
        qWarning() << "forms refused:" << v.lastNotice();
        return {};
    }
    for (int i = 0; i < v.documents().size(); ++i)
        v.setDocumentChecked(i, true);
    if (v.totalFee() > 0)
        v.setPaymentMethod(QStringLiteral("cash"));
    if (!v.confirmDocuments()) {
        qWarning() << "documents refused:" << v.lastNotice();
        return {};
    }
    v.confirmByResident();
    v.issue();
    if (!QTest::qWaitFor([&] { return v.step() == Step::Done || v.step() == Step::Review; }, 60000) ||
        v.step() != Step::Done) {
        qWarning() << "issuance refused:" << v.lastNotice();
        return {};
    }
    return v.visitId();
}

QString TestEveryProcedure::pdfText(const QString& path) const {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QVariant TestEveryProcedure::scalar(const QString& sql, const QVariantList& values) const {
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_settings->localDatabasePath());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& value : values)
                q.addBindValue(value);
            if (q.exec() && q.next())
                result = q.value(0);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

void TestEveryProcedure::checkIssued(const QString& visitId) {
    QVERIFY(!visitId.isEmpty());
    const visit::VisitWorkflow& v = m_services->visit();
    const QList<visit::IssuedPdf> issued = v.issued();
    for (const visit::FormDraft& form : v.forms()) {
        QString text;
        QString serial;
        for (const visit::IssuedPdf& pdf : issued) {
            if (pdf.procedureId != form.procedureId)
                continue;
            QVERIFY2(QFile::exists(pdf.pdfPath), qPrintable(form.procedureId + QStringLiteral(": no PDF")));
            text += pdfText(pdf.pdfPath);
            if (!pdf.serial.isEmpty())
                serial = pdf.serial;
        }
        QVERIFY2(!serial.isEmpty(), qPrintable(form.procedureId + QStringLiteral(": no serial")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM issued_documents WHERE serial = ? AND visit_id = ?"),
                        {serial, visitId})
                     .toInt(),
                 1);
        const QString printed = folded(text);
        QVERIFY2(!printed.isEmpty(), qPrintable(form.procedureId + QStringLiteral(": pdftotext found no text")));
        for (const visit::FormField& field : form.fields) {
            // A My Number is never written into a PDF on disk; the form says it was checked on the card instead.
            if (field.value.isEmpty() || field.spec.kind == visit::FieldKind::MyNumber ||
                !printsAsIs(form, field.spec.key))
                continue;
            bool found = false;
            for (const QString& candidate : printedForms(shown(field)) + printedForms(field.value))
                found = found || holds(printed, candidate);
            QVERIFY2(found, qPrintable(QStringLiteral("%1/%2: \"%3\" is not in the PDF: %4")
                                           .arg(form.procedureId, field.spec.key, shown(field), printed.left(400))));
        }
    }
    const qint64 fees =
        scalar(QStringLiteral("SELECT COALESCE(SUM(fee), 0) FROM issued_documents WHERE visit_id = ?"), {visitId})
            .toLongLong();
    const qint64 paid =
        scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE visit_id = ?"), {visitId})
            .toLongLong();
    QCOMPARE(fees, paid);
    QCOMPARE(fees, v.totalFee());
    // One visit.record event per recorded visit, and the resident's registry reads before it.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'visit.record'")).toInt(),
             scalar(QStringLiteral("SELECT COUNT(*) FROM visits")).toInt());
    if (!v.resident().residentId.isEmpty())
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'registry.read' AND "
                                      "subject = ?"),
                       {v.resident().residentId})
                    .toInt() > 0);
    for (const visit::IssuedPdf& pdf : issued)
        if (!pdf.serial.isEmpty())
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'document.issue' AND "
                                           "subject = ?"),
                            {pdf.serial})
                         .toInt(),
                     1);
}

void TestEveryProcedure::everyProcedure_data() {
    QTest::addColumn<QString>("procedure");
    for (const catalogue::Procedure& p : m_catalogue.procedures())
        QTest::newRow(qPrintable(p.id)) << p.id;
}

void TestEveryProcedure::everyProcedure() {
    QFETCH(QString, procedure);
    openCounter(QStringLiteral("yamada-taro"));
    const catalogue::Procedure* p = m_catalogue.procedure(procedure);
    QVERIFY(p);
    VisitPlan plan;
    if (p->category == catalogue::Category::LifeEvent)
        plan.lifeEvents = {procedure};
    else
        plan.procedures = {procedure};
    const QString visitId = runVisit(plan);
    QVERIFY2(!visitId.isEmpty(), qPrintable(m_services->visit().lastNotice()));
    QCOMPARE(m_services->visit().forms().size(), 1);
    checkIssued(visitId);
    m_services->visit().finish();
}

void TestEveryProcedure::everyLifeEventWithEveryFollowUp_data() {
    QTest::addColumn<QString>("event");
    for (const catalogue::Procedure& p : m_catalogue.lifeEvents())
        QTest::newRow(qPrintable(p.id)) << p.id;
}

void TestEveryProcedure::everyLifeEventWithEveryFollowUp() {
    QFETCH(QString, event);
    openCounter(QStringLiteral("yamada-taro"));
    VisitPlan plan;
    plan.lifeEvents = {event};
    plan.acceptFollowUps = true;
    plan.answer = QStringLiteral("yes"); // every question that can propose a follow-up does
    // Someone of every age a rule asks about: the registry household has a child; a parent of 76 lives with them.
    plan.extraMembers = {visit::Member{QStringLiteral("山田　トメ"), QDate::currentDate().addYears(-76),
                                       QStringLiteral("2"), QStringLiteral("母"), visit::FieldSource::Typed}};
    const QString visitId = runVisit(plan);
    QVERIFY2(!visitId.isEmpty(), qPrintable(m_services->visit().lastNotice()));
    // Every rule of this life event whose facts the household meets was proposed, accepted, filled and printed.
    QStringList expected{event};
    for (const catalogue::FollowUpRule& rule : m_catalogue.followUpRules())
        if (rule.lifeEventId == event && !expected.contains(rule.proposedProcedureId) &&
            (rule.minAge || rule.belowAge ? m_services->visit().lifeEventHasMembers() : true))
            expected << rule.proposedProcedureId;
    QStringList got;
    for (const visit::FormDraft& form : m_services->visit().forms())
        got << form.procedureId;
    QCOMPARE(got, expected);
    checkIssued(visitId);
    m_services->visit().finish();
}

void TestEveryProcedure::moveInWithCertificateOfTheNewAddress() {
    openCounter(QStringLiteral("suzuki-kenichi")); // not in the registry: the move-in brings them
    VisitPlan plan;
    plan.lifeEvents = {QStringLiteral("move-in")};
    plan.procedures = {QStringLiteral("resident-certificate")};
    const QString visitId = runVisit(plan);
    QVERIFY2(!visitId.isEmpty(), qPrintable(m_services->visit().lastNotice()));
    const visit::VisitWorkflow& v = m_services->visit();
    QCOMPARE(v.forms().size(), 2);
    checkIssued(visitId);
    // The 住民票の写し shows the new address typed on the move-in notice, and the people who moved in.
    const visit::FormDraft& notice = v.forms().at(0);
    const QString newAddress = notice.fields.at(notice.indexOf(QStringLiteral("new_address"))).value;
    QVERIFY(!newAddress.isEmpty());
    QString certificate;
    for (const visit::IssuedPdf& pdf : v.issued())
        if (pdf.pdfPath.endsWith(QLatin1String("-juminhyo.pdf")))
            certificate = folded(pdfText(pdf.pdfPath));
    QVERIFY(holds(certificate, newAddress));
    for (const visit::Member& m : v.members())
        QVERIFY2(holds(certificate, m.name), qPrintable(m.name));
    QCOMPARE(v.totalFee(), 300);
    m_services->visit().finish();
}

void TestEveryProcedure::birthWithChildAllowanceAndInfantMedical() {
    openCounter(QStringLiteral("yamada-taro"));
    VisitPlan plan;
    plan.lifeEvents = {QStringLiteral("birth")};
    plan.acceptFollowUps = true;
    const QString visitId = runVisit(plan);
    QVERIFY2(!visitId.isEmpty(), qPrintable(m_services->visit().lastNotice()));
    const visit::VisitWorkflow& v = m_services->visit();
    QStringList got;
    for (const visit::FormDraft& form : v.forms())
        got << form.procedureId;
    QCOMPARE(got, (QStringList{QStringLiteral("birth"), QStringLiteral("child-allowance-claim"),
                               QStringLiteral("infant-medical-certificate")}));
    checkIssued(visitId);
    // The newborn is on the child allowance claim.
    const visit::FormDraft& birth = v.forms().at(0);
    const QString child = birth.fields.at(birth.indexOf(QStringLiteral("child_name"))).value;
    QString claim;
    for (const visit::IssuedPdf& pdf : v.issued())
        if (pdf.pdfPath.endsWith(QLatin1String("-jido-teate.pdf")))
            claim = folded(pdfText(pdf.pdfPath));
    QVERIFY2(holds(claim, child), qPrintable(child));
    m_services->visit().finish();
}

void TestEveryProcedure::deathWithCareProcedures() {
    openCounter(QStringLiteral("yamada-taro"));
    // The catalogue proposes no follow-up for a death; the care procedures a family settles then are chosen with it.
    VisitPlan plan;
    plan.lifeEvents = {QStringLiteral("death")};
    for (const catalogue::Procedure& p : m_catalogue.procedures(catalogue::Category::Care))
        if (p.id == QLatin1String("high-cost-care-benefit") || p.id == QLatin1String("care-insurance-card-reissue"))
            plan.procedures << p.id;
    QCOMPARE(plan.procedures.size(), 2);
    const QString visitId = runVisit(plan);
    QVERIFY2(!visitId.isEmpty(), qPrintable(m_services->visit().lastNotice()));
    QCOMPARE(m_services->visit().forms().size(), 3);
    checkIssued(visitId);
    m_services->visit().finish();
}

void TestEveryProcedure::threeCertificatesPaidOnce() {
    openCounter(QStringLiteral("yamada-taro"));
    VisitPlan plan;
    plan.procedures = {QStringLiteral("resident-certificate"), QStringLiteral("seal-certificate"),
                       QStringLiteral("tax-payment-certificate")};
    const QString visitId = runVisit(plan);
    QVERIFY2(!visitId.isEmpty(), qPrintable(m_services->visit().lastNotice()));
    checkIssued(visitId);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE visit_id = ?"), {visitId}).toInt(), 1);
    QCOMPARE(m_services->visit().totalFee(), 900);
    // The seal certificate carries the registration number the registry holds for the resident.
    QString seal;
    for (const visit::IssuedPdf& pdf : m_services->visit().issued())
        if (pdf.pdfPath.endsWith(QLatin1String("-inkan-toroku.pdf")))
            seal = folded(pdfText(pdf.pdfPath));
    QVERIFY(seal.contains(QStringLiteral("S0001001")));
    // The three certificates go to the certificate paper; the request forms to plain paper.
    int onCertificatePaper = 0;
    for (const visit::IssuedPdf& pdf : m_services->visit().issued())
        onCertificatePaper += int(pdf.certificate);
    QCOMPARE(onCertificatePaper, 3);
    QCOMPARE(m_services->visit().issued().size(), 6);
    m_services->visit().finish();
}

QTEST_MAIN(TestEveryProcedure)
#include "tst_everyprocedure.moc"
