// The result of an operation that can be refused: a message for the person at the terminal and a detail for the log.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace madoguchi {

struct Outcome {
    bool ok = true;
    QString message; // for the clerk, already translated
    QString detail;  // technical, for the log; never a PIN or a My Number

    static Outcome success() { return {}; }
    static Outcome failure(QString message, QString detail = {}) {
        return {false, std::move(message), std::move(detail)};
    }
    explicit operator bool() const { return ok; }
};

// A value or the reason there is none.
template <typename T> struct Result {
    std::optional<T> value;
    Outcome outcome;

    static Result of(T v) { return {std::move(v), Outcome::success()}; }
    static Result refused(Outcome why) { return {std::nullopt, std::move(why)}; }
    explicit operator bool() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
};

} // namespace madoguchi
