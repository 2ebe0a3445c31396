// The resident's screen in every language: switching mid-visit keeps every input on both screens; words, read
// aloud, high contrast and large text; accessible names, contrast and touch targets on every page of both windows.
#include "CardPersona.h"
#include "ClerkWindow.h"
#include "CounterScreens.h"
#include "CounterServices.h"
#include "InterpreterCall.h"
#include "Interpreters.h"
#include "LanguagePicker.h"
#include "PinPad.h"
#include "ResidentLanguages.h"
#include "ResidentTheme.h"
#include "ResidentWindow.h"
#include "ScreenChecks.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "StatusWindow.h"
#include "TerminalStatus.h"
#include "Translations.h"
#include "VirtualMyNumberCard.h"
#include "clerk/ChoosePage.h"
#include "clerk/DocumentsPage.h"
#include "clerk/FormsPage.h"
#include "print/PdfPreview.h"
#include "visit/LocalText.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using Step = visit::VisitWorkflow::Step;

namespace {

QJsonObject sourceJson(const QString& relative) {
    QFile file(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// What every form of the visit holds, field by field: what must survive a change of the resident's language.
QStringList formValues(const visit::VisitWorkflow& visit) {
    QStringList values;
    for (const visit::FormDraft& form : visit.forms())
        for (const visit::FormField& field : form.fields)
            values << form.procedureId + QLatin1Char('.') + field.spec.key + QLatin1Char('=') + field.value;
    return values;
}

} // namespace

class TestResidentScreens final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyLanguageOfTheDataIsOffered();
    void switchingLanguageMidVisitKeepsEveryInput();
    void wordsShowTheGlossaryInEveryLanguage();
    void highContrastAndLargeTextOneTouchAway();
    void readAloudSpeaksReadingsAndSurvivesAMissingVoice();
    void statusWindowIsAccessible();
    void noInterpreterButtonWithoutAService();
    void interpreterButtonCallsTheCityService();

private:
    void openCounter();
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void tabTo(QWidget* target);
    void touch(QWidget* button);
    void waitForStep(Step step);
    void chooseLanguage(const QString& code);
    // Accessible names on both windows, contrast and touch targets on the resident's, in both themes and sizes.
    void checkScreens(const QString& where);

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<Settings> m_settings;
    std::shared_ptr<card::SimulatedReader> m_reader;
    std::unique_ptr<counter::CounterServices> m_services;
    std::unique_ptr<ui::CounterScreens> m_screens;
    QStringList m_codes;
};

void TestResidentScreens::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    qputenv("MADOGUCHI_SPEECH_ENGINE", "flite"); // in-process, en_US only: the other languages have no voice
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T01")));
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
    // The installation's first admin (no sign-in possible yet), then everything else signed in as that admin.
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
    run({QStringLiteral("sync"), QStringLiteral("--once")});
    m_settings = std::make_unique<Settings>(m_config);
    for (const QJsonValue& v :
         sourceJson(QStringLiteral("resources/languages.json")).value(QStringLiteral("languages")).toArray())
        m_codes << v.toObject().value(QStringLiteral("code")).toString();
    QVERIFY(m_codes.size() >= 12);
}

void TestResidentScreens::cleanup() {
    m_screens.reset();
    if (m_services)
        m_services->waitForCard();
    m_services.reset();
    m_reader.reset();
}

