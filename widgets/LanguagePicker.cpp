// The resident's language choice: one large button per language, each named in its own language.
#include "LanguagePicker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QPushButton>

namespace madoguchi::ui {

LanguagePicker::LanguagePicker(const QList<counter::ResidentLanguage>& languages, QWidget* parent, int columns)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_languages(languages) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (int i = 0; i < languages.size(); ++i) {
        auto* button = new QPushButton(languages.at(i).nativeName, this);
        button->setObjectName(QStringLiteral("language_%1").arg(languages.at(i).code));
        // The name in its own language is what a screen reader should say; the code tells the locale.
        button->setAccessibleName(languages.at(i).nativeName);
        button->setCheckable(true);
        button->setMinimumSize(88, 56);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus);
        // Each name in its own language at one size: the grid must hold all of them in large text too.
        QFont font = button->font();
        font.setPointSize(15);
        if (!languages.at(i).uiFont.isEmpty())
            font.setFamilies({languages.at(i).uiFont, font.family()});
        button->setFont(font);
        m_group->addButton(button, i);
        layout->addWidget(button, i / columns, i % columns);
    }
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_current = m_languages.at(id).code;
        Q_EMIT chosen(m_current);
    });
}

void LanguagePicker::setCurrent(const QString& code) {
    m_current = code;
    for (int i = 0; i < m_languages.size(); ++i)
        m_group->button(i)->setChecked(m_languages.at(i).code == code);
}

} // namespace madoguchi::ui
