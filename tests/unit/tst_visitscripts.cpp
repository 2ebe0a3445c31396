// `madoguchi-cli visit run`: scripts generated from `catalogue list --json` — every procedure, every life event with
// each of its follow-ups accepted — run through the counter's workflow against real stores; every PDF read back with
// pdftotext, fees against payments, the audit trail. Then the mixed visits and the bad scripts (refused with
// file, visit and field; nothing recorded).
#include "JapaneseDate.h"
#include "catalogue/Catalogue.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace madoguchi;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
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

// Whether the folded text holds every word of `value` (a name's family and given name may come apart).
bool holds(const QString& printed, const QString& value) {
    const QStringList words = QString(value)
                                  .replace(QChar(0x3000), QLatin1Char(' '))
                                  .replace(QChar(0x3001), QLatin1Char(' '))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString& w) { return printed.contains(folded(w)); });
}

// A date may be printed as ISO, 和暦 or with the Western year.
QStringList printedForms(const QString& value) {
    QStringList forms{value};
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (date.isValid() && value.size() == 10)
        forms << print::JapaneseDate::format(date, print::DigitStyle::HalfWidth)
              << print::JapaneseDate::formatGregorian(date, print::DigitStyle::HalfWidth);
    return forms;
}

// Whether the procedure's declared printouts print this field as it is (not mapped, not only a condition). A
// procedure without printouts prints every field on the generic application form.
bool printsAsIs(const QJsonArray& printouts, const QString& key) {
    if (printouts.isEmpty())
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
                return false;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!notPrinted.contains(it.key()) && uses(it.value()))
                return true;
        return false;
    };
    return uses(printouts);
}

QJsonObject yamada() {
    return {{QStringLiteral("card"), QStringLiteral("yamada-taro")}, {QStringLiteral("pin"), QStringLiteral("1234")}};
}

} // namespace

class TestVisitScripts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyProcedure();
    void everyLifeEventWithEveryFollowUp();
    void mixedVisits();
    void withoutCardAndWithCodeB();
    void badScripts_data();
    void badScripts();
    void proceduresTheRegistryCannotServeAreRefusedWhenChosen();
    void supervisorReissuesEveryCertificateWithItsPaper();

private:
    CliRun cli(const QStringList& args, const QByteArray& input = {}) const;
    // Writes the script and runs it as clerk1; the JSON report.
    QJsonObject runScript(const QJsonArray& visits, CliRun* run = nullptr, const QString& name = {});
    // A value of the kind each field takes, for every field of these procedures: the script "types" them all, the
    // counter takes only those nothing else holds.
    QJsonObject fieldsFor(const QStringList& procedures);
    // Done, a serial and a PDF for every form, every prefilled and typed value in its PDF, fees == payments, audited.
    void checkDone(const QJsonObject& report);
    QString pdfText(const QString& path) const;
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;
    QJsonObject procedureJson(const QString& id) const;
    QStringList expectedFollowUps(const QString& event, bool withMembers) const;

    QTemporaryDir m_dir;
    QString m_config;
    QString m_cli;
    QJsonArray m_procedures; // from `catalogue list --json`
    catalogue::Catalogue m_catalogue;
    int m_typed = 0;
    int m_scripts = 0;
    struct Printed {
        QString serial;
        QString pdf;
        bool securityPaper = false; // what the visit's report said it goes on
    };
    QHash<QString, Printed> m_certificates; // per certificate procedure, the first one issued by the tests above
};

