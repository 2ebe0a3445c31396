// The visit's catalogue port over the procedures catalogue (手続きカタログ).
#pragma once

#include <QHash>

#include "catalogue/Catalogue.h"
#include "visit/VisitPorts.h"

namespace madoguchi::counter {

// The visit's catalogue port over the procedures catalogue (手続きカタログ): life events with the questions that decide
// follow-ups, certificates, fields with where they are prefilled from, documents, fees and follow-up rules.
class CounterCatalogue final : public visit::CataloguePort {
public:
    explicit CounterCatalogue(catalogue::Catalogue catalogue);

    QList<visit::LifeEventSpec> lifeEvents() const override;
    QList<visit::ProcedureSpec> directProcedures() const override;
    bool procedure(const QString& id, visit::ProcedureSpec* spec) const override;
    QList<visit::FollowUp> followUps(const QString& lifeEventId, const QMap<QString, QString>& answers,
                                     const QList<visit::Member>& members, const QDate& today) const override;

    const catalogue::Catalogue& catalogue() const { return m_catalogue; }

private:
    // Yes/no fields of a life event that a follow-up rule reads: asked in the wizard, not typed in the form.
    QStringList questionFields(const QString& lifeEventId) const;
    bool makeSpec(const QString& id, visit::ProcedureSpec* spec) const;

    catalogue::Catalogue m_catalogue;
    QHash<QString, visit::ProcedureSpec> m_specs; // by procedure id, made in the constructor
};

} // namespace madoguchi::counter
