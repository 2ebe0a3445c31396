// The lobby kiosk through its real window, real stores and the simulated card: every language and every tile of the
// catalogue, the journey to a ticket that a counter then calls with the pre-entry in its forms, the auto-wipe (no
// resident text left in any widget, in the pre-entry store after the visit, or anywhere in this process's memory),
// every way out refused but the staff PIN, and the screens held to the accessibility checks.
#include "CardPersona.h"
#include "ClerkWindow.h"
#include "CounterScreens.h"
#include "CounterServices.h"
#include "KioskPads.h"
#include "KioskWindow.h"
#include "LanguagePicker.h"
#include "PinPad.h"
#include "ReceptionQueue.h"
#include "ResidentLanguages.h"
#include "ResidentWindow.h"
#include "ScreenChecks.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "Translations.h"
#include "VirtualMyNumberCard.h"
#include "kiosk/KioskServices.h"
#include "kiosk/MemberChoices.h"
#include "queue/CounterGroups.h"
#include "store/Connection.h"
#include "store/StoreLocations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <malloc.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace madoguchi;
using Page = ui::KioskWindow::Page;
using Step = visit::VisitWorkflow::Step;

// The memory scan below must not be blinded by the allocator: ASan overwrites no freed byte (max_free_fill_size=0),
// so whatever a free left behind is still there to be found, and each place the sentinel is found is told apart by
// ASan's own shadow — a live block (a buffer that still holds resident text: the test fails) or a freed one (kept in
// ASan's quarantine of 1 GiB, so not reused before the scan). Freed copies are counted and listed with the function
// that allocated them when ASan can unwind that far (Debian's Qt has no frame pointers: mostly QArrayData::allocate);
// a copy freed by the kiosk's own code is a failure when ASan can name it. Without ASan (no shadow) glibc's M_PERTURB
// fills freed memory and only live copies count.
extern "C" const char* __asan_default_options() {
    return "max_free_fill_size=0:quarantine_size_mb=1024";
}
#if defined(__SANITIZE_ADDRESS__)
#define MADOGUCHI_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MADOGUCHI_TEST_ASAN 1
#endif
#endif
#ifdef MADOGUCHI_TEST_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace {
// Typed at the kiosk and searched for afterwards. Kept in read-only data only: the scan skips it there.
const QString kSentinel = QStringLiteral("QZXW-SENTINEL-4711");
const QString kAddress = QStringLiteral("東京都武蔵野市中町一丁目2番3号 QZXW-SENTINEL-4711");
const QByteArray kStaffPin = "246810";
const QByteArray kOldStaffPin = "135790"; // set first, replaced by kStaffPin while the kiosk runs
const QByteArray kOfficePin = "580417";   // the office's, distributed from the centre while the kiosk runs

class TestClock final : public visit::Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    void advance(int seconds) { m_offset += seconds; }

private:
    qint64 m_offset = 0;
};

struct MemoryHits {
    QStringList live;             // in memory nobody freed: resident text still held
    QStringList freed;            // in a freed block (ASan's quarantine), with the functions that allocated it
    QStringList ours;             // of those, blocks the kiosk's own code allocated: it should have wiped them
    std::vector<quint64> freedAt; // where each freed copy is
};

#ifdef MADOGUCHI_TEST_ASAN
// The functions that allocated the freed block at `address`, innermost first (up to 12), and whether one of them is
// the kiosk's own code (madoguchi::kiosk::, madoguchi::ui::Kiosk…, madoguchi::visit::PreEntry…).
QString allocatedBy(quint64 address, bool* ours) {
    void* trace[32];
    int thread = 0;
    const size_t frames = __asan_get_alloc_stack(reinterpret_cast<void*>(address), trace, 32, &thread);
    QStringList names;
    *ours = false;
    for (size_t i = 0; i < frames; ++i) {
        char name[512] = {0};
        __sanitizer_symbolize_pc(trace[i], "%f", name, sizeof name);
        const QString function = QString::fromLatin1(name);
        if (function.contains(QLatin1String("madoguchi::kiosk::")) ||
            function.contains(QLatin1String("madoguchi::ui::Kiosk")) ||
            function.contains(QLatin1String("madoguchi::visit::PreEntry")))
            *ours = true;
        if (names.size() < 12)
            names << function;
    }
    return names.join(QStringLiteral(" < "));
}
#endif