CliRun TestVisitScripts::cli(const QStringList& args, const QByteArray& input) const {
    QProcess p;
    p.start(m_cli, QStringList{QStringLiteral("--config"), m_config} + args);
    CliRun run;
    if (!p.waitForStarted())
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(900000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void TestVisitScripts::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    QFile ini(m_config);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[terminal]\nid=T01\n");
    ini.close();
    m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
    const QString source = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
    QVERIFY2(!m_cli.isEmpty() && !source.isEmpty(), "run through ctest");
    auto must = [&](const QStringList& args, const QByteArray& input = {}) {
        const CliRun run = cli(args, input);
        QVERIFY2(run.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    };
    must({QStringLiteral("db"), QStringLiteral("init")});
    must({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
          QStringLiteral("--name"), QStringLiteral("管理　一郎"), QStringLiteral("--role"), QStringLiteral("admin")},
         "admin-pass-1\n");
    must({QStringLiteral("registry"), QStringLiteral("import"), source + QStringLiteral("/resources/demo/registry.csv"),
          QStringLiteral("--as"), QStringLiteral("admin1")},
         "admin-pass-1\n");
    must({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("admin1"),
          QStringLiteral("--login"), QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("窓口　花子"),
          QStringLiteral("--role"), QStringLiteral("clerk")},
         "admin-pass-1\ncounter-pass-1\n");
    must({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("admin1"),
          QStringLiteral("--login"), QStringLiteral("boss1"), QStringLiteral("--name"), QStringLiteral("主任　一郎"),
          QStringLiteral("--role"), QStringLiteral("supervisor")},
         "admin-pass-1\nsupervisor-pass-1\n");
    must({QStringLiteral("sync"), QStringLiteral("--once")});
    const CliRun list = cli({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    m_procedures = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("procedures")).toArray();
    QVERIFY(m_procedures.size() > 30);
    const catalogue::CatalogueLoad load = catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
    QVERIFY(load.ok());
    m_catalogue = load.catalogue;
    QCOMPARE(qsizetype(m_catalogue.procedures().size()), m_procedures.size());
}

QJsonObject TestVisitScripts::procedureJson(const QString& id) const {
    for (const QJsonValue& p : m_procedures)
        if (p.toObject().value(QStringLiteral("id")).toString() == id)
            return p.toObject();
    return {};
}

QJsonObject TestVisitScripts::fieldsFor(const QStringList& procedures) {
    const QDate today = QDate::currentDate();
    QJsonObject all;
    for (const QString& id : procedures) {
        QJsonObject values;
        for (const QJsonValue& f : procedureJson(id).value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = f.toObject();
            const QString key = field.value(QStringLiteral("id")).toString();
            const QString type = field.value(QStringLiteral("type")).toString();
            ++m_typed;
            QString value;
            if (type == QLatin1String("kana"))
                value = QStringLiteral("テスト");
            else if (type == QLatin1String("date") && key.contains(QLatin1String("birth")))
                value = key.startsWith(QLatin1String("child"))
                            ? today.addDays(-10).toString(Qt::ISODate)
                            : QStringLiteral("1990-05-%1").arg(m_typed % 28 + 1, 2, 10, QLatin1Char('0'));
            else if (type == QLatin1String("date"))
                value = today.addDays(-(m_typed % 20) - 1).toString(Qt::ISODate);
            else if (type == QLatin1String("number") || type == QLatin1String("yen"))
                value = key == QLatin1String("fiscal_year") ? QStringLiteral("2025") : QString::number(m_typed % 3 + 1);
            else if (type == QLatin1String("choice"))
                value = field.value(QStringLiteral("choices")).toArray().at(0).toString();
            else if (type == QLatin1String("bool"))
                value = QStringLiteral("no");
            else if (type == QLatin1String("postal_code"))
                value = QStringLiteral("180-0012");
            else if (type == QLatin1String("phone"))
                value = QStringLiteral("0422-60-%1").arg(1000 + m_typed % 9000);
            else if (type == QLatin1String("my_number"))
                value = QStringLiteral("960913909961");
            else if (key.contains(QLatin1String("account_number")))
                value = QStringLiteral("1234567");
            else if (key.contains(QLatin1String("insured_number")))
                value = QStringLiteral("1234567890");
            else if (type == QLatin1String("member_list") || key == QLatin1String("children") ||
                     key == QLatin1String("household_members"))
                value = QStringLiteral("山田　一郎（2014-04-10・長男）");
            else
                value = QStringLiteral("記入値%1").arg(m_typed);
            if (type == QLatin1String("choice") && value.isEmpty())
                continue;
            values.insert(key, value);
        }
        all.insert(id, values);
    }
    return all;
}

QJsonObject TestVisitScripts::runScript(const QJsonArray& visits, CliRun* runOut, const QString& name) {
    const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("script-%1.json").arg(++m_scripts) : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("visits"), visits}}).toJson());
    file.close();
    const CliRun run =
        cli({QStringLiteral("visit"), QStringLiteral("run"), path, QStringLiteral("--json"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("out")), QStringLiteral("--as"), QStringLiteral("clerk1")},
            "counter-pass-1\n");
    if (runOut)
        *runOut = run;
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    if (!runOut && run.exitCode != 0)
        qWarning().noquote() << "visit run failed:" << run.exitCode << run.err;
    return report;
}

QString TestVisitScripts::pdfText(const QString& path) const {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QVariant TestVisitScripts::scalar(const QString& sql, const QVariantList& values) const {
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("terminal.sqlite")));
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

