// Card ↔ registry matching: notation-tolerant comparison of names and addresses, confidence levels, and people
// who share a name never taken for each other.
#include "registry/ComparableText.h"
#include "registry/NameVariants.h"
#include "registry/RegistryCsv.h"
#include "registry/ResidentMatch.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace madoguchi::registry;

Q_DECLARE_METATYPE(madoguchi::registry::FieldMatch)
Q_DECLARE_METATYPE(madoguchi::registry::MatchConfidence)

namespace {

Resident resident(const QString& id, const QString& household, const QString& family, const QString& given, QDate birth,
                  const QString& sex) {
    Resident r;
    r.id = id;
    r.householdId = household;
    r.familyName = family;
    r.givenName = given;
    r.birthDate = birth;
    r.sex = sex;
    return r;
}

Household household(const QString& id, const QString& address) {
    Household h;
    h.id = id;
    h.address = address;
    return h;
}

// The demo registry, parsed once for the tests that match against it.
const RegistryImport& demoRegistry() {
    static const RegistryImport registry = [] {
        QFile file(u":/madoguchi/demo/registry.csv"_s);
        return file.open(QIODevice::ReadOnly) ? parseRegistryCsv(file.readAll()) : RegistryImport{};
    }();
    return registry;
}

CardIdentity card(const QString& name, const QString& address, QDate birth, const QString& sex) {
    return {name, address, birth, sex};
}

} // namespace

class TestResidentMatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedVariantTableLoads() {
        QVERIFY(NameVariants::shipped().size() >= 15);
        QCOMPARE(NameVariants::shipped().fold(u"𠮷田　髙志"_s), u"吉田　高志"_s);
        QCOMPARE(NameVariants::shipped().fold(u"山﨑"_s), u"山崎"_s);
        QCOMPARE(NameVariants::shipped().fold(u"渡邉"_s), u"渡辺"_s);
        QCOMPARE(NameVariants::shipped().fold(u"斎藤"_s), u"斎藤"_s); // 斉/斎 are different surnames: not folded
    }

    void malformedVariantTablesAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("wrong format") << QByteArray(R"({"format": 2, "variants": []})");
        QTest::newRow("two-character common")
            << QByteArray(R"({"format":1,"variants":[{"common":"高橋","variants":["髙"]}]})");
        QTest::newRow("no variants") << QByteArray(R"({"format":1,"variants":[{"common":"高","variants":[]}]})");
        QTest::newRow("variant equals common")
            << QByteArray(R"({"format":1,"variants":[{"common":"高","variants":["高"]}]})");
        QTest::newRow("variant twice") << QByteArray(
            R"({"format":1,"variants":[{"common":"高","variants":["髙"]},{"common":"吉","variants":["髙"]}]})");
    }

    void malformedVariantTablesAreRefused() {
        QFETCH(QByteArray, json);
        NameVariants table;
        QString error;
        QVERIFY(!NameVariants::fromJson(json, &table, &error));
        QVERIFY(error.startsWith(u"name variants:"_s));
        QCOMPARE(table.size(), 0);
    }

    void addressForms_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("card vs registry")
            << u"東京都武蔵野市緑町一丁目２番３号"_s << u"東京都武蔵野市緑町一丁目2番3号"_s << true;
        QTest::newRow("hyphen form") << u"緑町一丁目2番3号"_s << u"緑町1-2-3"_s << true;
        QTest::newRow("full-width hyphens") << u"緑町1-2-3"_s << u"緑町１－２－３"_s << true;
        QTest::newRow("long vowel mark as hyphen") << u"緑町１ー２ー３"_s << u"緑町1-2-3"_s << true;
        QTest::newRow("minus sign") << u"緑町1−2−3"_s << u"緑町1丁目2番3号"_s << true;
        QTest::newRow("banchi no") << u"境五丁目3番地の18"_s << u"境5-3-18"_s << true;
        QTest::newRow("kanji ten") << u"本町十二丁目1番1号"_s << u"本町12-1-1"_s << true;
        QTest::newRow("kanji twenty-three") << u"本町二十三丁目1番"_s << u"本町23-1"_s << true;
        QTest::newRow("spaces") << u"東京都 武蔵野市　緑町 1-2-3"_s << u"東京都武蔵野市緑町一丁目2番3号"_s << true;
        QTest::newRow("room number kept")
            << u"西久保三丁目24番12号　Ａ棟１２０３号室"_s << u"西久保3-24-12A棟1203号室"_s << true;
        QTest::newRow("variant kanji") << u"髙田町1-2"_s << u"高田町一丁目2番"_s << true;
        QTest::newRow("place name numerals kept") << u"八幡町一丁目1番1号"_s << u"8幡町1-1-1"_s << false;
        QTest::newRow("other lot") << u"緑町一丁目2番3号"_s << u"緑町1-2-4"_s << false;
        QTest::newRow("other chome") << u"緑町一丁目2番3号"_s << u"緑町2-2-3"_s << false;
        QTest::newRow("digits not merged") << u"緑町1-23"_s << u"緑町12-3"_s << false;
        QTest::newRow("other room") << u"西久保3-24-12A棟1203号室"_s << u"西久保3-24-12A棟1204号室"_s << false;
    }

    void addressForms() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        const NameVariants& v = NameVariants::shipped();
        QCOMPARE(foldedAddress(a, v) == foldedAddress(b, v), equal);
    }

    void fieldComparison_data() {
        QTest::addColumn<QString>("cardName");
        QTest::addColumn<QString>("cardAddress");
        QTest::addColumn<QString>("cardSex");
        QTest::addColumn<FieldMatch>("name");
        QTest::addColumn<FieldMatch>("address");
        QTest::addColumn<MatchConfidence>("confidence");
        // Registry: 𠮷田 髙志, 1958-11-03, male, 東京都武蔵野市吉祥寺本町二丁目4番10号.
        const QString addr = u"東京都武蔵野市吉祥寺本町二丁目４番１０号"_s;
        QTest::newRow("as on the card") << u"𠮷田　髙志"_s << addr << u"1"_s << FieldMatch::Same << FieldMatch::Same
                                        << MatchConfidence::Exact;
        QTest::newRow("hyphen address") << u"𠮷田　髙志"_s << u"東京都武蔵野市吉祥寺本町２－４－１０"_s << u"1"_s
                                        << FieldMatch::Same << FieldMatch::Equivalent << MatchConfidence::Strong;
        QTest::newRow("吉 for 𠮷") << u"吉田　髙志"_s << addr << u"1"_s << FieldMatch::Equivalent << FieldMatch::Same
                                   << MatchConfidence::Strong;
        QTest::newRow("高 for 髙") << u"𠮷田　高志"_s << addr << u"1"_s << FieldMatch::Equivalent << FieldMatch::Same
                                   << MatchConfidence::Strong;
        QTest::newRow("both variants and hyphens")
            << u"吉田　高志"_s << u"東京都武蔵野市吉祥寺本町2-4-10"_s << u"1"_s << FieldMatch::Equivalent
            << FieldMatch::Equivalent << MatchConfidence::Strong;
        QTest::newRow("half-width space")
            << u"𠮷田 髙志"_s << addr << u"1"_s << FieldMatch::Same << FieldMatch::Same << MatchConfidence::Exact;
        QTest::newRow("moved, card not updated") << u"𠮷田　髙志"_s << u"東京都三鷹市下連雀三丁目１番１号"_s << u"1"_s
                                                 << FieldMatch::Same << FieldMatch::Different << MatchConfidence::Weak;
        QTest::newRow("sex differs") << u"𠮷田　髙志"_s << addr << u"2"_s << FieldMatch::Same << FieldMatch::Same
                                     << MatchConfidence::Weak;
        QTest::newRow("other given name")
            << u"𠮷田　隆"_s << addr << u"1"_s << FieldMatch::Different << FieldMatch::Same << MatchConfidence::Weak;
        QTest::newRow("split elsewhere") << u"𠮷田髙　志"_s << addr << u"1"_s << FieldMatch::Different
                                         << FieldMatch::Same << MatchConfidence::Weak;
    }

    void fieldComparison() {
        QFETCH(QString, cardName);
        QFETCH(QString, cardAddress);
        QFETCH(QString, cardSex);
        QFETCH(FieldMatch, name);
        QFETCH(FieldMatch, address);
        QFETCH(MatchConfidence, confidence);
        const QList<Resident> residents{resident(u"R5"_s, u"H2"_s, u"𠮷田"_s, u"髙志"_s, QDate(1958, 11, 3), u"1"_s)};
        const QList<Household> households{household(u"H2"_s, u"東京都武蔵野市吉祥寺本町二丁目4番10号"_s)};
        const MatchResult result =
            matchCard(card(cardName, cardAddress, QDate(1958, 11, 3), cardSex), residents, households);
        QCOMPARE(result.candidates.size(), 1);
        const MatchCandidate& c = result.candidates.first();
        QCOMPARE(c.name, name);
        QCOMPARE(c.address, address);
        QCOMPARE(c.birthDate, FieldMatch::Same);
        QCOMPARE(c.confidence, confidence);
        QCOMPARE(c.registryAddress, u"東京都武蔵野市吉祥寺本町二丁目4番10号"_s);
        QCOMPARE(result.unique() != nullptr, confidence != MatchConfidence::Weak);
    }

    void twoDifferencesAreAnotherPerson() {
        const QList<Resident> residents{resident(u"R5"_s, u"H2"_s, u"𠮷田"_s, u"髙志"_s, QDate(1958, 11, 3), u"1"_s)};
        const QList<Household> households{household(u"H2"_s, u"東京都武蔵野市吉祥寺本町二丁目4番10号"_s)};
        // Same name and address, another birth date and sex.
        QVERIFY(matchCard(card(u"𠮷田　髙志"_s, u"東京都武蔵野市吉祥寺本町2-4-10"_s, QDate(1958, 11, 4), u"2"_s),
                          residents, households)
                    .candidates.isEmpty());
        // Same birth date and sex only.
        QVERIFY(matchCard(card(u"田中　誠"_s, u"東京都武蔵野市境1-1-1"_s, QDate(1958, 11, 3), u"1"_s), residents,
                          households)
                    .candidates.isEmpty());
    }

    void namesakesAreNeverMerged() {
        // Two 山田 太郎 in the demo registry: the persona (R000001, 1980) and another man (R000009, 1975).
        const RegistryImport& registry = demoRegistry();
        QVERIFY(registry.ok() && !registry.residents.isEmpty());
        const MatchResult result =
            matchCard(card(u"山田　太郎"_s, u"東京都武蔵野市緑町一丁目２番３号"_s, QDate(1980, 2, 17), u"1"_s),
                      registry.residents, registry.households);
        QVERIFY(result.unique());
        QCOMPARE(result.unique()->resident.id, u"R000001"_s);
        for (const MatchCandidate& c : result.candidates)
            QVERIFY(c.resident.id != u"R000009"_s);
        // The other 山田 太郎's own card finds him, not the persona.
        const MatchResult other =
            matchCard(card(u"山田　太郎"_s, u"東京都武蔵野市境二丁目７番１号"_s, QDate(1975, 5, 5), u"1"_s),
                      registry.residents, registry.households);
        QVERIFY(other.unique());
        QCOMPARE(other.unique()->resident.id, u"R000009"_s);
        QCOMPARE(other.unique()->confidence, MatchConfidence::Exact);
    }

    void sameNameAndBirthdayIsAmbiguous() {
        // Two different people with the same name and birth date at different addresses: both are shown, neither
        // is proposed on its own.
        const QList<Resident> residents{resident(u"A"_s, u"H1"_s, u"佐藤"_s, u"誠"_s, QDate(1970, 1, 1), u"1"_s),
                                        resident(u"B"_s, u"H2"_s, u"佐藤"_s, u"誠"_s, QDate(1970, 1, 1), u"1"_s)};
        const QList<Household> households{household(u"H1"_s, u"東京都武蔵野市境1-1-1"_s),
                                          household(u"H2"_s, u"東京都武蔵野市中町2-2-2"_s)};
        const MatchResult atH1 = matchCard(
            card(u"佐藤　誠"_s, u"東京都武蔵野市境一丁目１番１号"_s, QDate(1970, 1, 1), u"1"_s), residents, households);
        QCOMPARE(atH1.candidates.size(), 2);
        QCOMPARE(atH1.candidates.at(0).resident.id, u"A"_s); // the one at the card's address first
        QCOMPARE(atH1.candidates.at(1).confidence, MatchConfidence::Weak);
        QCOMPARE(atH1.candidates.at(1).differingFields(), QStringList{u"address"_s});
        QCOMPARE(atH1.unique()->resident.id, u"A"_s);
        const MatchResult elsewhere =
            matchCard(card(u"佐藤　誠"_s, u"東京都三鷹市1-1-1"_s, QDate(1970, 1, 1), u"1"_s), residents, households);
        QCOMPARE(elsewhere.candidates.size(), 2);
        QCOMPARE(elsewhere.unique(), nullptr);
    }

    void cardPersonasFindTheirRecords_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("id");
        // Straight from resources/demo/card-personas.json (full-width digits as on the card).
        QTest::newRow("yamada") << u"山田　太郎"_s << u"東京都武蔵野市緑町一丁目２番３号"_s << QDate(1980, 2, 17)
                                << u"1"_s << u"R000001"_s;
        QTest::newRow("yoshida") << u"𠮷田　髙志"_s << u"東京都武蔵野市吉祥寺本町二丁目４番１０号"_s
                                 << QDate(1958, 11, 3) << u"1"_s << u"R000005"_s;
        QTest::newRow("takahashi") << u"高橋　恵子"_s << u"東京都武蔵野市中町一丁目１１番５号"_s << QDate(1949, 3, 21)
                                   << u"2"_s << u"R000006"_s;
        QTest::newRow("nakamura") << u"中村　翔"_s << u"東京都武蔵野市境五丁目３番１８号"_s << QDate(1999, 12, 31)
                                  << u"1"_s << u"R000007"_s;
        QTest::newRow("brown")
            << u"ブラウン　エミリー　シャーロット"_s
            << u"東京都武蔵野市西久保三丁目２４番１２号　グランドメゾン武蔵野西久保ガーデンテラス　Ａ棟１２０３号室"_s
            << QDate(2001, 8, 8) << u"2"_s << u"R000008"_s;
        QTest::newRow("suzuki, moving in")
            << u"鈴木　健一"_s << u"大阪府大阪市北区梅田三丁目１番１号"_s << QDate(1985, 9, 12) << u"1"_s << QString();
    }

    void cardPersonasFindTheirRecords() {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QDate, birth);
        QFETCH(QString, sex);
        QFETCH(QString, id);
        const RegistryImport& registry = demoRegistry();
        QVERIFY(registry.ok() && !registry.residents.isEmpty());
        const MatchResult result = matchCard(card(name, address, birth, sex), registry.residents, registry.households);
        if (id.isEmpty()) {
            QVERIFY(result.candidates.isEmpty());
            return;
        }
        QVERIFY(result.unique());
        QCOMPARE(result.unique()->resident.id, id);
        QVERIFY(result.unique()->differingFields().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResidentMatch)
#include "tst_residentmatch.moc"