// Where in this process's writable memory (every rw mapping of /proc/self/maps, read through /proc/self/mem) the
// sentinel is, as UTF-16 (QString) or UTF-8: a list of "region+offset". The needle is kept shifted by one so the
// scan's own copy never matches; the sanitizer's shadow and other reserved giants are skipped.
MemoryHits sentinelInMemory(const QString& sentinel) {
    std::vector<unsigned char> utf16, utf8;
    for (const QChar c : sentinel) {
        utf16.push_back(static_cast<unsigned char>((c.unicode() & 0xff) + 1));
        utf16.push_back(static_cast<unsigned char>((c.unicode() >> 8) + 1));
    }
    for (const char c : sentinel.toUtf8())
        utf8.push_back(static_cast<unsigned char>(static_cast<unsigned char>(c) + 1));
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    QFile mem(QStringLiteral("/proc/self/mem"));
    MemoryHits found;
    if (!smaps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly)) {
        found.live << QStringLiteral("cannot read /proc/self/mem");
        return found;
    }
    std::vector<quint64> hits;
    // The writable mappings that hold anything (Rss above 0), up to 1 GiB each.
    struct Region {
        quint64 start, end;
        QByteArray name;
    };
    std::vector<Region> regions;
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    Region current{0, 0, {}};
    bool writable = false;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts.at(0).contains('-') && !parts.at(0).endsWith(':')) {
            const QList<QByteArray> range = parts.at(0).split('-');
            current = Region{range.value(0).toULongLong(nullptr, 16), range.value(1).toULongLong(nullptr, 16),
                             parts.value(5)};
            writable = parts.at(1).startsWith("rw");
        } else if (parts.value(0) == "Rss:" && writable && parts.value(1).toLongLong() > 0 &&
                   current.end - current.start <= (quint64(1) << 30)) {
            regions.push_back(current);
        }
    }
    std::vector<unsigned char> buffer(4 << 20);
    const size_t overlap = std::max(utf8.size(), utf16.size());
    auto matches = [](const unsigned char* at, const unsigned char* limit, const std::vector<unsigned char>& needle) {
        if (size_t(limit - at) < needle.size())
            return false;
        for (size_t k = 0; k < needle.size(); ++k)
            if (static_cast<unsigned char>(at[k] + 1) != needle[k])
                return false;
        return true;
    };
    const unsigned char first = static_cast<unsigned char>(utf8.front() - 1); // the same first byte in both forms
    for (const Region& r : regions) {
        for (quint64 at = r.start; at < r.end;) {
            const qint64 want = qint64(std::min<quint64>(buffer.size(), r.end - at));
            if (!mem.seek(qint64(at)))
                break;
            const qint64 got = mem.read(reinterpret_cast<char*>(buffer.data()), want);
            if (got <= 0)
                break;
            const unsigned char* begin = buffer.data();
            const unsigned char* limit = begin + got;
            for (const unsigned char* p = begin; p < limit;) {
                const void* hit = std::memchr(p, first, size_t(limit - p));
                if (!hit)
                    break;
                const auto* h = static_cast<const unsigned char*>(hit);
                if (matches(h, limit, utf16) || matches(h, limit, utf8)) {
                    const quint64 address = at + quint64(h - begin);
                    const QString where = QStringLiteral("%1+%2 (%3)")
                                              .arg(QString::number(r.start, 16))
                                              .arg(address - r.start)
                                              .arg(QString::fromLatin1(r.name));
                    // The same place seen twice (the overlap between two reads) counts once.
                    if (std::find(hits.begin(), hits.end(), address) == hits.end()) {
                        hits.push_back(address);
#ifdef MADOGUCHI_TEST_ASAN
                        if (__asan_address_is_poisoned(reinterpret_cast<void*>(address))) {
                            bool ours = false;
                            const QString by = allocatedBy(address, &ours);
                            found.freed << where + QStringLiteral(" freed, allocated by ") + by;
                            found.freedAt.push_back(address);
                            if (ours)
                                found.ours << found.freed.last();
                        } else {
                            found.live << where;
                        }
#else
                        found.live << where;
#endif
                    }
                }
                p = h + 1;
            }
            if (got < want)
                break;
            at += quint64(got) > overlap ? quint64(got) - overlap : quint64(got);
        }
    }
    std::fill(buffer.begin(), buffer.end(), 0);
    return found;
}

// Every text a widget under `root` shows or tells a screen reader, with where it is.
QStringList widgetTexts(QWidget* root) {
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        QStringList own = {w->accessibleName(), w->accessibleDescription(),
                           w->toolTip(),        w->windowTitle(),
                           w->statusTip(),      w->whatsThis()};
        if (auto* l = qobject_cast<QLabel*>(w))
            own << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            own << b->text();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            own << e->text() << e->placeholderText() << e->displayText();
        if (auto* t = qobject_cast<QTextBrowser*>(w))
            own << t->toPlainText();
        for (const QString& text : own)
            if (!text.isEmpty())
                texts << QStringLiteral("%1 %2: %3")
                             .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
    }
    return texts;
}
} // namespace

