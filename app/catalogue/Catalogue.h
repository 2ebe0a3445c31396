// The procedures catalogue (手続きカタログ) loaded from versioned JSON files: lookups and follow-ups for the visit.
#pragma once

#include "FollowUps.h"
#include "Procedure.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace madoguchi::catalogue {

// One problem in the catalogue files; the catalogue is refused whole when there is any.
struct CatalogueError {
    QString file;      // file name, e.g. "childcare.json"
    QString procedure; // procedure or rule id, empty for a whole-file problem
    QString field;     // field id, when the problem is in one field
    QString message;   // for IT staff and supervisors, translated
    QString detail;    // technical, for the log

    friend bool operator==(const CatalogueError&, const CatalogueError&) = default;
};

struct CatalogueFile {
    QString name; // shown in messages
    QByteArray json;
};

class Catalogue final {
public:
    // The shipped catalogue (embedded resources :/madoguchi/catalogue/*.json).
    static const QString kShippedDirectory;

    const QList<Procedure>& procedures() const { return m_procedures; }
    QList<Procedure> procedures(Category category) const;
    QList<Procedure> lifeEvents() const { return procedures(Category::LifeEvent); }
    const Procedure* procedure(const QString& id) const;
    const QList<FollowUpRule>& followUpRules() const { return m_rules; }
    // Each file's version, e.g. {"life-events.json": "2026.1"}.
    const QHash<QString, QString>& versions() const { return m_versions; }

    // Follow-up procedures for a life event, with the reason for the clerk.
    QList<FollowUpProposal> followUps(const VisitFacts& facts) const { return proposeFollowUps(m_rules, facts); }

private:
    friend class CatalogueLoader;
    QList<Procedure> m_procedures;
    QList<FollowUpRule> m_rules;
    QHash<QString, QString> m_versions;
};

struct CatalogueLoad {
    Catalogue catalogue; // empty when errors is not
    QList<CatalogueError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Parses and validates the given files together (ids are unique across files; rules may name any file's
// procedures). Pure.
CatalogueLoad loadCatalogue(const QList<CatalogueFile>& files);
// Reads every *.json in `directory` (a file system path or a ":/..." resource path), sorted by name.
CatalogueLoad loadCatalogueDirectory(const QString& directory);

// The files of several directories taken as one catalogue: a file in an earlier directory hides the file of the same
// name in a later one (a municipality's certificates.json replaces the shipped one, its own city.json is added).
// Directories that do not exist are skipped; files are in name order.
struct CatalogueFiles {
    QList<CatalogueFile> files;
    QHash<QString, QString> directoryOf; // file name → the directory it was read from
    QList<CatalogueError> unreadable;
};
CatalogueFiles readCatalogueFiles(const QStringList& directories);
// Validates the files read; refused whole when any was unreadable.
CatalogueLoad loadCatalogue(const CatalogueFiles& read);

// The names the catalogue files use: "life_event", "member_list", "copy", "card_pin".
QString categoryName(Category category);
QString fieldTypeName(FieldType type);
QString feeUnitName(FeeUnit unit);
QString identityVerificationName(IdentityVerification identity);

} // namespace madoguchi::catalogue