void TestResidentScreens::openCounter() {
    QString error;
    const auto found = card::CardPersona::find(card::CardPersona::builtInFile(), QStringLiteral("yamada-taro"), &error);
    QVERIFY2(found, qPrintable(error));
    m_reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*found));
    auto reader = m_reader;
    counter::CounterServices::Options options;
    options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
        return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
    };
    options.startSync = false;
    auto services = counter::CounterServices::open(*m_settings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    m_services = std::move(*services.value);
    counter::CounterServices& s = *m_services;
    m_screens = std::make_unique<ui::CounterScreens>(
        ui::CounterScreens::Parts{s.visit(), s.queue(), s.staff(), s.sync(), s.languages(), QStringLiteral("ja"),
                                  nullptr, m_settings.get(), &s.documents(), &s.interpreters()});
    QObject::connect(m_screens->clerk(), &ui::ClerkWindow::signedIn, m_screens->clerk(),
                     [&s](const counter::SignIn& who) { s.setClerk(who); });
    m_screens->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screens->resident()));
    QVERIFY(QTest::qWaitForWindowExposed(m_screens->clerk()));
    m_screens->clerk()->activateWindow();
    QApplication::setActiveWindow(m_screens->clerk());
    QVERIFY(QTest::qWaitForWindowActive(m_screens->clerk()));
    ui::ClerkWindow* clerk = m_screens->clerk();
    clerk->staffIdEdit()->setFocus();
    QTest::keyClicks(clerk->staffIdEdit(), QStringLiteral("clerk1"));
    key(Qt::Key_Return);
    QTest::keyClicks(clerk->passwordEdit(), QStringLiteral("counter-pass-1"));
    key(Qt::Key_Return);
    QVERIFY(!clerk->signedInStaff().isEmpty());
}

void TestResidentScreens::key(int k, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_screens->clerk();
    QTest::keyClick(target, Qt::Key(k), modifiers);
}

