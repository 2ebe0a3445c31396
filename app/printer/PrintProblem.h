// What the clerk is told when a print job cannot go on: printer offline, out of paper, queue stopped, and so on.
#pragma once

#include "CupsClient.h"

#include <QList>

namespace madoguchi::printer {

// One printer-state-reason the clerk can act on, and what to say.
struct ReasonText {
    const char* keyword; // IPP printer-state-reasons keyword, matched with or without -error/-warning/-report
    const char* text;    // English source, translated in context "printer"; %1 = printer, %2 = tray
};
const QList<ReasonText>& reasonTexts();

// The clerk's message (translated, names the printer and what to do; empty when nothing is wrong) for a queue's and,
// when known, a job's state. Every message ends by saying that the record and the PDF are kept.
QString problemText(const QueueState& queue, const JobState* job, const QString& queueName, const QString& tray);
// The message when the scheduler refused the job outright (unknown queue, not accepting, server unreachable).
QString refusalText(const Submission& submission, const QueueState& queue, const QString& queueName);

} // namespace madoguchi::printer
