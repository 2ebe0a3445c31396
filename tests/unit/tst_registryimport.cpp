// `madoguchi-cli registry import` against files made to exhaust the terminal, 200,000 rows of each kind of bad: rows
// wrong on their own, rows right on their own whose references are broken (residents of households the file lacks,
// households whose heads it lacks, the same id over and over), a line without end, a file over the size limit, more
// records than allowed. Each is refused with a message saying why, nothing reaches the registry or the audit trail,
// and the real CLI process's peak memory (its ru_maxrss) stays under 200 MB and within 32 MB of what a two-line file
// costs. A good file of 200,000 records is imported whole, also under 200 MB.
#include "store/Connection.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    qint64 peakKib = -1; // the CLI process's ru_maxrss
};

QString readWhole(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A registry file: the header, then `rows` resident rows written by `row(i)`.
template <typename RowFn> void writeCsv(const QString& path, int rows, RowFn row) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("record,id,household_id,head_resident_id,postal_code,address,family_name,given_name,family_name_kana,"
            "given_name_kana,birth_date,sex,relationship,resident_since\n");
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        chunk += row(i);
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}
// A resident right on its own, in a household of its own that the file never describes.
QByteArray residentRow(int i) {
    const QByteArray id = QByteArray::number(i);
    const QByteArray born = QDate(1930, 1, 1).addDays(i % 30000).toString(Qt::ISODate).toLatin1();
    return "resident,R" + id + ",H" + id + ",,,,山田,太郎,ヤマダ,タロウ," + born + ",1,子,2012-04-01\n";
}
} // namespace

class TestRegistryImport : public QObject {
    Q_OBJECT