void TestVisitScripts::checkDone(const QJsonObject& report) {
    const QString what = QStringLiteral("visit %1 (%2)")
                             .arg(report.value(QStringLiteral("visit")).toInt())
                             .arg(report.value(QStringLiteral("name")).toString());
    QVERIFY2(report.value(QStringLiteral("done")).toBool(),
             qPrintable(what + QStringLiteral(": ") +
                        QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))));
    QCOMPARE(report.value(QStringLiteral("step")).toString(), QStringLiteral("Done"));
    const QString visitId = report.value(QStringLiteral("visit_id")).toString();
    QVERIFY(!visitId.isEmpty());
    const QJsonArray documents = report.value(QStringLiteral("documents")).toArray();
    qint64 documentFees = 0;
    // A form about another person (the deceased, the spouse, the child) never names the resident at the counter.
    QStringList holder;
    for (const QJsonValue& f : report.value(QStringLiteral("forms")).toArray())
        for (const QJsonValue& v : f.toObject().value(QStringLiteral("fields")).toArray())
            if (v.toObject().value(QStringLiteral("source")).toString() == QLatin1String("card") &&
                v.toObject().value(QStringLiteral("key")).toString().endsWith(QLatin1String("_name")))
                holder << v.toObject().value(QStringLiteral("value")).toString();
    for (const QJsonValue& f : report.value(QStringLiteral("forms")).toArray())
        for (const QJsonValue& v : f.toObject().value(QStringLiteral("fields")).toArray()) {
            const QString key = v.toObject().value(QStringLiteral("key")).toString();
            static const QStringList others{QStringLiteral("deceased"), QStringLiteral("spouse_"),
                                            QStringLiteral("child_"), QStringLiteral("partner_")};
            if (std::any_of(others.begin(), others.end(), [&](const QString& o) { return key.startsWith(o); }))
                QVERIFY2(!holder.contains(v.toObject().value(QStringLiteral("value")).toString()),
                         qPrintable(QStringLiteral("%1 %2/%3 names the resident")
                                        .arg(what, f.toObject().value(QStringLiteral("procedure")).toString(), key)));
        }
    for (const QJsonValue& f : report.value(QStringLiteral("forms")).toArray()) {
        const QJsonObject form = f.toObject();
        const QString procedure = form.value(QStringLiteral("procedure")).toString();
        const catalogue::Procedure* spec = m_catalogue.procedure(procedure);
        QVERIFY2(spec, qPrintable(procedure));
        QString text;
        QString serial;
        for (const QJsonValue& d : documents) {
            const QJsonObject doc = d.toObject();
            if (doc.value(QStringLiteral("procedure")).toString() != procedure)
                continue;
            const QString pdf = doc.value(QStringLiteral("pdf")).toString();
            QVERIFY2(QFile::exists(pdf),
                     qPrintable(what + QStringLiteral(" ") + procedure + QStringLiteral(": no PDF")));
            QVERIFY(!doc.value(QStringLiteral("template")).toString().isEmpty());
            QVERIFY(pdf.endsWith(doc.value(QStringLiteral("template")).toString() + QStringLiteral(".pdf")));
            text += pdfText(pdf);
            if (!doc.value(QStringLiteral("serial")).toString().isEmpty()) {
                serial = doc.value(QStringLiteral("serial")).toString();
                if (spec->category == catalogue::Category::Certificate && !m_certificates.contains(procedure))
                    m_certificates.insert(procedure, {serial, pdf, doc.value(QStringLiteral("certificate")).toBool()});
            }
        }
        QVERIFY2(!serial.isEmpty(), qPrintable(what + QStringLiteral(" ") + procedure + QStringLiteral(": no serial")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM issued_documents WHERE serial = ? AND visit_id = ?"),
                        {serial, visitId})
                     .toInt(),
                 1);
        const QString printed = folded(text);
        QVERIFY2(!printed.isEmpty(), qPrintable(procedure + QStringLiteral(": pdftotext found no text")));
        for (const QJsonValue& v : form.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = v.toObject();
            const QString key = field.value(QStringLiteral("key")).toString();
            const QString value = field.value(QStringLiteral("value")).toString();
            const QString source = field.value(QStringLiteral("source")).toString();
            const catalogue::ProcedureField* declared = spec->field(key);
            QVERIFY2(declared, qPrintable(procedure + QLatin1Char('/') + key));
            // Complete: nothing left missing that the form requires.
            QVERIFY2(source != QLatin1String("missing") || !declared->required || value.isEmpty(),
                     qPrintable(procedure + QLatin1Char('/') + key));
            if (value.isEmpty() || declared->type == catalogue::FieldType::MyNumber ||
                !printsAsIs(spec->printouts, key))
                continue;
            QString shown = value;
            if (declared->type == catalogue::FieldType::Bool)
                shown = value == QLatin1String("yes") ? QStringLiteral("はい") : QStringLiteral("いいえ");
            for (const catalogue::Choice& c : declared->validation.choices)
                if (c.value == value)
                    shown = c.label.ja;
            bool found = false;
            for (const QString& candidate : printedForms(shown) + printedForms(value))
                found = found || holds(printed, candidate);
            QVERIFY2(found, qPrintable(QStringLiteral("%1 %2/%3 (%4): \"%5\" is not in the PDF: %6")
                                           .arg(what, procedure, key, source, shown, printed.left(300))));
        }
    }
    for (const QJsonValue& d : documents)
        documentFees += d.toObject().value(QStringLiteral("fee")).toInteger();
    const qint64 fees =
        scalar(QStringLiteral("SELECT COALESCE(SUM(fee), 0) FROM issued_documents WHERE visit_id = ?"), {visitId})
            .toLongLong();
    const qint64 paid =
        scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE visit_id = ?"), {visitId})
            .toLongLong();
    QCOMPARE(fees, paid);
    QCOMPARE(fees, report.value(QStringLiteral("total_fee")).toInteger());
    QCOMPARE(documentFees, fees);
    const QString residentId = report.value(QStringLiteral("resident_id")).toString();
    if (!residentId.isEmpty())
        QVERIFY(
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'registry.read' AND subject = ?"),
                   {residentId})
                .toInt() > 0);
    for (const QJsonValue& d : documents) {
        const QString serial = d.toObject().value(QStringLiteral("serial")).toString();
        if (!serial.isEmpty())
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'document.issue' AND "
                                           "subject = ?"),
                            {serial})
                         .toInt(),
                     1);
    }
}

