// Templates as data: what makes a template file invalid, field-by-field data errors, which copy of a template wins.
#include "Renderer.h"
#include "Template.h"
#include "TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi::print;

namespace {
QByteArray
minimal(const QByteArray& elements = {},
        const QByteArray& fields = R"([{"name": "name", "label": "氏名", "required": true, "max_length": 5}])",
        const QByteArray& sample = R"({"name": "見本"})") {
    return R"({"schema": 1, "id": "t", "title": "試験", "kind": "form", "fields": )" + fields + R"(, "sample": )" +
           sample + R"(, "elements": )" +
           (elements.isEmpty() ? QByteArray(R"([{"type": "text", "text": "{name}", "box": [10, 10, 50, 10]}])")
                               : elements) +
           "}";
}

QStringList problemPaths(const Result<Template>& r) {
    QStringList paths;
    for (const FieldError& e : r.error().fields)
        paths << e.field;
    return paths;
}
} // namespace

class TestTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void minimalTemplateParses() {
        const Result<Template> r = Template::fromJson(minimal(), QStringLiteral("t.json"), {});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().id, QStringLiteral("t"));
        QCOMPARE(r.value().pageWidth, 210.0);
        QCOMPARE(r.value().requiredFields().size(), 1);
    }

    void malformedTemplates_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("not JSON") << QByteArray("{\"schema\": 1,") << QString();
        QTest::newRow("unknown element") << minimal(R"([{"type": "sparkle", "box": [0, 0, 1, 1]}])")
                                         << QStringLiteral("elements[0].type");
        QTest::newRow("unknown field in text")
            << minimal(R"([{"type": "text", "text": "{nmae}", "box": [10, 10, 50, 10]}])")
            << QStringLiteral("elements[0].text");
        QTest::newRow("unknown format") << minimal(
                                               R"([{"type": "text", "text": "{name:roman}", "box": [10, 10, 50, 10]}])")
                                        << QStringLiteral("elements[0].text");
        QTest::newRow("box off the page")
            << minimal(R"([{"type": "text", "text": "x", "box": [200, 10, 50, 10]}])") << QStringLiteral("elements[0]");
        QTest::newRow("bad box") << minimal(R"([{"type": "text", "text": "x", "box": [1, 2]}])")
                                 << QStringLiteral("elements[0].box");
        QTest::newRow("bad font") << minimal(R"([{"type": "text", "text": "x", "font": "comic", "box": [1, 2, 3, 4]}])")
                                  << QStringLiteral("elements[0].font");
        QTest::newRow("missing image") << minimal(
                                              R"([{"type": "image", "source": "nothere.png", "box": [1, 2, 3, 4]}])")
                                       << QStringLiteral("elements[0].source");
        QTest::newRow("unknown field type")
            << minimal({}, R"([{"name": "name", "type": "colour"}])") << QStringLiteral("fields[0].type");
        QTest::newRow("reserved field name")
            << minimal({}, R"([{"name": "serial"}, {"name": "name"}])") << QStringLiteral("fields[0].name");
        QTest::newRow("sample does not validate")
            << minimal({}, R"([{"name": "name", "required": true}])", "{}") << QStringLiteral("sample.name");
        QTest::newRow("table without table field")
            << minimal(R"([{"type": "table", "field": "name", "box": [10, 10, 100, 50],
                           "columns": [{"header": "a", "text": "{name}", "width": 50}]}])")
            << QStringLiteral("elements[0].field");
    }
    void malformedTemplates() {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const Result<Template> r = Template::fromJson(json, QStringLiteral("broken.json"), QDir::tempPath());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, PrintError::Kind::InvalidTemplate);
        QVERIFY(r.error().message.contains(QLatin1String("broken.json")));
        if (!path.isEmpty())
            QVERIFY2(problemPaths(r).contains(path), qPrintable(problemPaths(r).join(QLatin1Char(' '))));
    }

    void damagedImageIsRefusedAtLoad() {
        // libpng would abort the process inside libharu on this file: it must never get that far.
        QTemporaryDir dir;
        QFile png(dir.filePath(QStringLiteral("seal.png")));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDRgarbage");
        png.close();
        const Result<Template> r =
            Template::fromJson(minimal(R"([{"type": "image", "source": "seal.png", "box": [1, 2, 3, 4]}])"),
                               QStringLiteral("t.json"), dir.path());
        QVERIFY(!r.ok());
        QVERIFY(problemPaths(r).contains(QStringLiteral("elements[0].source")));
    }

    void dataErrorsAreFieldByField() {
        const QByteArray fields = R"([
            {"name": "name", "label": "氏名", "required": true, "max_length": 5},
            {"name": "born", "label": "生年月日", "type": "date", "required": true},
            {"name": "fee", "label": "手数料", "type": "integer", "min": 0, "max": 1000},
            {"name": "flag", "type": "boolean"},
            {"name": "sex", "type": "choice", "choices": ["男", "女"]},
            {"name": "rows", "label": "世帯員", "type": "table", "max_rows": 2,
             "columns": [{"name": "who", "label": "氏名", "required": true}]}])";
        const QByteArray sample = R"({"name": "a", "born": "2000-01-01"})";
        const Result<Template> t = Template::fromJson(minimal({}, fields, sample), QStringLiteral("t.json"), {});
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(problemPaths(t).join(QLatin1Char(' '))));
        const QJsonObject bad = QJsonDocument::fromJson(R"({
            "name": "とても長い名前です", "born": "2000-02-30", "fee": 12.5, "flag": "yes", "sex": "X",
            "rows": [{"who": "a"}, {}, {"who": "c"}], "extra": 1})")
                                    .object();
        QStringList fieldsWithErrors;
        for (const FieldError& e : t.value().validate(bad)) {
            fieldsWithErrors << e.field;
            QVERIFY(!e.message.isEmpty());
        }
        for (const char* expected : {"name", "born", "fee", "flag", "sex", "rows", "rows[1].who", "extra"})
            QVERIFY2(fieldsWithErrors.contains(QLatin1String(expected)), expected);

        const QJsonObject missing = QJsonDocument::fromJson(R"({"born": "1868-10-22"})").object();
        QStringList missingFields;
        for (const FieldError& e : t.value().validate(missing))
            missingFields << e.field;
        QCOMPARE(missingFields, (QStringList{QStringLiteral("name"), QStringLiteral("born")}));

        const QJsonObject outOfRange =
            QJsonDocument::fromJson(R"({"name": "a", "born": "2000-01-01", "fee": 1001})").object();
        QCOMPARE(t.value().validate(outOfRange).size(), 1);
    }

    void earlierDirectoryWinsAndBrokenFilesAreReported() {
        QTemporaryDir own;
        QVERIFY(own.isValid());
        // The municipality's own copy of a shipped template, with a different title.
        QFile embedded(TemplateLibrary::embeddedDir() + QStringLiteral("/nozei.json"));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QByteArray edited = embedded.readAll().replace("\"title\": \"納税証明書\"", "\"title\": \"納税証明書（市）\"");
        QFile copy(own.filePath(QStringLiteral("nozei.json")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(edited);
        copy.close();
        QVERIFY(QFile::copy(TemplateLibrary::embeddedDir() + QStringLiteral("/seal.png"),
                            own.filePath(QStringLiteral("seal.png"))));
        QFile broken(own.filePath(QStringLiteral("juminhyo.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"schema": 1, "id": "juminhyo", "title": "壊れた", "elements": [{"type": "nope"}]})");
        broken.close();

        const TemplateLibrary library = TemplateLibrary::load({own.path(), TemplateLibrary::embeddedDir()});
        QVERIFY(library.find(QStringLiteral("nozei")));
        QCOMPARE(library.find(QStringLiteral("nozei"))->title, QStringLiteral("納税証明書（市）"));
        // A broken edit hides the shipped copy rather than silently printing the old one.
        QVERIFY(!library.find(QStringLiteral("juminhyo")));
        QVERIFY(library.problem(QStringLiteral("juminhyo")));
        QVERIFY(library.find(QStringLiteral("inkan-toroku")));

        const Renderer renderer(library);
        const Result<QByteArray> r = renderer.render({QStringLiteral("juminhyo"), {}, {}, {}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, PrintError::Kind::InvalidTemplate);
        const Result<QByteArray> unknown = renderer.render({QStringLiteral("no-such"), {}, {}, {}});
        QCOMPARE(unknown.error().kind, PrintError::Kind::UnknownTemplate);
        QVERIFY(unknown.error().message.contains(QLatin1String("no-such")));
    }

    void everyShippedTemplateValidates() {
        const TemplateLibrary library = TemplateLibrary::load({TemplateLibrary::embeddedDir()});
        QVERIFY(library.problems().isEmpty());
        // Every file shipped is a usable template (the count follows the data, never a number written here).
        QCOMPARE(library.templates().size(),
                 QDir(TemplateLibrary::embeddedDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
        for (const Template& t : library.templates())
            QVERIFY2(t.validate(t.sample).isEmpty(), qPrintable(t.id));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
