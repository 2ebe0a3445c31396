// Scripted visits (`madoguchi-cli visit run SCRIPT.json`): the script read and checked, then every visit driven
// through the counter's own VisitWorkflow. docs/visit-scripts.md describes the file.
#pragma once

#include "visit/VisitWorkflow.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace madoguchi::cli {

// One problem with a script: where it is (file, visit, field) and what is wrong, in the clerk's language.
struct ScriptError {
    QString file;
    int visit = -1;    // 1-based; -1 = the file as a whole
    QString visitName; // the visit's "name" when it has one
    QString field;     // e.g. "who.pin", "procedures[1]", "fields.move-in.new_address"
    QString message;

    QString line() const; // "script.json / visit 2 (転入) / fields.move-in.new_address: message"
    QJsonObject toJson() const;
};

struct ScriptMember {
    QString name;
    QString birthDate;
    QString sex;
    QString relationship;
};

// One visit of a script, as written (validated against the catalogue by checkScript).
struct ScriptVisit {
    QString name;
    QString language = QStringLiteral("ja");
    // who: a card persona with its PIN or 照合番号B, or a registry resident identified without a card
    QString persona;
    QString pin;   // never printed or logged
    QString codeB; // never printed or logged
    bool confirmLastTry = false;
    bool readMyNumber = false;
    QString idDocument; // no card: the ID document checked by eye
    QString searchName;
    QString searchBirthDate;
    QString searchAddress;
    QString residentId; // which registry candidate to accept; empty: the best match
    bool newResident = false;
    // what they came for
    QStringList lifeEvents;
    QStringList procedures;
    QMap<QString, QString> answers;
    QList<ScriptMember> members;
    QString followUpPolicy = QStringLiteral("decline"); // for proposals not named in followUps: accept | decline
    QMap<QString, bool> followUps;                      // procedure → accepted
    QMap<QString, QString> persons;                     // role ("deceased", "spouse") → household resident id
    QMap<QString, QMap<QString, QString>> fields;       // procedure ("*" = every form) → key → typed value
    QMap<QString, int> copies;
    QString payment;
    bool confirm = true; // the resident confirms on their screen; false stops at the review
};

struct VisitScript {
    QString file;
    QList<ScriptVisit> visits;
};

// Reads the file; every error found is appended (file-level JSON errors stop the reading).
VisitScript readScript(const QString& path, QList<ScriptError>* errors);

// Everything that can be checked without the card or the registry, against the counter's catalogue and the card
// personas and the resident languages: unknown life events, procedures, questions and fields, values the field would
// refuse (an impossible date), PINs that are not 4 digits, unknown personas, payment methods.
QList<ScriptError> checkScript(const VisitScript& script, const visit::CataloguePort& catalogue, const QDate& today,
                               const QStringList& languages);

// One field of one form as the visit ended.
struct FieldReport {
    QString key;
    QString value;  // a My Number is masked
    QString source; // "card", "registry", "answer", "visit", "typed", "missing"
};

struct FormReport {
    QString procedureId;
    QString templateId;
    qint64 fee = 0;
    int copies = 1;
    QList<FieldReport> fields;
};

struct DocumentReport {
    QString procedureId;
    QString templateId;
    QString serial;
    QString verificationCode;
    QString pdfPath;
    qint64 fee = 0; // the form's fee, on its first document
    bool certificate = false;
};

struct VisitReport {
    int index = 0; // 1-based
    QString name;
    QString receptionNumber;
    QString step; // the step reached: "Done", or where it stopped
    QString visitId;
    QString residentId;
    QStringList procedures; // the forms' procedures, in order
    QStringList followUpsAccepted;
    QStringList followUpsDeclined;
    QMap<QString, QString> persons; // role → resident id chosen for it ("" = nobody, typed)
    QList<FormReport> forms;
    QList<DocumentReport> documents;
    qint64 totalFee = 0;
    QString payment;
    QStringList warnings;
    QList<ScriptError> errors;

    bool done() const { return step == QLatin1String("Done") && errors.isEmpty(); }
    QJsonObject toJson() const;
};

// Drives one visit through `workflow` from Idle to Done (or to where the script stops it). `useCard(persona)` puts
// that persona's card on the simulated reader before it is read. The PIN is handed to the card once: a wrong PIN is
// reported, never retried. A visit that stops before Done is cancelled: nothing of it is recorded.
VisitReport runScriptVisit(visit::VisitWorkflow& workflow, const VisitScript& script, int index,
                           const QString& receptionNumber, const std::function<void(const QString&)>& useCard);

} // namespace madoguchi::cli
