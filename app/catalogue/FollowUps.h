// The follow-up rules engine: from a life event and the visit's facts, which further procedures to propose and why.
#pragma once

#include "Procedure.h"

#include <QDate>
#include <QHash>

namespace madoguchi::catalogue {

// What the visit knows when the clerk asks for follow-ups.
struct VisitFacts {
    QString lifeEventId;              // e.g. "move-in"
    QDate visitDate;                  // ages are computed on this day
    QList<QDate> concernedBirthDates; // the people the event concerns: those moving, the newborn, the household
    QHash<QString, QString> answers;  // the life event form's answers by field id ("true"/"false" for yes/no)
};

struct FollowUpProposal {
    QString procedureId;
    QString ruleId;
    LocalizedText reason; // for the clerk, e.g. 「15歳未満のお子さまが転入されるため、児童手当の認定請求も必要です」
    int concernedCount = 0; // how many concerned people the age condition matched (0 when it has none)

    friend bool operator==(const FollowUpProposal&, const FollowUpProposal&) = default;
};

// Completed years of age on `day`. Birthday counting: the age goes up on the birthday (a 29 February birthday on
// 1 March in other years). DayBeforeBirthday: on the day before it, as 介護保険法 counts "65歳に達した日".
int ageOn(const QDate& birthDate, const QDate& day, AgeCounting counting = AgeCounting::Birthday);

// The proposals of every rule for facts.lifeEventId whose conditions hold, in rule order, one per procedure. Pure.
QList<FollowUpProposal> proposeFollowUps(const QList<FollowUpRule>& rules, const VisitFacts& facts);

} // namespace madoguchi::catalogue