class TestKiosk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyLanguageEveryPageIsAccessible();
    void everyTileToATicket();
    void journeyToTicketThenTheCounterHasThePreEntry();
    void inactivityAndStopClearEverything();
    void noWayOutButTheStaffPin();

private:
    void openKiosk(const QString& persona = QStringLiteral("yamada-taro"));
    void touch(QWidget* button);
    void typeKeys(QWidget* widget, const QString& text);
    void padType(ui::KioskPad* pad, QLineEdit* edit, const QStringList& keys);
    void chooseLanguage(const QString& code);
    // From the tiles to the card page for `tileId`, answering no / declining, entering nothing but what is given.
    void walkToCard(const QString& tileId, const QMap<QString, QString>& typed = {});
    QString issueWithoutCard();
    void checkScreen(const QString& where);
    // No live copy of the sentinel anywhere in the process, and no freed one the kiosk's own code allocated.
    void checkMemory(const QString& where);
    int preEntries() const;

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<Settings> m_settings;
    TestClock m_clock;
    std::shared_ptr<card::SimulatedReader> m_reader;
    std::unique_ptr<kiosk::KioskServices> m_services;
    std::unique_ptr<ui::KioskWindow> m_window;
};

void TestKiosk::initTestCase() {
#ifndef __SANITIZE_ADDRESS__
#if !defined(__has_feature)
    mallopt(M_PERTURB, 0x5a);
#elif !__has_feature(address_sanitizer)
    mallopt(M_PERTURB, 0x5a);
#endif
#endif
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("K01")));
        QVERIFY(settings.setValue(QStringLiteral("kiosk/congestion_url"),
                                  QStringLiteral("https://www.city.example.lg.jp/madoguchi/congestion.html")));
    }
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    const QString cli = qEnvironmentVariable("MADOGUCHI_CLI");
    const QString source = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
    QVERIFY2(!cli.isEmpty() && !source.isEmpty(), "run through ctest");
    auto run = [&](const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("--config"), m_config} + args);
        QVERIFY(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    };
    run({QStringLiteral("db"), QStringLiteral("init")});
    run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
         QStringLiteral("--name"), QStringLiteral("管理　一郎"), QStringLiteral("--role"), QStringLiteral("admin")},
        "admin-pass-1\n");
    const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("admin1")};
    run(QStringList{QStringLiteral("registry"), QStringLiteral("import"),
                    source + QStringLiteral("/resources/demo/registry.csv")} +
            asAdmin,
        "admin-pass-1\n");
    run(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("clerk1"),
                    QStringLiteral("--name"), QStringLiteral("窓口　花子"), QStringLiteral("--role"),
                    QStringLiteral("clerk")} +
            asAdmin,
        "admin-pass-1\ncounter-pass-1\n");
    // The staff PIN as an admin sets it (kiosk set-staff-pin); noWayOutButTheStaffPin replaces it.
    run({QStringLiteral("kiosk"), QStringLiteral("set-staff-pin"), QStringLiteral("--as"), QStringLiteral("admin1")},
        "admin-pass-1\n" + kOldStaffPin + "\n");
    run({QStringLiteral("sync"), QStringLiteral("--once")});
    m_settings = std::make_unique<Settings>(m_config);
}

void TestKiosk::init() {
    openKiosk();
}

void TestKiosk::cleanup() {
    m_window.reset();
    if (m_services)
        m_services->waitForCard();
    m_services.reset();
    m_reader.reset();
}

void TestKiosk::openKiosk(const QString& persona) {
    QString error;
    const auto found = card::CardPersona::find(card::CardPersona::builtInFile(), persona, &error);
    QVERIFY2(found, qPrintable(error));
    m_reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*found));
    auto reader = m_reader;
    kiosk::KioskServices::Options options;
    options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
        return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
    };
    options.clock = &m_clock;
    auto services = kiosk::KioskServices::open(*m_settings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    m_services = std::move(*services.value);
    m_window = std::make_unique<ui::KioskWindow>(*m_services);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->page(), Page::Language);
}