void TestResidentScreens::tabTo(QWidget* target) {
    QVERIFY(target);
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

void TestResidentScreens::touch(QWidget* button) {
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestResidentScreens::waitForStep(Step step) {
    QTRY_COMPARE_WITH_TIMEOUT(m_services->visit().step(), step, 10000);
}

void TestResidentScreens::chooseLanguage(const QString& code) {
    ui::ResidentWindow* resident = m_screens->resident();
    auto* button = resident->languagePicker()->findChild<QPushButton*>(QStringLiteral("language_") + code);
    QVERIFY2(button, qPrintable(code));
    if (!button->isVisible())
        touch(resident->languageButton()); // the picker opens from the bar on every page
    touch(button);
    QCOMPARE(m_services->visit().language(), code);
}

void TestResidentScreens::checkScreens(const QString& where) {
    ui::ResidentWindow* resident = m_screens->resident();
    const QStringList clerkUnnamed = test::unnamedControls(m_screens->clerk());
    QVERIFY2(clerkUnnamed.isEmpty(), qPrintable(where + QLatin1String(": ") + clerkUnnamed.join(QLatin1Char('\n'))));
    QVERIFY(test::interactiveControls(m_screens->clerk()) > 0);
    const ui::ResidentLook before = resident->look();
    for (const bool contrast : {false, true}) {
        for (const bool large : {false, true}) {
            if (resident->highContrastButton()->isChecked() != contrast)
                touch(resident->highContrastButton());
            if (resident->largeTextButton()->isChecked() != large)
                touch(resident->largeTextButton());
            QApplication::processEvents();
            const QString state = QStringLiteral("%1, %2, %3")
                                      .arg(where, contrast ? QStringLiteral("high contrast") : QStringLiteral("normal"),
                                           large ? QStringLiteral("large text") : QStringLiteral("normal text"));
            const QStringList unnamed = test::unnamedControls(resident);
            QVERIFY2(unnamed.isEmpty(), qPrintable(state + QLatin1String(": ") + unnamed.join(QLatin1Char('\n'))));
            QVERIFY(test::interactiveControls(resident) >= 5);
            const QStringList small = test::smallTargets(resident);
            QVERIFY2(small.isEmpty(), qPrintable(state + QLatin1String(": ") + small.join(QLatin1Char('\n'))));
            const QStringList clipped = test::clippedText(resident);
            QVERIFY2(clipped.isEmpty(), qPrintable(state + QLatin1String(": ") + clipped.join(QLatin1Char('\n'))));
            const QStringList low = test::lowContrast(resident);
            QVERIFY2(low.isEmpty(), qPrintable(state + QLatin1String(": ") + low.join(QLatin1Char('\n'))));
            // With MADOGUCHI_SCREENSHOT_DIR set, every state is saved to look at.
            if (const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR"); !dir.isEmpty()) {
                QString name = state;
                name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]+")), QStringLiteral("-"));
                QVERIFY(resident->grab().save(QStringLiteral("%1/resident-%2.png").arg(dir, name)));
            }
        }
    }
    if (resident->highContrastButton()->isChecked() != before.highContrast)
        touch(resident->highContrastButton());
    if (resident->largeTextButton()->isChecked() != before.largeText)
        touch(resident->largeTextButton());
}

void TestResidentScreens::everyLanguageOfTheDataIsOffered() {
    const counter::ResidentLanguages languages;
    QStringList offered;
    for (const counter::ResidentLanguage& l : languages.available())
        offered << l.code;
    QCOMPARE(offered, m_codes); // all of them, Japanese first, in the data's order
    const visit::LocalText certificate =
        visit::LocalText::of(QStringLiteral("住民票の写し"), QStringLiteral("Certificate of residence"));
    for (const counter::ResidentLanguage& l : languages.available()) {
        QVERIFY(!l.locale.isEmpty());
        const QString welcome = languages.text(l.code, "ResidentWindow", "Welcome");
        if (l.code != QLatin1String("en"))
            QVERIFY2(welcome != QLatin1String("Welcome"), qPrintable(l.code));
        QVERIFY(!welcome.contains(QLatin1Char('{'))); // readings are shown, never the markup
        const QString name = languages.catalogueText(l.code, certificate);
        QVERIFY2(!name.isEmpty(), qPrintable(l.code));
        if (l.code != QLatin1String("ja") && l.code != QLatin1String("en"))
            QVERIFY2(name != certificate.in(QStringLiteral("ja")) || l.ruby, qPrintable(l.code + name));
    }
    QCOMPARE(languages.catalogueText(QStringLiteral("ja_easy"), certificate),
             QStringLiteral("住民票（じゅうみんひょう）の写（うつ）し"));
    // A language missing from the translations falls back to the catalogue's Japanese, never to nothing.
    QCOMPARE(languages.catalogueText(QStringLiteral("xx"), certificate), QStringLiteral("住民票の写し"));
}

void TestResidentScreens::switchingLanguageMidVisitKeepsEveryInput() {
    openCounter();
    ui::ClerkWindow* clerk = m_screens->clerk();
    ui::ResidentWindow* resident = m_screens->resident();
    const counter::ResidentLanguages& languages = m_services->languages();
    QCOMPARE(resident->pageName(), QStringLiteral("welcome"));
    for (const QString& code : m_codes) {
        chooseLanguage(code);
        checkScreens(QStringLiteral("welcome ") + code);
    }
    chooseLanguage(QStringLiteral("ja"));

    key(Qt::Key_F3);
    waitForStep(Step::Identify);
    key(Qt::Key_F5);
    QTRY_COMPARE(resident->pageName(), QStringLiteral("pin"));
    touch(resident->pinPad()->digitButton(1));
    touch(resident->pinPad()->digitButton(2));
    checkScreens(QStringLiteral("pin"));
    for (const QString& code : m_codes) {
        chooseLanguage(code);
        QCOMPARE(resident->pageName(), QStringLiteral("pin"));
        QCOMPARE(resident->pinPad()->enteredDigits(), 2); // half a PIN stays half a PIN
        QVERIFY2(resident->visibleText().contains(languages.text(
                     code, "ResidentWindow", "Please enter your card's 4-digit PIN. Only you see this screen.")),
                 qPrintable(code + resident->visibleText()));
        QVERIFY(!resident->languagePicker()->isVisible()); // closed again after the choice
    }
    chooseLanguage(QStringLiteral("ja"));
    touch(resident->pinPad()->digitButton(3));
    touch(resident->pinPad()->digitButton(4));
    touch(resident->pinPad()->okButton());
    waitForStep(Step::Match);
    checkScreens(QStringLiteral("read"));
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
    tabTo(clerk->choosePage()->procedureList());
    key(Qt::Key_Space);
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    QComboBox* purpose = clerk->formsPage()->picker(0, QStringLiteral("purpose"));
    tabTo(purpose);
    key(Qt::Key_Down);
    const QStringList values = formValues(m_services->visit());
    const QString purposeText = purpose->currentText();
    QVERIFY(!purposeText.isEmpty());
    checkScreens(QStringLiteral("forms"));
    for (const QString& code : m_codes) {
        chooseLanguage(code);
        QCOMPARE(formValues(m_services->visit()), values); // nothing the clerk chose or typed moves
        QCOMPARE(clerk->formsPage()->picker(0, QStringLiteral("purpose")), purpose);
        QCOMPARE(purpose->currentText(), purposeText); // the clerk's screen stays in the clerk's language
        QCOMPARE(m_services->visit().step(), Step::Forms);
    }
    tabTo(clerk->formsPage()->picker(0, QStringLiteral("scope")));
    key(Qt::Key_Down);
    key(Qt::Key_F10);
    waitForStep(Step::Documents);
    tabTo(clerk->documentsPage()->payment());
    key(Qt::Key_Down);
    key(Qt::Key_F10);
    key(Qt::Key_F10);
    waitForStep(Step::Review);
    // The printouts as they will come out, beside the forms: rendered on the counter's worker, then shown.
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->visit().previewPdfs().isEmpty(), 30000);
    QTRY_VERIFY(resident->reviewPreview()->pageCount() > 0);
    QVERIFY(resident->reviewPreview()->isVisible());
    {
        const QString family = m_services->visit().cardFace().name.left(2);
        QVERIFY(!family.isEmpty());
        const QString printed = resident->reviewPreview()->pageText(0);
        QVERIFY2(printed.contains(family), qPrintable(family + QLatin1String(" not in: ") + printed.left(400)));
        const QImage page = resident->reviewPreview()->renderFirstPage(QSize(420, 594));
        QVERIFY(!page.isNull());
        int inked = 0; // the form is drawn: not a blank page
        for (int y = 0; y < page.height(); y += 3)
            for (int x = 0; x < page.width(); x += 3)
                inked += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(inked > 200, qPrintable(QString::number(inked)));
    }
    QCOMPARE(resident->previewButtons().size(),
             m_services->visit().previewPdfs().size() > 1 ? m_services->visit().previewPdfs().size() : 0);
    const QStringList reviewed = formValues(m_services->visit());
    const visit::FormDraft form = m_services->visit().forms().at(0);
    for (const QString& code : m_codes) {
        chooseLanguage(code);
        QTRY_COMPARE(resident->pageName(), QStringLiteral("review"));
        const QString text = resident->visibleText();
        // The form's title and every label in the resident's language (or the declared Japanese fallback).
        QVERIFY2(text.contains(languages.catalogueText(code, form.title)), qPrintable(code + text));
        for (const visit::FormField& field : form.fields)
            QVERIFY2(text.contains(languages.catalogueText(code, field.spec.label)),
                     qPrintable(code + QLatin1Char(' ') + field.spec.key));
        QCOMPARE(formValues(m_services->visit()), reviewed);
    }
    checkScreens(QStringLiteral("review"));
    touch(resident->confirmButton());
    chooseLanguage(QStringLiteral("vi"));
    QVERIFY(m_services->visit().residentConfirmed()); // a confirmation is not undone by a change of language
    QVERIFY(!resident->confirmButton()->isVisible());
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    checkScreens(QStringLiteral("done"));
    key(Qt::Key_F10);
    waitForStep(Step::Idle);
}

