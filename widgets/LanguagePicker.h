// The resident's language choice: one large button per language, each named in its own language.
#pragma once

#include "ResidentLanguages.h"

#include <QWidget>

class QButtonGroup;

namespace madoguchi::ui {

// A grid of the languages in resources/languages.json (however many there are), each button in its own
// language; used by every resident-facing screen.
class LanguagePicker final : public QWidget {
    Q_OBJECT
public:
    explicit LanguagePicker(const QList<counter::ResidentLanguage>& languages, QWidget* parent = nullptr,
                            int columns = 4);
    void setCurrent(const QString& code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void chosen(const QString& code);

private:
    QButtonGroup* m_group = nullptr;
    QList<counter::ResidentLanguage> m_languages;
    QString m_current;
};

} // namespace madoguchi::ui