    // Runs the CLI under a small python3 that waits for it and writes its ru_maxrss. Not spawned from this test
    // process directly: a child's ru_maxrss also counts the memory of the process it was forked from (kept across
    // exec), and this one is large under the sanitizers; python's few MB are below every figure measured here.
    Run cli(const QStringList& args, const QByteArray& input) {
        const QString rssFile = m_dir.filePath(QStringLiteral("maxrss.txt"));
        QFile::remove(rssFile);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_dir.filePath(QStringLiteral("madoguchi.ini")));
        env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), m_dir.filePath(QStringLiteral("no-pcscd.comm")));
        // The test build runs under AddressSanitizer, whose quarantine keeps up to 256 MB of freed memory unusable
        // (to catch a use after free): a process that allocates and frees a lot, like a good import, shows that
        // quarantine in its RSS whatever it actually holds. 16 MB still catches the use of recently freed memory
        // and keeps the figure about what the import holds. Nothing else changes: same bound, same sanitizers.
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("quarantine_size_mb=16"));
        process.setProcessEnvironment(env);
        const QString measure =
            QStringLiteral("import resource, subprocess, sys\n"
                           "code = subprocess.run(sys.argv[2:]).returncode\n"
                           "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
                           "sys.exit(code)\n");
        process.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), measure, rssFile, m_cli,
                                                             QStringLiteral("--language"), QStringLiteral("en")} +
                                                     args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(900000))
            return {};
        Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
        run.peakKib = readWhole(rssFile).toLongLong(); // kilobytes on Linux
        return run;
    }

    qint64 centralCount(const QString& table) {
        auto central = store::Connection::openSqlite(m_dir.filePath(QStringLiteral("central.sqlite")));
        return central ? central.value->scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong() : -1;
    }

    qint64 importEvents() {
        auto local = store::Connection::openSqlite(m_dir.filePath(QStringLiteral("terminal.sqlite")));
        return local
                   ? local.value
                         ->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'registry.import'"))
                         .toLongLong()
                   : -1;
    }

    void writeIni(const QByteArray& registrySection) {
        QFile ini(m_dir.filePath(QStringLiteral("madoguchi.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ini.write("[terminal]\nid=T07\n" + registrySection);
    }

    // Runs one refused import and checks what every refusal shares: exit 1, the reason given, nothing recorded.
    void expectRefused(const QString& file, const QString& reason, qint64 maxPeakKib) {
        const qint64 residents = centralCount(QStringLiteral("residents"));
        const qint64 households = centralCount(QStringLiteral("households"));
        QVERIFY(residents > 0); // the embedded demo registry
        const Run r = cli({QStringLiteral("registry"), QStringLiteral("import"), file, QStringLiteral("--as"),
                           QStringLiteral("admin1")},
                          "admin-pass-1\n");
        m_lastErr = r.err;
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err.right(2000)));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err.right(2000)));
        QCOMPARE(centralCount(QStringLiteral("residents")), residents);
        QCOMPARE(centralCount(QStringLiteral("households")), households);
        QCOMPARE(importEvents(), 0);
        qInfo("peak RSS of the CLI: %lld KiB (a two-line file: %lld KiB)", r.peakKib, m_baselineKib);
        QVERIFY(r.peakKib > 0);
        QVERIFY2(r.peakKib < maxPeakKib, qPrintable(QString::number(r.peakKib)));
        // Bounded, not merely small: the file's size does not show in the process's memory.
        QVERIFY2(r.peakKib < m_baselineKib + 32 * 1024, qPrintable(QString::number(r.peakKib)));
    }

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY(!m_cli.isEmpty());
        QVERIFY(m_dir.isValid());
        writeIni({});
        const Run r =
            cli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
                 QStringLiteral("--name"), QStringLiteral("admin1"), QStringLiteral("--role"), QStringLiteral("admin")},
                "admin-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // What a refused import of a two-line file costs (the sign-in's Argon2id, Qt, the sanitizers of a test build).
        const QString tiny = m_dir.filePath(QStringLiteral("tiny.csv"));
        writeCsv(tiny, 1, [](int) { return QByteArray("resident,R1\n"); });
        const Run small = cli({QStringLiteral("registry"), QStringLiteral("import"), tiny, QStringLiteral("--as"),
                               QStringLiteral("admin1")},
                              "admin-pass-1\n");
        QCOMPARE(small.code, 1);
        m_baselineKib = small.peakKib;
        QVERIFY(m_baselineKib > 0);
    }

    // The attack of the review: 200,000 rows, every one of them wrong (a date written the spreadsheet's way). The
    // reading stops after the error list's cap; the process never holds the file.
    void twoHundredThousandBadRowsStayUnder200MB() {
        writeIni({});
        const QString file = m_dir.filePath(QStringLiteral("bad-dates.csv"));
        writeCsv(file, 200000, [](int i) {
            return QByteArray("resident,R") + QByteArray::number(i) +
                   ",H1,,,,山田,太郎,ヤマダ,タロウ,1980/02/17,1,子,"
                   "2012-04-01\n";
        });
        QVERIFY(QFileInfo(file).size() > 10 * 1024 * 1024);
        expectRefused(file, QStringLiteral("too many errors"), 200 * 1024);
    }

    // The same with a mistake the CSV reader itself finds in every row (a quote inside an unquoted value).
    void twoHundredThousandBrokenLinesStayUnder200MB() {
        writeIni({});
        const QString file = m_dir.filePath(QStringLiteral("stray-quotes.csv"));
        writeCsv(file, 200000, [](int i) {
            return QByteArray("resident,R") + QByteArray::number(i) +
                   ",H1,,,,山\"田,太郎,ヤマダ,タロウ,1980-02-17,1,子,"
                   "2012-04-01\n";
        });
        expectRefused(file, QStringLiteral("A double quote (\") appears inside a value."), 200 * 1024);
    }

    // The hole the first bound left: 200,000 residents, each right on its own, of households the file never
    // describes. Found only by the checks between rows; those run as queries over the staging database, so the
    // process never holds the rows.
    void twoHundredThousandResidentsOfMissingHouseholdsStayUnder200MB() {
        writeIni({});
        const QString file = m_dir.filePath(QStringLiteral("no-households.csv"));
        writeCsv(file, 200000, residentRow);
        expectRefused(file, QStringLiteral("There is no household with this ID in the file."), 200 * 1024);
        QVERIFY(m_lastErr.contains(QStringLiteral("too many errors")));
        // File, line and field of each: the first resident is on line 2.
        QVERIFY2(m_lastErr.contains(QStringLiteral("line 2, column household_id: There is no household")),
                 qPrintable(m_lastErr.left(2000)));
    }

    // 200,000 households, each right on its own, whose heads of household the file lacks.
    void twoHundredThousandHouseholdsWithoutHeadsStayUnder200MB() {
        writeIni({});
        const QString file = m_dir.filePath(QStringLiteral("no-heads.csv"));
        writeCsv(file, 200000, [](int i) {
            const QByteArray id = QByteArray::number(i);
            return "household,H" + id + ",,R" + id + ",180-0001,東京都武蔵野市緑町一丁目2番3号,,,,,,,,\n";
        });
        expectRefused(file, QStringLiteral("There is no resident with this ID in the file."), 200 * 1024);
    }

    // 200,000 times the same resident id: every row after the first a duplicate (found by the staging's keys, row
    // by row, so the reading stops at the error cap).
    void twoHundredThousandDuplicateIdsStayUnder200MB() {
        writeIni({});
        const QString file = m_dir.filePath(QStringLiteral("duplicates.csv"));
        writeCsv(file, 200000, [](int i) {
            const QByteArray born = QDate(1930, 1, 1).addDays(i % 30000).toString(Qt::ISODate).toLatin1();
            return "resident,R1,H1,,,,山田,太郎,ヤマダ,タロウ," + born + ",1,子,2012-04-01\n";
        });
        expectRefused(file, QStringLiteral("This resident ID is already used on line 2."), 200 * 1024);
    }

    // One line of 200,000 values and no line break: the reading stops at the line limit.
    void lineWithoutEndStaysUnder200MB() {
        writeIni({});
        const QString file = m_dir.filePath(QStringLiteral("one-line.csv"));
        writeCsv(file, 1, [](int) {
            QByteArray line = "resident";
            for (int i = 0; i < 200000; ++i)
                line += ",R" + QByteArray::number(i);
            return line;
        });
        QVERIFY(QFileInfo(file).size() > 1024 * 1024);
        expectRefused(file, QStringLiteral("This line is longer than"), 200 * 1024);
    }

    // A file over registry/max_file_mib is refused before a byte of it is read.
    void fileOverTheSizeLimitIsRefusedUnread() {
        writeIni("[registry]\nmax_file_mib=1\n");
        const QString file = m_dir.filePath(QStringLiteral("large.csv"));
        writeCsv(file, 200000, residentRow);
        QVERIFY(QFileInfo(file).size() > 1024 * 1024);
        expectRefused(file, QStringLiteral("The file is larger than 1 MiB"), 200 * 1024);
    }

    // More records than registry/max_rows: the reading stops at the first one too many.
    void moreRecordsThanAllowedAreRefused() {
        writeIni("[registry]\nmax_rows=1000\n");
        const QString file = m_dir.filePath(QStringLiteral("many.csv"));
        writeCsv(file, 5000, residentRow);
        expectRefused(file, QStringLiteral("more than 1000 records"), 200 * 1024);
    }

    // The bound does not cost the good case: households of 4 residents each are imported whole, in one transaction, and
    // the process stays under 200 MB there too (the records go through the staging database and reach the centre 2,000
    // at a time). 8,000 households (40,000 records) in the suite, which has a time budget; the 200,000-record figure of
    // docs/registry-csv.md is the same test with MADOGUCHI_GOOD_IMPORT_HOUSEHOLDS=40000 (minutes on the ASan build).
    void aGoodImportIsWholeAndUnder200MB() {
        writeIni({});
        const QString file = m_dir.filePath(QStringLiteral("good.csv"));
        const int kHouseholds = qEnvironmentVariableIsSet("MADOGUCHI_GOOD_IMPORT_HOUSEHOLDS")
                                    ? qEnvironmentVariableIntValue("MADOGUCHI_GOOD_IMPORT_HOUSEHOLDS")
                                    : 8000;
        QVERIFY(kHouseholds > 0);
        writeCsv(file, kHouseholds * 5, [](int i) {
            const QByteArray h = QByteArray::number(i / 5);
            const int k = i % 5;
            if (k == 0)
                return "household,GH" + h + ",,GR" + h + "x1,180-0001,東京都武蔵野市緑町一丁目" + h + "番,,,,,,,,\n";
            const QByteArray born =
                QDate(1950, 1, 1).addDays(k * 3000 + (i / 5) % 1000).toString(Qt::ISODate).toLatin1();
            return "resident,GR" + h + "x" + QByteArray::number(k) + ",GH" + h + ",,,,山田,太郎,ヤマダ,タロウ," + born +
                   ",1," + (k == 1 ? QByteArray("世帯主") : QByteArray("子")) + ",2012-04-01\n";
        });
        const qint64 residents = centralCount(QStringLiteral("residents"));
        const qint64 households = centralCount(QStringLiteral("households"));
        QElapsedTimer timer;
        timer.start();
        const Run r = cli({QStringLiteral("registry"), QStringLiteral("import"), file, QStringLiteral("--as"),
                           QStringLiteral("admin1")},
                          "admin-pass-1\n");
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.code == 0, qPrintable(r.err.right(2000)));
        QVERIFY2(r.out.contains(
                     QStringLiteral("Imported %1 household(s), %2 resident(s)").arg(kHouseholds).arg(4 * kHouseholds)),
                 qPrintable(r.out));
        QCOMPARE(centralCount(QStringLiteral("residents")), residents + 4 * kHouseholds);
        QCOMPARE(centralCount(QStringLiteral("households")), households + kHouseholds);
        QCOMPARE(importEvents(), 1);
        qInfo("good import of %d records: %lld ms, peak RSS of the CLI: %lld KiB (a two-line file: %lld KiB)",
              kHouseholds * 5, ms, r.peakKib, m_baselineKib);
        QVERIFY2(r.peakKib < 200 * 1024, qPrintable(QString::number(r.peakKib)));
    }

private:
    QString m_cli;
    QTemporaryDir m_dir;
    qint64 m_baselineKib = 0;
    QString m_lastErr; // the standard error of the last refused import
};

QTEST_GUILESS_MAIN(TestRegistryImport)
#include "tst_registryimport.moc"