void TestResidentScreens::wordsShowTheGlossaryInEveryLanguage() {
    openCounter();
    ui::ResidentWindow* resident = m_screens->resident();
    const QJsonArray terms =
        sourceJson(QStringLiteral("resources/glossary.json")).value(QStringLiteral("terms")).toArray();
    int residentTerms = 0;
    for (const QString& code : m_codes) {
        chooseLanguage(code);
        touch(resident->wordsButton());
        QCOMPARE(resident->pageName(), QStringLiteral("words"));
        const QString words = resident->wordsText();
        residentTerms = 0;
        for (const QJsonValue& v : terms) {
            const QJsonObject r = v.toObject().value(QStringLiteral("resident")).toObject();
            if (r.isEmpty())
                continue;
            ++residentTerms;
            QVERIFY2(words.contains(v.toObject().value(QStringLiteral("ja")).toString()), qPrintable(code));
            QVERIFY(words.contains(r.value(QStringLiteral("reading")).toString()));
            if (code == QLatin1String("ja"))
                continue;
            const QJsonValue rendering = r.value(code);
            const QString shown = counter::ResidentLanguages::showReadings(
                rendering.isArray() ? rendering.toArray().first().toString() : rendering.toString());
            QVERIFY2(words.contains(shown), qPrintable(code + QLatin1Char(' ') + shown));
        }
        checkScreens(QStringLiteral("words ") + code);
        touch(resident->findChild<QPushButton*>(QStringLiteral("residentWordsBack")));
        QCOMPARE(resident->pageName(), QStringLiteral("welcome"));
    }
    QVERIFY(residentTerms >= 15);
}

