// What the card says about its holder: the basic 4 info (基本4情報) and, only when asked for, the My Number.
#pragma once

#include "CardAuthenticity.h"
#include "FacePhoto.h"
#include "MyNumber.h"

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>

namespace madoguchi::card {

struct CardData {
    QString name;    // 氏名 as on the card: family name, U+3000, given name; may hold characters outside the BMP
    QString address; // 住所 as on the card (full-width block numbers); may be empty
    QDate birthDate; // 生年月日 (Gregorian)
    QString sex;     // 性別, ISO 5218: "1" male, "2" female, "9" not applicable
    std::optional<MyNumber> myNumber; // only when the read asked for it
    // Only when the read was asked to check (ReadOptions::authenticity): the verdict and each step.
    std::optional<AuthenticityResult> authenticity;
    // The chip's face photo, only when its signature verified (for the clerk's screen; wipe() when done).
    FacePhoto photo;

    // Forgets the My Number once the procedure that needed it has used it.
    void wipeMyNumber() {
        if (myNumber)
            myNumber->wipe();
        myNumber.reset();
    }
};

} // namespace madoguchi::card

Q_DECLARE_METATYPE(madoguchi::card::CardData)
