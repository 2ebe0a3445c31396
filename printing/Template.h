// A document template as data (resources/templates/*.json): page, fixed text, field boxes, tables, and the fields
// a caller must supply. The schema is documented in docs/templates.md.
#pragma once

#include "PrintResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::print {

// One data field a template reads, with the rules data must follow.
struct FieldSpec {
    enum class Type { Text, Date, Integer, Boolean, Choice, Table };
    QString name;
    QString label; // Japanese, as the form names it; used in error messages
    Type type = Type::Text;
    bool required = false;
    int maxLength = 0; // Text: in characters; 0 = no limit
    qint64 minimum = 0;
    qint64 maximum = 0;
    bool hasMinimum = false;
    bool hasMaximum = false;
    QStringList choices;      // Choice
    QList<FieldSpec> columns; // Table: the fields of one row
    int maxRows = 0;          // Table: 0 = no limit
};

struct TableColumn {
    QString header;
    QString text;     // with {placeholders} from the row
    double width = 0; // mm
    QString align = QStringLiteral("left");
};

// One thing drawn on the page. Positions are millimetres from the page's top-left corner.
struct Element {
    enum class Kind { Text, Box, Line, Table, Image, Qr };
    enum class Pages { Every, First, Last };
    Kind kind = Kind::Text;
    double x = 0, y = 0, w = 0, h = 0; // Line: from (x, y) to (x + w, y + h)
    QString text;                      // Text, Qr: with {field} or {field:format} placeholders
    QString font = QStringLiteral("mincho");
    double size = 10.5;                        // points
    double minSize = 0;                        // shrink-to-fit floor; 0 = 60% of size
    QString align = QStringLiteral("left");    // left | center | right | spread
    QString valign = QStringLiteral("middle"); // top | middle | bottom
    bool wrap = false;
    double lineWidth = 0.5; // points
    double gray = -1;       // Box: fill grey (0 black … 1 white); -1 = no fill
    Pages pages = Pages::Every;
    QString when;   // drawn only when this field is true / non-empty
    QString unless; // drawn only when this field is false / empty
    // Table
    QString field;
    double rowHeight = 8;
    double headerHeight = 8;
    QString headerFont = QStringLiteral("gothic");
    QList<TableColumn> columns;
    // Image
    QByteArray png;
};

struct Template {
    QString id;
    QString title;
    QString kind; // certificate | form | ticket | report
    int version = 1;
    double pageWidth = 210; // mm
    double pageHeight = 297;
    QList<FieldSpec> fields;
    QList<Element> elements;
    QJsonObject sample; // fictitious data for previews
    QString origin;     // file it was read from

    bool isCertificate() const { return kind == QLatin1String("certificate"); }
    const FieldSpec* fieldSpec(const QString& name) const;
    QList<FieldSpec> requiredFields() const;

    // Parses and checks a template file's contents. `baseDir` resolves image paths.
    static Result<Template> fromJson(const QByteArray& json, const QString& origin, const QString& baseDir);
    // Field-by-field problems with `data`; empty when the data fits.
    QList<FieldError> validate(const QJsonObject& data) const;
};

} // namespace madoguchi::print