QStringList TestVisitScripts::expectedFollowUps(const QString& event, bool withMembers) const {
    QStringList expected{event};
    for (const catalogue::FollowUpRule& rule : m_catalogue.followUpRules())
        if (rule.lifeEventId == event && !expected.contains(rule.proposedProcedureId) &&
            (rule.minAge || rule.belowAge ? withMembers : true))
            expected << rule.proposedProcedureId;
    return expected;
}

void TestVisitScripts::everyProcedure() {
    QJsonArray visits;
    for (const QJsonValue& p : m_procedures) {
        const QJsonObject procedure = p.toObject();
        const QString id = procedure.value(QStringLiteral("id")).toString();
        const bool lifeEvent = procedure.value(QStringLiteral("category")).toString() == QLatin1String("life_event");
        visits.append(
            QJsonObject{{QStringLiteral("name"), id},
                        {QStringLiteral("who"), yamada()},
                        {lifeEvent ? QStringLiteral("life_events") : QStringLiteral("procedures"), QJsonArray{id}},
                        {QStringLiteral("answers"), QJsonObject{{QStringLiteral("*"), QStringLiteral("no")}}},
                        {QStringLiteral("follow_ups"), QStringLiteral("decline")},
                        {QStringLiteral("fields"), fieldsFor({id})},
                        {QStringLiteral("payment"), QStringLiteral("cash")}});
    }
    const int visitsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM visits")).toInt();
    CliRun run;
    const QJsonObject report = runScript(visits, &run, QStringLiteral("every-procedure.json"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out.left(3000))));
    const QJsonArray reports = report.value(QStringLiteral("visits")).toArray();
    QCOMPARE(reports.size(), visits.size());
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const QJsonObject r = reports.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("procedures")).toArray(),
                 QJsonArray{visits.at(i).toObject().value(QStringLiteral("name"))});
        checkDone(r);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits")).toInt(), visitsBefore + int(visits.size()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'visit.record'")).toInt(),
             scalar(QStringLiteral("SELECT COUNT(*) FROM visits")).toInt());
}

void TestVisitScripts::everyLifeEventWithEveryFollowUp() {
    QJsonArray visits;
    QList<QStringList> expected;
    for (const QJsonValue& p : m_procedures) {
        const QJsonObject procedure = p.toObject();
        if (procedure.value(QStringLiteral("category")).toString() != QLatin1String("life_event"))
            continue;
        const QString id = procedure.value(QStringLiteral("id")).toString();
        bool hasMembers = false;
        for (const QJsonValue& f : procedure.value(QStringLiteral("fields")).toArray())
            hasMembers =
                hasMembers || f.toObject().value(QStringLiteral("type")).toString() == QLatin1String("member_list");
        const QStringList forms = expectedFollowUps(id, hasMembers);
        expected << forms;
        QJsonObject v{{QStringLiteral("name"), id},
                      {QStringLiteral("who"), yamada()},
                      {QStringLiteral("life_events"), QJsonArray{id}},
                      {QStringLiteral("answers"), QJsonObject{{QStringLiteral("*"), QStringLiteral("yes")}}},
                      {QStringLiteral("follow_ups"), QStringLiteral("accept")},
                      {QStringLiteral("fields"), fieldsFor(forms)},
                      {QStringLiteral("payment"), QStringLiteral("cash")}};
        // The deceased is someone of the household the clerk chooses: 山田花子 (R000002), never the notifier.
        v.insert(QStringLiteral("persons"), QJsonObject{{QStringLiteral("deceased"), QStringLiteral("R000002")}});
        // Someone of every age a rule asks about: the registry household has children; a parent of 76 lives there.
        if (hasMembers)
            v.insert(QStringLiteral("members"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("name"), QStringLiteral("山田　トメ")},
                         {QStringLiteral("birth_date"), QDate::currentDate().addYears(-76).toString(Qt::ISODate)},
                         {QStringLiteral("sex"), QStringLiteral("2")},
                         {QStringLiteral("relationship"), QStringLiteral("母")}}});
        visits.append(v);
    }
    QVERIFY(!visits.isEmpty());
    CliRun run;
    const QJsonObject report = runScript(visits, &run, QStringLiteral("every-life-event.json"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out.left(3000))));
    const QJsonArray reports = report.value(QStringLiteral("visits")).toArray();
    QCOMPARE(reports.size(), visits.size());
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const QJsonObject r = reports.at(i).toObject();
        QStringList got;
        for (const QJsonValue& p : r.value(QStringLiteral("procedures")).toArray())
            got << p.toString();
        QCOMPARE(got, expected.at(i));
        checkDone(r);
        // Every form about the deceased names the person chosen.
        if (r.value(QStringLiteral("persons")).toObject().contains(QStringLiteral("deceased"))) {
            QCOMPARE(r.value(QStringLiteral("persons")).toObject().value(QStringLiteral("deceased")).toString(),
                     QStringLiteral("R000002"));
            for (const QJsonValue& f : r.value(QStringLiteral("forms")).toArray())
                for (const QJsonValue& field : f.toObject().value(QStringLiteral("fields")).toArray())
                    if (field.toObject().value(QStringLiteral("key")).toString().startsWith(QLatin1String("deceased")))
                        QCOMPARE(field.toObject().value(QStringLiteral("value")).toString(),
                                 QStringLiteral("山田　花子"));
        }
        if (QTest::currentTestFailed())
            return;
    }
}

