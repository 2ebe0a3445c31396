// KPIs of any period drawn with Qt Charts (6.4: axes added to the chart and attached to each series).
#include "KpiPage.h"

#include "DayPage.h"
#include "SupervisorWindow.h"
#include "UiLogging.h"
#include "clerk/ClerkPage.h"
#include "supervisor/OpenData.h"
#include "supervisor/SupervisorBackground.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace madoguchi::ui {

namespace {

QString ageBandName(const QString& band) {
    if (band == QLatin1String("unknown"))
        return KpiPage::tr("unknown");
    return band;
}

// A bar chart of one or more sets over categories, the value axis from 0.
void fillBars(QChart* chart, const QStringList& categories, const QList<std::pair<QString, QList<qreal>>>& sets,
              bool horizontal = false) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis); // the axis is the caller's again
        delete axis;
    }
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    qreal top = 0;
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        for (qreal v : values) {
            set->append(v);
            top = qMax(top, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Ticks on a round step (1, 2 or 5 × 10ⁿ, never a fraction of one visit when every value is whole), so that a
    // count reads off the axis as a count: a plain range of top × 1.1 in five ticks gave 0, 2.75, 5.5 … shown as 3, 6.
    bool whole = true;
    for (const auto& set : sets)
        for (qreal v : set.second)
            whole = whole && v == std::floor(v);
    const qreal raw = top > 0 ? top / 5 : 1;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = magnitude * 10;
    for (qreal f : {1.0, 2.0, 5.0})
        if (magnitude * f >= raw) {
            step = magnitude * f;
            break;
        }
    if (whole)
        step = qMax<qreal>(1, std::round(step));
    const qreal ceiling = std::ceil(top * 1.05 / step) * step;
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, qMax(ceiling, step));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(sets.size() > 1);
}

void fillPie(QChart* chart, const QList<std::pair<QString, qreal>>& slices) {
    chart->removeAllSeries();
    auto* series = new QPieSeries;
    for (const auto& [label, value] : slices) {
        // A thin slice's label is drawn over its neighbour or off the chart: only slices of 10 % or more are
        // labelled, the legend names every one.
        series->append(QStringLiteral("%1 (%2)").arg(label).arg(value), value);
    }
    for (QPieSlice* slice : series->slices())
        slice->setLabelVisible(slice->percentage() >= 0.10);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
}

} // namespace

KpiPage::KpiPage(supervisor::SupervisorBackground& background, SupervisorWindow& window,
                 QHash<QString, QString> procedureNames, QWidget* parent)
    : QWidget(parent)
    , m_background(background)
    , m_window(window)
    , m_procedureNames(std::move(procedureNames)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    const auto dateEdit = [&](const char* name, const QDate& date, const QString& label) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        auto* l = new QLabel(label, this);
        l->setBuddy(edit);
        top->addWidget(l);
        top->addWidget(edit);
        return edit;
    };
    m_from = dateEdit("kpiFrom", today.addDays(1 - today.day()), tr("&From"));
    m_to = dateEdit("kpiTo", today, tr("&To"));
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("kpiBucket"));
    m_bucket->setAccessibleName(tr("Counted per"));
    m_bucket->addItem(tr("hour of the day"), int(supervisor::KpiBucket::Hour));
    m_bucket->addItem(tr("day"), int(supervisor::KpiBucket::Day));
    m_bucket->addItem(tr("month"), int(supervisor::KpiBucket::Month));
    m_bucket->setCurrentIndex(1);
    auto* bucketLabel = new QLabel(tr("Cou&nted per"), this);
    bucketLabel->setBuddy(m_bucket);
    top->addWidget(bucketLabel);
    top->addWidget(m_bucket);
    m_compute = new QPushButton(tr("Co&mpute (Enter)"), this);
    m_compute->setObjectName(QStringLiteral("kpiCompute"));
    m_compute->setDefault(true);
    top->addWidget(m_compute);
    top->addStretch();
    layout->addLayout(top);
    m_summary = valueLabel({}, this);
    m_summary->setObjectName(QStringLiteral("kpiSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = valueLabel({}, this);
    m_error->setObjectName(QStringLiteral("kpiError"));
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    layout->addWidget(m_error);

    auto* openData = new QHBoxLayout;
    m_openDataDir = new QLineEdit(this);
    m_openDataDir->setObjectName(QStringLiteral("openDataDir"));
    m_openDataDir->setAccessibleName(tr("Folder for the open data"));
    m_openDataDir->setPlaceholderText(tr("print/document_dir/open-data"));
    auto* dirLabel = new QLabel(tr("Op&en data folder"), this);
    dirLabel->setBuddy(m_openDataDir);
    m_export = new QPushButton(tr("E&xport open data of the period (CSV, JSON)"), this);
    m_export->setObjectName(QStringLiteral("openDataExport"));
    openData->addWidget(dirLabel);
    openData->addWidget(m_openDataDir, 1);
    openData->addWidget(m_export);
    layout->addLayout(openData);
    m_exportResult = valueLabel({}, this);
    m_exportResult->setObjectName(QStringLiteral("openDataResult"));
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportResult);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_grid = new QWidget(scroll);
    new QGridLayout(m_grid);
    scroll->setWidget(m_grid);
    layout->addWidget(scroll, 1);
    addChart(QStringLiteral("buckets"), tr("Visits and procedures"));
    addChart(QStringLiteral("procedures"), tr("Visits by procedure"));
    addChart(QStringLiteral("channels"), tr("Visits by channel"));
    addChart(QStringLiteral("ages"), tr("Visits by age band"));
    addChart(QStringLiteral("durations"), tr("Waiting and service time (minutes)"));
    addChart(QStringLiteral("card"), tr("Identification with the My Number card"));
    addChart(QStringLiteral("kiosk"), tr("Kiosk pre-entries used"));
    addChart(QStringLiteral("fields"), tr("Form fields filled for the resident or typed"));

    connect(m_compute, &QPushButton::clicked, this, &KpiPage::compute);
    connect(m_export, &QPushButton::clicked, this, &KpiPage::exportOpenData);
    for (QDateEdit* edit : {m_from, m_to}) {
        auto* enter = new QAction(edit);
        enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
        enter->setShortcutContext(Qt::WidgetShortcut);
        connect(enter, &QAction::triggered, this, &KpiPage::compute);
        edit->addAction(enter);
    }
}

