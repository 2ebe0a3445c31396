// The declared printout data of the catalogue: every operator, empty values left out, errors with their path.
#include "catalogue/Catalogue.h"
#include "catalogue/PrintBinding.h"

#include <QJsonDocument>
#include <QTest>

using namespace madoguchi::catalogue;

namespace {

QJsonValue json(const char* text) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("{\"v\": ") + text + "}");
    return doc.object().value(QStringLiteral("v"));
}

const QJsonObject& context() {
    static const QJsonObject c = QJsonDocument::fromJson(R"({
        "form": {"purpose": "other", "scope": "some", "name": "山田　太郎", "years": "12"},
        "labels": {"purpose": "その他の用途"},
        "resident": {"resident_id": "R1"},
        "people": [{"id": "R1", "name": "太郎", "age": 46}, {"id": "R2", "name": "一郎", "age": 12}],
        "empty": []
    })")
                                     .object();
    return c;
}

} // namespace

class TestPrintBinding final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expressions_data();
    void expressions();
    void objectsLeaveOutEmptyValues();
    void unknownOperatorIsAnErrorWithItsPath();
    void checkPrintoutsNamesEveryProblem();
    void everyShippedPrintoutIsWellFormed();
};

void TestPrintBinding::expressions_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected"); // compact JSON of {"v": result}
    QTest::newRow("path") << R"("form.name")"
                          << R"({"v":"山田　太郎"})";
    QTest::newRow("missing path") << R"("form.nothing.deeper")"
                                  << R"({"v":null})";
    QTest::newRow("list index") << R"("people.1.name")"
                                << R"({"v":"一郎"})";
    QTest::newRow("literal") << R"(true)"
                             << R"({"v":true})";
    QTest::newRow("text") << R"({"$text": "{form.name}様（{resident.resident_id}）"})"
                          << R"({"v":"山田　太郎様（R1）"})";
    QTest::newRow("first") << R"({"$first": ["form.nothing", "empty", "labels.purpose"]})"
                           << R"({"v":"その他の用途"})";
    QTest::newRow("map hit") << R"({"$map": "form.scope", "to": {"some": {"$text": "一部"}}})"
                             << R"({"v":"一部"})";
    QTest::newRow("map to null") << R"({"$map": "form.scope", "to": {"some": null}, "else": "form.name"})"
                                 << R"({"v":null})";
    QTest::newRow("map else") << R"({"$map": "form.purpose", "to": {"work": 1}, "else": "labels.purpose"})"
                              << R"({"v":"その他の用途"})";
    QTest::newRow("map itself") << R"({"$map": "form.purpose", "to": {"work": 1}})"
                                << R"({"v":"other"})";
    QTest::newRow("each where item")
        << R"({"$each": "people", "where": {"$below": ["item.age", 15]}, "item": {"n": "item.name"}})"
        << R"({"v":[{"n":"一郎"}]})";
    QTest::newRow("each scope") << R"({"$each": "people", "where": {"$any": [{"$not": {"$equals": ["form.scope",
        {"$text": "some"}]}}, {"$equals": ["item.id", "resident.resident_id"]}]}, "item": "item.name"})"
                                << R"({"v":["太郎"]})";
    QTest::newRow("concat") << R"({"$concat": [["a"], "empty", [1]]})"
                            << R"({"v":[null,1]})";
    QTest::newRow("equals") << R"({"$equals": ["form.scope", {"$text": "some"}]})"
                            << R"({"v":true})";
    QTest::newRow("below empty") << R"({"$below": ["form.nothing", 3]})"
                                 << R"({"v":false})";
    QTest::newRow("present") << R"({"$present": "empty"})"
                             << R"({"v":false})";
    QTest::newRow("all") << R"({"$all": [true, {"$present": "form.name"}, false]})"
                         << R"({"v":false})";
    QTest::newRow("number") << R"({"$number": "form.years"})"
                            << R"({"v":12})";
    QTest::newRow("number of text") << R"({"$number": "form.name"})"
                                    << R"({"v":null})";
}

void TestPrintBinding::expressions() {
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QStringList errors;
    const QJsonValue value = evaluateBinding(json(expression.toUtf8().constData()), context(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), value}}).toJson(QJsonDocument::Compact)),
             expected);
}

void TestPrintBinding::objectsLeaveOutEmptyValues() {
    QStringList errors;
    const QJsonValue value = evaluateBinding(
        json(R"({"name": "form.name", "gone": "form.nothing", "none": "empty", "blank": {"$text": ""}})"), context(),
        &errors);
    QCOMPARE(value.toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("山田　太郎")}}));
}

void TestPrintBinding::unknownOperatorIsAnErrorWithItsPath() {
    QStringList errors;
    evaluateBinding(json(R"({"members": {"$each": "people", "item": {"$upper": "item.name"}}})"), context(), &errors);
    QCOMPARE(errors.size(), 2); // once per person
    QVERIFY2(errors.first().startsWith(QStringLiteral("members.item: unknown operator $upper")),
             qPrintable(errors.first()));
}

void TestPrintBinding::checkPrintoutsNamesEveryProblem() {
    QVERIFY(checkPrintouts(QJsonValue()).isEmpty()); // no printouts: the generic form
    QCOMPARE(checkPrintouts(json(R"({"template": "x"})")),
             QStringList{QStringLiteral("printouts: a list of printouts")});
    const QStringList problems = checkPrintouts(json(R"([
        {"template": "juminhyo", "data": {"a": {"$frist": ["x"]}}, "certificate": "yes", "colour": 1},
        {"data": [], "when": {"$any": [{"$bogus": 1}]}},
        "text"])"));
    const QStringList expected{QStringLiteral("printouts[0]: unknown key 'colour'"),
                               QStringLiteral("printouts[0].certificate: true or false"),
                               QStringLiteral("printouts[0].data.a: unknown operator $frist"),
                               QStringLiteral("printouts[1].template: the id of a printing template"),
                               QStringLiteral("printouts[1].data: an object, one entry per template field"),
                               QStringLiteral("printouts[1].when.$any[0]: unknown operator $bogus"),
                               QStringLiteral("printouts[2]: an object")};
    QCOMPARE(problems, expected);
}

void TestPrintBinding::everyShippedPrintoutIsWellFormed() {
    const CatalogueLoad load = loadCatalogueDirectory(Catalogue::kShippedDirectory);
    QVERIFY(load.ok());
    int declared = 0;
    for (const Procedure& p : load.catalogue.procedures()) {
        QVERIFY2(checkPrintouts(p.printouts).isEmpty(), qPrintable(p.id));
        declared += int(!p.printouts.isEmpty());
    }
    QVERIFY(declared > 0);
}

QTEST_GUILESS_MAIN(TestPrintBinding)
#include "tst_printbinding.moc"
