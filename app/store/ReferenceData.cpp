// Reference data the centre publishes and terminals receive with every sync: the catalogue's version and its fees.
#include "ReferenceData.h"

#include "catalogue/Catalogue.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::store {

Outcome publishCatalogue(const Connection& central, const catalogue::Catalogue& catalogue) {
    QJsonObject versions;
    QStringList versionList;
    for (auto it = catalogue.versions().cbegin(); it != catalogue.versions().cend(); ++it) {
        versions.insert(it.key(), it.value());
        versionList.append(it.key() + QLatin1Char('@') + it.value());
    }
    versionList.sort();
    QJsonObject fees;
    for (const catalogue::Procedure& procedure : catalogue.procedures()) {
        const char* per = procedure.fee.per == catalogue::FeeUnit::PerCopy      ? "copy"
                          : procedure.fee.per == catalogue::FeeUnit::PerRequest ? "request"
                                                                                : "none";
        fees.insert(procedure.id, QJsonObject{{QStringLiteral("amount"), procedure.fee.amount},
                                              {QStringLiteral("per"), QLatin1String(per)}});
    }
    const QString version = versionList.join(QLatin1Char(','));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString upsert =
        QStringLiteral("INSERT INTO reference_data (key, value, version, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "version = excluded.version, updated_at = excluded.updated_at");
    QString detail;
    Transaction transaction(central);
    if (!transaction.isOpen() ||
        !central.exec(upsert,
                      {QStringLiteral("catalogue"),
                       QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact)), version, now},
                      &detail) ||
        !central.exec(upsert,
                      {QStringLiteral("fees"), QString::fromUtf8(QJsonDocument(fees).toJson(QJsonDocument::Compact)),
                       version, now},
                      &detail) ||
        !transaction.commit()) {
        return Outcome::failure(
            QCoreApplication::translate("store", "The catalogue could not be published to the central database."),
            detail);
    }
    return Outcome::success();
}

} // namespace madoguchi::store
