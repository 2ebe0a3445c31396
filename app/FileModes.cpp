// Owner-only modes regardless of the umask the terminal was started with (docs/security.md, "Files").
#include "FileModes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace madoguchi::files {

void restrictUmask() {
    ::umask(S_IRWXG | S_IRWXO);
}

bool makeOwnerOnlyDir(const QString& dir) {
    if (QFileInfo::exists(dir))
        return QFileInfo(dir).isDir();
    if (!QDir().mkpath(dir))
        return false;
    return QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool makeOwnerOnlyFile(const QString& path) {
    if (!QFileInfo::exists(path))
        return true;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace madoguchi::files
