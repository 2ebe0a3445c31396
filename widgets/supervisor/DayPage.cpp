// The supervisor's day: the table of the office's visits (a model over the board), its filters, and a visit's story.
#include "DayPage.h"

#include "SupervisorWindow.h"
#include "UiLogging.h"
#include "clerk/ClerkPage.h"
#include "supervisor/SupervisorBackground.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

QString text(const char* source) {
    return QCoreApplication::translate("DayPage", source);
}

QString localTime(const QString& iso) {
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString duration(qint64 seconds) {
    if (seconds < 0)
        return QStringLiteral("–");
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString yen(qint64 amount) {
    return QStringLiteral("¥%L1").arg(amount);
}

// How long the screen waits between two looks at the centre (ms): a synced visit appears within two seconds.
constexpr int kPollMs = 1000;

} // namespace

enum Column {
    Time,
    Terminal,
    Ticket,
    Clerk,
    Channel,
    Procedures,
    Documents,
    Fees,
    Payment,
    State,
    Waiting,
    Service,
    ColumnCount
};

class DayModel final : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setVisits(QList<supervisor::BoardVisit> visits, QHash<QString, QString> procedureNames) {
        beginResetModel();
        m_visits = std::move(visits);
        m_names = std::move(procedureNames);
        endResetModel();
    }
    const QList<supervisor::BoardVisit>& visits() const { return m_visits; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_visits.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Time:
            return text(QT_TRANSLATE_NOOP("DayPage", "Time"));
        case Terminal:
            return text(QT_TRANSLATE_NOOP("DayPage", "Terminal"));
        case Ticket:
            return text(QT_TRANSLATE_NOOP("DayPage", "Reception no."));
        case Clerk:
            return text(QT_TRANSLATE_NOOP("DayPage", "Clerk"));
        case Channel:
            return text(QT_TRANSLATE_NOOP("DayPage", "Channel"));
        case Procedures:
            return text(QT_TRANSLATE_NOOP("DayPage", "Procedures"));
        case Documents:
            return text(QT_TRANSLATE_NOOP("DayPage", "Certificates (serial)"));
        case Fees:
            return text(QT_TRANSLATE_NOOP("DayPage", "Fees"));
        case Payment:
            return text(QT_TRANSLATE_NOOP("DayPage", "Payment"));
        case State:
            return text(QT_TRANSLATE_NOOP("DayPage", "State"));
        case Waiting:
            return text(QT_TRANSLATE_NOOP("DayPage", "Waiting"));
        case Service:
            return text(QT_TRANSLATE_NOOP("DayPage", "Service"));
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= m_visits.size())
            return {};
        const supervisor::BoardVisit& v = m_visits.at(index.row());
        if (role == Qt::UserRole) { // the sort key
            switch (index.column()) {
            case Time:
                return v.receivedAt;
            case Fees:
                return v.fees;
            case Waiting:
                return v.waitingSeconds;
            case Service:
                return v.serviceSeconds;
            default:
                return data(index, Qt::DisplayRole);
            }
        }
        if (role == Qt::UserRole + 1)
            return v.visitId;
        if (role == Qt::TextAlignmentRole &&
            (index.column() == Fees || index.column() == Waiting || index.column() == Service))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Time:
            return localTime(v.receivedAt);
        case Terminal:
            return v.terminalId;
        case Ticket:
            return v.receptionNumber;
        case Clerk:
            return v.clerk;
        case Channel:
            return DayPage::channelName(v.channel);
        case Procedures: {
            QStringList names;
            for (const QString& id : v.procedures)
                names.append(m_names.value(id, id));
            return names.join(QStringLiteral("、"));
        }
        case Documents: {
            QStringList docs;
            for (const supervisor::BoardDocument& d : v.documents)
                docs.append(d.state == QLatin1String("issued")
                                ? d.serial
                                : QStringLiteral("%1 (%2)").arg(d.serial, DayPage::stateName(d.state)));
            return docs.join(QStringLiteral(", "));
        }
        case Fees:
            return yen(v.fees);
        case Payment: {
            QStringList methods;
            for (const QString& m : v.methods)
                methods.append(DayPage::methodName(m));
            return methods.join(QStringLiteral(", "));
        }
        case State:
            return DayPage::stateName(v.state);
        case Waiting:
            return duration(v.waitingSeconds);
        case Service:
            return duration(v.serviceSeconds);
        default:
            return {};
        }
    }

