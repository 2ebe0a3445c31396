// Step 2 for the clerk: card and registry side by side.
#include "MatchPage.h"

#include "CardCheckPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {
QString fieldName(const QString& field) {
    if (field == QLatin1String("name"))
        return MatchPage::tr("Name");
    if (field == QLatin1String("birth_date"))
        return MatchPage::tr("Birth date");
    if (field == QLatin1String("address"))
        return MatchPage::tr("Address");
    if (field == QLatin1String("sex"))
        return MatchPage::tr("Sex");
    return field;
}

QString sexName(const QString& code) {
    if (code == QLatin1String("1"))
        return MatchPage::tr("male");
    if (code == QLatin1String("2"))
        return MatchPage::tr("female");
    if (code == QLatin1String("9"))
        return MatchPage::tr("not applicable");
    return code;
}
} // namespace

MatchPage::MatchPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent)
    : ClerkPage(visit, clerkLanguage, parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = pageTitle(tr("Match with the registry"), this);
    layout->addWidget(m_title);
    m_offline = valueLabel({}, this);
    m_offline->setObjectName(QStringLiteral("registryOffline"));
    m_offline->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    layout->addWidget(m_offline);
    m_check = new CardCheckPanel(m_visit, this);
    layout->addWidget(m_check);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setAccessibleName(tr("Registry records found"));
    m_candidates->setMaximumHeight(110);
    layout->addWidget(m_candidates);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Card"), tr("Registry")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Card and registry side by side"));
    layout->addWidget(m_table, 1);
    m_hint = valueLabel({}, this);
    layout->addWidget(m_hint);
    connect(m_candidates, &QListWidget::currentRowChanged, &m_visit, &visit::VisitWorkflow::chooseCandidate);
}

QWidget* MatchPage::firstInput() const {
    return m_candidates->count() > 1 ? static_cast<QWidget*>(m_candidates) : m_table;
}

QString MatchPage::offlineText() const {
    return m_offline->text();
}

void MatchPage::refresh() {
    const bool reachable = m_visit.registryReachable();
    m_check->refresh();
    m_offline->setVisible(!reachable);
    m_offline->setText(reachable ? QString()
                                 : tr("The registry server cannot be reached. Press F5 to try again. A move-in can "
                                      "still be taken with the card's details (F8); certificates need the registry."));
    const auto candidates = m_visit.candidates();
    {
        const QSignalBlocker block(m_candidates);
        m_candidates->clear();
        for (const visit::RegistryCandidate& c : candidates)
            m_candidates->addItem(tr("%1  %2  %3  (match %4%)")
                                      .arg(c.person.name, screenDate(c.person.birthDate), c.person.address)
                                      .arg(c.confidence));
        m_candidates->setCurrentRow(m_visit.chosenCandidate());
    }
    m_candidates->setVisible(candidates.size() > 1);

    const bool noCard = m_visit.identitySource() == visit::IdentitySource::NoCard;
    m_table->setHorizontalHeaderLabels({tr("Item"), noCard ? tr("Checked document") : tr("Card"), tr("Registry")});
    const auto lines = m_visit.matchLines();
    m_table->setRowCount(int(lines.size()));
    int differences = 0;
    for (int row = 0; row < lines.size(); ++row) {
        const visit::MatchLine& line = lines.at(row);
        const bool differs = line.differs && !candidates.isEmpty();
        differences += differs ? 1 : 0;
        const bool sex = line.field == QLatin1String("sex");
        // A difference is marked in words as well as colour, for clerks who do not see the colour.
        auto* item = new QTableWidgetItem(differs ? tr("≠ %1").arg(fieldName(line.field)) : fieldName(line.field));
        auto* card =
            new QTableWidgetItem(noCard ? tr("(checked by eye)") : (sex ? sexName(line.cardValue) : line.cardValue));
        auto* registry = new QTableWidgetItem(
            candidates.isEmpty() ? tr("— no record —") : (sex ? sexName(line.registryValue) : line.registryValue));
        for (QTableWidgetItem* cell : {item, card, registry}) {
            if (differs) {
                cell->setBackground(QColor(0xff, 0xe0, 0xb0));
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
        }
        m_table->setItem(row, 0, item);
        m_table->setItem(row, 1, card);
        m_table->setItem(row, 2, registry);
    }
    m_table->resizeRowsToContents();
    if (candidates.isEmpty() && reachable)
        m_hint->setText(tr("No registry record matches this card. For a move-in (転入) press F8 to continue as a new "
                           "resident; otherwise check the card and go back (F9)."));
    else if (differences > 0)
        m_hint->setText(tr("%n item(s) differ between the card and the registry: check with the resident before "
                           "accepting (F10). A card not updated after a move is a common cause.",
                           nullptr, differences));
    else if (!candidates.isEmpty())
        m_hint->setText(tr("Card and registry agree. Accept with F10."));
    else
        m_hint->clear();
}

} // namespace madoguchi::ui
