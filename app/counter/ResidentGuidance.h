// The guidance sheet a resident takes home in their language: what was done, what happens next, whom to contact.
#pragma once

#include "GuidanceSheet.h"
#include "Outcome.h"

#include <QDate>
#include <QList>
#include <QString>

namespace madoguchi::catalogue {
class Catalogue;
}
namespace madoguchi::visit {
class VisitWorkflow;
}

namespace madoguchi::counter {

class ResidentLanguages;

// What a guidance sheet is made of: procedures (catalogue ids) done today and proposed for later.
struct GuidanceVisit {
    QString language;
    QDate date;
    QString receptionNumber;
    QStringList done;
    QStringList next; // follow-ups proposed and not done today
};

// The visit as it stands (Done): its forms' procedures, and the follow-ups not taken today.
GuidanceVisit guidanceVisit(const visit::VisitWorkflow& visit, const QDate& today);

// The sheet's texts from the catalogue (procedure names, categories) and resources/guidance.json (what happens next,
// whom to contact), all in the resident's language through ResidentLanguages (declared Japanese fallback
// included). The Japanese name follows every translated procedure name, for whoever reads the sheet next.
print::GuidanceSheet guidanceSheet(const GuidanceVisit& visit, const catalogue::Catalogue& catalogue,
                                   const ResidentLanguages& languages);

// Renders the sheet to `path` (directories created). A clear Japanese message on failure.
Outcome writeGuidanceSheet(const print::GuidanceSheet& sheet, const QString& path);

} // namespace madoguchi::counter
