// The lobby display (呼び出し表示, --mode signage): the numbers being called, the last called, the waiting per group.
#pragma once

#include "queue/LobbyWatch.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace madoguchi::counter {
class ResidentLanguages;
}

namespace madoguchi::ui {

// Full screen and read-only: it shows what the lobby watch reports and nothing a person does changes it (no focus,
// keys, clicks or closing; the mouse cursor hidden). Labels in Japanese and English, with a third line going through
// the other resident languages. A notice from a supervisor takes over the whole screen; while the centre does not
// answer, the last state stays up under a banner saying so.
class SignageWindow final : public QWidget {
    Q_OBJECT
public:
    explicit SignageWindow(const counter::ResidentLanguages& languages, QWidget* parent = nullptr);

    void showState(const queue::LobbyState& state);
    // A new call: its number is shown highlighted for a while.
    void highlight(const queue::LobbyCall& call);
    // What is said for a call in `language` (the number as it is spoken: "A 12").
    QString announcement(const QString& language, const queue::LobbyCall& call) const;

    // What is on the screen, for tests and the benchmark.
    QStringList callingNumbers() const;
    QStringList callingCounters() const;
    QStringList recentNumbers() const;
    bool noticeShown() const;
    QString noticeText() const;
    bool staleShown() const;
    QString waitingText(const QString& groupId) const;
    QString secondLanguage() const { return m_rotating; }
    // Shows the next resident language on the third lines (a timer does this every few seconds).
    void rotateLanguage();

Q_SIGNALS:
    // The screen now shows `state` (emitted after the labels changed).
    void stateShown(const madoguchi::queue::LobbyState& state);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct CallCard {
        QWidget* frame = nullptr;
        QLabel* number = nullptr;
        QLabel* counterJa = nullptr;
        QLabel* counterEn = nullptr;
    };
    struct GroupPanel {
        QString groupId;
        QWidget* frame = nullptr;
        QLabel* nameJa = nullptr;
        QLabel* nameEn = nullptr;
        QLabel* waitingJa = nullptr;
        QLabel* waitingEn = nullptr;
    };

    QString text(const QString& language, const char* source) const;
    QLabel* label(const QString& name, QWidget* parent);
    void retranslate();
    void applySizes();
    void refreshHighlights();

    const counter::ResidentLanguages& m_languages;
    QStringList m_rotation; // resident languages shown on the third line in turn
    QString m_rotating;
    queue::LobbyState m_state;
    QHash<QString, qint64> m_freshUntil; // number → until when it is highlighted (ms since epoch)

    QStackedWidget* m_pages = nullptr;
    QLabel* m_titleJa = nullptr;
    QLabel* m_titleEn = nullptr;
    QLabel* m_titleOther = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_stale = nullptr;
    QLabel* m_nobody = nullptr;
    QList<CallCard> m_cards;
    QLabel* m_recentJa = nullptr;
    QLabel* m_recentEn = nullptr;
    QList<QLabel*> m_recent;
    QLabel* m_waitingTitle = nullptr;
    QList<GroupPanel> m_groups;
    QLabel* m_noticeTitle = nullptr;
    QLabel* m_noticeOther = nullptr;
    QLabel* m_noticeText = nullptr;
    QLabel* m_noticeStale = nullptr;
    QTimer* m_tick = nullptr;
    QTimer* m_rotate = nullptr;
    double m_unit = 0; // the sizes last applied, per 1080 lines of height
};

} // namespace madoguchi::ui