void TestResidentScreens::highContrastAndLargeTextOneTouchAway() {
    openCounter();
    ui::ResidentWindow* resident = m_screens->resident();
    QCOMPARE(resident->pageName(), QStringLiteral("welcome")); // the first page has both
    QLabel* title = nullptr;
    for (QLabel* label : resident->findChildren<QLabel*>())
        if (label->text() == m_services->languages().text(QStringLiteral("ja"), "ResidentWindow", "Welcome"))
            title = label;
    QVERIFY(title);
    const double normalSize = title->font().pointSizeF();
    touch(resident->largeTextButton());
    QVERIFY(resident->look().largeText);
    QCOMPARE(title->font().pointSizeF(), normalSize * ui::ResidentTheme::kLargeScale);
    touch(resident->highContrastButton());
    QVERIFY(resident->look().highContrast);
    QCOMPARE(title->palette().color(title->backgroundRole()), QColor(Qt::black));
    for (const bool high : {false, true})
        for (const auto& pair : ui::ResidentTheme::colours(high).pairs())
            QVERIFY2(ui::ResidentTheme::contrast(pair.foreground, pair.background) >= 4.5,
                     qPrintable(pair.what + QStringLiteral(" %1").arg(high)));
    checkScreens(QStringLiteral("welcome, high contrast and large text"));
    touch(resident->largeTextButton());
    touch(resident->highContrastButton());
    QCOMPARE(title->font().pointSizeF(), normalSize);
}

void TestResidentScreens::readAloudSpeaksReadingsAndSurvivesAMissingVoice() {
    openCounter();
    ui::ResidentWindow* resident = m_screens->resident();
    auto* notice = resident->findChild<QLabel*>(QStringLiteral("residentNotice"));
    QVERIFY(notice);
    chooseLanguage(QStringLiteral("ja_easy"));
    touch(resident->readAloudButton());
    // Readings instead of kanji: what a voice should say.
    QVERIFY2(resident->lastSpoken().contains(QStringLiteral("しょくいん")), qPrintable(resident->lastSpoken()));
    QVERIFY(!resident->lastSpoken().contains(QStringLiteral("職員")));
    chooseLanguage(QStringLiteral("ne")); // no Nepali voice in flite: said so on the screen, logged, nothing breaks
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read aloud: no (voice|speech engine)")));
    touch(resident->readAloudButton());
    QTRY_VERIFY(notice->isVisible()); // at once, or when the engine's thread answers
    QVERIFY2(notice->text().contains(
                 m_services->languages().text(QStringLiteral("ne"), "ResidentWindow",
                                              "Reading aloud is not available in this language on this terminal.")),
             qPrintable(notice->text()));
    QVERIFY(resident->lastSpoken().contains(QStringLiteral("कर्मचारी")));
    QCOMPARE(resident->pageName(), QStringLiteral("welcome"));
    touch(resident->languageButton()); // the screen still answers
    QVERIFY(resident->languagePicker()->isVisible());
}