void TestKiosk::touch(QWidget* button) {
    QVERIFY2(button, "no such control");
    // A control added to a page on screen is shown by its layout at the next event round, as a finger would find it.
    QTRY_VERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestKiosk::typeKeys(QWidget* widget, const QString& text) {
    // One key event per character with its text, as the virtual keyboard commits it.
    widget->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

void TestKiosk::padType(ui::KioskPad* pad, QLineEdit* edit, const QStringList& keys) {
    QVERIFY(pad && edit);
    edit->setFocus();
    QTRY_VERIFY(pad->isVisible());
    QCOMPARE(pad->target(), edit);
    for (const QString& k : keys)
        touch(pad->key(k));
}

void TestKiosk::chooseLanguage(const QString& code) {
    touch(m_window->languagePicker()->findChild<QPushButton*>(QStringLiteral("language_") + code));
    QCOMPARE(m_window->page(), Page::Tiles);
    QCOMPARE(m_window->language(), code);
}

void TestKiosk::walkToCard(const QString& tileId, const QMap<QString, QString>& typed) {
    touch(m_window->tileButton(tileId));
    QVERIFY(m_window->journey().isChosen(tileId));
    touch(m_window->nextButton());
    if (m_window->page() == Page::Questions) {
        for (const visit::Question& q : m_window->journey().questions())
            touch(m_window->answerButton(q.id, false));
        touch(m_window->nextButton());
    }
    for (int round = 0; round < 3 && m_window->page() != Page::Card; ++round) {
        if (m_window->page() == Page::PreEntry) {
            for (auto it = typed.begin(); it != typed.end(); ++it) {
                QLineEdit* edit = m_window->fieldEdit(it.key());
                if (!edit || !edit->text().isEmpty())
                    continue;
                const visit::FieldKind kind = [&] {
                    for (const visit::FieldSpec& f : m_window->journey().fields())
                        if (f.key == it.key())
                            return f.kind;
                    return visit::FieldKind::Text;
                }();
                if (kind == visit::FieldKind::Kana)
                    padType(m_window->kanaPad(), edit, ui::KanaPad::keysFor(it.value()));
                else if (kind == visit::FieldKind::Text)
                    typeKeys(edit, it.value());
                else
                    padType(m_window->numberPad(), edit, it.value().split(QString(), Qt::SkipEmptyParts));
            }
            touch(m_window->nextButton());
            QCOMPARE(m_window->page(), Page::Preparation);
        }
        if (m_window->page() == Page::Preparation) {
            for (const visit::FollowUp& f : m_window->journey().followUps())
                if (f.decision == visit::FollowUp::Decision::Undecided)
                    touch(m_window->answerButton(f.procedureId, false));
            touch(m_window->nextButton());
        }
    }
    QCOMPARE(m_window->page(), Page::Card);
}

QString TestKiosk::issueWithoutCard() {
    touch(m_window->skipCardButton());
    [&] { QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Ticket, 20000); }();
    return m_window->ticketNumber();
}

void TestKiosk::checkMemory(const QString& where) {
#ifdef MADOGUCHI_TEST_ASAN
    // The scan sees what a free leaves behind: a copy made and freed here, unwiped, is found in freed memory.
    quint64 controlAt = 0;
    {
        QString control(kSentinel.constData(), kSentinel.size());
        control.append(QStringLiteral(" control"));
        controlAt = quint64(reinterpret_cast<quintptr>(control.constData()));
    }
#endif
    const MemoryHits hits = sentinelInMemory(kSentinel);
    QVERIFY2(hits.live.isEmpty(), qPrintable(where + QStringLiteral(": held in ") + hits.live.join(QLatin1Char('\n'))));
    QVERIFY2(hits.ours.isEmpty(),
             qPrintable(where + QStringLiteral(": freed unwiped by the kiosk ") + hits.ours.join(QLatin1Char('\n'))));
#ifdef MADOGUCHI_TEST_ASAN
    QVERIFY2(std::find(hits.freedAt.begin(), hits.freedAt.end(), controlAt) != hits.freedAt.end(),
             qPrintable(where + QStringLiteral(": the unwiped control copy was not found; freed: ") +
                        hits.freed.join(QLatin1Char('\n'))));
    qInfo().noquote() << where << ":" << hits.freed.size() - 1
                      << "freed, unwiped copies besides the control (Qt's buffers):";
    for (const QString& h : hits.freed)
        qInfo().noquote() << "  " << h;
#endif
}

void TestKiosk::checkScreen(const QString& where) {
    QApplication::processEvents();
    const QStringList unnamed = test::unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(where + QStringLiteral(": ") + unnamed.join(QStringLiteral("; "))));
    const QStringList small = test::smallTargets(m_window.get(), 44);
    QVERIFY2(small.isEmpty(), qPrintable(where + QStringLiteral(": ") + small.join(QStringLiteral("; "))));
    const QStringList low = test::lowContrast(m_window.get(), 4.5);
    QVERIFY2(low.isEmpty(), qPrintable(where + QStringLiteral(": ") + low.join(QStringLiteral("; "))));
}

int TestKiosk::preEntries() const {
    auto central = store::openCentral(m_settings->centralSqlitePath());
    return central ? central->scalar(QStringLiteral("SELECT count(*) FROM queue_pre_entries")).toInt() : -1;
}

