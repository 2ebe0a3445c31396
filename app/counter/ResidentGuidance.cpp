// The guidance sheet a resident takes home in their language: what was done, what happens next, whom to contact.
#include "ResidentGuidance.h"

#include "CoreLogging.h"
#include "FontCatalog.h"
#include "ResidentLanguages.h"
#include "catalogue/Catalogue.h"
#include "visit/LocalText.h"
#include "visit/VisitWorkflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace madoguchi::counter {

namespace {

constexpr const char* kContext = "ResidentGuidance";

QString categoryKey(catalogue::Category category) {
    switch (category) {
    case catalogue::Category::LifeEvent:
        return QStringLiteral("life_event");
    case catalogue::Category::Certificate:
        return QStringLiteral("certificate");
    case catalogue::Category::ChildCare:
        return QStringLiteral("childcare");
    case catalogue::Category::Care:
        return QStringLiteral("care");
    case catalogue::Category::Disaster:
        return QStringLiteral("disaster");
    }
    return {};
}

visit::LocalText local(const QJsonValue& value) {
    return visit::LocalText::fromJson(value.toObject());
}

visit::LocalText local(const catalogue::LocalizedText& text) {
    return visit::LocalText::of(text.ja, text.en);
}

// ja_easy and the other Japanese-reading languages need no Japanese name after the name.
bool japanese(const QString& language) {
    return language.startsWith(QLatin1String("ja"));
}

} // namespace

GuidanceVisit guidanceVisit(const visit::VisitWorkflow& visit, const QDate& today) {
    GuidanceVisit g;
    g.language = visit.language();
    g.date = today;
    g.receptionNumber = visit.receptionNumber();
    for (const visit::FormDraft& form : visit.forms())
        if (!g.done.contains(form.procedureId))
            g.done << form.procedureId;
    for (const visit::FollowUp& f : visit.followUps())
        if (!g.done.contains(f.procedureId) && !g.next.contains(f.procedureId))
            g.next << f.procedureId;
    return g;
}

print::GuidanceSheet guidanceSheet(const GuidanceVisit& visit, const catalogue::Catalogue& catalogue,
                                   const ResidentLanguages& languages) {
    QFile file(QStringLiteral(":/madoguchi/guidance.json"));
    const QJsonObject data =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    if (data.isEmpty())
        qCWarning(lcCore) << "guidance: cannot read guidance.json; the sheet says only what the catalogue says";
    const QString lang = visit.language;
    auto text = [&](const char* source) { return languages.text(lang, kContext, source); };
    auto named = [&](const catalogue::Procedure& p) {
        const QString name = languages.catalogueText(lang, local(p.name));
        return japanese(lang) || name == p.name.ja ? name : QStringLiteral("%1（%2）").arg(name, p.name.ja);
    };

    print::GuidanceSheet sheet;
    sheet.language = lang;
    const QString locale = languages.language(lang).locale;
    sheet.shaping = lang == QLatin1String("ja_easy") ? QStringLiteral("ja") : locale.section(QLatin1Char('_'), 0, 0);
    sheet.title = text(QT_TRANSLATE_NOOP("ResidentGuidance", "Your visit today"));
    sheet.intro << text(QT_TRANSLATE_NOOP("ResidentGuidance", "Date: %1")).arg(visit.date.toString(Qt::ISODate));
    if (!visit.receptionNumber.isEmpty())
        sheet.intro << text(QT_TRANSLATE_NOOP("ResidentGuidance", "Reception number: %1")).arg(visit.receptionNumber);

    print::GuidanceSection done{text(QT_TRANSLATE_NOOP("ResidentGuidance", "What was done today")), {}};
    print::GuidanceSection next{text(QT_TRANSLATE_NOOP("ResidentGuidance", "What happens next")), {}};
    QStringList categoriesSeen;
    for (const QString& id : visit.done) {
        const catalogue::Procedure* p = catalogue.procedure(id);
        if (!p) {
            qCWarning(lcCore) << "guidance: procedure not in the catalogue:" << id;
            continue;
        }
        done.items << named(*p);
        const QJsonValue own = data.value(QStringLiteral("procedures")).toObject().value(id);
        if (!own.isUndefined())
            next.items << languages.catalogueText(lang, local(own));
        const QString category = categoryKey(p->category);
        if (!categoriesSeen.contains(category)) {
            categoriesSeen << category;
            const QJsonValue after = data.value(QStringLiteral("categories")).toObject().value(category);
            if (!after.isUndefined())
                next.items << languages.catalogueText(lang, local(after));
        }
    }
    for (const QString& id : visit.next) {
        if (const catalogue::Procedure* p = catalogue.procedure(id))
            next.items << text(QT_TRANSLATE_NOOP("ResidentGuidance", "Next procedure: %1")).arg(named(*p));
    }
    next.items.removeDuplicates();
    if (done.items.isEmpty())
        done.items << text(QT_TRANSLATE_NOOP("ResidentGuidance", "No procedure was completed today."));
    sheet.sections << done << next;
    print::GuidanceSection contact{text(QT_TRANSLATE_NOOP("ResidentGuidance", "Whom to contact")), {}};
    contact.items << languages.catalogueText(lang, local(data.value(QStringLiteral("contact"))));
    sheet.sections << contact;
    sheet.footer = text(QT_TRANSLATE_NOOP("ResidentGuidance",
                                          "If anything is unclear, show this sheet at any counter of the city hall."));
    return sheet;
}

Outcome writeGuidanceSheet(const print::GuidanceSheet& sheet, const QString& path) {
    const print::Result<QByteArray> pdf = print::renderGuidanceSheet(sheet, print::FontCatalog());
    if (!pdf.ok())
        return Outcome::failure(pdf.error().message, pdf.error().detail);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf.value()) != pdf.value().size() || !out.commit())
        return Outcome::failure(
            QCoreApplication::translate("CounterServices", "The guidance sheet could not be saved."),
            QStringLiteral("guidance: cannot write %1: %2").arg(path, out.errorString()));
    qCInfo(lcCore) << "guidance sheet written:" << sheet.language << pdf.value().size() << "bytes";
    return Outcome::success();
}

} // namespace madoguchi::counter
