// The value types a counter visit is made of: who the resident is, what they came for, the forms, the fees.
#pragma once

#include "FieldKind.h"
#include "LocalText.h"
#include "MyNumber.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::visit {

// Where a form field's value came from. Only Missing and Typed fields are editable: what the card or the registry
// already holds is never typed again.
enum class FieldSource { Card, Registry, Answer, Visit, Typed, Missing };

// How the resident proved who they are.
enum class IdentitySource {
    None,
    CardPin,   // My Number card, PIN typed by the resident
    CardCodeB, // My Number card, 照合番号B typed by the clerk from the card face
    NoCard,    // visual check of another ID document + registry search
};

// What the card's 券面事項入力補助AP gave (基本4情報), and the My Number only when a procedure needed it.
struct CardFace {
    QString name;
    QString address;
    QDate birthDate;
    QString sex;                            // "1" male, "2" female, "9" not applicable
    std::optional<card::MyNumber> myNumber; // self-wiping; only when a procedure needed it

    QString myNumberDigits() const { return myNumber ? myNumber->digits() : QString(); }

    bool isEmpty() const { return name.isEmpty() && address.isEmpty(); }
    friend bool operator==(const CardFace&, const CardFace&) = default;
};

// The clerk's record of an ID document checked by eye on the no-card path (which document, no copy of it).
struct IdDocumentCheck {
    QString documentKind; // "driving_licence", "passport", "residence_card", "health_insurance", ...
    QString note;         // e.g. "2点確認: 保険証 + 年金手帳"

    bool isEmpty() const { return documentKind.isEmpty(); }
    friend bool operator==(const IdDocumentCheck&, const IdDocumentCheck&) = default;
};

// One person in the city's registry as the counter needs them.
// One fiscal year of a resident's tax record, as the registry import carries it (docs/registry-csv.md).
struct TaxYear {
    int fiscalYear = 0;
    qint64 income = 0;
    qint64 residentTax = 0;
    qint64 residentTaxPaid = 0;
    qint64 lightVehicleTax = 0;
    qint64 lightVehicleTaxPaid = 0;
    QString vehiclePlate;

    friend bool operator==(const TaxYear&, const TaxYear&) = default;
};

struct RegistryPerson {
    QString residentId;
    QString householdId;
    QString name; // 氏名, U+3000 between family and given name as on the card
    QString kana;
    QDate birthDate;
    QString sex;
    QString address;
    QString postalCode;
    QString relationship; // 続柄
    QString householdHead;
    QDate residentSince;     // 住民となった日, printed on 住民票
    QString previousAddress; // 前住所
    // What the resident's certificates are made from; read for the resident matched in the visit only.
    QString sealNumber; // 印鑑登録番号, empty when no seal is registered
    QDate sealRegisteredOn;
    QList<TaxYear> taxes; // newest fiscal year first

    friend bool operator==(const RegistryPerson&, const RegistryPerson&) = default;
};

struct RegistryCandidate {
    RegistryPerson person;
    int confidence = 0;  // 0..100
    QStringList reasons; // why, in the clerk's language, e.g. "氏名・生年月日が一致"

    friend bool operator==(const RegistryCandidate&, const RegistryCandidate&) = default;
};

struct RegistrySearch {
    QString name;
    QDate birthDate;
    QString address;

    bool isEmpty() const { return name.trimmed().isEmpty() && !birthDate.isValid() && address.trimmed().isEmpty(); }
};

// One line of the side-by-side card ↔ registry comparison.
struct MatchLine {
    QString field; // "name", "address", "birth_date", "sex"
    QString cardValue;
    QString registryValue;
    bool differs = false;
};

// One person a life event concerns (異動する方): moving in together, or the household members moving.
struct Member {
    QString name;
    QDate birthDate;
    QString sex;          // "1", "2", "9"
    QString relationship; // 続柄: 本人, 妻, 長男, 長女 ...
    FieldSource source = FieldSource::Typed;