// Every resident language: the first page, the tiles (every tile named in that language), one journey page by page
// up to the ticket, each page held to names, 44 px targets and 4.5:1 contrast, in both themes.
void TestKiosk::everyLanguageEveryPageIsAccessible() {
    const QList<counter::ResidentLanguage> languages = m_services->languages().available();
    QCOMPARE(languages.size(), 12);
    const QString shots = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
    for (const counter::ResidentLanguage& language : languages) {
        for (const bool contrast : {false, true}) {
            const QString where = language.code + (contrast ? QStringLiteral(" high contrast") : QString());
            checkScreen(where + QStringLiteral(" language"));
            chooseLanguage(language.code);
            if (contrast)
                touch(m_window->contrastButton());
            QCOMPARE(m_window->contrastButton()->isChecked(), contrast);
            const QList<kiosk::Tile> tiles = m_window->journey().tiles();
            QVERIFY(tiles.size() > 20);
            for (const kiosk::Tile& tile : tiles) {
                QPushButton* b = m_window->tileButton(tile.id);
                QVERIFY2(b && !b->text().isEmpty(), qPrintable(where + QLatin1Char(' ') + tile.id));
                QCOMPARE(b->text(), m_services->languages().catalogueText(language.code, tile.name));
            }
            checkScreen(where + QStringLiteral(" tiles"));
            if (!shots.isEmpty())
                m_window->grab().save(QStringLiteral("%1/kiosk-%2-tiles%3.png")
                                          .arg(shots, language.code, contrast ? QStringLiteral("-hc") : QString()));
            // 転入: questions, pre-entry with the pads, what to bring.
            touch(m_window->tileButton(QStringLiteral("move-in")));
            touch(m_window->nextButton());
            QCOMPARE(m_window->page(), Page::Questions);
            checkScreen(where + QStringLiteral(" questions"));
            for (const visit::Question& q : m_window->journey().questions())
                touch(m_window->answerButton(q.id, false));
            touch(m_window->nextButton());
            QCOMPARE(m_window->page(), Page::PreEntry);
            m_window->fieldEdit(QStringLiteral("move_in_date"))->setFocus();
            QTRY_VERIFY(m_window->numberPad()->isVisible());
            checkScreen(where + QStringLiteral(" pre-entry"));
            // The family members' choices are the data's (resources/kiosk/members.json), each in this language.
            const kiosk::MemberChoices& members = kiosk::memberChoices();
            QVERIFY(members.sexes.size() >= 2 && members.relationships.size() >= 2);
            for (const bool sex : {true, false}) {
                for (const kiosk::MemberChoice& c : sex ? members.sexes : members.relationships) {
                    QPushButton* b = sex ? m_window->memberSex(c.value) : m_window->memberRelationship(c.value);
                    QVERIFY2(b, qPrintable(where + QLatin1Char(' ') + c.value));
                    QCOMPARE(b->text(), m_services->languages().catalogueText(language.code, c.label));
                }
            }
            if (!shots.isEmpty())
                m_window->grab().save(QStringLiteral("%1/kiosk-%2-preentry%3.png")
                                          .arg(shots, language.code, contrast ? QStringLiteral("-hc") : QString()));
            touch(m_window->nextButton());
            QCOMPARE(m_window->page(), Page::Preparation);
            checkScreen(where + QStringLiteral(" preparation"));
            touch(m_window->nextButton());
            QCOMPARE(m_window->page(), Page::Card);
            checkScreen(where + QStringLiteral(" card"));
            touch(m_window->stopButton());
            QCOMPARE(m_window->page(), Page::Language);
            QVERIFY(!m_window->contrastButton()->isChecked()); // the next resident starts from the default look
        }
    }
}

// Every tile the catalogue offers, to a ticket in the group its category is served in.
void TestKiosk::everyTileToATicket() {
    const QList<kiosk::Tile> tiles = m_window->journey().tiles();
    QVERIFY(!tiles.isEmpty());
    const int before = preEntries();
    for (const kiosk::Tile& tile : tiles) {
        chooseLanguage(QStringLiteral("en"));
        walkToCard(tile.id);
        const QString number = issueWithoutCard();
        QVERIFY2(!number.isEmpty(), qPrintable(tile.id));
        const queue::CounterGroup* group = queue::groupForCategory(tile.category);
        QVERIFY2(group, qPrintable(tile.category));
        QVERIFY2(number.startsWith(group->prefix + QLatin1Char('-')), qPrintable(tile.id + QLatin1Char(' ') + number));
        QCOMPARE(m_window->ticket().ticket.groupId, group->id);
        QVERIFY(QFile::exists(m_window->ticket().pdfPath));
        QVERIFY(m_window->visibleText().contains(number));
        touch(m_window->doneButton());
        QCOMPARE(m_window->page(), Page::Language);
    }
    // A choice alone is a pre-entry: each ticket has one, sealed in the central store.
    QCOMPARE(preEntries(), before + int(tiles.size()));
}