void TestVisitScripts::mixedVisits() {
    const QJsonArray visits{
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("転入 + 住民票の写し")},
            {QStringLiteral("who"), QJsonObject{{QStringLiteral("card"), QStringLiteral("suzuki-kenichi")},
                                                {QStringLiteral("pin"), QStringLiteral("4321")},
                                                {QStringLiteral("new_resident"), true}}},
            {QStringLiteral("life_events"), QJsonArray{QStringLiteral("move-in")}},
            {QStringLiteral("procedures"), QJsonArray{QStringLiteral("resident-certificate")}},
            {QStringLiteral("answers"), QJsonObject{{QStringLiteral("*"), QStringLiteral("no")}}},
            {QStringLiteral("fields"), fieldsFor({QStringLiteral("move-in"), QStringLiteral("resident-certificate")})},
            {QStringLiteral("payment"), QStringLiteral("cash")}},
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("出生 + 児童手当 + 乳幼児医療証")},
            {QStringLiteral("who"), yamada()},
            {QStringLiteral("life_events"), QJsonArray{QStringLiteral("birth")}},
            {QStringLiteral("answers"), QJsonObject{{QStringLiteral("*"), QStringLiteral("no")}}},
            {QStringLiteral("follow_ups"), QStringLiteral("accept")},
            {QStringLiteral("fields"), fieldsFor({QStringLiteral("birth"), QStringLiteral("child-allowance-claim"),
                                                  QStringLiteral("infant-medical-certificate")})}},
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("死亡 + 介護")},
            {QStringLiteral("who"), yamada()},
            {QStringLiteral("life_events"), QJsonArray{QStringLiteral("death")}},
            {QStringLiteral("procedures"),
             QJsonArray{QStringLiteral("high-cost-care-benefit"), QStringLiteral("care-insurance-card-reissue")}},
            {QStringLiteral("answers"), QJsonObject{{QStringLiteral("*"), QStringLiteral("no")}}},
            {QStringLiteral("follow_ups"), QStringLiteral("accept")},
            {QStringLiteral("fields"), fieldsFor({QStringLiteral("death"), QStringLiteral("high-cost-care-benefit"),
                                                  QStringLiteral("care-insurance-card-reissue")})}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("証明書3通")},
                    {QStringLiteral("who"), yamada()},
                    {QStringLiteral("procedures"),
                     QJsonArray{QStringLiteral("resident-certificate"), QStringLiteral("seal-certificate"),
                                QStringLiteral("tax-payment-certificate")}},
                    {QStringLiteral("fields"),
                     fieldsFor({QStringLiteral("resident-certificate"), QStringLiteral("seal-certificate"),
                                QStringLiteral("tax-payment-certificate")})},
                    {QStringLiteral("payment"), QStringLiteral("qr")}},
    };
    CliRun run;
    const QJsonObject report = runScript(visits, &run, QStringLiteral("mixed.json"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out.left(3000))));
    const QJsonArray reports = report.value(QStringLiteral("visits")).toArray();
    QCOMPARE(reports.size(), 4);
    for (const QJsonValue& r : reports) {
        checkDone(r.toObject());
        if (QTest::currentTestFailed())
            return;
    }
    auto documentText = [&](const QJsonObject& r, const QString& suffix) {
        QString text;
        for (const QJsonValue& d : r.value(QStringLiteral("documents")).toArray())
            if (d.toObject().value(QStringLiteral("pdf")).toString().endsWith(suffix))
                text += folded(pdfText(d.toObject().value(QStringLiteral("pdf")).toString()));
        return text;
    };
    auto fieldValue = [](const QJsonObject& r, const QString& procedure, const QString& key) {
        for (const QJsonValue& f : r.value(QStringLiteral("forms")).toArray())
            if (f.toObject().value(QStringLiteral("procedure")).toString() == procedure)
                for (const QJsonValue& field : f.toObject().value(QStringLiteral("fields")).toArray())
                    if (field.toObject().value(QStringLiteral("key")).toString() == key)
                        return field.toObject().value(QStringLiteral("value")).toString();
        return QString();
    };
    // 転入 + 住民票の写し: the certificate shows the new address typed on the notice.
    const QJsonObject moveIn = reports.at(0).toObject();
    const QString newAddress = fieldValue(moveIn, QStringLiteral("move-in"), QStringLiteral("new_address"));
    QVERIFY(!newAddress.isEmpty());
    QVERIFY(holds(documentText(moveIn, QStringLiteral("-juminhyo.pdf")), newAddress));
    QCOMPARE(moveIn.value(QStringLiteral("total_fee")).toInt(), 300);
    // 出生 + 児童手当 + 乳幼児医療証, the newborn on the claim.
    const QJsonObject birth = reports.at(1).toObject();
    QCOMPARE(birth.value(QStringLiteral("procedures")).toArray(),
             (QJsonArray{QStringLiteral("birth"), QStringLiteral("child-allowance-claim"),
                         QStringLiteral("infant-medical-certificate")}));
    const QString child = fieldValue(birth, QStringLiteral("birth"), QStringLiteral("child_name"));
    QVERIFY(!child.isEmpty());
    QVERIFY2(holds(documentText(birth, QStringLiteral("-jido-teate.pdf")), child), qPrintable(child));
    // 死亡 with the care procedures.
    QCOMPARE(reports.at(2).toObject().value(QStringLiteral("procedures")).toArray().size(), 3);
    // Three certificates, paid once.
    const QJsonObject three = reports.at(3).toObject();
    QCOMPARE(three.value(QStringLiteral("total_fee")).toInt(), 900);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE visit_id = ?"),
                    {three.value(QStringLiteral("visit_id")).toString()})
                 .toInt(),
             1);
}

