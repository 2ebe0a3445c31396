// The municipality's catalogue directory: read before the installed and embedded copies, a file hiding the shipped
// file of its name; a broken one refused whole at start while the last good catalogue is kept; and the
// `madoguchi-cli catalogue list|check` commands over every shipped file and procedure.
#include "CatalogueSources.h"
#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace madoguchi;

namespace {
QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QStringList shippedFiles() {
    return QDir(catalogue::Catalogue::kShippedDirectory).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

QString cityFile() {
    return qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/tests/data/municipality/catalogue/city.json"_s;
}

// The file with its first procedure's first field given a type the catalogue does not know: the mistake names the
// file, the procedure and the field.
struct Broken {
    QByteArray json;
    QString procedure;
    QString field;
};
Broken breakFirstField(const QByteArray& json) {
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray procedures = root.value(u"procedures"_s).toArray();
    QJsonObject first = procedures.at(0).toObject();
    QJsonArray fields = first.value(u"fields"_s).toArray();
    QJsonObject field = fields.at(0).toObject();
    field.insert(u"type"_s, u"telepathy"_s);
    fields.replace(0, field);
    first.insert(u"fields"_s, fields);
    procedures.replace(0, first);
    root.insert(u"procedures"_s, procedures);
    return {QJsonDocument(root).toJson(), first.value(u"id"_s).toString(), field.value(u"id"_s).toString()};
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCatalogueSources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        qputenv("MADOGUCHI_DATA_DIR", m_dir->filePath(u"data"_s).toUtf8());
        m_municipality = m_dir->filePath(u"city"_s);
        QVERIFY(
            writeFile(m_dir->filePath(u"madoguchi.ini"_s), "[municipality]\ndir=" + m_municipality.toUtf8() + "\n"));
    }

    void withoutMunicipalityFilesTheShippedCatalogueIsUsed() {
        Settings settings(m_dir->filePath(u"madoguchi.ini"_s));
        const TerminalCatalogue terminal = CatalogueSources::load(settings);
        QVERIFY(terminal.load.ok());
        QVERIFY(terminal.refused.isEmpty());
        QVERIFY(terminal.refusalMessage().isEmpty());
        QCOMPARE(terminal.load.catalogue.procedures(),
                 catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory).catalogue.procedures());
    }

