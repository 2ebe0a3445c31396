// The committed demo registry: it parses without errors, holds the card personas with their registry ids (the
// Suzuki family excepted), and is exactly what tests/tools/make_demo_registry.py generates.
#include "registry/RegistryCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using madoguchi::registry::parseRegistryCsv;
using madoguchi::registry::RegistryImport;
using madoguchi::registry::Resident;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString sourceDir() {
    return qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
}

const Resident* findResident(const RegistryImport& registry, const QString& id) {
    for (const Resident& r : registry.residents) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestDemoRegistry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!sourceDir().isEmpty(), "MADOGUCHI_SOURCE_DIR is set by ctest");
        m_registry = parseRegistryCsv(readFile(u":/madoguchi/demo/registry.csv"_s));
    }

    void embeddedCopyIsTheCommittedFile() {
        QCOMPARE(readFile(u":/madoguchi/demo/registry.csv"_s),
                 readFile(sourceDir() + u"/resources/demo/registry.csv"_s));
    }

    void parsesWithoutErrors() {
        for (const auto& e : m_registry.errors)
            qWarning() << e.line << e.column << e.detail;
        QVERIFY(m_registry.ok());
        QVERIFY2(m_registry.residents.size() >= 200 && m_registry.residents.size() <= 600, "a few hundred residents");
        QVERIFY(m_registry.households.size() >= 80);
        QVERIFY(m_registry.seals.size() >= 50);
        QVERIFY(m_registry.taxes.size() >= 100);
    }

    void holdsTheCardPersonas() {
        const QJsonObject doc =
            QJsonDocument::fromJson(readFile(sourceDir() + u"/resources/demo/card-personas.json"_s)).object();
        const QJsonArray personas = doc.value(u"personas"_s).toArray();
        QVERIFY(personas.size() >= 6);
        int registered = 0;
        for (const QJsonValue& value : personas) {
            const QJsonObject persona = value.toObject();
            if (persona.contains(u"forgery"_s))
                continue; // a forged card impersonates someone; it is not a resident of its own
            const QString id = persona.value(u"registry_resident_id"_s).toString();
            const QString name = persona.value(u"name"_s).toString();
            if (id.isEmpty()) {
                // Moving in: nobody of that name and birth date may be in the registry yet.
                for (const Resident& r : m_registry.residents) {
                    QVERIFY2(r.fullName() != name, qPrintable(name));
                    QVERIFY2(r.familyName != name.section(QChar(0x3000), 0, 0), qPrintable(r.id));
                }
                continue;
            }
            ++registered;
            const Resident* r = findResident(m_registry, id);
            QVERIFY2(r, qPrintable(id));
            QCOMPARE(r->fullName(), name);
            QCOMPARE(r->birthDate, QDate::fromString(persona.value(u"birth_date"_s).toString(), Qt::ISODate));
            QCOMPARE(r->sex, persona.value(u"sex"_s).toString());
            QCOMPARE(r->status, Resident::Status::Active);
        }
        QCOMPARE(registered, 5);
    }

    void yamadaHouseholdOfFour() {
        const Resident* taro = findResident(m_registry, u"R000001"_s);
        QVERIFY(taro);
        QStringList members;
        for (const Resident& r : m_registry.residents) {
            if (r.householdId == taro->householdId)
                members << r.givenName + u':' + r.relationship + u':' + r.birthDate.toString(Qt::ISODate);
        }
        QCOMPARE(members, QStringList({u"太郎:世帯主:1980-02-17"_s, u"花子:妻:1982-07-03"_s, u"一郎:長男:2014-04-10"_s,
                                       u"さくら:長女:2019-06-20"_s}));
    }

    void generatorReproducesTheCommittedFile() {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"registry.csv"_s);
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {sourceDir() + u"/tests/tools/make_demo_registry.py"_s, output});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        QVERIFY2(readFile(output) == readFile(sourceDir() + u"/resources/demo/registry.csv"_s),
                 "resources/demo/registry.csv is stale: run tests/tools/make_demo_registry.py and commit the result");
    }

private:
    RegistryImport m_registry;
};

QTEST_GUILESS_MAIN(TestDemoRegistry)
#include "tst_demoregistry.moc"
