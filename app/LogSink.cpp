// Where log lines go: a file under the user's data directory, and standard error for warnings (or all, verbose).
#include "LogSink.h"

#include "FileModes.h"
#include "Settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace madoguchi {

namespace {
QMutex g_mutex;
QFile* g_file = nullptr;
bool g_verbose = false;
LogRotation g_rotation;
QtMessageHandler g_previous = nullptr;

const char* levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Opens `path` for appending, owner-only whatever the umask (it holds sign-in refusals, card sessions, sync detail).
QFile* openLog(const QString& path) {
    auto* file = new QFile(path);
    if (file->open(QIODevice::Append | QIODevice::Text) &&
        file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return file;
    delete file;
    return nullptr;
}

// madoguchi.log → .1 → .2 … → .keep, the oldest dropped, then a fresh file. Called with g_mutex held. Renaming keeps
// each file's 0600 mode. Another process still writing to the old file carries on in madoguchi.log.1 until it
// rotates in its turn; nothing is lost, and every file stays bounded.
void rotate() {
    const QString path = g_file->fileName();
    g_file->close();
    delete g_file;
    g_file = nullptr;
    QFile::remove(QStringLiteral("%1.%2").arg(path).arg(g_rotation.keep));
    for (int i = g_rotation.keep - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(path).arg(i), QStringLiteral("%1.%2").arg(path).arg(i + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
    g_file = openLog(path);
}

void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QByteArray line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
                 QLatin1String(context.category ? context.category : "default"), message)
            .toUtf8();
    {
        QMutexLocker lock(&g_mutex);
        // size() asks the file system, so lines other processes appended count too.
        if (g_file != nullptr && g_file->size() > 0 && g_file->size() + line.size() > g_rotation.maxBytes)
            rotate();
        if (g_file != nullptr) {
            g_file->write(line);
            g_file->flush();
        }
    }
    // QtInfoMsg sorts after QtFatalMsg in the enum, so "type >= QtWarningMsg" would let info through.
    if (g_verbose || (type != QtDebugMsg && type != QtInfoMsg)) {
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

qint64 settingOr(const Settings& settings, const char* key, qint64 fallback, qint64 low, qint64 high) {
    bool ok = false;
    const qint64 value = settings.value(QString::fromLatin1(key)).toLongLong(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}
} // namespace

LogRotation LogRotation::fromSettings(const Settings& settings) {
    LogRotation rotation;
    rotation.maxBytes = settingOr(settings, "log/max_kib", rotation.maxBytes / 1024, 64, 1024 * 1024) * 1024;
    rotation.keep = static_cast<int>(settingOr(settings, "log/keep", rotation.keep, 1, 100));
    return rotation;
}

QString LogSink::install(const QString& logDir, bool verbose, LogRotation rotation) {
    QMutexLocker lock(&g_mutex);
    g_verbose = verbose;
    g_rotation = rotation;
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*.debug=true"));
    delete g_file;
    g_file = nullptr;
    QString path;
    if (!logDir.isEmpty() && files::makeOwnerOnlyDir(logDir)) {
        g_file = openLog(QDir(logDir).filePath(QStringLiteral("madoguchi.log")));
        if (g_file != nullptr)
            path = g_file->fileName();
    }
    QtMessageHandler previous = qInstallMessageHandler(handle);
    if (previous != handle)
        g_previous = previous;
    return path;
}

void LogSink::uninstall() {
    QMutexLocker lock(&g_mutex);
    qInstallMessageHandler(g_previous);
    delete g_file;
    g_file = nullptr;
}

QString LogSink::currentFile() {
    QMutexLocker lock(&g_mutex);
    return g_file != nullptr ? g_file->fileName() : QString();
}

} // namespace madoguchi
