// KPIs (業務指標) of any period drawn with Qt Charts: visits and procedures per hour, day or month; by procedure,
// channel and age band; median and 90th percentile of waiting and service time; the share of card identification;
// kiosk pre-entries. Computed by supervisor::kpis on the worker.
#pragma once

#include "supervisor/Kpis.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi::supervisor {
class SupervisorBackground;
}

namespace madoguchi::ui {

class SupervisorWindow;

class KpiPage final : public QWidget {
    Q_OBJECT
public:
    KpiPage(supervisor::SupervisorBackground& background, SupervisorWindow& window,
            QHash<QString, QString> procedureNames, QWidget* parent = nullptr);

    void setPeriod(const QDate& from, const QDate& to, supervisor::KpiBucket bucket);
    void compute();
    const supervisor::Kpis& kpis() const { return m_kpis; }
    // The charts by name: "buckets", "procedures", "channels", "ages", "durations", "card", "kiosk", "fields".
    QChart* chart(const QString& name) const;
    QStringList chartNames() const { return m_order; }
    QString summaryText() const;
    QString errorText() const;

    // Open data of the period (the same files as `madoguchi-cli supervisor export`), written by the core on the
    // worker. The folder: the one typed, else print/document_dir/open-data.
    void setOpenDataOffice(const QString& municipalityCode5, const QString& municipalityName);
    void exportOpenData();
    QLineEdit* openDataDirEdit() const { return m_openDataDir; }
    QPushButton* exportButton() const { return m_export; }
    QString exportText() const;
    // The files of the last export (empty when it failed).
    QStringList exportedFiles() const { return m_exported; }

Q_SIGNALS:
    void computed(bool ok);
    void exported(bool ok);

private:
    void showKpis(const supervisor::Kpis& kpis);
    QChartView* addChart(const QString& name, const QString& title);

    supervisor::SupervisorBackground& m_background;
    SupervisorWindow& m_window;
    QHash<QString, QString> m_procedureNames;
    supervisor::Kpis m_kpis;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_bucket = nullptr;
    QPushButton* m_compute = nullptr;
    QLineEdit* m_openDataDir = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_exportResult = nullptr;
    QString m_code5;
    QString m_municipalityName;
    QStringList m_exported;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QHash<QString, QChartView*> m_charts;
    QStringList m_order;
    QWidget* m_grid = nullptr;
};

} // namespace madoguchi::ui