QChartView* KpiPage::addChart(const QString& name, const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, m_grid);
    view->setObjectName(QStringLiteral("chart-") + name);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 300);
    view->setFocusPolicy(Qt::NoFocus);
    auto* grid = static_cast<QGridLayout*>(m_grid->layout());
    const int index = int(m_order.size());
    grid->addWidget(view, index / 2, index % 2);
    m_charts.insert(name, view);
    m_order.append(name);
    return view;
}

QChart* KpiPage::chart(const QString& name) const {
    QChartView* view = m_charts.value(name);
    return view ? view->chart() : nullptr;
}

QString KpiPage::summaryText() const {
    return m_summary->text();
}

QString KpiPage::errorText() const {
    return m_error->text();
}

QString KpiPage::exportText() const {
    return m_exportResult->text();
}

void KpiPage::setOpenDataOffice(const QString& municipalityCode5, const QString& municipalityName) {
    m_code5 = municipalityCode5;
    m_municipalityName = municipalityName;
}

void KpiPage::exportOpenData() {
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const QString typed = m_openDataDir->text().trimmed();
    const QString code5 = m_code5;
    const QString name = m_municipalityName;
    m_export->setEnabled(false);
    m_window.beginWaiting(QStringLiteral("openData"), tr("Waiting for the central database: writing the open data…"));
    m_background.ask<Result<supervisor::OpenDataFiles>>(
        this,
        [from, to, typed, code5, name](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<supervisor::OpenDataFiles>::refused(why);
            const QString dir =
                typed.isEmpty() ? QDir(parts.documentDir()).filePath(QStringLiteral("open-data")) : typed;
            return supervisor::writeOpenDataFiles(*central, parts.local(), parts.keys(), parts.terminalId(),
                                                  parts.who(), from, to, code5, name, dir);
        },
        [this](const Result<supervisor::OpenDataFiles>& files) {
            m_window.endWaiting(QStringLiteral("openData"));
            m_export->setEnabled(true);
            if (!files) {
                qCInfo(lcUi).noquote() << "open data:" << files.outcome.detail;
                m_exported.clear();
                m_exportResult->setStyleSheet(QStringLiteral("color: #a40000;"));
                m_exportResult->setText(files.outcome.message);
                Q_EMIT exported(false);
                return;
            }
            m_exported = {files->csvPath, files->jsonPath};
            m_exportResult->setStyleSheet(QStringLiteral("color: #1a5e1a;"));
            m_exportResult->setText(tr("%1 row(s) written to %2 and %3; %4 row(s) of fewer than %5 visits left out.")
                                        .arg(files->report.rows)
                                        .arg(files->csvPath, files->jsonPath)
                                        .arg(files->report.suppressed)
                                        .arg(supervisor::kMinimumVisits));
            Q_EMIT exported(true);
        });
}

void KpiPage::setPeriod(const QDate& from, const QDate& to, supervisor::KpiBucket bucket) {
    m_from->setDate(from);
    m_to->setDate(to);
    m_bucket->setCurrentIndex(m_bucket->findData(int(bucket)));
}