private:
    QList<supervisor::BoardVisit> m_visits;
    QHash<QString, QString> m_names;
};

// The filters (terminal, clerk, procedure, state) and the search by serial or reception number.
class DayFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString terminal, clerk, procedure, state, search;
    void changed() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override {
        const auto* model = static_cast<const DayModel*>(sourceModel());
        const supervisor::BoardVisit& v = model->visits().at(row);
        if (!terminal.isEmpty() && v.terminalId != terminal)
            return false;
        if (!clerk.isEmpty() && v.clerk != clerk)
            return false;
        if (!procedure.isEmpty() && !v.procedures.contains(procedure))
            return false;
        if (!state.isEmpty() && v.state != state)
            return false;
        if (search.isEmpty())
            return true;
        if (v.receptionNumber.compare(search, Qt::CaseInsensitive) == 0)
            return true;
        for (const supervisor::BoardDocument& d : v.documents) {
            if (d.serial.contains(search, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

DayPage::DayPage(Parts parts, QWidget* parent)
    : QWidget(parent)
    , m_parts(std::move(parts))
    , m_day(QDate::currentDate()) {
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_date = new QDateEdit(m_day, this);
    m_date->setObjectName(QStringLiteral("day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Business day"));
    auto* dateLabel = new QLabel(tr("Da&y"), this);
    dateLabel->setBuddy(m_date);
    filters->addWidget(dateLabel);
    filters->addWidget(m_date);
    const auto combo = [&](const char* name, const QString& label) {
        auto* box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &DayPage::applyFilters);
        return box;
    };
    m_terminal = combo("terminalFilter", tr("&Terminal"));
    m_clerk = combo("clerkFilter", tr("C&lerk"));
    m_procedure = combo("procedureFilter", tr("P&rocedure"));
    m_state = combo("stateFilter", tr("&State"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Serial or reception number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search by serial or reception number"));
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    auto* summary = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("dayCount"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dayError"));
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->setWordWrap(true);
    summary->addWidget(m_count);
    summary->addWidget(m_error, 1);
    layout->addLayout(summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_model = new DayModel(this);
    m_filter = new DayFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("dayTable"));
    m_table->setAccessibleName(tr("The day's visits"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Time, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* storyBox = new QWidget(splitter);
    auto* storyLayout = new QVBoxLayout(storyBox);
    storyLayout->setContentsMargins(0, 0, 0, 0);
    m_storyTitle = pageTitle(tr("A visit's story: choose a visit and press Enter"), storyBox);
    m_storyTitle->setObjectName(QStringLiteral("storyTitle"));
    m_storyRecords = valueLabel({}, storyBox);
    m_storyRecords->setObjectName(QStringLiteral("storyRecords"));
    m_storyRecords->setWordWrap(true);
    m_chain = valueLabel({}, storyBox);
    m_chain->setObjectName(QStringLiteral("storyChain"));
    m_chain->setWordWrap(true);
    m_events = new QTableWidget(0, 7, storyBox);
    m_events->setObjectName(QStringLiteral("storyEvents"));
    m_events->setAccessibleName(tr("The visit's audit events"));
    m_events->setHorizontalHeaderLabels(
        {tr("Time"), tr("Terminal #"), tr("Staff"), tr("Action"), tr("Subject"), tr("Reason"), tr("Chain")});
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    storyLayout->addWidget(m_storyTitle);
    storyLayout->addWidget(m_storyRecords);
    storyLayout->addWidget(m_chain);
    storyLayout->addWidget(m_events, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(storyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &DayPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (m_filter->rowCount() > 0)
            m_table->selectRow(0);
        if (m_filter->rowCount() == 1)
            openStory(currentVisitId());
    });
    connect(m_date, &QDateEdit::dateChanged, this, &DayPage::setDay);
    connect(m_table, &QTableView::activated, this, [this] { openStory(currentVisitId()); });
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    auto* refresh = new QAction(this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &DayPage::load);
    addAction(refresh);

    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &DayPage::poll);
    refillFilters();
}

DayPage::~DayPage() = default;

QSortFilterProxyModel* DayPage::visibleVisits() const {
    return m_filter;
}

int DayPage::totalVisits() const {
    return m_model->rowCount();
}

QString DayPage::boardError() const {
    return m_error->text();
}

QString DayPage::chainText() const {
    return m_chain->text();
}

QString DayPage::storyError() const {
    return m_storyError;
}

QString DayPage::stateName(const QString& state) {
    if (state == QLatin1String("open"))
        return text(QT_TRANSLATE_NOOP("DayPage", "in progress"));
    if (state == QLatin1String("none"))
        return text(QT_TRANSLATE_NOOP("DayPage", "nothing issued"));
    if (state == QLatin1String("issued"))
        return text(QT_TRANSLATE_NOOP("DayPage", "issued"));
    if (state == QLatin1String("voided"))
        return text(QT_TRANSLATE_NOOP("DayPage", "voided"));
    if (state == QLatin1String("reissued"))
        return text(QT_TRANSLATE_NOOP("DayPage", "reissued"));
    return state;
}

QString DayPage::channelName(const QString& channel) {
    if (channel == QLatin1String("counter"))
        return text(QT_TRANSLATE_NOOP("DayPage", "counter"));
    if (channel == QLatin1String("kiosk"))
        return text(QT_TRANSLATE_NOOP("DayPage", "kiosk pre-entry"));
    return channel;
}

QString DayPage::methodName(const QString& method) {
    if (method == QLatin1String("cash"))
        return text(QT_TRANSLATE_NOOP("DayPage", "cash"));
    if (method == QLatin1String("emoney"))
        return text(QT_TRANSLATE_NOOP("DayPage", "IC (e-money)"));
    if (method == QLatin1String("qr"))
        return text(QT_TRANSLATE_NOOP("DayPage", "QR code"));
    if (method == QLatin1String("credit"))
        return text(QT_TRANSLATE_NOOP("DayPage", "credit card"));
    if (method == QLatin1String("exempt"))
        return text(QT_TRANSLATE_NOOP("DayPage", "exempt"));
    return method;
}

QString DayPage::procedureName(const QString& id) const {
    return m_parts.procedureNames.value(id, id);
}

void DayPage::setSafetyPollMs(int ms) {
    m_safetyPollMs = ms;
    if (m_listening)
        m_timer->setInterval(ms);
}

void DayPage::start() {
    m_running = true;
    m_fingerprint.clear();
    load();
    m_timer->start();
    if (!m_watching) {
        m_watching = true;
        m_parts.background.watchCentre(
            this, [this] { poll(); },
            [this](bool listening) {
                m_listening = listening;
                m_timer->setInterval(listening ? m_safetyPollMs : kPollMs);
            });
    }
    m_table->setFocus();
}

void DayPage::stop() {
    m_running = false;
    m_timer->stop();
    m_model->setVisits({}, {});
    m_story = {};
    m_events->setRowCount(0);
    m_storyRecords->clear();
    m_chain->clear();
    refillFilters();
}

void DayPage::setDay(const QDate& day) {
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    if (m_date->date() != day)
        m_date->setDate(day);
    m_fingerprint.clear();
    if (m_running)
        load();
    Q_EMIT dayChanged(day);
}

void DayPage::load() {
    if (!m_running)
        return;
    if (m_loading) { // a change seen while reading: read again after this one
        m_fingerprint.clear();
        return;
    }
    m_loading = true;
    m_parts.window.beginWaiting(QStringLiteral("day"), tr("Waiting for the central database: the day's visits…"));
    const QDate day = m_day;
    m_parts.background.ask<Result<std::pair<QString, QList<supervisor::BoardVisit>>>>(
        this,
        [day](supervisor::SupervisorParts& parts) {
            using R = Result<std::pair<QString, QList<supervisor::BoardVisit>>>;
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return R::refused(why);
            // The fingerprint first: a change that arrives while the board is read makes the next poll read again.
            Result<QString> fingerprint = supervisor::dayFingerprint(*central, parts.who(), day);
            if (!fingerprint)
                return R::refused(fingerprint.outcome);
            auto board =
                supervisor::dayBoard(parts.local(), *central, parts.keys(), parts.terminalId(), parts.who(), day);
            if (!board)
                return R::refused(board.outcome);
            return R::of({*fingerprint, *board});
        },
        [this, day](const Result<std::pair<QString, QList<supervisor::BoardVisit>>>& answer) {
            m_loading = false;
            m_parts.window.endWaiting(QStringLiteral("day"));
            if (m_pollAgain) {
                m_pollAgain = false;
                QMetaObject::invokeMethod(this, &DayPage::poll, Qt::QueuedConnection);
            }
            if (!m_running || day != m_day)
                return load();
            if (!answer) {
                qCWarning(lcUi).noquote() << "supervisor day:" << answer.outcome.detail;
                m_error->setText(answer.outcome.message);
                m_fingerprint.clear();
                return;
            }
            m_error->clear();
            m_fingerprint = answer->first;
            showBoard(answer->second);
        });
}

void DayPage::poll() {
    if (!m_running)
        return;
    if (m_loading || m_polling) { // what is being read may miss this change: read the fingerprint again after it
        m_pollAgain = true;
        return;
    }
    m_polling = true;
    const QDate day = m_day;
    m_parts.background.ask<Result<QString>>(
        this,
        [day](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<QString>::refused(why);
            return supervisor::dayFingerprint(*central, parts.who(), day);
        },
        [this, day](const Result<QString>& fingerprint) {
            m_polling = false;
            if (m_pollAgain) {
                m_pollAgain = false;
                QMetaObject::invokeMethod(this, &DayPage::poll, Qt::QueuedConnection);
            }
            if (!m_running || day != m_day)
                return;
            if (!fingerprint) {
                m_error->setText(fingerprint.outcome.message);
                return;
            }
            if (*fingerprint != m_fingerprint) {
                load();
                Q_EMIT centreChanged();
            }
        });
}

void DayPage::showBoard(const QList<supervisor::BoardVisit>& visits) {
    const QString current = currentVisitId();
    m_model->setVisits(visits, m_parts.procedureNames);
    refillFilters();
    applyFilters();
    if (!current.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            if (m_filter->index(row, 0).data(Qt::UserRole + 1).toString() == current) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    Q_EMIT boardLoaded();
}

void DayPage::refillFilters() {
    const auto refill = [](QComboBox* box, const QList<std::pair<QString, QString>>& items) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(text(QT_TRANSLATE_NOOP("DayPage", "all")), QString());
        for (const auto& [value, label] : items)
            box->addItem(label, value);
        const int index = box->findData(chosen);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    QSet<QString> terminals, clerks, procedures, states;
    for (const supervisor::BoardVisit& v : m_model->visits()) {
        terminals.insert(v.terminalId);
        if (!v.clerk.isEmpty())
            clerks.insert(v.clerk);
        for (const QString& p : v.procedures)
            procedures.insert(p);
        states.insert(v.state);
    }
    const auto sorted = [](const QSet<QString>& set) {
        QStringList list(set.begin(), set.end());
        list.sort();
        return list;
    };
    QList<std::pair<QString, QString>> items;
    for (const QString& t : sorted(terminals))
        items.append({t, t});
    refill(m_terminal, items);
    items.clear();
    for (const QString& c : sorted(clerks))
        items.append({c, c});
    refill(m_clerk, items);
    items.clear();
    for (const QString& p : sorted(procedures))
        items.append({p, procedureName(p)});
    refill(m_procedure, items);
    items.clear();
    for (const char* s : {"open", "none", "issued", "voided", "reissued"})
        items.append({QString::fromLatin1(s), stateName(QString::fromLatin1(s))});
    refill(m_state, items);
}

void DayPage::applyFilters() {
    m_filter->terminal = m_terminal->currentData().toString();
    m_filter->clerk = m_clerk->currentData().toString();
    m_filter->procedure = m_procedure->currentData().toString();
    m_filter->state = m_state->currentData().toString();
    m_filter->search = m_search->text().trimmed();
    m_filter->changed();
    m_count->setText(tr("%1 of %2 visit(s) on %3")
                         .arg(m_filter->rowCount())
                         .arg(m_model->rowCount())
                         .arg(m_day.toString(Qt::ISODate)));
}

QString DayPage::currentVisitId() const {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return {};
    return m_filter->index(index.row(), 0).data(Qt::UserRole + 1).toString();
}

void DayPage::openStory(const QString& visitId) {
    if (visitId.isEmpty())
        return;
    m_parts.window.beginWaiting(QStringLiteral("story"), tr("Waiting for the central database: the visit's story…"));
    m_parts.background.ask<Result<supervisor::VisitStory>>(
        this,
        [visitId](supervisor::SupervisorParts& parts) {
            Outcome why;
            const store::Connection* central = parts.central(&why);
            if (!central)
                return Result<supervisor::VisitStory>::refused(why);
            return supervisor::visitStory(parts.local(), *central, parts.keys(), parts.terminalId(), parts.who(),
                                          visitId);
        },
        [this](const Result<supervisor::VisitStory>& story) {
            m_parts.window.endWaiting(QStringLiteral("story"));
            if (!story) {
                m_storyError = story.outcome.message;
                m_chain->setStyleSheet(QStringLiteral("color: #a40000;"));
                m_chain->setText(story.outcome.message);
                Q_EMIT storyLoaded();
                return;
            }
            m_storyError.clear();
            showStory(*story);
            Q_EMIT storyLoaded();
        });
}

void DayPage::showStory(const supervisor::VisitStory& story) {
    m_story = story;
    const supervisor::StoryVisit& v = story.visit;
    m_storyTitle->setText(tr("Visit %1 at %2, %3 (%4)")
                              .arg(v.receptionNumber, v.terminalId, localTime(v.receivedAt), channelName(v.channel)));
    QStringList lines;
    for (const supervisor::StoryRequest& r : story.requests)
        lines.append(r.myNumberKept ? tr("%1: %2, My Number kept (sealed)").arg(procedureName(r.procedureId), r.status)
                                    : tr("%1: %2").arg(procedureName(r.procedureId), r.status));
    for (const supervisor::DocumentInfo& d : story.documents) {
        QString line = tr("%1 %2, %3").arg(d.serial, procedureName(d.documentType), yen(d.fee));
        if (!d.reissuedAs.isEmpty())
            line += QLatin1String(", ") + tr("reissued as %1").arg(d.reissuedAs);
        else if (d.isVoid())
            line += QLatin1String(", ") + tr("voided: %1").arg(d.voidReason);
        if (!d.reissueOf.isEmpty())
            line += QLatin1String(", ") + tr("reissue of %1").arg(d.reissueOf);
        lines.append(line);
    }
    for (const supervisor::StoryPayment& p : story.payments)
        lines.append(tr("Paid %1 (%2)").arg(yen(p.amount), methodName(p.method)));
    m_storyRecords->setText(lines.join(QLatin1Char('\n')));

    QStringList chains;
    bool intact = true;
    for (const supervisor::ChainCheck& c : story.chains) {
        if (c.report.intact())
            continue;
        intact = false;
        chains.append(tr("The audit trail of %1 is broken at event %2: events from there on cannot be trusted.")
                          .arg(c.terminalId)
                          .arg(c.report.firstBadSeq));
        qCWarning(lcUi).noquote() << "audit chain broken:" << c.terminalId << c.report.firstBadSeq << c.report.problem;
    }
    m_chain->setStyleSheet(intact ? QStringLiteral("color: #1a5e1a;")
                                  : QStringLiteral("color: #a40000; font-weight: bold;"));
    m_chain->setText(intact ? tr("Audit trail checked: intact (%n terminal(s)).", nullptr, int(story.chains.size()))
                            : chains.join(QLatin1Char('\n')));

    m_events->setRowCount(int(story.events.size()));
    for (int row = 0; row < story.events.size(); ++row) {
        const supervisor::StoryEvent& e = story.events.at(row);
        const bool reveal = e.event.action == QLatin1String("mynumber.revealed");
        const QStringList cells{e.event.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                QStringLiteral("%1 #%2").arg(e.event.terminalId).arg(e.event.seq),
                                e.event.actor,
                                reveal ? tr("My Number revealed") : e.event.action,
                                e.event.subject,
                                e.event.reason,
                                e.afterBreak ? tr("after the break") : tr("ok")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (e.afterBreak)
                item->setForeground(QColor(0xa4, 0x00, 0x00));
            if (reveal)
                item->setFont([&] {
                    QFont f = item->font();
                    f.setBold(true);
                    return f;
                }());
            m_events->setItem(row, column, item);
        }
    }
    m_events->resizeColumnsToContents();
}

} // namespace madoguchi::ui
