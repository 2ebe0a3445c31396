// What a test knows about the real services with-services.sh started for it, and how to disturb them.
#include "TestServices.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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

// How alike the first pages are, rendered in grey at 30 dpi: the correlation of their ink per row and per column (the
// layout of the text lines, boxes and columns), at the best shift of a few pixels — cups-pdf's PDF goes through
// PostScript and Ghostscript, which redraw the lines thinner and may move the page by a pixel or two. 1 = same layout.
double TestServices::pageSimilarity(const QString& a, const QString& b) {
    QTemporaryDir dir;
    QImage images[2];
    const QString files[2] = {a, b};
    for (int i = 0; i < 2; ++i) {
        const QString prefix = dir.filePath(QString::number(i));
        QProcess p;
        p.start(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-singlefile"), QStringLiteral("-png"), files[i], prefix});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return 0.0;
        images[i] = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    }
    const int w = std::min(images[0].width(), images[1].width());
    const int h = std::min(images[0].height(), images[1].height());
    if (w < 50 || h < 50)
        return 0.0;
    const auto profile = [&](const QImage& image, bool rows) {
        QList<double> ink(rows ? h : w, 0.0);
        for (int y = 0; y < h; ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < w; ++x)
                ink[rows ? y : x] += 255 - line[x];
        }
        return ink;
    };
    const auto correlation = [](const QList<double>& p, const QList<double>& q) {
        double best = -1;
        for (int shift = -6; shift <= 6; ++shift) {
            double sp = 0, sq = 0, spp = 0, sqq = 0, spq = 0;
            int n = 0;
            for (int i = 6; i < p.size() - 6; ++i) {
                const double x = p[i], y = q[i + shift];
                sp += x, sq += y, spp += x * x, sqq += y * y, spq += x * y;
                ++n;
            }
            const double cov = spq - sp * sq / n;
            const double var = std::sqrt((spp - sp * sp / n) * (sqq - sq * sq / n));
            if (var > 0)
                best = std::max(best, cov / var);
        }
        return best;
    };
    return (correlation(profile(images[0], true), profile(images[1], true)) +
            correlation(profile(images[0], false), profile(images[1], false))) /
           2;
}

} // namespace madoguchi::test
