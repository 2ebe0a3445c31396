// The resident's language choice: one large button per language, each named in its own language.
#include "LanguagePicker.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>

namespace madoguchi::ui {

LanguagePicker::LanguagePicker(const QList<counter::ResidentLanguage>& languages, QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_languages(languages) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < languages.size(); ++i) {
        auto* button = new QPushButton(languages.at(i).nativeName, this);
        button->setObjectName(QStringLiteral("language_%1").arg(languages.at(i).code));
        button->setCheckable(true);
        button->setMinimumSize(160, 64);
        button->setFocusPolicy(Qt::NoFocus);
        QFont font = button->font();
        font.setPointSize(18);
        button->setFont(font);
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addStretch();
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
