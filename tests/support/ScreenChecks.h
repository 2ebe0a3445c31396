// Checks any window can be held to: accessible names and roles, touch target sizes, text contrast.
#pragma once

#include <QStringList>

class QWidget;

namespace madoguchi::test {

// Walks the QAccessible tree of `window` and lists every visible interactive control (button, field, choice,
// list, table, tab…) that has no accessible name, or no role, as "Class objectName (path)".
QStringList unnamedControls(QWidget* window);
// How many interactive controls unnamedControls() looked at (so a test can see it looked at something).
int interactiveControls(QWidget* window);
// Lists every visible button under `window` smaller than minimum × minimum pixels.
QStringList smallTargets(QWidget* window, int minimum = 44);
// Lists every visible button under `window` whose text does not fit it (narrower than its size hint).
QStringList clippedText(QWidget* window);
// Lists every visible text widget (label, button, text pane, field) under `window` whose text colour has less
// than `minimum` contrast (WCAG 2) against its background, both taken from its palette as style sheets set it.
QStringList lowContrast(QWidget* window, double minimum = 4.5);

} // namespace madoguchi::test