void TestVisitScripts::withoutCardAndWithCodeB() {
    const QJsonArray visits{
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("no card")},
            {QStringLiteral("who"), QJsonObject{{QStringLiteral("id_document"), QStringLiteral("driving_licence")},
                                                {QStringLiteral("name"), QStringLiteral("山田　花子")},
                                                {QStringLiteral("birth_date"), QStringLiteral("昭和57年7月3日")}}},
            {QStringLiteral("procedures"), QJsonArray{QStringLiteral("resident-certificate")}},
            {QStringLiteral("copies"), QJsonObject{{QStringLiteral("resident-certificate"), 2}}},
            {QStringLiteral("fields"), fieldsFor({QStringLiteral("resident-certificate")})},
            {QStringLiteral("payment"), QStringLiteral("cash")}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("code B")},
                    {QStringLiteral("who"), QJsonObject{{QStringLiteral("card"), QStringLiteral("nakamura-sho")},
                                                        {QStringLiteral("code_b"), QStringLiteral("11123120343391")}}},
                    {QStringLiteral("procedures"), QJsonArray{QStringLiteral("resident-certificate")}},
                    {QStringLiteral("fields"), fieldsFor({QStringLiteral("resident-certificate")})},
                    {QStringLiteral("payment"), QStringLiteral("cash")}},
    };
    CliRun run;
    const QJsonObject report = runScript(visits, &run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out.left(3000))));
    const QJsonArray reports = report.value(QStringLiteral("visits")).toArray();
    QCOMPARE(reports.size(), 2);
    checkDone(reports.at(0).toObject());
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("resident_id")).toString(), QStringLiteral("R000002"));
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("total_fee")).toInt(), 600);
    checkDone(reports.at(1).toObject());
    QCOMPARE(reports.at(1).toObject().value(QStringLiteral("resident_id")).toString(), QStringLiteral("R000007"));
}