void TestKiosk::journeyToTicketThenTheCounterHasThePreEntry() {
    chooseLanguage(QStringLiteral("ja"));
    walkToCard(QStringLiteral("move-within"), {{QStringLiteral("new_address"), kAddress},
                                               {QStringLiteral("move_date"), QStringLiteral("2026/11/20")},
                                               {QStringLiteral("new_postal_code"), QStringLiteral("1800006")}});
    QCOMPARE(m_window->journey().field(QStringLiteral("new_address")), kAddress);
    QCOMPARE(m_window->journey().field(QStringLiteral("new_postal_code")), QStringLiteral("180-0006"));
    // Identified with the card: the basic four with the PIN on the kiosk's own pad.
    touch(m_window->useCardButton());
    for (const QChar c : QStringLiteral("1234"))
        touch(m_window->pinPad()->digitButton(c.digitValue()));
    touch(m_window->pinPad()->okButton());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Ticket, 20000);
    const QString number = m_window->ticketNumber();
    QVERIFY2(number.startsWith(QStringLiteral("B-")), qPrintable(number));
    // The ticket's PDF: number, group, the wait; nothing of the resident.
    QProcess pdf;
    pdf.start(QStringLiteral("pdftotext"), {m_window->ticket().pdfPath, QStringLiteral("-")});
    QVERIFY(pdf.waitForFinished(30000));
    const QString printed = QString::fromUtf8(pdf.readAllStandardOutput()).remove(QLatin1Char(' '));
    QVERIFY2(printed.contains(number) && printed.contains(QStringLiteral("住民異動")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("待ち時間の目安")), qPrintable(printed));
    QVERIFY(!printed.contains(QStringLiteral("SENTINEL")) && !printed.contains(QStringLiteral("山田")));
    touch(m_window->doneButton());
    QCOMPARE(m_window->page(), Page::Language);
    // Nothing of the resident in any widget, nor anywhere in this process.
    const QStringList left = widgetTexts(m_window.get()).filter(kSentinel);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    QVERIFY(widgetTexts(m_window.get()).filter(QStringLiteral("山田")).isEmpty());
    checkMemory(QStringLiteral("after the ticket"));
    QVERIFY(preEntries() > 0);
    // The kiosk lets no other window show: it goes before the counter's windows open in this process.
    m_window.reset();

    // A counter calls the ticket: its forms hold what the resident typed at the kiosk.
    QString error;
    const auto persona =
        card::CardPersona::find(card::CardPersona::builtInFile(), QStringLiteral("yamada-taro"), &error);
    QVERIFY(persona);
    auto reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*persona));
    counter::CounterServices::Options options;
    options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
        return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
    };
    options.clock = &m_clock;
    options.startSync = false;
    Settings counterSettings(m_config);
    QVERIFY(counterSettings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T01")));
    QVERIFY(counterSettings.setValue(QStringLiteral("queue/groups"), QStringLiteral("moves")));
    auto services = counter::CounterServices::open(counterSettings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    counter::CounterServices& s = **services.value;
    ui::CounterScreens screens(
        {s.visit(), s.queue(), s.staff(), s.sync(), s.languages(), QStringLiteral("ja"), nullptr, &counterSettings});
    QObject::connect(screens.clerk(), &ui::ClerkWindow::signedIn, screens.clerk(),
                     [&s](const counter::SignIn& who) { s.setClerk(who); });
    screens.show();
    QVERIFY(QTest::qWaitForWindowExposed(screens.clerk()));
    QApplication::setActiveWindow(screens.clerk());
    ui::ClerkWindow* clerk = screens.clerk();
    clerk->staffIdEdit()->setFocus();
    typeKeys(clerk->staffIdEdit(), QStringLiteral("clerk1"));
    QTest::keyClick(clerk->staffIdEdit(), Qt::Key_Return);
    typeKeys(clerk->passwordEdit(), QStringLiteral("counter-pass-1"));
    QTest::keyClick(clerk->passwordEdit(), Qt::Key_Return);
    QVERIFY(!clerk->signedInStaff().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(clerk->waitingList()->count() >= 1, 15000);
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : clerk;
    // Earlier tests' tickets wait too: call until this one comes.
    for (int i = 0; i < 200 && s.visit().receptionNumber() != number; ++i) {
        if (s.visit().step() != Step::Idle) {
            s.visit().cancel(QStringLiteral("not this ticket"));
            QTRY_COMPARE(s.visit().step(), Step::Idle);
        }
        QTRY_VERIFY(!s.queue().busy());
        QTest::keyClick(focus, Qt::Key_F2);
        QTRY_VERIFY_WITH_TIMEOUT(s.visit().step() != Step::Idle || !s.queue().busy(), 10000);
        QTRY_VERIFY(!s.queue().busy());
    }
    QCOMPARE(s.visit().receptionNumber(), number);
    QTRY_VERIFY_WITH_TIMEOUT(s.visit().hasPreEntry(), 10000);
    QCOMPARE(s.visit().language(), QStringLiteral("ja"));
    QCOMPARE(s.visit().preEntry()->face.name, QStringLiteral("山田　太郎"));
    QVERIFY(!s.visit().preEntry()->face.myNumber.has_value());
    QTest::keyClick(focus, Qt::Key_F5);
    QTRY_COMPARE(screens.resident()->pageName(), QStringLiteral("pin"));
    for (const QChar c : QStringLiteral("1234"))
        QTest::mouseClick(screens.resident()->pinPad()->digitButton(c.digitValue()), Qt::LeftButton);
    QTest::mouseClick(screens.resident()->pinPad()->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(s.visit().step(), Step::Match, 15000);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : clerk, Qt::Key_F10);
    QTRY_COMPARE_WITH_TIMEOUT(s.visit().step(), Step::Choose, 15000);
    QCOMPARE(s.visit().lifeEventIds(), QStringList{QStringLiteral("move-within")});
    for (const visit::FollowUp& f : s.visit().followUps())
        if (f.decision == visit::FollowUp::Decision::Undecided)
            QVERIFY(s.visit().decideFollowUp(f.procedureId, false));
    QVERIFY(s.visit().confirmChoice());
    QCOMPARE(s.visit().step(), Step::Forms);
    bool seen = false;
    for (const visit::FormDraft& form : s.visit().forms()) {
        if (form.procedureId != QLatin1String("move-within"))
            continue;
        seen = true;
        QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("new_address"))).value, kAddress);
        QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("move_date"))).value, QStringLiteral("2026-11-20"));
        QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("new_postal_code"))).value, QStringLiteral("180-0006"));
    }
    QVERIFY(seen);
    const int kept = preEntries();
    s.visit().cancel(QStringLiteral("test done"));
    QTRY_COMPARE(s.visit().step(), Step::Idle);
    QTRY_COMPARE_WITH_TIMEOUT(preEntries(), kept - 1, 10000); // the visit ended: its pre-entry is gone
    s.waitForCard();
}

