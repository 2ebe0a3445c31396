// Owner-only modes under the usual umask 022: the data folder, the local store with its -wal/-shm, the log file and
// its folder, the documents folders (docs/security.md, "Files"). PDFs: tst_printdocuments checks every template.
#include "CoreLogging.h"
#include "FileModes.h"
#include "LogSink.h"
#include "store/Connection.h"
#include "store/Schema.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace madoguchi;

namespace {
unsigned modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFF;
    return st.st_mode & 07777;
}
} // namespace

class TestFileModes : public QObject {
    Q_OBJECT
    mode_t m_saved = 0;
private Q_SLOTS:
    void init() { m_saved = ::umask(022); }
    void cleanup() { ::umask(m_saved); }

    void storeFolderAndFilesAreOwnerOnly() {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString db = data + QStringLiteral("/local.sqlite");
        Result<store::Connection> local = store::Connection::openSqlite(db);
        QVERIFY(static_cast<bool>(local));
        store::Migrations::migrate(*local, store::Schema::Local);
        QCOMPARE(modeOf(data), 0700u);
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString file = db + QLatin1String(suffix);
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), 0600u);
        }
        QCOMPARE(local->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    }

    void aStoreCreatedWorldReadableIsRepaired() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Result<store::Connection> first = store::Connection::openSqlite(db);
            QVERIFY(static_cast<bool>(first));
        }
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
        QCOMPARE(modeOf(db), 0644u);
        Result<store::Connection> again = store::Connection::openSqlite(db);
        QVERIFY(static_cast<bool>(again));
        QCOMPARE(modeOf(db), 0600u);
        QCOMPARE(modeOf(db + QStringLiteral("-wal")), 0600u);
        QCOMPARE(modeOf(db + QStringLiteral("-shm")), 0600u);
    }

    void logFileAndFolderAreOwnerOnly() {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("data/logs"));
        const QString path = LogSink::install(logs, false);
        qCInfo(lcCore) << "mode check";
        LogSink::uninstall();
        QVERIFY(!path.isEmpty());
        QCOMPARE(modeOf(logs), 0700u);
        QCOMPARE(modeOf(path), 0600u);
    }

    void createdFoldersAreOwnerOnlyExistingOnesUntouched() {
        QTemporaryDir dir;
        const QString documents = dir.filePath(QStringLiteral("documents/2026-12-02"));
        QVERIFY(files::makeOwnerOnlyDir(documents));
        QCOMPARE(modeOf(documents), 0700u);
        const unsigned before = modeOf(dir.path());
        QVERIFY(files::makeOwnerOnlyDir(dir.path()));
        QCOMPARE(modeOf(dir.path()), before);
    }

    void restrictUmaskMakesNewFilesOwnerOnly() {
        files::restrictUmask();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("f")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(modeOf(file.fileName()), 0600u);
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
