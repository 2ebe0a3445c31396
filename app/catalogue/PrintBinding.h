// The data a printout is filled with, declared in the catalogue ("printouts"), not in C++: a small expression
// language over what the visit knows. docs/templates.md, "Binding a procedure to its printouts".
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace madoguchi::catalogue {

// Evaluates one expression against the visit's context:
//   "a.b.c"                       the value at that path of the context (null when absent)
//   true, 12, null                themselves
//   [e, …]                        a list of the evaluated elements
//   {"$text": "…{a.b}…"}          text, with {path} replaced by the value there
//   {"$first": [e, …]}            the first value that is not empty
//   {"$map": e, "to": {…}, "else": e}   the value looked up in "to" (a value mapped to null is dropped); without a
//                                        match "else", or the value itself when there is no "else"
//   {"$each": e, "where": c, "item": e} one item per element of the list e for which c holds; the element is
//                                        "item" in both (item.name …)
//   {"$equals": [e, e]}, {"$below": [e, e]}, {"$present": e}, {"$not": c}, {"$any": [c, …]}, {"$all": [c, …]}
//                                        conditions (true / false)
//   {"$concat": [e, …]}            the lists one after the other
//   {"$number": e}                 the value as an integer
//   {key: e, …}                    an object of evaluated values; a key whose value is null, "" or [] is left out
// An unknown "$operator" is an error (reported in `errors` with its path), never silently empty.
QJsonValue evaluateBinding(const QJsonValue& expression, const QJsonObject& context, QStringList* errors,
                           const QString& where = {});

// Whether a condition holds (an evaluated value that is true, a non-zero number or non-empty text or list).
bool bindingHolds(const QJsonValue& condition, const QJsonObject& context, QStringList* errors,
                  const QString& where = {});

// The printouts a catalogue entry declares, checked without a visit: each is an object with "template" (text),
// "data" (an object), optional "certificate" (boolean), "title" (text) and "when" (a condition); every operator is
// known. One message per problem, naming the printout and the path.
QStringList checkPrintouts(const QJsonValue& printouts);

} // namespace madoguchi::catalogue