void TestKiosk::inactivityAndStopClearEverything() {
    const int inactivity = m_services->config().inactivitySeconds;
    const int warning = m_services->config().warningSeconds;
    QCOMPARE(inactivity, 60);
    QCOMPARE(warning, 10);
    for (const bool byStop : {false, true}) {
        chooseLanguage(QStringLiteral("vi"));
        touch(m_window->tileButton(QStringLiteral("move-within")));
        touch(m_window->nextButton());
        QCOMPARE(m_window->page(), Page::PreEntry);
        typeKeys(m_window->fieldEdit(QStringLiteral("new_address")), kAddress);
        QVERIFY(!widgetTexts(m_window.get()).filter(kSentinel).isEmpty()); // the check can see it while it is there
        if (byStop) {
            touch(m_window->stopButton());
        } else {
            m_clock.advance(inactivity - warning);
            m_window->tick();
            QCOMPARE(m_window->page(), Page::Warning);
            touch(m_window->continueButton()); // the resident is still there: nothing lost
            QCOMPARE(m_window->page(), Page::PreEntry);
            QCOMPARE(m_window->fieldEdit(QStringLiteral("new_address"))->text(), kAddress);
            m_clock.advance(inactivity - warning);
            m_window->tick();
            QCOMPARE(m_window->page(), Page::Warning);
            m_clock.advance(warning);
            m_window->tick();
        }
        QCOMPARE(m_window->page(), Page::Language);
        QCOMPARE(m_window->language(), QStringLiteral("ja"));
        QVERIFY(!m_window->journey().hasChoice());
        QApplication::processEvents(); // deleteLater of the old pages
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const QStringList left = widgetTexts(m_window.get()).filter(kSentinel);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        checkMemory(byStop ? QStringLiteral("after stop") : QStringLiteral("after inactivity"));
    }
}