    void aMunicipalityFileIsAddedToTheShippedOnes() {
        QVERIFY(writeFile(m_municipality + u"/catalogue/city.json"_s, readFile(cityFile())));
        Settings settings(m_dir->filePath(u"madoguchi.ini"_s));
        const TerminalCatalogue terminal = CatalogueSources::load(settings);
        QVERIFY(terminal.load.ok());
        const catalogue::Catalogue shipped =
            catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory).catalogue;
        QCOMPARE(terminal.load.catalogue.procedures().size(), shipped.procedures().size() + 1);
        for (const catalogue::Procedure& p : shipped.procedures())
            QVERIFY2(terminal.load.catalogue.procedure(p.id), qPrintable(p.id));
        const catalogue::Procedure* city = terminal.load.catalogue.procedure(u"temporary-childcare-application"_s);
        QVERIFY(city);
        QCOMPARE(city->sourceFile, u"city.json"_s);
    }

    // For every shipped file: the municipality's copy of it (here with every fee doubled) replaces it.
    void aMunicipalityCopyHidesTheShippedFile_data() {
        QTest::addColumn<QString>("file");
        for (const QString& name : shippedFiles())
            QTest::newRow(qPrintable(name)) << name;
    }
    void aMunicipalityCopyHidesTheShippedFile() {
        QFETCH(QString, file);
        QJsonObject root =
            QJsonDocument::fromJson(readFile(catalogue::Catalogue::kShippedDirectory + u'/' + file)).object();
        QJsonArray procedures = root.value(u"procedures"_s).toArray();
        for (qsizetype i = 0; i < procedures.size(); ++i) {
            QJsonObject p = procedures.at(i).toObject();
            QJsonObject fee = p.value(u"fee"_s).toObject();
            fee.insert(u"amount"_s, fee.value(u"amount"_s).toInteger() * 2);
            p.insert(u"fee"_s, fee);
            procedures.replace(i, p);
        }
        root.insert(u"procedures"_s, procedures);
        QVERIFY(writeFile(m_municipality + u"/catalogue/"_s + file, QJsonDocument(root).toJson()));
        Settings settings(m_dir->filePath(u"madoguchi.ini"_s));
        const TerminalCatalogue terminal = CatalogueSources::load(settings);
        QVERIFY(terminal.load.ok());
        const catalogue::Catalogue shipped =
            catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory).catalogue;
        QCOMPARE(terminal.load.catalogue.procedures().size(), shipped.procedures().size());
        for (const catalogue::Procedure& p : shipped.procedures()) {
            const catalogue::Procedure* used = terminal.load.catalogue.procedure(p.id);
            QVERIFY(used);
            QCOMPARE(used->fee.amount, p.sourceFile == file ? p.fee.amount * 2 : p.fee.amount);
        }
    }

    // For every shipped file: a broken municipality copy is refused whole; the last good catalogue (with the
    // municipality's own procedure) is kept, not the valid rest of the broken one.
    void aBrokenMunicipalityCatalogueKeepsTheLastGoodOne_data() { aMunicipalityCopyHidesTheShippedFile_data(); }
    void aBrokenMunicipalityCatalogueKeepsTheLastGoodOne() {
        QFETCH(QString, file);
        QVERIFY(writeFile(m_municipality + u"/catalogue/city.json"_s, readFile(cityFile())));
        Settings settings(m_dir->filePath(u"madoguchi.ini"_s));
        const TerminalCatalogue good = CatalogueSources::load(settings);
        QVERIFY(good.load.ok());
        QVERIFY(QFile::exists(CatalogueSources::lastGoodDir(settings) + u"/city.json"_s));

        const Broken broken = breakFirstField(readFile(catalogue::Catalogue::kShippedDirectory + u'/' + file));
        QVERIFY(writeFile(m_municipality + u"/catalogue/"_s + file, broken.json));
        // A procedure only the broken edit has: it must not appear (never half a catalogue).
        QVERIFY(writeFile(m_municipality + u"/catalogue/city.json"_s,
                          readFile(cityFile()).replace("temporary-childcare-application", "only-in-broken-edit")));
        const TerminalCatalogue terminal = CatalogueSources::load(settings);
        QVERIFY(terminal.load.ok());
        QVERIFY(terminal.fromLastGood);
        QVERIFY(!terminal.refused.isEmpty());
        const catalogue::CatalogueError& e = terminal.refused.first();
        QCOMPARE(e.file, file);
        QCOMPARE(e.procedure, broken.procedure);
        QCOMPARE(e.field, broken.field);
        QVERIFY(terminal.refusalMessage().contains(e.message));
        QCOMPARE(terminal.load.catalogue.procedures(), good.load.catalogue.procedures());
        QVERIFY(!terminal.load.catalogue.procedure(u"only-in-broken-edit"_s));
        // The refusal did not overwrite the last good copy.
        QCOMPARE(readFile(CatalogueSources::lastGoodDir(settings) + u"/city.json"_s), readFile(cityFile()));
    }

    void aBrokenCatalogueWithoutALastGoodOneFallsBackToTheInstalledOne() {
        const Broken broken = breakFirstField(readFile(catalogue::Catalogue::kShippedDirectory + u"/care.json"_s));
        QVERIFY(writeFile(m_municipality + u"/catalogue/care.json"_s, broken.json));
        Settings settings(m_dir->filePath(u"madoguchi.ini"_s));
        const TerminalCatalogue terminal = CatalogueSources::load(settings);
        QVERIFY(terminal.load.ok());
        QVERIFY(!terminal.fromLastGood);
        QVERIFY(!terminal.refusalMessage().isEmpty());
        QCOMPARE(terminal.load.catalogue.procedures(),
                 catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory).catalogue.procedures());
    }

    void listJsonHoldsEveryProcedureAndRule() {
        QVERIFY(writeFile(m_municipality + u"/catalogue/city.json"_s, readFile(cityFile())));
        const Run r = cli({u"catalogue"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        Settings settings(m_dir->filePath(u"madoguchi.ini"_s));
        const catalogue::Catalogue expected = CatalogueSources::load(settings).load.catalogue;
        const QJsonArray listed = report.value(u"procedures"_s).toArray();
        QCOMPARE(listed.size(), expected.procedures().size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject p = listed.at(i).toObject();
            const catalogue::Procedure& e = expected.procedures().at(i);
            QCOMPARE(p.value(u"id"_s).toString(), e.id);
            QCOMPARE(p.value(u"name"_s).toObject().value(u"ja"_s).toString(), e.name.ja);
            QCOMPARE(p.value(u"category"_s).toString(), catalogue::categoryName(e.category));
            QCOMPARE(p.value(u"fee"_s).toObject().value(u"amount"_s).toInteger(), e.fee.amount);
            QCOMPARE(p.value(u"fields"_s).toArray().size(), e.fields.size());
            QCOMPARE(p.value(u"file"_s).toString(), e.sourceFile);
            QCOMPARE(p.value(u"directory"_s).toString() == m_municipality + u"/catalogue"_s,
                     e.sourceFile == u"city.json"_s);
        }
        QCOMPARE(report.value(u"follow_ups"_s).toArray().size(), expected.followUpRules().size());
        const Run text = cli({u"catalogue"_s, u"list"_s});
        QCOMPARE(text.code, 0);
        for (const catalogue::Procedure& p : expected.procedures())
            QVERIFY2(text.out.contains(p.id) && text.out.contains(p.name.ja), qPrintable(p.id));
    }

    void checkNamesFileProcedureAndField_data() { aMunicipalityCopyHidesTheShippedFile_data(); }
    void checkNamesFileProcedureAndField() {
        QFETCH(QString, file);
        const QString dir = m_dir->filePath(u"edit"_s);
        const Broken broken = breakFirstField(readFile(catalogue::Catalogue::kShippedDirectory + u'/' + file));
        QVERIFY(writeFile(dir + u'/' + file, broken.json));
        const Run r = cli({u"catalogue"_s, u"check"_s, dir, u"--json"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"ok"_s).toBool(true), false);
        const QJsonObject error = report.value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(error.value(u"file"_s).toString(), file);
        QCOMPARE(error.value(u"procedure"_s).toString(), broken.procedure);
        QCOMPARE(error.value(u"field"_s).toString(), broken.field);
        const Run text = cli({u"catalogue"_s, u"check"_s, dir});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.err.contains(file + u" / "_s + broken.procedure + u" / "_s + broken.field), qPrintable(text.err));
        // Checking never touches what the terminal uses.
        QVERIFY(!QFile::exists(m_dir->filePath(u"data/catalogue-last-good"_s)));
    }

    void checkAcceptsAMunicipalityDirectory() {
        QVERIFY(writeFile(m_dir->filePath(u"edit/catalogue/city.json"_s), readFile(cityFile())));
        const Run r = cli({u"catalogue"_s, u"check"_s, m_dir->filePath(u"edit"_s), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report.value(u"ok"_s).toBool());
        QCOMPARE(report.value(u"files"_s).toArray(), QJsonArray{u"city.json"_s});
        QCOMPARE(
            report.value(u"procedures"_s).toInt(),
            catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory).catalogue.procedures().size() +
                1);
        const Run missing = cli({u"catalogue"_s, u"check"_s, m_dir->filePath(u"nowhere"_s)});
        QCOMPARE(missing.code, 2);
    }

private:
    Run cli(const QStringList& args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MADOGUCHI_DATA_DIR"_s, m_dir->filePath(u"data"_s));
        env.insert(u"MADOGUCHI_CONFIG"_s, m_dir->filePath(u"madoguchi.ini"_s));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("MADOGUCHI_CLI"), QStringList{u"--language"_s, u"en"_s} + args);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_municipality;
};

QTEST_GUILESS_MAIN(TestCatalogueSources)
#include "tst_cataloguesources.moc"
