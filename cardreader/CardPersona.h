// A fictitious card holder for the virtual card, loaded from resources/demo/card-personas.json (the one list).
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::card {

struct CardPersona {
    QString id;
    QString name;
    QString address;
    QDate birthDate;
    QString sex;
    QByteArray pin; // fictitious, 4 digits
    int pinTriesLeft = 3;
    QByteArray myNumber; // fictitious, valid check digit
    QByteArray codeB;    // 照合番号B as printed on the fictitious card face
    int expiryYear = 0;  // of the card (its face and visual AP)
    // How the card is forged, for the authenticity tests; empty for a genuine card:
    //   "altered-data"      the text AP's EF 0002 was rewritten after the issuer signed it (signedAddress was signed)
    //   "untrusted-issuer"  every record is signed, but under an issuer key no city trusts
    //   "copied-chip"       every record copied from a genuine card; the chip cannot sign with the card's key
    QString forgery;
    QString signedAddress;

    // The list embedded in the application (resources/demo/card-personas.json).
    static QString builtInFile() { return QStringLiteral(":/madoguchi/demo/card-personas.json"); }
    // Empty list and `error` set when the file is missing or not the expected JSON.
    static QList<CardPersona> load(const QString& file, QString* error);
    // The persona with `id` from `file`; `error` set when there is none.
    static std::optional<CardPersona> find(const QString& file, const QString& id, QString* error);
};

} // namespace madoguchi::card
