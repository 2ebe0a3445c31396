// The typed error every printing operation returns instead of throwing: what went wrong, for whom, and where.
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace madoguchi::print {

// One problem with one data field ("members[2].birth_date"), in words a clerk can act on.
struct FieldError {
    QString field;
    QString message;
};

struct PrintError {
    enum class Kind {
        UnknownTemplate, // no template with that id
        InvalidTemplate, // the template file itself does not validate
        InvalidData,     // the data does not fit the template (see fields)
        MissingGlyph,    // a character no installed font can draw
        TextOverflow,    // a value does not fit its box even at the smallest allowed size
        MissingFont,     // a font the template needs is not installed
        Pdf,             // libharu reported an error
        Io,              // the output file could not be written
    };
    Kind kind = Kind::Pdf;
    QString message;          // for the clerk, translated
    QString detail;           // for the log and the help desk, English, never personal data
    QList<FieldError> fields; // InvalidData, MissingGlyph and TextOverflow name their fields here
};

// Either a value or a PrintError; never both.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor): reads naturally at return
    Result(PrintError error)
        : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const PrintError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    PrintError m_error;
};

// For operations that produce nothing but can fail.
struct Done {};

} // namespace madoguchi::print
