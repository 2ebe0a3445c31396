// Evaluating follow-up rules: age conditions on the visit date and answer conditions, all of which must hold.
#include "FollowUps.h"

#include <QSet>

namespace madoguchi::catalogue {

int ageOn(const QDate& birthDate, const QDate& day, AgeCounting counting) {
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    // Counting from the day before the birthday is counting from the birthday one day later.
    const QDate d = counting == AgeCounting::DayBeforeBirthday ? day.addDays(1) : day;
    int age = d.year() - birthDate.year();
    if (d.month() < birthDate.month() || (d.month() == birthDate.month() && d.day() < birthDate.day()))
        --age;
    return age;
}

QList<FollowUpProposal> proposeFollowUps(const QList<FollowUpRule>& rules, const VisitFacts& facts) {
    QList<FollowUpProposal> proposals;
    QSet<QString> proposed;
    for (const FollowUpRule& rule : rules) {
        if (rule.lifeEventId != facts.lifeEventId || proposed.contains(rule.proposedProcedureId))
            continue;
        int matched = 0;
        if (rule.minAge || rule.belowAge) {
            for (const QDate& birth : facts.concernedBirthDates) {
                const int age = ageOn(birth, facts.visitDate, rule.counting);
                if (age < 0)
                    continue; // unknown or future birth date: never guessed
                if ((!rule.minAge || age >= *rule.minAge) && (!rule.belowAge || age < *rule.belowAge))
                    ++matched;
            }
            if (matched == 0)
                continue;
        }
        if (!rule.answerField.isEmpty() && facts.answers.value(rule.answerField) != rule.answerEquals)
            continue;
        proposed.insert(rule.proposedProcedureId);
        proposals.append({rule.proposedProcedureId, rule.id, rule.reason, matched});
    }
    return proposals;
}

} // namespace madoguchi::catalogue
