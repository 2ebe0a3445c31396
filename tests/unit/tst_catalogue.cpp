// The procedures catalogue: the shipped files load and hold what the counter needs, follow-up rules fire exactly on
// their age and answer boundaries, and malformed files are refused with errors naming file, procedure and field.
#include "catalogue/Catalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace madoguchi::catalogue;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A small valid catalogue: one life event with a yes/no answer, one procedure, one rule.
QJsonObject minimalFile() {
    const QJsonObject text{{u"ja"_s, u"転入届"_s}, {u"en"_s, u"Move-in notice"_s}};
    const QJsonObject label{{u"ja"_s, u"転入日"_s}, {u"en"_s, u"Date"_s}};
    const QJsonObject lifeEvent{
        {u"id"_s, u"move-in"_s},
        {u"name"_s, text},
        {u"category"_s, u"life_event"_s},
        {u"fee"_s, QJsonObject{{u"amount"_s, 0}, {u"per"_s, u"none"_s}}},
        {u"identity_verification"_s, u"photo_id"_s},
        {u"my_number_required"_s, false},
        {u"documents"_s, QJsonArray{label}},
        {u"fields"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"move_in_date"_s},
                         {u"label"_s, label},
                         {u"type"_s, u"date"_s},
                         {u"required"_s, true},
                         {u"prefill"_s, u"visit.date"_s}},
             QJsonObject{{u"id"_s, u"cared"_s}, {u"label"_s, label}, {u"type"_s, u"bool"_s}, {u"required"_s, false}}}}};
    QJsonObject certificate = lifeEvent;
    certificate[u"id"_s] = u"resident-certificate"_s;
    certificate[u"category"_s] = u"certificate"_s;
    certificate[u"fee"_s] = QJsonObject{{u"amount"_s, 300}, {u"per"_s, u"copy"_s}};
    certificate[u"fields"_s] = QJsonArray{QJsonObject{{u"id"_s, u"copies"_s},
                                                      {u"label"_s, label},
                                                      {u"type"_s, u"number"_s},
                                                      {u"required"_s, true},
                                                      {u"validation"_s, QJsonObject{{u"min"_s, 1}, {u"max"_s, 20}}}}};
    const QJsonObject rule{
        {u"id"_s, u"move-in-cert"_s},
        {u"when"_s, u"move-in"_s},
        {u"propose"_s, u"resident-certificate"_s},
        {u"if"_s, QJsonObject{{u"answer"_s, QJsonObject{{u"field"_s, u"cared"_s}, {u"equals"_s, true}}}}},
        {u"reason"_s, text}};
    return {{u"format"_s, 1},
            {u"version"_s, u"test"_s},
            {u"procedures"_s, QJsonArray{lifeEvent, certificate}},
            {u"follow_ups"_s, QJsonArray{rule}}};
}

// Sets a value at a path of keys and array indices, e.g. {"procedures", 1, "fee", "amount"}.
QJsonValue setAt(QJsonValue node, const QVariantList& path, const QJsonValue& value, int depth = 0) {
    if (depth == path.size())
        return value;
    const QVariant key = path.at(depth);
    if (key.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[key.toInt()] = setAt(array.at(key.toInt()), path, value, depth + 1);
        return array;
    }
    QJsonObject object = node.toObject();
    if (value.isUndefined() && depth == path.size() - 1)
        object.remove(key.toString());
    else
        object[key.toString()] = setAt(object.value(key.toString()), path, value, depth + 1);
    return object;
}

QString describe(const CatalogueLoad& load) {
    QStringList lines;
    for (const CatalogueError& e : load.errors)
        lines << u"[%1|%2|%3] %4 | %5"_s.arg(e.file, e.procedure, e.field, e.message, e.detail);
    return lines.join(u'\n');
}

VisitFacts facts(const QString& event, QDate visit, QList<QDate> births, QHash<QString, QString> answers = {}) {
    return {event, visit, births, answers};
}

