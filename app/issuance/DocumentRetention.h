// How long the PDFs a terminal issued stay on its disk. The visit, its documents and their serials stay in the
// stores for good; the PDF is a copy for reprinting, and a copy with a resident's data should not outlive its use.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace madoguchi::issuance {

struct RetentionSweep {
    QStringList dayFolders; // yyyy-MM-dd folders past the period, oldest first
    int files = 0;          // files removed (PDFs, guidance sheets)
    QStringList failures;   // what could not be removed, for the log (paths only, no resident data)
};

// The day folders under `documentDir` older than `retentionDays` before `today` (0 = keep for ever: none).
// Only folders named as an ISO date are considered; anything else under the folder is left alone.
RetentionSweep expiredDocuments(const QString& documentDir, QDate today, int retentionDays);

// Removes the folders `expiredDocuments` found (files first, then the empty folder); `sweep` is filled with what
// was done. The caller audits the sweep (documents.purged) and checks who may ask for it (staff::Action).
RetentionSweep removeExpiredDocuments(const QString& documentDir, QDate today, int retentionDays);

} // namespace madoguchi::issuance