void TestKiosk::noWayOutButTheStaffPin() {
    QWidget* target = m_window.get();
    const int before = m_window->refusedEscapes();
    const QList<QPair<int, Qt::KeyboardModifiers>> escapes = {{Qt::Key_Escape, Qt::NoModifier},
                                                              {Qt::Key_F4, Qt::AltModifier},
                                                              {Qt::Key_Q, Qt::ControlModifier},
                                                              {Qt::Key_W, Qt::ControlModifier},
                                                              {Qt::Key_Tab, Qt::AltModifier}};
    for (const auto& [key, modifiers] : escapes) {
        QTest::keyClick(target, Qt::Key(key), modifiers);
        QVERIFY(m_window->isVisible());
    }
    QCOMPARE(m_window->refusedEscapes(), before + int(escapes.size()));
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    // No other window may open over the kiosk (a dialog would lead to the desktop).
    QWidget stray;
    stray.setWindowTitle(QStringLiteral("stray"));
    stray.show();
    QTRY_VERIFY(!stray.isVisible());
    // An admin changes the staff PIN while the kiosk runs: the tablet's own (kiosk set-staff-pin), then the office's
    // through the central store (--office-wide), revoked and set again. Each change holds at the next PIN typed.
    const auto kioskCommand = [this](const QStringList& args, const QByteArray& input) {
        QProcess p;
        p.start(qEnvironmentVariable("MADOGUCHI_CLI"),
                QStringList{QStringLiteral("--config"), m_config, QStringLiteral("kiosk")} + args +
                    QStringList{QStringLiteral("--as"), QStringLiteral("admin1")});
        if (!p.waitForStarted())
            return QStringLiteral("not started");
        p.write("admin-pass-1\n" + input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return QStringLiteral("not finished");
        return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
    };
    const auto auditRows = [this](const QString& action) {
        QStringList rows;
        auto local = store::Connection::openSqlite(m_settings->localDatabasePath());
        if (!local)
            return rows;
        QSqlQuery q(local->db());
        q.prepare(QStringLiteral("SELECT reason FROM audit_events WHERE action = ? ORDER BY seq"));
        q.addBindValue(action);
        if (q.exec())
            while (q.next())
                rows << q.value(0).toString();
        return rows;
    };
    const auto typeStaffPin = [this](const QByteArray& pin) {
        for (const char c : pin)
            touch(m_window->staffPad()->digitButton(c - '0'));
        touch(m_window->staffPad()->okButton());
    };
    // Refused, and audited as refused (the kiosk stays).
    const auto refused = [&](const QByteArray& pin) {
        const qsizetype before = auditRows(QStringLiteral("kiosk.exit_refused")).size();
        typeStaffPin(pin);
        if (!QTest::qWaitFor([&] { return auditRows(QStringLiteral("kiosk.exit_refused")).size() == before + 1; },
                             15000))
            return false;
        QTest::qWait(100);
        return !m_window->exitAllowed() && m_window->isVisible();
    };
    QCOMPARE(kioskCommand({QStringLiteral("set-staff-pin")}, kStaffPin + "\n"), QString());
    touch(m_window->staffButton());
    QCOMPARE(m_window->page(), Page::Staff);
    checkScreen(QStringLiteral("staff"));
    // Staff texts come from the translations, Japanese and English side by side.
    QVERIFY2(m_window->visibleText().contains(QStringLiteral("スタッフ用暗証番号 / Staff PIN")),
             qPrintable(m_window->visibleText()));
    QVERIFY(refused(kOldStaffPin));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->visibleText().contains(QStringLiteral("暗証番号が違います / Wrong PIN")), 15000);
    // The office's PIN, distributed from the centre, replaces the tablet's own while it is set.
    QCOMPARE(kioskCommand({QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide")}, kOfficePin + "\n"),
             QString());
    QVERIFY(refused(kStaffPin));
    // Revoked at the centre: it no longer lets anyone out.
    QCOMPARE(kioskCommand({QStringLiteral("clear-staff-pin"), QStringLiteral("--office-wide")}, {}), QString());
    QVERIFY(refused(kOfficePin));
    QVERIFY(refused(kOldStaffPin));
    // Set again (a new revision): it lets the kiosk go, and the audit trail says which PIN did.
    QCOMPARE(kioskCommand({QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide")}, kOfficePin + "\n"),
             QString());
    QSignalSpy granted(m_window.get(), &ui::KioskWindow::exitGranted);
    typeStaffPin(kOfficePin);
    QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, 15000);
    QVERIFY(m_window->exitAllowed());
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return !auditRows(QStringLiteral("kiosk.exit")).isEmpty(); }, 15000));
    QCOMPARE(auditRows(QStringLiteral("kiosk.exit")).last(), QStringLiteral("staff PIN (office, revision 3)"));
    for (const QString& action :
         {QStringLiteral("kiosk.exit"), QStringLiteral("kiosk.exit_refused"),
          QStringLiteral("kiosk.staff_pin_distributed"), QStringLiteral("kiosk.staff_pin_revoked")})
        for (const QString& reason : auditRows(action))
            QVERIFY2(!reason.contains(QString::fromLatin1(kOfficePin)) &&
                         !reason.contains(QString::fromLatin1(kStaffPin)),
                     qPrintable(reason));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
