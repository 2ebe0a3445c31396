#include "DocumentRetention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace madoguchi::issuance {

RetentionSweep expiredDocuments(const QString& documentDir, QDate today, int retentionDays) {
    RetentionSweep sweep;
    if (retentionDays <= 0 || documentDir.isEmpty() || !today.isValid())
        return sweep;
    const QDate keepFrom = today.addDays(-retentionDays);
    const QDir root(documentDir);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name)) {
        const QDate day = QDate::fromString(name, Qt::ISODate);
        if (!day.isValid() || name.size() != 10 || day >= keepFrom)
            continue;
        sweep.dayFolders.append(name);
        sweep.files += int(QDir(root.filePath(name)).entryList(QDir::Files | QDir::Hidden | QDir::System).size());
    }
    return sweep;
}

RetentionSweep removeExpiredDocuments(const QString& documentDir, QDate today, int retentionDays) {
    const RetentionSweep found = expiredDocuments(documentDir, today, retentionDays);
    RetentionSweep done;
    const QDir root(documentDir);
    for (const QString& name : found.dayFolders) {
        QDir day(root.filePath(name));
        bool all = true;
        for (const QFileInfo& file : day.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            if (QFile::remove(file.absoluteFilePath())) {
                ++done.files;
            } else {
                all = false;
                done.failures.append(file.absoluteFilePath());
            }
        }
        // A folder that still holds something (a subfolder someone put there, a file that would not go) stays.
        if (all && root.rmdir(name))
            done.dayFolders.append(name);
        else if (all)
            done.failures.append(day.absolutePath());
    }
    return done;
}

} // namespace madoguchi::issuance