QStringList proposed(const Catalogue& catalogue, const VisitFacts& f) {
    QStringList ids;
    for (const FollowUpProposal& p : catalogue.followUps(f))
        ids << p.procedureId;
    return ids;
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_load = loadCatalogueDirectory(Catalogue::kShippedDirectory);
        QVERIFY2(m_load.ok(), qPrintable(describe(m_load)));
    }

    void everyShippedFileLoads() {
        const QStringList names = QDir(Catalogue::kShippedDirectory).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(names, QStringList({u"care.json"_s, u"certificates.json"_s, u"childcare.json"_s, u"disaster.json"_s,
                                     u"life-events.json"_s}));
        for (const QString& name : names) {
            QVERIFY2(!m_load.catalogue.versions().value(name).isEmpty(), qPrintable(name));
            // The installed copies (what staff edit) are the embedded ones.
            QCOMPARE(readFile(Catalogue::kShippedDirectory + u'/' + name),
                     readFile(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/resources/catalogue/"_s + name));
        }
        const CatalogueLoad fromFiles =
            loadCatalogueDirectory(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/resources/catalogue"_s);
        QVERIFY2(fromFiles.ok(), qPrintable(describe(fromFiles)));
        QCOMPARE(fromFiles.catalogue.procedures(), m_load.catalogue.procedures());
    }

    void lifeEventsAndCertificates() {
        QStringList events;
        for (const Procedure& p : m_load.catalogue.lifeEvents())
            events << p.name.ja;
        QCOMPARE(events, QStringList({u"転入届"_s, u"転出届"_s, u"転居届"_s, u"出生届"_s, u"死亡届"_s, u"婚姻届"_s,
                                      u"離婚届"_s}));
        QStringList certificates;
        for (const Procedure& p : m_load.catalogue.procedures(Category::Certificate))
            certificates << p.name.ja + u':' + QString::number(p.fee.amount);
        QCOMPARE(certificates, QStringList({u"住民票の写し:300"_s, u"印鑑登録証明書:300"_s, u"所得・課税証明書:300"_s,
                                            u"納税証明書:300"_s, u"軽自動車税納税証明書（継続検査用）:0"_s}));
        const Procedure* resident = m_load.catalogue.procedure(u"resident-certificate"_s);
        QVERIFY(resident);
        QCOMPARE(resident->fee.total(3), 900);
        QCOMPARE(resident->name.text(u"en"_s), u"Certificate of residence"_s);
        QCOMPARE(m_load.catalogue.procedure(u"seal-certificate"_s)->identityVerification,
                 IdentityVerification::SealCard);
        QCOMPARE(m_load.catalogue.procedure(u"no-such-procedure"_s), nullptr);
    }

    void theTwentySevenProcedures() {
        // §1.3: 15 child-care, 11 care, 1 disaster; the shipped files add two that follow life events.
        const QStringList childcare{u"child-allowance-claim"_s,
                                    u"child-allowance-revision"_s,
                                    u"child-allowance-change-notice"_s,
                                    u"child-allowance-lapse"_s,
                                    u"child-allowance-unpaid-claim"_s,
                                    u"child-allowance-donation"_s,
                                    u"child-allowance-donation-change"_s,
                                    u"school-fee-deduction"_s,
                                    u"school-fee-deduction-change"_s,
                                    u"child-allowance-status-report"_s,
                                    u"childcare-benefit-certification"_s,
                                    u"childcare-facility-application"_s,
                                    u"childcare-facility-status-report"_s,
                                    u"child-rearing-allowance-status-advance"_s,
                                    u"pregnancy-notice"_s};
        const QStringList care{
            u"high-cost-care-benefit"_s,         u"care-cost-ceiling-certification"_s, u"welfare-equipment-purchase"_s,
            u"home-modification-benefit"_s,      u"care-certification-after-move"_s,   u"care-certification"_s,
            u"care-certification-renewal"_s,     u"care-certification-change"_s,       u"care-plan-notice"_s,
            u"care-burden-ratio-card-reissue"_s, u"care-insurance-card-reissue"_s};
        QCOMPARE(childcare.size() + care.size() + 1, 27);
        for (const QString& id : childcare)
            QVERIFY2(m_load.catalogue.procedure(id) && m_load.catalogue.procedure(id)->category == Category::ChildCare,
                     qPrintable(id));
        for (const QString& id : care)
            QVERIFY2(m_load.catalogue.procedure(id) && m_load.catalogue.procedure(id)->category == Category::Care,
                     qPrintable(id));
        QCOMPARE(m_load.catalogue.procedures(Category::Disaster).size(), 1);
        QCOMPARE(m_load.catalogue.procedures(Category::ChildCare).size(), 16);
        QCOMPARE(m_load.catalogue.procedures(Category::Care).size(), 12);
        QCOMPARE(m_load.catalogue.procedures().size(), 41);
    }

    void fullFormsForTheThreeNamedProcedures_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("fieldIds");
        QTest::newRow("child allowance") << u"child-allowance-claim"_s
                                         << QStringList{u"claimant_name"_s,  u"children"_s,  u"bank_name"_s,
                                                        u"account_number"_s, u"my_number"_s, u"spouse_name"_s};
        QTest::newRow("pregnancy") << u"pregnancy-notice"_s
                                   << QStringList{u"mother_name"_s, u"expected_delivery_date"_s, u"weeks_pregnant"_s,
                                                  u"multiple_pregnancy"_s, u"my_number"_s};
        QTest::newRow("disaster") << u"disaster-certificate"_s
                                  << QStringList{u"applicant_name"_s,           u"disaster_date"_s,
                                                 u"damaged_property_address"_s, u"damage_type"_s,
                                                 u"damage_description"_s,       u"copies"_s};
    }

    void fullFormsForTheThreeNamedProcedures() {
        QFETCH(QString, id);
        QFETCH(QStringList, fieldIds);
        const Procedure* p = m_load.catalogue.procedure(id);
        QVERIFY(p);
        QVERIFY(p->fields.size() >= 12);
        QVERIFY(!p->documents.isEmpty());
        for (const QString& fieldId : fieldIds)
            QVERIFY2(p->field(fieldId), qPrintable(fieldId));
    }

    void prefillSourcesAndPrivacy() {
        const Procedure* claim = m_load.catalogue.procedure(u"child-allowance-claim"_s);
        QCOMPARE(claim->field(u"claimant_name"_s)->prefillSource, PrefillSource::Card);
        QCOMPARE(claim->field(u"claimant_name"_s)->prefillKey, u"name"_s);
        QCOMPARE(claim->field(u"claimant_address"_s)->prefillSource, PrefillSource::Registry);
        QCOMPARE(claim->field(u"children"_s)->prefillKey, u"household_members"_s);
        QCOMPARE(claim->field(u"event_date"_s)->prefillSource, PrefillSource::Answer);
        QCOMPARE(claim->field(u"claim_reason"_s)->validation.choices.size(), 3);
        QVERIFY(claim->myNumberRequired);
        // No My Number field anywhere it is not lawfully required; disaster certificates and certificates need none.
        for (const Procedure& p : m_load.catalogue.procedures()) {
            for (const ProcedureField& f : p.fields) {
                if (f.type == FieldType::MyNumber || f.prefillKey == u"my_number"_s)
                    QVERIFY2(p.myNumberRequired, qPrintable(p.id));
            }
            QVERIFY2(!p.name.ja.isEmpty() && !p.name.en.isEmpty(), qPrintable(p.id));
        }
        QVERIFY(!m_load.catalogue.procedure(u"disaster-certificate"_s)->myNumberRequired);
        QVERIFY(!m_load.catalogue.procedure(u"resident-certificate"_s)->myNumberRequired);
    }

    void ageOnExactDates_data() {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("age");
        QTest::addColumn<int>("ageDayBefore");
        QTest::newRow("day before 15th birthday") << QDate(2011, 4, 2) << QDate(2026, 4, 1) << 14 << 15;
        QTest::newRow("15th birthday") << QDate(2011, 4, 1) << QDate(2026, 4, 1) << 15 << 15;
        QTest::newRow("two days before") << QDate(2011, 4, 3) << QDate(2026, 4, 1) << 14 << 14;
        QTest::newRow("29 Feb on 28 Feb") << QDate(2012, 2, 29) << QDate(2027, 2, 28) << 14 << 15;
        QTest::newRow("29 Feb on 1 Mar") << QDate(2012, 2, 29) << QDate(2027, 3, 1) << 15 << 15;
        QTest::newRow("29 Feb in a leap year") << QDate(2012, 2, 29) << QDate(2028, 2, 29) << 16 << 16;
        QTest::newRow("newborn") << QDate(2026, 4, 1) << QDate(2026, 4, 1) << 0 << 0;
        QTest::newRow("not yet born") << QDate(2026, 4, 2) << QDate(2026, 4, 1) << -1 << -1;
    }

    void ageOnExactDates() {
        QFETCH(QDate, birth);
        QFETCH(QDate, day);
        QFETCH(int, age);
        QFETCH(int, ageDayBefore);
        QCOMPARE(ageOn(birth, day), age);
        QCOMPARE(ageOn(birth, day, AgeCounting::DayBeforeBirthday), ageDayBefore);
    }

    void followUpRules_data() {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QList<QDate>>("births");
        QTest::addColumn<QStringList>("answers"); // field=value
        QTest::addColumn<QStringList>("expected");
        const QDate visit(2026, 4, 1);
        Q_UNUSED(visit)
        const QString allowance = u"child-allowance-claim"_s;
        const QString enrol = u"care-insurance-enrolment"_s;
        // 転入: a child under 15 on the visit day (2026-04-01).
        QTest::newRow("move-in, child turns 15 today")
            << u"move-in"_s << QList<QDate>{QDate(2011, 4, 1)} << QStringList() << QStringList();
        QTest::newRow("move-in, child turns 15 tomorrow")
            << u"move-in"_s << QList<QDate>{QDate(2011, 4, 2)} << QStringList() << QStringList{allowance};
        QTest::newRow("move-in, newborn")
            << u"move-in"_s << QList<QDate>{QDate(2026, 3, 1)} << QStringList() << QStringList{allowance};
        QTest::newRow("move-in, adults only")
            << u"move-in"_s << QList<QDate>{QDate(1985, 9, 12), QDate(1987, 1, 25)} << QStringList() << QStringList();
        // 転入 65+: 介護保険 counts from the day before the 65th birthday.
        QTest::newRow("move-in, 65th birthday tomorrow")
            << u"move-in"_s << QList<QDate>{QDate(1961, 4, 2)} << QStringList() << QStringList{enrol};
        QTest::newRow("move-in, 65th birthday in two days")
            << u"move-in"_s << QList<QDate>{QDate(1961, 4, 3)} << QStringList() << QStringList();
        QTest::newRow("move-in, aged 80")
            << u"move-in"_s << QList<QDate>{QDate(1946, 1, 1)} << QStringList() << QStringList{enrol};
        QTest::newRow("move-in, care certified elsewhere")
            << u"move-in"_s << QList<QDate>{QDate(1946, 1, 1)} << QStringList{u"has_care_certification=true"_s}
            << QStringList{enrol, u"care-certification-after-move"_s};
        QTest::newRow("move-in, not certified") << u"move-in"_s << QList<QDate>{QDate(1946, 1, 1)}
                                                << QStringList{u"has_care_certification=false"_s} << QStringList{enrol};
        QTest::newRow("move-in, Suzuki family")
            << u"move-in"_s
            << QList<QDate>{QDate(1985, 9, 12), QDate(1987, 1, 25), QDate(2016, 5, 5), QDate(2021, 10, 30)}
            << QStringList() << QStringList{allowance};
        QTest::newRow("move-in, three generations")
            << u"move-in"_s << QList<QDate>{QDate(1980, 1, 1), QDate(2015, 1, 1), QDate(1950, 1, 1)} << QStringList()
            << QStringList{allowance, enrol};
        QTest::newRow("move-in, unknown birth date")
            << u"move-in"_s << QList<QDate>{QDate()} << QStringList() << QStringList();
        // 出生: always both.
        QTest::newRow("birth") << u"birth"_s << QList<QDate>{QDate(2026, 3, 28)} << QStringList()
                               << QStringList{allowance, u"infant-medical-certificate"_s};
        QTest::newRow("birth, no dates") << u"birth"_s << QList<QDate>{} << QStringList()
                                         << QStringList{allowance, u"infant-medical-certificate"_s};
        // Other life events with a child under 15.
        QTest::newRow("move-out with child") << u"move-out"_s << QList<QDate>{QDate(2015, 1, 1)} << QStringList()
                                             << QStringList{u"child-allowance-lapse"_s};
        QTest::newRow("move-out, adult") << u"move-out"_s << QList<QDate>{QDate(1990, 1, 1)} << QStringList()
                                         << QStringList();
        QTest::newRow("move-within with child") << u"move-within"_s << QList<QDate>{QDate(2020, 1, 1)} << QStringList()
                                                << QStringList{u"child-allowance-change-notice"_s};
        QTest::newRow("marriage with child") << u"marriage"_s << QList<QDate>{QDate(2020, 1, 1)} << QStringList()
                                             << QStringList{u"child-allowance-change-notice"_s};
        QTest::newRow("divorce with child") << u"divorce"_s << QList<QDate>{QDate(2020, 1, 1)} << QStringList()
                                            << QStringList{u"child-allowance-change-notice"_s};
        QTest::newRow("divorce, child turned 15")
            << u"divorce"_s << QList<QDate>{QDate(2011, 4, 1)} << QStringList() << QStringList();
        QTest::newRow("death") << u"death"_s << QList<QDate>{QDate(2020, 1, 1)} << QStringList() << QStringList();
        QTest::newRow("not a life event")
            << u"resident-certificate"_s << QList<QDate>{QDate(2020, 1, 1)} << QStringList() << QStringList();
    }

    void followUpRules() {
        QFETCH(QString, event);
        QFETCH(QList<QDate>, births);
        QFETCH(QStringList, answers);
        QFETCH(QStringList, expected);
        QHash<QString, QString> answerMap;
        for (const QString& a : answers)
            answerMap.insert(a.section(u'=', 0, 0), a.section(u'=', 1));
        const VisitFacts f = facts(event, QDate(2026, 4, 1), births, answerMap);
        QCOMPARE(proposed(m_load.catalogue, f), expected);
        for (const FollowUpProposal& p : m_load.catalogue.followUps(f)) {
            QVERIFY(m_load.catalogue.procedure(p.procedureId));
            QVERIFY(p.reason.ja.endsWith(u'。'));
            QVERIFY(!p.reason.en.isEmpty());
        }
    }

    void reasonTextForTheClerk() {
        const QList<FollowUpProposal> proposals = m_load.catalogue.followUps(
            facts(u"move-in"_s, QDate(2026, 4, 1), {QDate(2016, 5, 5), QDate(2021, 10, 30)}));
        QCOMPARE(proposals.size(), 1);
        QVERIFY(proposals.first().reason.ja.contains(u"児童手当の認定請求も必要です"_s));
        QCOMPARE(proposals.first().concernedCount, 2);
        QCOMPARE(proposals.first().ruleId, u"move-in-child-allowance"_s);
    }

    void everyShippedRuleCanFire() {
        // Guard against a rule that no test above reaches.
        QSet<QString> fired;
        for (const FollowUpRule& r : m_load.catalogue.followUpRules()) {
            QList<QDate> births;
            if (r.minAge)
                births << QDate(2026, 4, 1).addYears(-*r.minAge - 1);
            else if (r.belowAge)
                births << QDate(2026, 4, 1).addYears(-qMax(0, *r.belowAge - 1));
            QHash<QString, QString> answers;
            if (!r.answerField.isEmpty())
                answers.insert(r.answerField, r.answerEquals);
            for (const FollowUpProposal& p :
                 m_load.catalogue.followUps(facts(r.lifeEventId, QDate(2026, 4, 1), births, answers)))
                fired.insert(p.ruleId);
        }
        QCOMPARE(fired.size(), m_load.catalogue.followUpRules().size());
    }

    void minimalFileLoads() {
        const CatalogueLoad load = loadCatalogue({{u"test.json"_s, QJsonDocument(minimalFile()).toJson()}});
        QVERIFY2(load.ok(), qPrintable(describe(load)));
        QCOMPARE(load.catalogue.procedures().size(), 2);
        QCOMPARE(proposed(load.catalogue, facts(u"move-in"_s, QDate(2026, 4, 1), {}, {{u"cared"_s, u"true"_s}})),
                 QStringList{u"resident-certificate"_s});
    }

    void malformedFilesAreRefused_data() {
        QTest::addColumn<QVariantList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<QString>("field");
        const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("format 2") << QVariantList{u"format"_s} << QJsonValue(2) << QString() << QString();
        QTest::newRow("no version") << QVariantList{u"version"_s} << removed << QString() << QString();
        QTest::newRow("unknown top key") << QVariantList{u"procedure"_s} << QJsonValue(1) << QString() << QString();
        QTest::newRow("bad procedure id")
            << QVariantList{u"procedures"_s, 0, u"id"_s} << QJsonValue(u"Move In"_s) << u"Move In"_s << QString();
        QTest::newRow("duplicate procedure id")
            << QVariantList{u"procedures"_s, 1, u"id"_s} << QJsonValue(u"move-in"_s) << u"move-in"_s << QString();
        QTest::newRow("no English name") << QVariantList{u"procedures"_s, 1, u"name"_s, u"en"_s} << removed
                                         << u"resident-certificate"_s << QString();
        QTest::newRow("unknown category") << QVariantList{u"procedures"_s, 1, u"category"_s} << QJsonValue(u"tax"_s)
                                          << u"resident-certificate"_s << QString();
        QTest::newRow("negative fee") << QVariantList{u"procedures"_s, 1, u"fee"_s, u"amount"_s} << QJsonValue(-300)
                                      << u"resident-certificate"_s << QString();
        QTest::newRow("fractional fee") << QVariantList{u"procedures"_s, 1, u"fee"_s, u"amount"_s} << QJsonValue(300.5)
                                        << u"resident-certificate"_s << QString();
        QTest::newRow("fee without unit") << QVariantList{u"procedures"_s, 1, u"fee"_s, u"per"_s}
                                          << QJsonValue(u"none"_s) << u"resident-certificate"_s << QString();
        QTest::newRow("unknown identity level")
            << QVariantList{u"procedures"_s, 1, u"identity_verification"_s} << QJsonValue(u"fingerprint"_s)
            << u"resident-certificate"_s << QString();
        QTest::newRow("my number flag not bool") << QVariantList{u"procedures"_s, 1, u"my_number_required"_s}
                                                 << QJsonValue(u"yes"_s) << u"resident-certificate"_s << QString();
        QTest::newRow("misspelt key") << QVariantList{u"procedures"_s, 1, u"feee"_s} << QJsonValue(1)
                                      << u"resident-certificate"_s << QString();
        QTest::newRow("no fields") << QVariantList{u"procedures"_s, 1, u"fields"_s} << QJsonValue(QJsonArray())
                                   << u"resident-certificate"_s << QString();
        QTest::newRow("unknown field type") << QVariantList{u"procedures"_s, 1, u"fields"_s, 0, u"type"_s}
                                            << QJsonValue(u"money"_s) << u"resident-certificate"_s << u"copies"_s;
        QTest::newRow("field required missing") << QVariantList{u"procedures"_s, 1, u"fields"_s, 0, u"required"_s}
                                                << removed << u"resident-certificate"_s << u"copies"_s;
        QTest::newRow("bad prefill source")
            << QVariantList{u"procedures"_s, 1, u"fields"_s, 0, u"prefill"_s} << QJsonValue(u"cloud.copies"_s)
            << u"resident-certificate"_s << u"copies"_s;
        QTest::newRow("bad card key") << QVariantList{u"procedures"_s, 1, u"fields"_s, 0, u"prefill"_s}
                                      << QJsonValue(u"card.photo"_s) << u"resident-certificate"_s << u"copies"_s;
        QTest::newRow("min above max") << QVariantList{u"procedures"_s, 1, u"fields"_s, 0, u"validation"_s, u"min"_s}
                                       << QJsonValue(30) << u"resident-certificate"_s << u"copies"_s;
        QTest::newRow("max_length on a number")
            << QVariantList{u"procedures"_s, 1, u"fields"_s, 0, u"validation"_s, u"max_length"_s} << QJsonValue(5)
            << u"resident-certificate"_s << u"copies"_s;
        QTest::newRow("my number not lawful") << QVariantList{u"procedures"_s, 1, u"fields"_s, 0, u"type"_s}
                                              << QJsonValue(u"my_number"_s) << u"resident-certificate"_s << u"copies"_s;
        QTest::newRow("choice without choices") << QVariantList{u"procedures"_s, 0, u"fields"_s, 1, u"type"_s}
                                                << QJsonValue(u"choice"_s) << u"move-in"_s << u"cared"_s;
        QTest::newRow("rule for unknown event") << QVariantList{u"follow_ups"_s, 0, u"when"_s}
                                                << QJsonValue(u"emigration"_s) << u"move-in-cert"_s << QString();
        QTest::newRow("rule when not a life event")
            << QVariantList{u"follow_ups"_s, 0, u"when"_s} << QJsonValue(u"resident-certificate"_s) << u"move-in-cert"_s
            << QString();
        QTest::newRow("rule proposes unknown") << QVariantList{u"follow_ups"_s, 0, u"propose"_s}
                                               << QJsonValue(u"nothing"_s) << u"move-in-cert"_s << QString();
        QTest::newRow("rule answer field unknown") << QVariantList{u"follow_ups"_s, 0, u"if"_s, u"answer"_s, u"field"_s}
                                                   << QJsonValue(u"carde"_s) << u"move-in-cert"_s << u"carde"_s;
        QTest::newRow("rule answer not boolean") << QVariantList{u"follow_ups"_s, 0, u"if"_s, u"answer"_s, u"equals"_s}
                                                 << QJsonValue(u"yes"_s) << u"move-in-cert"_s << u"cared"_s;
        QTest::newRow("rule age inverted")
            << QVariantList{u"follow_ups"_s, 0, u"if"_s, u"member_age"_s}
            << QJsonValue(QJsonObject{{u"min"_s, 65}, {u"below"_s, 15}}) << u"move-in-cert"_s << QString();
        QTest::newRow("rule age counting unknown")
            << QVariantList{u"follow_ups"_s, 0, u"if"_s, u"member_age"_s}
            << QJsonValue(QJsonObject{{u"min"_s, 65}, {u"counting"_s, u"lunar"_s}}) << u"move-in-cert"_s << QString();
        QTest::newRow("rule without reason")
            << QVariantList{u"follow_ups"_s, 0, u"reason"_s} << removed << u"move-in-cert"_s << QString();
    }

    void malformedFilesAreRefused() {
        QFETCH(QVariantList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, procedure);
        QFETCH(QString, field);
        const QJsonObject broken = setAt(minimalFile(), path, value).toObject();
        const CatalogueLoad load = loadCatalogue({{u"broken.json"_s, QJsonDocument(broken).toJson()}});
        QVERIFY(!load.ok());
        QVERIFY(load.catalogue.procedures().isEmpty()); // refused whole
        bool found = false;
        for (const CatalogueError& e : load.errors) {
            QCOMPARE(e.file, u"broken.json"_s);
            QVERIFY(e.message.contains(u"broken.json"_s));
            QVERIFY(!e.detail.isEmpty());
            found = found || (e.procedure == procedure && e.field == field);
        }
        QVERIFY2(found, qPrintable(describe(load)));
    }

    void brokenJsonAndEmptyDirectories() {
        CatalogueLoad load = loadCatalogue({{u"cut.json"_s, QJsonDocument(minimalFile()).toJson().left(100)}});
        QVERIFY(!load.ok());
        QCOMPARE(load.errors.first().file, u"cut.json"_s);
        QVERIFY(load.errors.first().detail.contains(u"offset"_s));
        load = loadCatalogueDirectory(u"/nonexistent/catalogue"_s);
        QVERIFY(!load.ok());
        QVERIFY(load.errors.first().detail.contains(u"/nonexistent/catalogue"_s));
        // The same id in two files.
        const QByteArray json = QJsonDocument(minimalFile()).toJson();
        QJsonObject second = minimalFile();
        second.remove(u"follow_ups"_s);
        load = loadCatalogue({{u"a.json"_s, json}, {u"b.json"_s, QJsonDocument(second).toJson()}});
        QVERIFY(!load.ok());
        QCOMPARE(load.errors.first().file, u"b.json"_s);
        QVERIFY(load.errors.first().detail.contains(u"a.json"_s));
    }

private:
    CatalogueLoad m_load;
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
