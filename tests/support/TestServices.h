// What a test knows about the real services with-services.sh started for it, and how to disturb them.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace madoguchi::test {

class TestServices {
public:
    static bool hasPcscd();
    static bool hasPostgres();
    static QString postgresUrl();
    static QString postgresHost();
    static int postgresPort();

    // Runs harness/servicectl.sh (pcscd-stop, pcscd-start, card-remove, card-insert, pg-stop, pg-start).
    static bool control(const QStringList& arguments);

    // Polls `condition` while processing events, for at most `timeoutMs`.
    static bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000);

    // How alike the first pages of two PDFs look (pdftoppm, 30 dpi): the correlation of their ink per row and per
    // column at the best shift of a few pixels; 1 = the same layout. For PDFs that went through a print pipeline.
    static double pageSimilarity(const QString& a, const QString& b);
};

} // namespace madoguchi::test