void TestVisitScripts::badScripts_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonObject>("visit");
    const QJsonObject good{{QStringLiteral("who"), yamada()},
                           {QStringLiteral("procedures"), QJsonArray{QStringLiteral("resident-certificate")}},
                           {QStringLiteral("payment"), QStringLiteral("cash")}};
    QJsonObject unknownProcedure = good;
    unknownProcedure.insert(QStringLiteral("procedures"),
                            QJsonArray{QStringLiteral("resident-certificate"), QStringLiteral("no-such-procedure")});
    QTest::newRow("unknown procedure") << QStringLiteral("procedures[1]") << unknownProcedure;
    QJsonObject unknownEvent = good;
    unknownEvent.insert(QStringLiteral("life_events"), QJsonArray{QStringLiteral("moving-to-mars")});
    QTest::newRow("unknown life event") << QStringLiteral("life_events[0]") << unknownEvent;
    QJsonObject unknownField = good;
    unknownField.insert(QStringLiteral("fields"),
                        QJsonObject{{QStringLiteral("resident-certificate"),
                                     QJsonObject{{QStringLiteral("no_such_field"), QStringLiteral("x")}}}});
    QTest::newRow("unknown field") << QStringLiteral("fields.resident-certificate.no_such_field") << unknownField;
    // An impossible date in every procedure's first date field that the clerk types.
    for (const catalogue::Procedure& p : m_catalogue.procedures()) {
        for (const catalogue::ProcedureField& f : p.fields) {
            if (f.type != catalogue::FieldType::Date || f.prefillSource != catalogue::PrefillSource::None)
                continue;
            QJsonObject impossible = good;
            impossible.insert(p.category == catalogue::Category::LifeEvent ? QStringLiteral("life_events")
                                                                           : QStringLiteral("procedures"),
                              QJsonArray{p.id});
            impossible.insert(QStringLiteral("fields"),
                              QJsonObject{{p.id, QJsonObject{{f.id, QStringLiteral("2025-02-30")}}}});
            QTest::newRow(qPrintable(QStringLiteral("impossible date %1.%2").arg(p.id, f.id)))
                << QStringLiteral("fields.%1.%2").arg(p.id, f.id) << impossible;
            break;
        }
    }
    QJsonObject era = good;
    era.insert(QStringLiteral("who"), QJsonObject{{QStringLiteral("id_document"), QStringLiteral("passport")},
                                                  {QStringLiteral("name"), QStringLiteral("山田　花子")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("昭和57年2月30日")}});
    QTest::newRow("impossible birth date") << QStringLiteral("who.birth_date") << era;
    QJsonObject badPin = good;
    badPin.insert(QStringLiteral("who"), QJsonObject{{QStringLiteral("card"), QStringLiteral("yamada-taro")},
                                                     {QStringLiteral("pin"), QStringLiteral("12345")}});
    QTest::newRow("PIN not 4 digits") << QStringLiteral("who.pin") << badPin;
    QJsonObject wrongPin = good;
    wrongPin.insert(QStringLiteral("who"), QJsonObject{{QStringLiteral("card"), QStringLiteral("yamada-taro")},
                                                       {QStringLiteral("pin"), QStringLiteral("9999")}});
    QTest::newRow("wrong PIN") << QStringLiteral("who.pin") << wrongPin;
    QJsonObject unknownPersona = good;
    unknownPersona.insert(QStringLiteral("who"), QJsonObject{{QStringLiteral("card"), QStringLiteral("nobody")},
                                                             {QStringLiteral("pin"), QStringLiteral("1234")}});
    QTest::newRow("unknown persona") << QStringLiteral("who.card") << unknownPersona;
}

void TestVisitScripts::badScripts() {
    QFETCH(QString, field);
    QFETCH(QJsonObject, visit);
    visit.insert(QStringLiteral("name"), QStringLiteral("bad"));
    const QStringList tables{QStringLiteral("visits"), QStringLiteral("issued_documents"), QStringLiteral("payments"),
                             QStringLiteral("procedure_requests")};
    QList<int> before;
    for (const QString& table : tables)
        before << scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    const int wrongPins =
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'card.pin_wrong'")).toInt();
    // A good visit first, the bad one second: the file is the unit for what can be checked beforehand.
    const QJsonObject first{{QStringLiteral("name"), QStringLiteral("good")},
                            {QStringLiteral("who"), yamada()},
                            {QStringLiteral("procedures"), QJsonArray{QStringLiteral("resident-certificate")}},
                            {QStringLiteral("payment"), QStringLiteral("cash")}};
    const bool runtime = QByteArray(QTest::currentDataTag()) == "wrong PIN";
    CliRun run;
    const QJsonObject report =
        runScript(runtime ? QJsonArray{visit} : QJsonArray{first, visit}, &run, QStringLiteral("bad-script.json"));
    QCOMPARE(run.exitCode, 1);
    const QString where = runtime ? QStringLiteral("bad-script.json / visit 1 (bad) / %1: ").arg(field)
                                  : QStringLiteral("bad-script.json / visit 2 (bad) / %1: ").arg(field);
    QVERIFY2(run.err.contains(where), qPrintable(run.err));
    QVERIFY(!report.value(QStringLiteral("ok")).toBool());
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(tables.at(i))).toInt(), before.at(i));
    if (runtime) {
        // Handed to the card once, never retried.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'card.pin_wrong'")).toInt(),
                 wrongPins + 1);
        QCOMPARE(
            report.value(QStringLiteral("visits")).toArray().at(0).toObject().value(QStringLiteral("step")).toString(),
            QStringLiteral("Identify"));
        QVERIFY(!run.err.contains(QStringLiteral("9999")));
        QVERIFY(!run.out.contains("9999"));
    } else {
        QVERIFY(report.value(QStringLiteral("refused")).toBool());
    }
}

