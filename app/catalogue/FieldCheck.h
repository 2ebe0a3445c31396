// Checking one answer against its catalogue field (type, required, validation) before a form is accepted.
#pragma once

#include "Procedure.h"

namespace madoguchi::catalogue {

struct FieldProblem {
    QString message; // for the clerk, translated; never contains the value itself
    QString detail;  // technical, for the log; never contains the value either (it may be a My Number)
};

// Returns the problem with `value` for `field`, or nothing when it is acceptable. Values are strings as a form
// holds them: dates YYYY-MM-DD, numbers and yen as half-width digits, yes/no as "true"/"false", a choice's value.
// member_list fields are structured and not checked here.
std::optional<FieldProblem> checkFieldValue(const ProcedureField& field, const QString& value);

// The My Number check digit (番号法施行令 第8条). Only the last digit is verified; the number is never logged.
bool isValidMyNumber(const QString& digits);

} // namespace madoguchi::catalogue
