// Answers checked against the shipped catalogue's field definitions, and the My Number check digit.
#include "catalogue/Catalogue.h"
#include "catalogue/FieldCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace madoguchi::catalogue;

class TestFieldCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_load = loadCatalogueDirectory(Catalogue::kShippedDirectory);
        QVERIFY(m_load.ok());
    }

    void answers_data() {
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        const QString claim = u"child-allowance-claim"_s;
        const QString pregnancy = u"pregnancy-notice"_s;
        const QString disaster = u"disaster-certificate"_s;
        QTest::newRow("required empty") << claim << u"claimant_name"_s << u"  "_s << false;
        QTest::newRow("optional empty") << claim << u"spouse_name"_s << QString() << true;
        QTest::newRow("name with 𠮷") << claim << u"claimant_name"_s << u"𠮷田　髙志"_s << true;
        QTest::newRow("name too long") << claim << u"claimant_name"_s << QString(61, u'山') << false;
        QTest::newRow("name of 60 non-BMP") << claim << u"claimant_name"_s << u"𠮷"_s.repeated(60) << true;
        QTest::newRow("injection string is just text")
            << disaster << u"damage_description"_s << u"'); DROP TABLE visits;--"_s << true;
        QTest::newRow("kana") << claim << u"claimant_kana"_s << u"ヨシダ　タカシ"_s << true;
        QTest::newRow("kana in hiragana") << claim << u"claimant_kana"_s << u"よしだ"_s << false;
        QTest::newRow("account number") << claim << u"account_number"_s << u"1234567"_s << true;
        QTest::newRow("account number short") << claim << u"account_number"_s << u"123456"_s << false;
        QTest::newRow("choice") << claim << u"claim_reason"_s << u"move_in"_s << true;
        QTest::newRow("choice unknown") << claim << u"claim_reason"_s << u"lottery"_s << false;
        QTest::newRow("date") << pregnancy << u"expected_delivery_date"_s << u"2026-10-01"_s << true;
        QTest::newRow("date no such day") << pregnancy << u"expected_delivery_date"_s << u"2026-02-30"_s << false;
        QTest::newRow("date wareki") << pregnancy << u"expected_delivery_date"_s << u"R8.10.1"_s << false;
        QTest::newRow("weeks lower bound") << pregnancy << u"weeks_pregnant"_s << u"1"_s << true;
        QTest::newRow("weeks upper bound") << pregnancy << u"weeks_pregnant"_s << u"45"_s << true;
        QTest::newRow("weeks above") << pregnancy << u"weeks_pregnant"_s << u"46"_s << false;
        QTest::newRow("weeks zero") << pregnancy << u"weeks_pregnant"_s << u"0"_s << false;
        QTest::newRow("weeks full-width") << pregnancy << u"weeks_pregnant"_s << u"１２"_s << false;
        QTest::newRow("bool yes") << pregnancy << u"multiple_pregnancy"_s << u"true"_s << true;
        QTest::newRow("bool other") << pregnancy << u"multiple_pregnancy"_s << u"yes"_s << false;
        QTest::newRow("phone") << pregnancy << u"mother_phone"_s << u"0422-60-1800"_s << true;
        QTest::newRow("phone mobile") << pregnancy << u"mother_phone"_s << u"09012345678"_s << true;
        QTest::newRow("phone letters") << pregnancy << u"mother_phone"_s << u"call me"_s << false;
        QTest::newRow("my number valid") << pregnancy << u"my_number"_s << u"952601815908"_s << true;
        QTest::newRow("my number check digit") << pregnancy << u"my_number"_s << u"952601815907"_s << false;
        QTest::newRow("my number 11 digits") << pregnancy << u"my_number"_s << u"95260181590"_s << false;
        QTest::newRow("postal code") << u"move-in"_s << u"new_postal_code"_s << u"180-0012"_s << true;
        QTest::newRow("postal code short") << u"move-in"_s << u"new_postal_code"_s << u"180-001"_s << false;
        QTest::newRow("yen") << u"care-cost-ceiling-certification"_s << u"savings"_s << u"5000000"_s << true;
        QTest::newRow("yen with comma") << u"care-cost-ceiling-certification"_s << u"savings"_s << u"5,000,000"_s
                                        << false;
        QTest::newRow("member list") << claim << u"children"_s << QString() << true;
    }

    void answers() {
        QFETCH(QString, procedure);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const Procedure* p = m_load.catalogue.procedure(procedure);
        QVERIFY(p);
        const ProcedureField* f = p->field(field);
        QVERIFY2(f, qPrintable(field));
        const std::optional<FieldProblem> problem = checkFieldValue(*f, value);
        QCOMPARE(!problem.has_value(), accepted);
        if (problem) {
            QVERIFY(!problem->message.isEmpty());
            QVERIFY(problem->detail.startsWith(field));
            if (value.size() > 3) {
                QVERIFY2(!problem->message.contains(value), "the value is never echoed");
                QVERIFY2(!problem->detail.contains(value), "the value is never logged");
            }
        }
    }

    void rangeMessages() {
        ProcedureField f;
        f.id = u"n"_s;
        f.type = FieldType::Number;
        f.validation.min = 2;
        QCOMPARE(checkFieldValue(f, u"1"_s)->message, u"Enter 2 or more."_s);
        f.validation.min.reset();
        f.validation.max = 9;
        QCOMPARE(checkFieldValue(f, u"10"_s)->message, u"Enter 9 or less."_s);
        f.validation.min = 2;
        QCOMPARE(checkFieldValue(f, u"10"_s)->message, u"Enter a number from 2 to 9."_s);
    }

    void personaMyNumbersHaveValidCheckDigits_data() {
        QTest::addColumn<QString>("number");
        // resources/demo/card-personas.json: fictitious, valid check digits.
        for (const char16_t* n :
             {u"952601815908", u"983016613189", u"960913909961", u"903082462813", u"994821993518", u"981909378657"})
            QTest::newRow(QString::fromUtf16(n).toLatin1().constData()) << QString::fromUtf16(n);
    }

    void personaMyNumbersHaveValidCheckDigits() {
        QFETCH(QString, number);
        QVERIFY(isValidMyNumber(number));
        // Every other last digit is wrong.
        for (int d = 0; d <= 9; ++d) {
            const QString other = number.left(11) + QString::number(d);
            if (other != number)
                QVERIFY(!isValidMyNumber(other));
        }
    }

private:
    CatalogueLoad m_load;
};

QTEST_GUILESS_MAIN(TestFieldCheck)
#include "tst_fieldcheck.moc"
