// The first window: live state of the card readers and the databases, so staff see at once what works.
#include "StatusWindow.h"

#include "Settings.h"
#include "TerminalStatus.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {
QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString databaseLine(const DatabaseState& state, const QString& what) {
    const QString backend =
        state.backend == DatabaseState::Backend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    if (state.reachable) {
        return StatusWindow::tr("%1: available (%2, %3)")
            .arg(what, state.version.isEmpty() ? backend : state.version, state.location);
    }
    if (state.detail.isEmpty())
        return StatusWindow::tr("%1: checking… (%2)").arg(what, state.location);
    return StatusWindow::tr("%1: not available (%2). Check the setting and the network; details are in the log.")
        .arg(what, state.location);
}
} // namespace

StatusWindow::StatusWindow(TerminalStatus& status, const Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_status(status)
    , m_preferredReader(settings.preferredReader()) {
    setWindowTitle(tr("Madoguchi — terminal status"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* readerBox = new QGroupBox(tr("Card reader"), central);
    auto* readerLayout = new QVBoxLayout(readerBox);
    m_service = wrappingLabel(readerBox);
    m_readers = new QTreeWidget(readerBox);
    m_readers->setColumnCount(2);
    m_readers->setHeaderLabels({tr("Reader"), tr("Card")});
    m_readers->setRootIsDecorated(false);
    m_readers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_readers->setAccessibleName(tr("Card readers"));
    m_cardHint = wrappingLabel(readerBox);
    readerLayout->addWidget(m_service);
    readerLayout->addWidget(m_readers);
    readerLayout->addWidget(m_cardHint);

    auto* dbBox = new QGroupBox(tr("Database"), central);
    auto* dbLayout = new QVBoxLayout(dbBox);
    m_local = wrappingLabel(dbBox);
    m_central = wrappingLabel(dbBox);
    dbLayout->addWidget(m_local);
    dbLayout->addWidget(m_central);

    layout->addWidget(readerBox, 2);
    layout->addWidget(dbBox, 1);
    setCentralWidget(central);

    auto* fileMenu = menuBar()->addMenu(tr("&Terminal"));
    auto* refresh = fileMenu->addAction(tr("&Check again"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, &m_status, &TerminalStatus::refreshDatabases);
    auto* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    statusBar()->showMessage(tr("Madoguchi %1 — data: %2").arg(QApplication::applicationVersion(), settings.dataDir()));

    connect(&m_status, &TerminalStatus::readersChanged, this, &StatusWindow::showReaders);
    connect(&m_status, &TerminalStatus::databasesChanged, this, &StatusWindow::showDatabases);
    showReaders();
    showDatabases();
    resize(720, 480);
}

void StatusWindow::showReaders() {
    const card::ReaderSnapshot snapshot = m_status.readers();
    m_readers->clear();
    switch (snapshot.service) {
    case card::ReaderSnapshot::Service::Unknown:
        m_service->setText(tr("Looking for the card reader service…"));
        break;
    case card::ReaderSnapshot::Service::Unreachable:
        m_service->setText(tr("The card reader service (pcscd) is not running. A simulated card is used until it "
                              "starts."));
        break;
    case card::ReaderSnapshot::Service::Running:
        m_service->setText(tr("The card reader service is running: %n reader(s) attached.", nullptr,
                              static_cast<int>(snapshot.readers.size())));
        break;
    }
    for (const card::ReaderInfo& reader : snapshot.readers) {
        QString cardText;
        if (reader.mute)
            cardText = tr("Card does not answer: take it out and place it again");
        else if (reader.cardPresent && reader.cardInUse)
            cardText = tr("Card present, in use by another program");
        else if (reader.cardPresent)
            cardText = tr("Card present");
        else
            cardText = tr("No card");
        auto* item = new QTreeWidgetItem(m_readers, {reader.name, cardText});
        if (reader.name == m_preferredReader)
            item->setText(0, tr("%1 (selected in settings)").arg(reader.name));
    }
    if (snapshot.service == card::ReaderSnapshot::Service::Running && snapshot.readers.isEmpty())
        m_cardHint->setText(tr("No reader is attached: a simulated card is used (demo mode)."));
    else if (snapshot.anyCardPresent())
        m_cardHint->setText(tr("A card is on the reader."));
    else if (snapshot.service == card::ReaderSnapshot::Service::Running)
        m_cardHint->setText(tr("Place a My Number card on the reader."));
    else
        m_cardHint->clear();
}

void StatusWindow::showDatabases() {
    m_local->setText(databaseLine(m_status.localDatabase(), tr("This terminal's database")));
    m_central->setText(
        databaseLine(m_status.centralDatabase(), m_status.centralDatabase().backend == DatabaseState::Backend::Sqlite
                                                     ? tr("Central database (built-in)")
                                                     : tr("Central database")));
}

QString StatusWindow::serviceText() const {
    return m_service->text();
}

QStringList StatusWindow::readerLines() const {
    QStringList lines;
    for (int i = 0; i < m_readers->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_readers->topLevelItem(i);
        lines << item->text(0) + QStringLiteral(": ") + item->text(1);
    }
    return lines;
}

QString StatusWindow::localDatabaseText() const {
    return m_local->text();
}

QString StatusWindow::centralDatabaseText() const {
    return m_central->text();
}

} // namespace madoguchi::ui
