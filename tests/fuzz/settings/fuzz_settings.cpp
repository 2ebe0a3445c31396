// libFuzzer target for the settings file: the input is madoguchi.ini. Every key of the table is read, and the typed
// readers (sign-in policy, log rotation, registry import limits) stay inside their ranges whatever the file says.
#include "LogSink.h"
#include "Settings.h"
#include "registry/RegistryCsv.h"
#include "staff/StaffSignIn.h"

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>

#include <unistd.h>

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // QSettings caches files by name: a new name for every input, so each one is really parsed.
    static int counter = 0;
    const QString path =
        QDir::temp().filePath(QStringLiteral("fuzz_settings-%1-%2.ini").arg(::getpid()).arg(++counter));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    {
        const Settings settings(path);
        for (const SettingKey& key : Settings::keys())
            (void)settings.value(QString::fromLatin1(key.name));
        const staff::SignInPolicy policy = staff::SignInPolicy::fromSettings(settings);
        if (policy.freeFailures < 1 || policy.freeFailures > 100 || policy.backoffSeconds < 1 ||
            policy.backoffSeconds > 3600 || policy.lockoutFailures < policy.freeFailures || policy.lockoutMinutes < 1 ||
            policy.lockoutMinutes > 24 * 60 || policy.offlineCopyMaxDays < 1 || policy.offlineCopyMaxDays > 365)
            std::abort();
        for (int failures = 0; failures < 2 * policy.lockoutFailures + 2; ++failures) {
            const int wait = policy.waitSeconds(failures);
            if (wait < 0 || wait > policy.lockoutMinutes * 60)
                std::abort();
        }
        const LogRotation rotation = LogRotation::fromSettings(settings);
        if (rotation.maxBytes < 64 * 1024 || rotation.maxBytes > qint64(1024) * 1024 * 1024 || rotation.keep < 1 ||
            rotation.keep > 100)
            std::abort();
        const registry::RegistryLimits limits = registry::RegistryLimits::fromSettings(settings);
        if (limits.maxFileBytes < 1024 * 1024 || limits.maxFileBytes > qint64(16384) * 1024 * 1024 ||
            limits.maxRows < 1 || limits.maxRows > 50'000'000 || limits.maxFieldChars < 200 ||
            limits.maxFieldChars > 1'000'000)
            std::abort();
    }
    QFile::remove(path);
    return 0;
}
