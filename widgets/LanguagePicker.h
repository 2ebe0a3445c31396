// The resident's language choice: one large button per language, each named in its own language.
#pragma once

#include "ResidentLanguages.h"

#include <QWidget>

class QButtonGroup;

namespace madoguchi::ui {

class LanguagePicker final : public QWidget {
    Q_OBJECT
public:
    explicit LanguagePicker(const QList<counter::ResidentLanguage>& languages, QWidget* parent = nullptr);
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
