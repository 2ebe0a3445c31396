// What a test knows about the real services with-services.sh started for it, and how to disturb them.
#include "TestServices.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

namespace madoguchi::test {

bool TestServices::hasPcscd() {
    return !qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_VPCD_PORT");
}

bool TestServices::hasPostgres() {
    return !qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_URL");
}

QString TestServices::postgresUrl() {
    return qEnvironmentVariable("MADOGUCHI_TEST_PG_URL");
}

QString TestServices::postgresHost() {
    return qEnvironmentVariable("MADOGUCHI_TEST_PG_HOST");
}

int TestServices::postgresPort() {
    return qEnvironmentVariableIntValue("MADOGUCHI_TEST_PG_PORT");
}

bool TestServices::control(const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(qEnvironmentVariable("MADOGUCHI_TEST_SERVICECTL"), arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool TestServices::waitUntil(const std::function<bool()>& condition, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace madoguchi::test