    friend bool operator==(const Member&, const Member&) = default;
};

// A question of a life event's wizard whose answer decides follow-up procedures or fills a form.
struct Question {
    enum class Kind { YesNo, Count, Date, Text };
    QString id;
    LocalText text;
    Kind kind = Kind::YesNo;
};

// A procedure the catalogue proposes because of the life event and the answers ("児童手当の認定請求も必要です").
struct FollowUp {
    QString procedureId;
    LocalText reason;
    enum class Decision { Undecided, Accepted, Declined };
    Decision decision = Decision::Undecided;

    friend bool operator==(const FollowUp&, const FollowUp&) = default;
};

struct FieldSpec {
    QString key;
    LocalText label;
    FieldKind kind = FieldKind::Text;
    bool required = true;
    // "card.name", "card.address", "card.birth_date", "card.sex", "card.my_number", "registry.kana",
    // "registry.postal_code", "registry.household_head", "registry.relationship", "answer.<question id>",
    // "visit.date"; empty = the clerk types it.
    QString prefill;
    QStringList options;           // for FieldKind::Choice: the values
    QList<LocalText> optionLabels; // and how each is shown
};

struct FormField {
    FieldSpec spec;
    QString value;
    FieldSource source = FieldSource::Missing;
    QString error; // why the last typed value was refused, translated

    bool editable() const { return source == FieldSource::Missing || source == FieldSource::Typed; }
    bool complete() const { return error.isEmpty() && (!spec.required || !value.isEmpty()); }
};

// One form of the visit, ready to print once complete (FormDraft in the glossary's sense).
struct FormDraft {
    QString procedureId;
    QString templateId;
    LocalText title;
    QList<FormField> fields;
    QJsonArray printouts; // the procedure's, from the catalogue: what the issuance prints for this form

    bool complete() const {
        for (const FormField& field : fields)
            if (!field.complete())
                return false;
        return true;
    }
    int indexOf(const QString& key) const {
        for (int i = 0; i < fields.size(); ++i)
            if (fields.at(i).spec.key == key)
                return i;
        return -1;
    }
};

// What the catalogue knows about one procedure, as far as the counter needs it.
struct ProcedureSpec {
    QString id;
    LocalText name;
    QString templateId;
    qint64 feePerCopy = 0;    // yen; 0 for notices (届出)
    bool certificate = false; // issued document with copies and a fee, vs. a notice or claim
    bool needsMyNumber = false;
    QList<FieldSpec> fields;
    QList<LocalText> requiredDocuments; // 必要書類 the clerk checks off
    QJsonArray printouts;               // declared in the catalogue; empty: the generic application form
    QStringList needs;                  // what the registry must hold for the resident (catalogue::Procedure)
    QString category;                   // the catalogue's: "certificate", "childcare", "care", "disaster", …
    QString reading;                    // the name's reading in kana, for search
    QStringList keywords;               // other words it is found by
};

struct LifeEventSpec {
    QString id; // "move_in", "move_out", "move_within", "birth", "death", "marriage", "divorce"
    LocalText name;
    QStringList procedures;        // always part of this life event
    QList<Question> questions;     // only those that decide follow-ups or fill forms
    bool residentMayBeNew = false; // 転入: the resident is not in the registry yet
    bool hasMembers = false;       // its forms list the people concerned (異動する方)
    QString reading;               // the name's reading in kana, for search
    QStringList keywords;          // other words it is found by
};

// One required document of the checklist.
struct DocumentCheck {
    QString procedureId;
    LocalText text;
    bool checked = false;
};

// The issued output of one procedure: what was recorded and the PDF to print.
struct IssuedPdf {
    QString procedureId;
    QString serial; // every procedure's document has one; a certificate's is printed on it
    QString verificationCode;
    QString pdfPath;
    bool certificate = false; // printed on certificate (security) paper; otherwise a filled-in form
    QString templateId;       // the printing/ template it was laid out with
};

} // namespace madoguchi::visit
