// Where log lines go: a file under the user's data directory, and standard error for warnings (or all, verbose).
#include "LogSink.h"

#include "FileModes.h"

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

void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QByteArray line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
                 QLatin1String(context.category ? context.category : "default"), message)
            .toUtf8();
    {
        QMutexLocker lock(&g_mutex);
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
} // namespace

QString LogSink::install(const QString& logDir, bool verbose) {
    QMutexLocker lock(&g_mutex);
    g_verbose = verbose;
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*.debug=true"));
    delete g_file;
    g_file = nullptr;
    QString path;
    if (!logDir.isEmpty() && files::makeOwnerOnlyDir(logDir)) {
        auto* file = new QFile(QDir(logDir).filePath(QStringLiteral("madoguchi.log")));
        if (file->open(QIODevice::Append | QIODevice::Text) &&
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            g_file = file;
            path = file->fileName();
        } else {
            delete file;
        }
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
