// The registry CSV import: good files parse completely, every kind of bad row is refused with line and column,
// and a refused file yields no records at all.
#include "registry/RegistryCsv.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using madoguchi::registry::parseRegistryCsv;
using madoguchi::registry::RegistryImport;
using madoguchi::registry::RegistryLimits;
using madoguchi::registry::Resident;

namespace {

const QByteArray kHeader =
    "record,id,household_id,head_resident_id,postal_code,address,family_name,given_name,family_name_kana,"
    "given_name_kana,birth_date,sex,relationship,resident_since,previous_address,honseki,hittousha,status,"
    "resident_id,registration_number,registered_on,fiscal_year,income,resident_tax,resident_tax_paid,"
    "light_vehicle_tax,light_vehicle_tax_paid,vehicle_plate\n";

// Rows for the header above: 28 columns.
QByteArray household(const QByteArray& id, const QByteArray& head, const QByteArray& postal = "180-0001",
                     const QByteArray& address = "東京都武蔵野市緑町一丁目2番3号") {
    return "household," + id + ",," + head + "," + postal + "," + address + ",,,,,,,,,,,,,,,,,,,,,,\n";
}

QByteArray resident(const QByteArray& id, const QByteArray& hh, const QByteArray& family, const QByteArray& given,
                    const QByteArray& familyKana, const QByteArray& givenKana, const QByteArray& birth,
                    const QByteArray& sex, const QByteArray& rel, const QByteArray& since = "2020-04-01",
                    const QByteArray& status = "") {
    return "resident," + id + "," + hh + ",,,," + family + "," + given + "," + familyKana + "," + givenKana + "," +
           birth + "," + sex + "," + rel + "," + since + ",,,," + status + ",,,,,,,,,,\n";
}

QByteArray seal(const QByteArray& residentId, const QByteArray& number, const QByteArray& on) {
    return "seal,,,,,,,,,,,,,,,,,," + residentId + "," + number + "," + on + ",,,,,,,\n";
}

QByteArray tax(const QByteArray& residentId, const QByteArray& year, const QByteArray& income, const QByteArray& rt,
               const QByteArray& rtPaid, const QByteArray& lvt = "", const QByteArray& lvtPaid = "",
               const QByteArray& plate = "") {
    return "tax,,,,,,,,,,,,,,,,,," + residentId + ",,," + year + "," + income + "," + rt + "," + rtPaid + "," + lvt +
           "," + lvtPaid + "," + plate + "\n";
}

QByteArray goodFile() {
    return kHeader + household("H0001", "R000001") +
           resident("R000001", "H0001", "山田", "太郎", "ヤマダ", "タロウ", "1980-02-17", "1", "世帯主") +
           resident("R000002", "H0001", "山田", "花子", "ヤマダ", "ハナコ", "1982-07-03", "2", "妻") +
           household("H0002", "R000005", "1800004", "東京都武蔵野市吉祥寺本町二丁目4番10号") +
           resident("R000005", "H0002", "𠮷田", "髙志", "ヨシダ", "タカシ", "1958-11-03", "1", "世帯主") +
           seal("R000001", "S-1001", "2005-05-10") + tax("R000001", "2025", "5200000", "310000", "310000") +
           tax("R000005", "2025", "2100000", "98000", "49000", "10800", "10800", "多摩 580 あ 12-34");
}

bool hasError(const RegistryImport& result, int line, const QString& column) {
    for (const auto& e : result.errors) {
        if (e.line == line && e.column == column && !e.message.isEmpty() && !e.detail.isEmpty())
            return true;
    }
    return false;
}

QString describe(const RegistryImport& result) {
    QStringList lines;
    for (const auto& e : result.errors)
        lines << u"%1 [%2] %3 | %4"_s.arg(e.line).arg(e.column, e.message, e.detail);
    return lines.join(u'\n');
}

} // namespace

class TestRegistryCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodFileParses() {
        const RegistryImport result = parseRegistryCsv(goodFile());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.households.size(), 2);
        QCOMPARE(result.residents.size(), 3);
        QCOMPARE(result.seals.size(), 1);
        QCOMPARE(result.taxes.size(), 2);
        const Resident& yoshida = result.residents.at(2);
        QCOMPARE(yoshida.familyName, u"𠮷田"_s);
        QCOMPARE(yoshida.fullName(), u"𠮷田　髙志"_s);
        QCOMPARE(yoshida.birthDate, QDate(1958, 11, 3));
        QCOMPARE(yoshida.status, Resident::Status::Active);
        QCOMPARE(result.households.at(0).postalCode, u"1800001"_s);
        QCOMPARE(result.households.at(1).postalCode, u"1800004"_s);
        QCOMPARE(result.taxes.at(1).vehiclePlate, u"多摩 580 あ 12-34"_s);
        QCOMPARE(result.taxes.at(1).lightVehicleTax, 10800);
        QCOMPARE(result.seals.at(0).registrationNumber, u"S-1001"_s);
    }

    void bomCrlfAndQuotingAreAccepted() {
        QByteArray csv = "\xEF\xBB\xBF" + goodFile();
        csv.replace("\n", "\r\n");
        // A quoted address holding a comma and a doubled quote.
        csv.replace("東京都武蔵野市緑町一丁目2番3号", "\"東京都武蔵野市緑町一丁目2番3号, \"\"コーポ緑\"\" 101号室\"");
        const RegistryImport result = parseRegistryCsv(csv);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.households.at(0).address, u"東京都武蔵野市緑町一丁目2番3号, \"コーポ緑\" 101号室"_s);
        QCOMPARE(result.residents.size(), 3);
    }

    void lineBreakInsideValueKeepsLineNumbers() {
        QByteArray csv = goodFile();
        csv.replace("東京都武蔵野市緑町一丁目2番3号", "\"東京都武蔵野市緑町一丁目\r\n2番3号\"");
        csv += tax("R000002", "20x5", "1", "0", "0");
        const RegistryImport result = parseRegistryCsv(csv);
        QVERIFY(!result.ok());
        // The address is refused on the line its row starts; the row after the two-line value is line 11.
        QVERIFY2(hasError(result, 2, u"address"_s), qPrintable(describe(result)));
        QVERIFY2(hasError(result, 11, u"fiscal_year"_s), qPrintable(describe(result)));
    }

    void columnsInAnyOrderAndBlankLines() {
        const QByteArray csv = "id,record,head_resident_id,postal_code,address,household_id,family_name,"
                               "family_name_kana,birth_date,sex,relationship,resident_since\n"
                               "H1,household,R1,1800001,東京都武蔵野市中町一丁目11番5号,,,,,,,\n\n"
                               "R1,resident,,,,H1,高橋,タカハシ,1949-03-21,2,世帯主,1970-01-01\n";
        const RegistryImport result = parseRegistryCsv(csv);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.residents.at(0).givenName, QString());
    }

    void malformedRowsAreRefused_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("column");
        // Every bad row goes on line 6 of goodFile() + row (after the header and 5 household/resident lines... the
        // good file has 9 lines, so the bad row is line 10).
        QTest::newRow("unknown record type") << QByteArray("person,X1,,,,,,,,,,,,,,,,,,,,,,,,,,\n") << u"record"_s;
        QTest::newRow("too few values") << QByteArray("resident,R9,H0001\n") << QString();
        QTest::newRow("birth date no such day")
            << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-02-30", "1", "長男")
            << u"birth_date"_s;
        QTest::newRow("birth date slashes")
            << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014/04/10", "1", "長男")
            << u"birth_date"_s;
        QTest::newRow("birth date wareki")
            << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "H26.4.10", "1", "長男")
            << u"birth_date"_s;
        QTest::newRow("sex code M") << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "M",
                                                "長男")
                                    << u"sex"_s;
        QTest::newRow("sex code 0") << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "0",
                                                "長男")
                                    << u"sex"_s;
        QTest::newRow("kana in hiragana")
            << resident("R9", "H0001", "山田", "一郎", "やまだ", "イチロウ", "2014-04-10", "1", "長男")
            << u"family_name_kana"_s;
        QTest::newRow("kana half-width") << resident("R9", "H0001", "山田", "一郎", "ﾔﾏﾀﾞ", "イチロウ", "2014-04-10",
                                                     "1", "長男")
                                         << u"family_name_kana"_s;
        QTest::newRow("given name without kana")
            << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "", "2014-04-10", "1", "長男") << u"given_name_kana"_s;
        QTest::newRow("missing family name")
            << resident("R9", "H0001", "", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "1", "長男") << u"family_name"_s;
        QTest::newRow("digits in name") << resident("R9", "H0001", "山田2", "一郎", "ヤマダ", "イチロウ", "2014-04-10",
                                                    "1", "長男")
                                        << u"family_name"_s;
        QTest::newRow("sql injection in name") << resident("R9", "H0001", "Robert'); DROP TABLE residents;--", "一郎",
                                                           "ヤマダ", "イチロウ", "2014-04-10", "1", "長男")
                                               << u"family_name"_s;
        QTest::newRow("html in name") << resident("R9", "H0001", "<script>alert(1)</script>", "一郎", "ヤマダ",
                                                  "イチロウ", "2014-04-10", "1", "長男")
                                      << u"family_name"_s;
        QTest::newRow("formula in relationship")
            << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "1", "=cmd|' /C calc'!A0")
            << u"relationship"_s;
        QTest::newRow("control character")
            << resident("R9", "H0001", "山田", "一\x01郎", "ヤマダ", "イチロウ", "2014-04-10", "1", "長男")
            << u"given_name"_s;
        QTest::newRow("resident since before birth")
            << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "1", "長男", "2010-01-01")
            << u"resident_since"_s;
        QTest::newRow("unknown status") << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10",
                                                    "1", "長男", "2014-04-10", "gone")
                                        << u"status"_s;
        QTest::newRow("malformed id") << resident("R 9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10",
                                                  "1", "長男")
                                      << u"id"_s;
        QTest::newRow("duplicate resident id")
            << resident("R000002", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "1", "長男") << u"id"_s;
        QTest::newRow("same person twice")
            << resident("R9", "H0001", "山田", "花子", "ヤマダ", "ハナコ", "1982-07-03", "2", "妻") << QString();
        QTest::newRow("unknown household")
            << resident("R9", "H0404", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "1", "長男")
            << u"household_id"_s;
        QTest::newRow("second head") << resident("R9", "H0001", "山田", "一郎", "ヤマダ", "イチロウ", "2014-04-10", "1",
                                                 "世帯主")
                                     << u"relationship"_s;
        QTest::newRow("postal code short") << household("H9", "R000002", "180-001") << u"postal_code"_s;
        QTest::newRow("postal code full-width") << household("H9", "R000002", "１８０－０００１") << u"postal_code"_s;
        QTest::newRow("household id twice") << household("H0001", "R000001") << u"id"_s;
        QTest::newRow("head not a member") << household("H9", "R000002") << u"head_resident_id"_s;
        QTest::newRow("head unknown") << household("H9", "R404") << u"head_resident_id"_s;
        QTest::newRow("seal for unknown resident") << seal("R404", "S-9", "2020-01-01") << u"resident_id"_s;
        QTest::newRow("second seal") << seal("R000001", "S-9", "2020-01-01") << u"resident_id"_s;
        QTest::newRow("seal number twice") << seal("R000002", "S-1001", "2020-01-01") << u"registration_number"_s;
        QTest::newRow("seal under 15") << seal("R000002", "S-9", "1997-07-02") << u"registered_on"_s;
        QTest::newRow("tax unknown resident") << tax("R404", "2025", "1", "0", "0") << u"resident_id"_s;
        QTest::newRow("tax with comma") << tax("R000002", "2025", "\"1,200,000\"", "0", "0") << u"income"_s;
        QTest::newRow("tax negative") << tax("R000002", "2025", "-5", "0", "0") << u"income"_s;
        QTest::newRow("tax year short") << tax("R000002", "25", "1", "0", "0") << u"fiscal_year"_s;
        QTest::newRow("tax year twice") << tax("R000001", "2025", "1", "0", "0") << u"fiscal_year"_s;
        QTest::newRow("overpaid") << tax("R000002", "2025", "1", "100", "200") << u"resident_tax_paid"_s;
        QTest::newRow("vehicle tax without plate")
            << tax("R000002", "2025", "1", "0", "0", "10800", "0") << u"vehicle_plate"_s;
        QTest::newRow("value in foreign column")
            << QByteArray("seal,,,,,,山田,,,,,,,,,,,,R000002,S-9,2020-01-01,,,,,,,\n") << u"family_name"_s;
    }

    void malformedRowsAreRefused() {
        QFETCH(QByteArray, row);
        QFETCH(QString, column);
        const RegistryImport result = parseRegistryCsv(goodFile() + row);
        QVERIFY(!result.ok());
        QVERIFY2(hasError(result, 10, column), qPrintable(describe(result)));
        // Nothing partial: the good rows before the bad one are not returned either.
        QVERIFY(result.households.isEmpty());
        QVERIFY(result.residents.isEmpty());
        QVERIFY(result.seals.isEmpty());
        QVERIFY(result.taxes.isEmpty());
    }

    void brokenFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::newRow("empty") << QByteArray() << 1 << QString();
        QTest::newRow("header only") << kHeader << 1 << QString();
        QTest::newRow("no record column") << QByteArray("id,name\nR1,x\n") << 1 << u"record"_s;
        QTest::newRow("unknown column") << QByteArray(kHeader).replace("honseki", "my_number") << 1 << u"my_number"_s;
        QTest::newRow("duplicate column") << QByteArray(kHeader).replace("honseki", "address") << 1 << u"address"_s;
        QByteArray sjis = goodFile();
        sjis.append("resident,R9,H0001,,,,\x8E\x52\x93\x63,,,,,,,,,,,,,,,,,,,,,\n"); // 山田 in Shift_JIS
        QTest::newRow("shift_jis") << sjis << 10 << QString();
        QTest::newRow("unterminated quote") << goodFile() + "household,H9,,R1,1800001,\"never closed\n"
                                            << 10 << QString();
        QTest::newRow("stray quote") << goodFile() + "household,H9,,R1,1800001,ab\"c\",,,,,,,,,,,,,,,,,,,,,,\n"
                                     << 10 << QString();
        QTest::newRow("text after quote") << goodFile() + "household,H9,,R1,1800001,\"ab\"c,,,,,,,,,,,,,,,,,,,,,,\n"
                                          << 10 << QString();
    }

    void brokenFilesAreRefused() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, column);
        const RegistryImport result = parseRegistryCsv(csv);
        QVERIFY(!result.ok());
        QVERIFY2(hasError(result, line, column), qPrintable(describe(result)));
        QVERIFY(result.residents.isEmpty());
    }

    void detailNeverEchoesPersonalValues() {
        const RegistryImport result = parseRegistryCsv(
            goodFile() + resident("R9", "H0001", "山田9", "一郎", "ヤマダ", "イチロウ", "2014-13-10", "1", "長男"));
        QVERIFY(!result.ok());
        for (const auto& e : result.errors) {
            QVERIFY2(!e.detail.contains(u"山田9"_s), qPrintable(e.detail));
            QVERIFY2(!e.detail.contains(u"2014-13-10"_s), qPrintable(e.detail));
        }
    }

    void documentedExampleParses() {
        QFile doc(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/docs/registry-csv.md"_s);
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype start = text.indexOf("```csv\n") + 7;
        const qsizetype end = text.indexOf("```", start);
        QVERIFY(start > 7 && end > start);
        const RegistryImport result = parseRegistryCsv(text.mid(start, end - start));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.residents.size(), 2);
        QCOMPARE(result.seals.size(), 1);
        QCOMPARE(result.taxes.size(), 1);
    }

    void manyBadRowsAreCapped() {
        QByteArray csv = goodFile();
        for (int i = 0; i < 2000; ++i)
            csv += "bogus,,,,,,,,,,,,,,,,,,,,,,,,,,,\n";
        const RegistryImport result = parseRegistryCsv(csv);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 501);
        QVERIFY(result.residents.isEmpty());
    }

    // The reading stops at the error cap: the rest of a wrong file is never read, let alone kept.
    void readingStopsAtTheErrorCap() {
        QByteArray csv = goodFile();
        for (int i = 0; i < 100000; ++i)
            csv += "bogus,,,,,,,,,,,,,,,,,,,,,,,,,,,\n";
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const RegistryImport result = parseRegistryCsv(buffer, RegistryLimits{});
        QCOMPARE(result.errors.size(), 501);
        QVERIFY2(buffer.pos() < csv.size() / 50, qPrintable(QString::number(buffer.pos())));
    }

    void limitsAreRefusedWhereTheyArePassed_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        // A quoted value running over 5,000 lines: each line is short, the value is not.
        QByteArray spanning = "\"";
        for (int i = 0; i < 5000; ++i)
            spanning += "東京都武蔵野市\n";
        spanning += "\"";
        QTest::newRow("value over lines") << goodFile() + household("H9", "R1", "1800001", spanning) << 10
                                          << u"A value is longer than 1000 characters."_s;
        QTest::newRow("one long line") << goodFile() + QByteArray(2 * 1024 * 1024, 'a') << 10
                                       << u"This line is longer than 1024 KiB."_s;
        QTest::newRow("too many values") << goodFile() + QByteArray(300, ',') + "\n"
                                         << 10 << u"This row has more than 256 values."_s;
        QByteArray rows = goodFile();
        for (int i = 0; i < 20; ++i)
            rows += seal("R000002", "S-" + QByteArray::number(2000 + i), "2005-05-10");
        QTest::newRow("too many records") << rows << 12 << u"The file has more than 10 records"_s;
    }

    void limitsAreRefusedWhereTheyArePassed() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, message);
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        RegistryLimits limits;
        if (QTest::currentDataTag() == QByteArrayLiteral("too many records"))
            limits.maxRows = 10;
        const RegistryImport result = parseRegistryCsv(buffer, limits);
        QVERIFY(!result.ok());
        QVERIFY(result.residents.isEmpty() && result.households.isEmpty() && result.seals.isEmpty());
        bool found = false;
        for (const auto& e : result.errors)
            found = found || (e.line == line && e.message.startsWith(message));
        QVERIFY2(found, qPrintable(describe(result)));
    }

    void fileOverTheSizeLimitIsNotRead() {
        QByteArray csv = goodFile();
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        RegistryLimits limits;
        limits.maxFileBytes = 100;
        const RegistryImport result = parseRegistryCsv(buffer, limits);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().detail.contains(u"over the limit of 100"_s), qPrintable(describe(result)));
        QCOMPARE(buffer.pos(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryCsv)
#include "tst_registrycsv.moc"