// A procedure whose printout is made from a record the registry does not hold for the resident (catalogue "needs")
// is refused when the procedures are chosen, with the reason, and nothing is recorded: not at the printout.
void TestVisitScripts::proceduresTheRegistryCannotServeAreRefusedWhenChosen() {
    struct Case {
        QString name;
        QString birthDate;
        QString procedure;
    };
    const QList<Case> cases{
        {QStringLiteral("山田　花子"), QStringLiteral("1982-07-03"), QStringLiteral("seal-certificate")},
        {QStringLiteral("ブラウン　エミリー　シャーロット"), QStringLiteral("2001-08-08"),
         QStringLiteral("tax-payment-certificate")},
        {QStringLiteral("𠮷田　髙志"), QStringLiteral("1958-11-03"), QStringLiteral("child-allowance-claim")},
    };
    const int visits = scalar(QStringLiteral("SELECT COUNT(*) FROM visits")).toInt();
    for (const Case& c : cases) {
        const catalogue::Procedure* procedure = m_catalogue.procedure(c.procedure);
        QVERIFY(procedure && !procedure->needs.isEmpty());
        const QJsonObject visit{
            {QStringLiteral("name"), c.procedure},
            {QStringLiteral("who"), QJsonObject{{QStringLiteral("id_document"), QStringLiteral("driving_licence")},
                                                {QStringLiteral("name"), c.name},
                                                {QStringLiteral("birth_date"), c.birthDate}}},
            {QStringLiteral("procedures"), QJsonArray{c.procedure}},
            {QStringLiteral("payment"), QStringLiteral("cash")}};
        CliRun run;
        const QJsonObject report = runScript(QJsonArray{visit}, &run);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = report.value(QStringLiteral("visits")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("step")).toString(), QStringLiteral("Choose"));
        const QJsonObject error = result.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("procedures"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(procedure->name.ja), qPrintable(run.err));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits")).toInt(), visits);
}

// `supervisor reissue` without a window: for every certificate of the catalogue (as issued by the visits above), a new
// serial and a new paper with the old one's content, written where --out says.
void TestVisitScripts::supervisorReissuesEveryCertificateWithItsPaper() {
    QStringList certificates;
    for (const catalogue::Procedure& p : m_catalogue.procedures())
        if (p.category == catalogue::Category::Certificate)
            certificates << p.id;
    QVERIFY(!certificates.isEmpty());
    QStringList issued = m_certificates.keys();
    issued.sort();
    certificates.sort();
    QCOMPARE(issued, certificates); // the visits above issued every certificate the catalogue has
    const CliRun synced = cli({QStringLiteral("sync"), QStringLiteral("--once")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const QString out = m_dir.filePath(QStringLiteral("reissued"));
    for (const QString& procedure : std::as_const(certificates)) {
        const Printed old = m_certificates.value(procedure);
        const QString code =
            scalar(QStringLiteral("SELECT verification_code FROM issued_documents WHERE serial = ?"), {old.serial})
                .toString();
        QVERIFY(!code.isEmpty());
        const CliRun run = cli({QStringLiteral("supervisor"), QStringLiteral("reissue"), old.serial,
                                QStringLiteral("--reason"), QStringLiteral("汚損"), QStringLiteral("--out"), out,
                                QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("boss1")},
                               "supervisor-pass-1\n");
        QVERIFY2(run.exitCode == 0, qPrintable(procedure + QStringLiteral(": ") + run.err));
        const QJsonObject made = QJsonDocument::fromJson(run.out).object();
        const QString serial = made.value(QStringLiteral("serial")).toString();
        const QString newCode = made.value(QStringLiteral("verification_code")).toString();
        const QString pdf = made.value(QStringLiteral("pdf")).toString();
        QCOMPARE(made.value(QStringLiteral("reissue_of")).toString(), old.serial);
        QVERIFY(!serial.isEmpty() && serial != old.serial && !newCode.isEmpty() && newCode != code);
        QVERIFY2(pdf.startsWith(out) && QFile::exists(pdf), qPrintable(procedure + QStringLiteral(": ") + pdf));
        QCOMPARE(made.value(QStringLiteral("security_paper")).toBool(), old.securityPaper); // the same paper again
        QVERIFY(!made.contains(QStringLiteral("print_problem")));
        const QString oldText = pdfText(old.pdf);
        const QString newText = pdfText(pdf);
        // The serial where the old paper printed one (a certificate; the request form of a certificate that has no
        // template of its own prints none), never the old serial.
        QVERIFY2(!newText.contains(old.serial), qPrintable(procedure));
        QCOMPARE(newText.contains(serial), oldText.contains(old.serial));
        QCOMPARE(newText.contains(serial), old.securityPaper);
        QCOMPARE(
            QString(newText).replace(serial, QStringLiteral("<serial>")).replace(newCode, QStringLiteral("<code>")),
            QString(oldText).replace(old.serial, QStringLiteral("<serial>")).replace(code, QStringLiteral("<code>")));
        // The new paper is the owner's only, like every PDF the counter writes.
        QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }
}

QTEST_GUILESS_MAIN(TestVisitScripts)
#include "tst_visitscripts.moc"