void KpiPage::compute() {
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const auto bucket = supervisor::KpiBucket(m_bucket->currentData().toInt());
    m_window.beginWaiting(QStringLiteral("kpi"), tr("Waiting for the central database: computing the KPIs…"));
    m_background.ask<Result<supervisor::Kpis>>(
        this,
        [from, to, bucket](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<supervisor::Kpis>::refused(why);
            return supervisor::kpis(*central, parts.who(), from, to, bucket);
        },
        [this](const Result<supervisor::Kpis>& kpis) {
            m_window.endWaiting(QStringLiteral("kpi"));
            if (!kpis) {
                qCInfo(lcUi).noquote() << "kpis:" << kpis.outcome.detail;
                m_error->setText(kpis.outcome.message);
                Q_EMIT computed(false);
                return;
            }
            m_error->clear();
            showKpis(*kpis);
            Q_EMIT computed(true);
        });
}

void KpiPage::showKpis(const supervisor::Kpis& k) {
    m_kpis = k;
    const auto share = [](qint64 part, qint64 whole) {
        return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) : QStringLiteral("–");
    };
    const auto minutes = [](qint64 seconds) { return QString::number(double(seconds) / 60.0, 'f', 1); };
    m_summary->setText(
        tr("%1 to %2: %3 visit(s), %4 procedure(s); card identification %5 %; kiosk pre-entries %6; waiting median "
           "%7 min, p90 %8 min; service median %9 min, p90 %10 min; form fields prefilled %11 %.")
            .arg(k.from.toString(Qt::ISODate), k.to.toString(Qt::ISODate))
            .arg(k.visits)
            .arg(k.procedures)
            .arg(share(k.cardIdentified, k.visits))
            .arg(k.kioskPreEntries)
            .arg(minutes(k.waiting.medianSeconds), minutes(k.waiting.p90Seconds), minutes(k.service.medianSeconds),
                 minutes(k.service.p90Seconds), share(k.fieldsPrefilled, k.fieldsPrefilled + k.fieldsTyped)));
    QStringList interpreters;
    for (const supervisor::InterpreterUse& u : k.interpreters)
        interpreters << tr("%1: %2 visit(s), %3 min").arg(u.language).arg(u.visits).arg(u.minutes);
    if (!interpreters.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("Interpreters: %1.").arg(interpreters.join(QStringLiteral("; "))));

    QStringList keys;
    QList<qreal> visits, procedures;
    for (const supervisor::KpiCount& c : k.byBucket) {
        keys.append(c.key);
        visits.append(qreal(c.visits));
        procedures.append(qreal(c.procedures));
    }
    fillBars(chart(QStringLiteral("buckets")), keys, {{tr("visits"), visits}, {tr("procedures"), procedures}});

    keys.clear();
    visits.clear();
    for (const supervisor::KpiCount& c : k.byProcedure) {
        keys.append(m_procedureNames.value(c.key, c.key));
        visits.append(qreal(c.visits));
    }
    fillBars(chart(QStringLiteral("procedures")), keys, {{tr("visits"), visits}}, true);

    QList<std::pair<QString, qreal>> slices;
    for (const supervisor::KpiCount& c : k.byChannel)
        slices.append({DayPage::channelName(c.key), qreal(c.visits)});
    fillPie(chart(QStringLiteral("channels")), slices);

    keys.clear();
    visits.clear();
    for (const supervisor::KpiCount& c : k.byAgeBand) {
        keys.append(ageBandName(c.key));
        visits.append(qreal(c.visits));
    }
    fillBars(chart(QStringLiteral("ages")), keys, {{tr("visits"), visits}});

    fillBars(chart(QStringLiteral("durations")), {tr("waiting"), tr("service")},
             {{tr("median"), {k.waiting.medianSeconds / 60.0, k.service.medianSeconds / 60.0}},
              {tr("90th percentile"), {k.waiting.p90Seconds / 60.0, k.service.p90Seconds / 60.0}}});

    fillPie(chart(QStringLiteral("card")), {{tr("card read"), qreal(k.cardIdentified)},
                                            {tr("other identification"), qreal(k.visits - k.cardIdentified)}});
    fillPie(chart(QStringLiteral("kiosk")), {{tr("from a kiosk pre-entry"), qreal(k.kioskPreEntries)},
                                             {tr("at the counter only"), qreal(k.visits - k.kioskPreEntries)}});
    fillPie(chart(QStringLiteral("fields")),
            {{tr("prefilled (no handwriting)"), qreal(k.fieldsPrefilled)}, {tr("typed"), qreal(k.fieldsTyped)}});
}

} // namespace madoguchi::ui
