// The city's registry (住民基本台帳) as value types: households, residents, seal registrations, tax summaries.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace madoguchi::registry {

// One household (世帯). Ids are the registry's own stable identifiers (from the CSV import), not database keys.
struct Household {
    QString id;
    QString headResidentId; // 世帯主
    QString postalCode;     // "1800001" (7 digits, no hyphen)
    QString address;        // as the registry holds it, e.g. "東京都武蔵野市緑町一丁目2番3号"

    friend bool operator==(const Household&, const Household&) = default;
};

// One resident (住民).
struct Resident {
    enum class Status { Active, MovedOut, Deceased };

    QString id;
    QString householdId;
    QString familyName;     // 氏
    QString givenName;      // 名
    QString familyNameKana; // カナ (full-width katakana)
    QString givenNameKana;
    QDate birthDate;
    QString sex;             // ISO 5218 as on the card: "1" male, "2" female, "9" not applicable
    QString relationship;    // 続柄 to the head of household: 本人, 妻, 夫, 子, 長男, 長女, 父, 母 ...
    QDate residentSince;     // 住民となった日
    QString previousAddress; // 前住所
    QString honseki;         // 本籍 (Japanese nationals only)
    QString hittousha;       // 筆頭者
    Status status = Status::Active;

    QString fullName() const { return familyName + QChar(0x3000) + givenName; } // as on the card: U+3000 between

    friend bool operator==(const Resident&, const Resident&) = default;
};

// 印鑑登録: a resident's registered seal.
struct SealRegistration {
    QString residentId;
    QString registrationNumber;
    QDate registeredOn;

    friend bool operator==(const SealRegistration&, const SealRegistration&) = default;
};

// One fiscal year's income and tax for a resident (所得・課税, 納税, 軽自動車税).
struct TaxSummary {
    QString residentId;
    int fiscalYear = 0;     // 年度 (Gregorian year the fiscal year starts)
    qint64 income = 0;      // yen
    qint64 residentTax = 0; // 住民税 assessed, yen
    qint64 residentTaxPaid = 0;
    qint64 lightVehicleTax = 0; // 軽自動車税 assessed, yen (0 = none)
    qint64 lightVehicleTaxPaid = 0;
    QString vehiclePlate; // 軽自動車の標識番号, when any

    friend bool operator==(const TaxSummary&, const TaxSummary&) = default;
};

} // namespace madoguchi::registry
