// What the clerk is told when a print job cannot go on: printer offline, out of paper, queue stopped, and so on.
#include "PrintProblem.h"

#include <QCoreApplication>

#include <cups/ipp.h>

namespace madoguchi::printer {

namespace {
const QList<ReasonText> kReasons = {
    {"media-empty", QT_TRANSLATE_NOOP("printer", "Printer %1 is out of paper (%2). Load paper; the job then prints.")},
    {"media-needed", QT_TRANSLATE_NOOP("printer", "Printer %1 is out of paper (%2). Load paper; the job then prints.")},
    {"input-tray-missing",
     QT_TRANSLATE_NOOP("printer", "Printer %1: the tray (%2) is missing or not pushed in. Put it back; the job then "
                                  "prints.")},
    {"media-jam", QT_TRANSLATE_NOOP("printer", "Printer %1 has a paper jam. Open it, remove the paper, close it.")},
    {"door-open", QT_TRANSLATE_NOOP("printer", "Printer %1: a door is open. Close it; the job then prints.")},
    {"cover-open", QT_TRANSLATE_NOOP("printer", "Printer %1: the cover is open. Close it; the job then prints.")},
    {"toner-empty", QT_TRANSLATE_NOOP("printer", "Printer %1 is out of toner. Replace the cartridge.")},
    {"marker-supply-empty", QT_TRANSLATE_NOOP("printer", "Printer %1 is out of toner or ink. Replace the cartridge.")},
    {"offline", QT_TRANSLATE_NOOP("printer", "Printer %1 is offline. Check that it is switched on and its cable or "
                                             "network is connected.")},
    {"connecting-to-device",
     QT_TRANSLATE_NOOP("printer", "Printer %1 does not answer. Check that it is switched on and its cable or network "
                                  "is connected.")},
    {"timed-out", QT_TRANSLATE_NOOP("printer", "Printer %1 does not answer. Check that it is switched on and its cable "
                                               "or network is connected.")},
    {"shutdown", QT_TRANSLATE_NOOP("printer", "Printer %1 is switched off. Switch it on; the job then prints.")},
    {"paused", QT_TRANSLATE_NOOP("printer", "The print queue %1 is stopped. Ask a supervisor or IT staff to resume it "
                                            "(cupsenable %1); the job then prints.")},
};

QString kept() {
    return QCoreApplication::translate("printer", "The record and the PDF are kept.");
}

bool matches(const QString& reason, const char* keyword) {
    const QString k = QLatin1String(keyword);
    return reason == k || reason == k + QLatin1String("-error") || reason == k + QLatin1String("-warning") ||
           reason == k + QLatin1String("-report");
}

QString trayName(const QString& tray) {
    return tray.isEmpty() ? QCoreApplication::translate("printer", "default tray") : tray;
}
} // namespace

const QList<ReasonText>& reasonTexts() {
    return kReasons;
}

QString problemText(const QueueState& queue, const JobState* job, const QString& queueName, const QString& tray) {
    const auto with = [&](const QString& text) { return text + QLatin1Char(' ') + kept(); };
    if (!queue.reachable)
        return with(QCoreApplication::translate("printer", "The print server cannot be reached; printer %1 is not "
                                                           "available. Ask IT staff.")
                        .arg(queueName));
    if (!queue.exists)
        return with(QCoreApplication::translate("printer", "The printer %1 set for this terminal does not exist on the "
                                                           "print server. Ask IT staff to check the printer settings.")
                        .arg(queueName));
    if (job && job->state == IPP_JSTATE_CANCELED)
        return with(QCoreApplication::translate("printer", "The print job on %1 was cancelled. Print it again with "
                                                           "Ctrl+P.")
                        .arg(queueName));
    if (job && job->state == IPP_JSTATE_ABORTED)
        return with(QCoreApplication::translate("printer", "Printer %1 could not print the document. Print it again "
                                                           "with Ctrl+P; if it fails again, ask IT staff.")
                        .arg(queueName));
    if (job && job->state == IPP_JSTATE_HELD)
        return with(QCoreApplication::translate("printer", "The print job on %1 is held. Ask a supervisor to release "
                                                           "it.")
                        .arg(queueName));
    // Reasons in the order of the table: the most specific (paper) before the general (stopped).
    for (const ReasonText& r : kReasons) {
        for (const QString& reason : queue.reasons) {
            if (reason.endsWith(QLatin1String("-report")) && !matches(reason, "offline"))
                continue; // a report is information, not a stop
            if (matches(reason, r.keyword)) {
                const QString text = QCoreApplication::translate("printer", r.text);
                return with(text.contains(QLatin1String("%2")) ? text.arg(queueName, trayName(tray))
                                                               : text.arg(queueName));
            }
        }
    }
    if (queue.stopped())
        return with(QCoreApplication::translate("printer",
                                                "The print queue %1 is stopped. Ask a supervisor or IT staff "
                                                "to resume it (cupsenable %1); the job then prints.")
                        .arg(queueName));
    if (!queue.accepting)
        return with(QCoreApplication::translate("printer", "The print queue %1 is not accepting jobs. Ask a supervisor "
                                                           "or IT staff (cupsaccept %1).")
                        .arg(queueName));
    return {};
}

QString refusalText(const Submission& /*submission*/, const QueueState& queue, const QString& queueName) {
    const QString known = problemText(queue, nullptr, queueName, {});
    if (!known.isEmpty())
        return known;
    return QCoreApplication::translate("printer", "Printer %1 refused the document. Print it again with Ctrl+P; if it "
                                                  "fails again, ask IT staff.")
               .arg(queueName) +
           QLatin1Char(' ') + kept();
}

} // namespace madoguchi::printer