void TestResidentScreens::statusWindowIsAccessible() {
    TerminalStatus status(*m_settings);
    ui::StatusWindow window(status, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList unnamed = test::unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestResidentScreens::noInterpreterButtonWithoutAService() {
    QVERIFY(m_settings->value(QStringLiteral("interpreter/services")).isEmpty());
    openCounter();
    QVERIFY(m_services->interpreters().isEmpty());
    QVERIFY(!m_screens->interpreterCall());
    QVERIFY(!m_screens->clerk()->action(QStringLiteral("interpreter"))); // no menu entry, no Ctrl+I
    key(Qt::Key_F3);
    waitForStep(Step::Identify);
    for (const QString& code : m_codes) {
        chooseLanguage(code);
        QVERIFY2(!m_screens->resident()->interpreterButton()->isVisible(), qPrintable(code));
        QVERIFY(!m_screens->clerk()->interpreterButton()->isVisible());
    }
    key(Qt::Key_I, Qt::ControlModifier);
    QVERIFY(!m_services->visit().interpreterActive());
    QVERIFY(m_services->visit().interpreterLanguage().isEmpty());
}

void TestResidentScreens::interpreterButtonCallsTheCityService() {
    // The city's services: Vietnamese through a command (here one that leaves a marker and stays up like a call),
    // Nepali through a URL; none for Japanese.
    const QString marker = m_dir.filePath(QStringLiteral("interpreter-called"));
    const QString file = m_dir.filePath(QStringLiteral("interpreters.json"));
    {
        const QJsonObject vi{
            {QStringLiteral("language"), QStringLiteral("vi")},
            {QStringLiteral("name"), QStringLiteral("Test interpreting (vi)")},
            {QStringLiteral("command"), QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                                   QStringLiteral("printf '%s' \"$1\" > \"$2\"; exec sleep 120"),
                                                   QStringLiteral("sh"), QStringLiteral("vi"), marker}}};
        const QJsonObject ne{{QStringLiteral("language"), QStringLiteral("ne")},
                             {QStringLiteral("name"), QStringLiteral("Test interpreting (ne)")},
                             {QStringLiteral("url"), QStringLiteral("https://interpreting.invalid/ne")}};
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("services"), QJsonArray{vi, ne}}}).toJson());
    }
    QVERIFY(m_settings->setValue(QStringLiteral("interpreter/services"), file));
    const auto restore = qScopeGuard([this] { m_settings->setValue(QStringLiteral("interpreter/services"), {}); });
    // A file with a mistake is refused whole, with the reason.
    QVERIFY(!counter::InterpreterServices::parse(R"({"services": [{"language": "vi"}]})", QStringLiteral("t")));
    QVERIFY(!counter::InterpreterServices::parse(
        R"({"services": [{"language": "vi", "url": "https://a.invalid"}, {"language": "vi", "url": "tel:1"}]})",
        QStringLiteral("t")));

    openCounter();
    ui::ClerkWindow* clerk = m_screens->clerk();
    ui::ResidentWindow* resident = m_screens->resident();
    QVERIFY(m_screens->interpreterCall());
    QVERIFY(clerk->action(QStringLiteral("interpreter")));
    QVERIFY(!resident->interpreterButton()->isVisible()); // no visit yet
    key(Qt::Key_F3);
    waitForStep(Step::Identify);
    QVERIFY(!resident->interpreterButton()->isVisible()); // Japanese: no service
    QVERIFY(!clerk->interpreterButton()->isVisible());
    chooseLanguage(QStringLiteral("vi"));
    QVERIFY(resident->interpreterButton()->isVisible());
    QCOMPARE(resident->interpreterButton()->text(),
             m_services->languages().text(QStringLiteral("vi"), "ResidentWindow", "Interpreter"));
    QVERIFY(clerk->interpreterButton()->isVisible());
    QVERIFY2(clerk->interpreterButton()->text().contains(QStringLiteral("Test interpreting (vi)")),
             qPrintable(clerk->interpreterButton()->text()));
    checkScreens(QStringLiteral("interpreter offered"));

    // The resident asks: the service starts without the screens waiting for it.
    touch(resident->interpreterButton());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000);
    QTRY_VERIFY(m_services->visit().interpreterActive());
    {
        QFile in(marker);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), QByteArray("vi"));
    }
    QVERIFY(resident->interpreterButton()->isChecked());
    auto* notice = resident->findChild<QLabel*>(QStringLiteral("residentNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), m_services->languages().text(QStringLiteral("vi"), "ResidentWindow",
                                                          "Calling an interpreter. Please wait a moment."));
    touch(resident->interpreterButton()); // a second touch does not hang up
    QVERIFY(m_services->visit().interpreterActive());
    checkScreens(QStringLiteral("interpreter on the call"));
    // The clerk ends the call with Ctrl+I: the service command is stopped.
    key(Qt::Key_I, Qt::ControlModifier);
    QVERIFY(!m_services->visit().interpreterActive());
    QCOMPARE(m_services->visit().interpreterLanguage(), QStringLiteral("vi"));
    QCOMPARE(m_services->visit().interpreterMinutes(), 1);
    QVERIFY(!notice->isVisible());
    QVERIFY(!resident->interpreterButton()->isChecked());
    // Nepali is opened as a URL; the offscreen platform has no desktop to open it with, and the clerk is told.
    chooseLanguage(QStringLiteral("ne"));
    QVERIFY(clerk->interpreterButton()->isVisible());
    key(Qt::Key_I, Qt::ControlModifier);
    QVERIFY(!m_services->visit().interpreterActive());
    QVERIFY2(clerk->noticeText().contains(QStringLiteral("Test interpreting (ne)")), qPrintable(clerk->noticeText()));
    chooseLanguage(QStringLiteral("ja"));
    QVERIFY(!clerk->interpreterButton()->isVisible());
    key(Qt::Key_I, Qt::ControlModifier); // no service for Japanese: said, nothing started
    QVERIFY(!m_services->visit().interpreterActive());
    QVERIFY2(!clerk->noticeText().isEmpty(), "no notice");

    // Through the visit to the issuance: the visit's record holds the language and the minutes.
    key(Qt::Key_F5);
    QTRY_COMPARE(resident->pageName(), QStringLiteral("pin"));
    for (const int digit : {1, 2, 3, 4})
        touch(resident->pinPad()->digitButton(digit));
    touch(resident->pinPad()->okButton());
    waitForStep(Step::Match);
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
    tabTo(clerk->choosePage()->procedureList());
    key(Qt::Key_Space);
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    tabTo(clerk->formsPage()->picker(0, QStringLiteral("purpose")));
    key(Qt::Key_Down);
    tabTo(clerk->formsPage()->picker(0, QStringLiteral("scope")));
    key(Qt::Key_Down);
    key(Qt::Key_F10);
    waitForStep(Step::Documents);
    tabTo(clerk->documentsPage()->payment());
    key(Qt::Key_Down);
    key(Qt::Key_F10);
    key(Qt::Key_F10);
    waitForStep(Step::Review);
    touch(resident->confirmButton());
    const QString visitLanguage = m_services->visit().interpreterLanguage();
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    const QString visitId = m_services->visit().visitId();
    QVERIFY(!visitId.isEmpty());
    QVERIFY(!clerk->interpreterButton()->isVisible()); // recorded: no call after the issuance
    key(Qt::Key_F10);
    waitForStep(Step::Idle);
    m_screens.reset();
    m_services.reset(); // the stores are closed; everything posted is written
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("interpreter"));
        db.setDatabaseName(m_settings->localDatabasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT interpreter_language, interpreter_minutes FROM visits WHERE id = '%1'")
                           .arg(visitId)));
        QVERIFY(q.next());
        QCOMPARE(visitLanguage, QStringLiteral("vi"));
        QCOMPARE(q.value(0).toString(), QStringLiteral("vi"));
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT action, reason FROM audit_events WHERE action LIKE 'interpreter.%' "
                                      "ORDER BY seq")));
        QStringList events;
        while (q.next())
            events << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(events,
                 (QStringList{QStringLiteral("interpreter.call vi"), QStringLiteral("interpreter.end vi 1 min")}));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("interpreter"));
}

QTEST_MAIN(TestResidentScreens)
#include "tst_residentscreens.moc"
