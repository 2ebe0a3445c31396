// The procedures catalogue as value types (手続き): procedures, their fields, fees, documents and follow-up rules.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::catalogue {

// Text in each language the catalogue carries (ja and en now; more later).
struct LocalizedText {
    QString ja;
    QString en;

    // The text in `language` ("ja", "en"), Japanese when that language is missing.
    QString text(const QString& language) const { return language == QLatin1String("en") && !en.isEmpty() ? en : ja; }

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

enum class Category { LifeEvent, Certificate, ChildCare, Care, Disaster };

enum class FieldType { Text, Kana, Date, Number, Yen, Choice, Bool, PostalCode, Phone, Address, MyNumber, MemberList };

// Where a field's value comes from before anyone types: the card, the registry, an earlier answer in the visit, or
// another person of the resident's household the clerk chooses (the deceased, the spouse: `person.<role>.<item>`).
enum class PrefillSource { None, Card, Registry, Answer, Visit, Person };

struct Choice {
    QString value;
    LocalizedText label;

    friend bool operator==(const Choice&, const Choice&) = default;
};

struct FieldValidation {
    int maxLength = 0; // 0 = no limit beyond the type's own
    std::optional<qint64> min;
    std::optional<qint64> max;
    QString pattern; // a regular expression the whole value must match
    QList<Choice> choices;

    friend bool operator==(const FieldValidation&, const FieldValidation&) = default;
};

struct ProcedureField {
    QString id;
    LocalizedText label;
    FieldType type = FieldType::Text;
    bool required = true;
    PrefillSource prefillSource = PrefillSource::None;
    QString prefillKey; // e.g. "name" for card.name, "household_members" for registry.household_members
    FieldValidation validation;

    friend bool operator==(const ProcedureField&, const ProcedureField&) = default;
};

enum class FeeUnit { None, PerCopy, PerRequest };

struct Fee {
    qint64 amount = 0; // yen
    FeeUnit per = FeeUnit::None;

    qint64 total(int copies) const { return per == FeeUnit::PerCopy ? amount * copies : amount; }

    friend bool operator==(const Fee&, const Fee&) = default;
};

// 本人確認: what the counter must see before handling the procedure.
enum class IdentityVerification {
    None,     // nothing (e.g. the light-vehicle certificate for inspection)
    Basic,    // one photo ID, or two documents without a photo
    PhotoId,  // one photo ID (the My Number card counts)
    CardPin,  // the My Number card with its PIN
    SealCard, // the seal registration card (印鑑登録証)
};

struct Procedure {
    QString id;
    LocalizedText name;
    QString reading; // the Japanese name's reading in kana (じどうてあてにんていせいきゅう), for search
    QStringList keywords; // other words the clerk may type for it (児童手当, allowance); any language
    Category category = Category::Certificate;
    QString reference; // where the requirement comes from (requirements document ids)
    Fee fee;
    IdentityVerification identityVerification = IdentityVerification::Basic;
    bool myNumberRequired = false;  // the My Number is lawfully required: only then may it be read and stored
    QList<LocalizedText> documents; // what the resident must bring
    QList<ProcedureField> fields;
    // What it prints, declared as data (catalogue/PrintBinding.h); empty: the generic application form.
    QJsonArray printouts;
    // What the registry must hold for the resident before the procedure can be served (its printout is made from
    // it): "seal_registration", "tax_record", "light_vehicle_tax", "child_in_household". Checked when the procedures
    // are chosen, so a visit is refused there with the reason, not at the printout.
    QStringList needs;
    QString sourceFile; // the catalogue file it came from, for messages

    const ProcedureField* field(const QString& fieldId) const {
        for (const ProcedureField& f : fields) {
            if (f.id == fieldId)
                return &f;
        }
        return nullptr;
    }

    friend bool operator==(const Procedure&, const Procedure&) = default;
};

// How an age condition counts: from the birthday, or (介護保険法, 年齢計算ニ関スル法律) from the day before it.
enum class AgeCounting { Birthday, DayBeforeBirthday };

// A follow-up rule: when a life event happens and the conditions hold, propose another procedure with a reason.
struct FollowUpRule {
    QString id;
    QString lifeEventId;
    QString proposedProcedureId;
    // Someone concerned (moving, newborn, household) is aged at least minAge and below maxAgeExclusive.
    std::optional<int> minAge;
    std::optional<int> belowAge;
    AgeCounting counting = AgeCounting::Birthday;
    // An answer of the life event's form has this value ("true"/"false" for yes/no fields).
    QString answerField;
    QString answerEquals;
    LocalizedText reason; // shown to the clerk
    QString sourceFile;

    friend bool operator==(const FollowUpRule&, const FollowUpRule&) = default;
};

} // namespace madoguchi::catalogue
