// A document template as data (resources/templates/*.json): page, fixed text, field boxes, tables, and the fields
// a caller must supply. The schema is documented in docs/templates.md.
#include "Template.h"

#include "FieldFormat.h"
#include "JapaneseDate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace madoguchi::print {

namespace {
// Collects template problems with the JSON path where each was found.
struct Problems {
    QList<FieldError> list;
    void add(const QString& path, const QString& message) { list.append({path, message}); }
};

const QStringList kPageSizes = {QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("B5"), QStringLiteral("A3")};

bool readPageSize(const QJsonValue& value, double& width, double& height) {
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            return false;
        width = a.at(0).toDouble();
        height = a.at(1).toDouble();
        return width >= 30 && height >= 30 && width <= 1000 && height <= 1000;
    }
    const QString name = value.toString();
    if (name == QLatin1String("A4")) {
        width = 210, height = 297;
    } else if (name == QLatin1String("A5")) {
        width = 148, height = 210;
    } else if (name == QLatin1String("B5")) {
        width = 182, height = 257;
    } else if (name == QLatin1String("A3")) {
        width = 297, height = 420;
    } else {
        return false;
    }
    return true;
}

bool readType(const QString& name, FieldSpec::Type& type) {
    static const QList<std::pair<const char*, FieldSpec::Type>> names = {
        {"text", FieldSpec::Type::Text},       {"date", FieldSpec::Type::Date},
        {"integer", FieldSpec::Type::Integer}, {"boolean", FieldSpec::Type::Boolean},
        {"choice", FieldSpec::Type::Choice},   {"table", FieldSpec::Type::Table},
    };
    for (const auto& [text, t] : names) {
        if (name == QLatin1String(text)) {
            type = t;
            return true;
        }
    }
    return false;
}

FieldSpec readField(const QJsonObject& o, const QString& path, Problems& problems, bool inTable) {
    FieldSpec f;
    f.name = o.value(QStringLiteral("name")).toString();
    f.label = o.value(QStringLiteral("label")).toString(f.name);
    if (!FieldFormat::find(QLatin1Char('{') + f.name + QLatin1Char('}')).size() || f.name.isEmpty())
        problems.add(path + QStringLiteral(".name"),
                     QCoreApplication::translate("print", "a field name must be lower-case letters, digits and _"));
    if (FieldFormat::isReserved(f.name))
        problems.add(path + QStringLiteral(".name"),
                     QCoreApplication::translate("print", "“%1” is reserved for the document itself").arg(f.name));
    if (!readType(o.value(QStringLiteral("type")).toString(QStringLiteral("text")), f.type))
        problems.add(path + QStringLiteral(".type"), QCoreApplication::translate("print", "unknown field type"));
    if (inTable && f.type == FieldSpec::Type::Table)
        problems.add(path + QStringLiteral(".type"),
                     QCoreApplication::translate("print", "a table cannot hold another table"));
    f.required = o.value(QStringLiteral("required")).toBool(false);
    f.maxLength = o.value(QStringLiteral("max_length")).toInt(0);
    f.hasMinimum = o.contains(QStringLiteral("min"));
    f.hasMaximum = o.contains(QStringLiteral("max"));
    // A bound beyond ±2^53 (JSON's exact integers) is as good as none; converting it unclamped is undefined.
    const auto bound = [&](const QString& key) {
        const double v = o.value(key).toDouble();
        constexpr double kLimit = 9007199254740992.0;
        return std::isnan(v) ? qint64(0) : static_cast<qint64>(std::clamp(v, -kLimit, kLimit));
    };
    f.minimum = bound(QStringLiteral("min"));
    f.maximum = bound(QStringLiteral("max"));
    f.maxRows = o.value(QStringLiteral("max_rows")).toInt(0);
    for (const QJsonValue& c : o.value(QStringLiteral("choices")).toArray())
        f.choices.append(c.toString());
    if (f.type == FieldSpec::Type::Choice && f.choices.isEmpty())
        problems.add(path + QStringLiteral(".choices"),
                     QCoreApplication::translate("print", "a choice field needs its choices"));
    const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i)
        f.columns.append(
            readField(columns.at(i).toObject(), QStringLiteral("%1.columns[%2]").arg(path).arg(i), problems, true));
    if (f.type == FieldSpec::Type::Table && f.columns.isEmpty())
        problems.add(path + QStringLiteral(".columns"),
                     QCoreApplication::translate("print", "a table field needs its columns"));
    return f;
}

bool readBox(const QJsonObject& o, Element& e) {
    const QJsonArray box = o.value(QStringLiteral("box")).toArray();
    if (box.size() != 4)
        return false;
    for (const QJsonValue& v : box) {
        if (!v.isDouble())
            return false;
    }
    e.x = box.at(0).toDouble();
    e.y = box.at(1).toDouble();
    e.w = box.at(2).toDouble();
    e.h = box.at(3).toDouble();
    return true;
}

// Every placeholder must name a field of the template (or of the table row) and a known format.
void checkPlaceholders(const QString& text, const QString& path, const QList<FieldSpec>& fields,
                       const QList<FieldSpec>& rowFields, Problems& problems) {
    for (const Placeholder& p : FieldFormat::find(text)) {
        const auto named = [&](const FieldSpec& f) { return f.name == p.field; };
        const bool known = FieldFormat::isReserved(p.field) || std::any_of(fields.begin(), fields.end(), named) ||
                           std::any_of(rowFields.begin(), rowFields.end(), named);
        if (!known)
            problems.add(path,
                         QCoreApplication::translate("print", "{%1} names no field of this template").arg(p.field));
        if (!p.format.isEmpty() && !FieldFormat::formats().contains(p.format))
            problems.add(path, QCoreApplication::translate("print", "unknown format “%1”").arg(p.format));
    }
}

Element readElement(const QJsonObject& o, const QString& path, const QString& baseDir, const QList<FieldSpec>& fields,
                    Problems& problems) {
    Element e;
    const QString kind = o.value(QStringLiteral("type")).toString();
    static const QList<std::pair<const char*, Element::Kind>> kinds = {
        {"text", Element::Kind::Text},   {"box", Element::Kind::Box},     {"line", Element::Kind::Line},
        {"table", Element::Kind::Table}, {"image", Element::Kind::Image}, {"qr", Element::Kind::Qr},
    };
    bool knownKind = false;
    for (const auto& [name, k] : kinds) {
        if (kind == QLatin1String(name)) {
            e.kind = k;
            knownKind = true;
        }
    }
    if (!knownKind) {
        problems.add(path + QStringLiteral(".type"),
                     QCoreApplication::translate("print", "unknown element type “%1”").arg(kind));
        return e;
    }
    if (e.kind == Element::Kind::Line) {
        const QJsonArray from = o.value(QStringLiteral("from")).toArray();
        const QJsonArray to = o.value(QStringLiteral("to")).toArray();
        if (from.size() != 2 || to.size() != 2) {
            problems.add(path, QCoreApplication::translate("print", "a line needs “from” and “to” as [x, y] in mm"));
        } else {
            e.x = from.at(0).toDouble();
            e.y = from.at(1).toDouble();
            e.w = to.at(0).toDouble() - e.x;
            e.h = to.at(1).toDouble() - e.y;
        }
    } else if (!readBox(o, e)) {
        problems.add(path + QStringLiteral(".box"),
                     QCoreApplication::translate("print", "“box” must be [x, y, width, height] in mm"));
    }
    e.text = o.value(QStringLiteral("text")).toString();
    e.font = o.value(QStringLiteral("font")).toString(e.font);
    if (e.font != QLatin1String("mincho") && e.font != QLatin1String("gothic"))
        problems.add(path + QStringLiteral(".font"),
                     QCoreApplication::translate("print", "font must be “mincho” or “gothic”"));
    e.size = o.value(QStringLiteral("size")).toDouble(e.size);
    e.minSize = o.value(QStringLiteral("min_size")).toDouble(e.size * 0.6);
    if (e.size <= 0 || e.size > 200 || e.minSize <= 0 || e.minSize > e.size)
        problems.add(path + QStringLiteral(".size"),
                     QCoreApplication::translate("print", "size must be between min_size and 200 points"));
    e.align = o.value(QStringLiteral("align")).toString(e.align);
    if (!QStringList{QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right"),
                     QStringLiteral("spread")}
             .contains(e.align))
        problems.add(path + QStringLiteral(".align"),
                     QCoreApplication::translate("print", "align must be left, center, right or spread"));
    e.valign = o.value(QStringLiteral("valign")).toString(e.valign);
    if (!QStringList{QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")}.contains(e.valign))
        problems.add(path + QStringLiteral(".valign"),
                     QCoreApplication::translate("print", "valign must be top, middle or bottom"));
    e.wrap = o.value(QStringLiteral("wrap")).toBool(false);
    e.lineWidth = o.value(QStringLiteral("line_width")).toDouble(e.lineWidth);
    e.gray = o.value(QStringLiteral("fill")).toDouble(-1);
    const QString pages = o.value(QStringLiteral("pages")).toString(QStringLiteral("every"));
    if (pages == QLatin1String("first"))
        e.pages = Element::Pages::First;
    else if (pages == QLatin1String("last"))
        e.pages = Element::Pages::Last;
    else if (pages != QLatin1String("every"))
        problems.add(path + QStringLiteral(".pages"),
                     QCoreApplication::translate("print", "pages must be every, first or last"));
    e.when = o.value(QStringLiteral("when")).toString();
    e.unless = o.value(QStringLiteral("unless")).toString();
    for (const QString& condition : {e.when, e.unless}) {
        if (!condition.isEmpty() &&
            !std::any_of(fields.begin(), fields.end(), [&](const FieldSpec& f) { return f.name == condition; }))
            problems.add(
                path,
                QCoreApplication::translate("print", "condition “%1” names no field of this template").arg(condition));
    }

    if (e.kind == Element::Kind::Text || e.kind == Element::Kind::Qr) {
        if (e.text.isEmpty())
            problems.add(path + QStringLiteral(".text"), QCoreApplication::translate("print", "text is missing"));
        checkPlaceholders(e.text, path + QStringLiteral(".text"), fields, {}, problems);
    }
    if (e.kind == Element::Kind::Table) {
        e.field = o.value(QStringLiteral("field")).toString();
        e.rowHeight = o.value(QStringLiteral("row_height")).toDouble(e.rowHeight);
        e.headerHeight = o.value(QStringLiteral("header_height")).toDouble(e.headerHeight);
        e.headerFont = o.value(QStringLiteral("header_font")).toString(e.headerFont);
        if (e.headerFont != QLatin1String("mincho") && e.headerFont != QLatin1String("gothic"))
            problems.add(path + QStringLiteral(".header_font"),
                         QCoreApplication::translate("print", "font must be “mincho” or “gothic”"));
        const auto spec =
            std::find_if(fields.begin(), fields.end(), [&](const FieldSpec& f) { return f.name == e.field; });
        if (spec == fields.end() || spec->type != FieldSpec::Type::Table) {
            problems.add(path + QStringLiteral(".field"),
                         QCoreApplication::translate("print", "a table element needs a field of type table"));
        }
        if (e.rowHeight < 3 || e.headerHeight < 0 || e.headerHeight + e.rowHeight > e.h)
            problems.add(path + QStringLiteral(".row_height"),
                         QCoreApplication::translate("print", "rows do not fit the table's box"));
        const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
        double total = 0;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QJsonObject c = columns.at(i).toObject();
            TableColumn column{c.value(QStringLiteral("header")).toString(), c.value(QStringLiteral("text")).toString(),
                               c.value(QStringLiteral("width")).toDouble(),
                               c.value(QStringLiteral("align")).toString(QStringLiteral("left"))};
            const QString cpath = QStringLiteral("%1.columns[%2]").arg(path).arg(i);
            if (column.width <= 0)
                problems.add(cpath + QStringLiteral(".width"),
                             QCoreApplication::translate("print", "a column needs a width in mm"));
            if (spec != fields.end())
                checkPlaceholders(column.text, cpath + QStringLiteral(".text"), fields, spec->columns, problems);
            total += column.width;
            e.columns.append(column);
        }
        if (columns.isEmpty())
            problems.add(path + QStringLiteral(".columns"),
                         QCoreApplication::translate("print", "a table element needs columns"));
        if (total > e.w + 0.01)
            problems.add(path + QStringLiteral(".columns"),
                         QCoreApplication::translate("print", "the columns are wider than the table's box"));
    }
    if (e.kind == Element::Kind::Image) {
        const QString source = o.value(QStringLiteral("source")).toString();
        QFile file(QDir(baseDir).filePath(source));
        if (source.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            problems.add(path + QStringLiteral(".source"),
                         QCoreApplication::translate("print", "image “%1” cannot be read").arg(source));
        } else {
            // Decoded and written again as plain 8-bit RGBA: libharu's PNG reader aborts the process on a file
            // libpng rejects, so it only ever sees PNGs written by us.
            const QImage image = QImage::fromData(file.readAll(), "PNG");
            if (!image.isNull()) {
                QBuffer buffer(&e.png);
                buffer.open(QIODevice::WriteOnly);
                image.convertToFormat(QImage::Format_RGBA8888).save(&buffer, "PNG");
            }
            if (image.isNull() || e.png.isEmpty())
                problems.add(path + QStringLiteral(".source"),
                             QCoreApplication::translate("print", "image “%1” is not a PNG file").arg(source));
        }
    }
    return e;
}

QString typeName(FieldSpec::Type type) {
    switch (type) {
    case FieldSpec::Type::Text:
        return QCoreApplication::translate("print", "text");
    case FieldSpec::Type::Date:
        return QCoreApplication::translate("print", "a date (YYYY-MM-DD)");
    case FieldSpec::Type::Integer:
        return QCoreApplication::translate("print", "a whole number");
    case FieldSpec::Type::Boolean:
        return QCoreApplication::translate("print", "true or false");
    case FieldSpec::Type::Choice:
        return QCoreApplication::translate("print", "one of the listed choices");
    case FieldSpec::Type::Table:
        return QCoreApplication::translate("print", "a list of rows");
    }
    return {};
}

bool isEmptyValue(const QJsonValue& v) {
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

void validateFields(const QList<FieldSpec>& specs, const QJsonObject& data, const QString& prefix,
                    QList<FieldError>& errors) {
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!std::any_of(specs.begin(), specs.end(), [&](const FieldSpec& f) { return f.name == it.key(); }))
            errors.append({prefix + it.key(), QCoreApplication::translate("print", "this template has no such field")});
    }
    for (const FieldSpec& f : specs) {
        const QString name = prefix + f.name;
        const QJsonValue v = data.value(f.name);
        if (isEmptyValue(v)) {
            if (f.required)
                errors.append({name, QCoreApplication::translate("print", "%1 is required").arg(f.label)});
            continue;
        }
        const auto wrongType = [&] {
            errors.append({name, QCoreApplication::translate("print", "%1 must be %2").arg(f.label, typeName(f.type))});
        };
        switch (f.type) {
        case FieldSpec::Type::Text: {
            if (!v.isString()) {
                wrongType();
                break;
            }
            const QString text = v.toString();
            const auto length = text.toUcs4().size();
            if (f.maxLength > 0 && length > f.maxLength)
                errors.append({name, QCoreApplication::translate("print", "%1 is too long: %2 characters, at most %3")
                                         .arg(f.label)
                                         .arg(length)
                                         .arg(f.maxLength)});
            for (const QChar c : text) {
                if (c.category() == QChar::Other_Control && c != QLatin1Char('\n')) {
                    errors.append(
                        {name, QCoreApplication::translate("print", "%1 contains a control character").arg(f.label)});
                    break;
                }
            }
            break;
        }
        case FieldSpec::Type::Date: {
            const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
            if (!v.isString() || v.toString().size() != 10 || !date.isValid())
                wrongType();
            else if (!JapaneseDate::toEra(date))
                errors.append({name, QCoreApplication::translate(
                                         "print", "%1 is before the Meiji era and cannot be written in 和暦")
                                         .arg(f.label)});
            break;
        }
        case FieldSpec::Type::Integer: {
            const double d = v.toDouble();
            // Range first: converting a double beyond qint64 is undefined.
            if (!v.isDouble() || !(std::abs(d) <= 1e15) || d != static_cast<double>(static_cast<qint64>(d))) {
                wrongType();
                break;
            }
            const auto n = static_cast<qint64>(d);
            if ((f.hasMinimum && n < f.minimum) || (f.hasMaximum && n > f.maximum))
                errors.append({name, QCoreApplication::translate("print", "%1 must be between %2 and %3")
                                         .arg(f.label)
                                         .arg(f.minimum)
                                         .arg(f.maximum)});
            break;
        }
        case FieldSpec::Type::Boolean:
            if (!v.isBool())
                wrongType();
            break;
        case FieldSpec::Type::Choice:
            if (!v.isString() || !f.choices.contains(v.toString()))
                errors.append({name, QCoreApplication::translate("print", "%1 must be one of: %2")
                                         .arg(f.label, f.choices.join(QStringLiteral("、")))});
            break;
        case FieldSpec::Type::Table: {
            if (!v.isArray()) {
                wrongType();
                break;
            }
            const QJsonArray rows = v.toArray();
            if (f.maxRows > 0 && rows.size() > f.maxRows)
                errors.append({name, QCoreApplication::translate("print", "%1 has %2 rows, at most %3")
                                         .arg(f.label)
                                         .arg(rows.size())
                                         .arg(f.maxRows)});
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const QString rowName = QStringLiteral("%1[%2]").arg(name).arg(i);
                if (!rows.at(i).isObject())
                    errors.append(
                        {rowName,
                         QCoreApplication::translate("print", "each row of %1 must be an object").arg(f.label)});
                else
                    validateFields(f.columns, rows.at(i).toObject(), rowName + QLatin1Char('.'), errors);
            }
            break;
        }
        }
    }
}
} // namespace

const FieldSpec* Template::fieldSpec(const QString& name) const {
    for (const FieldSpec& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QList<FieldSpec> Template::requiredFields() const {
    QList<FieldSpec> result;
    std::copy_if(fields.begin(), fields.end(), std::back_inserter(result),
                 [](const FieldSpec& f) { return f.required; });
    return result;
}

QList<FieldError> Template::validate(const QJsonObject& data) const {
    QList<FieldError> errors;
    validateFields(fields, data, {}, errors);
    return errors;
}

Result<Template> Template::fromJson(const QByteArray& json, const QString& origin, const QString& baseDir) {
    PrintError error;
    error.kind = PrintError::Kind::InvalidTemplate;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error.message = QCoreApplication::translate("print", "The template %1 is not valid JSON: %2 (at byte %3).")
                            .arg(origin, parseError.errorString())
                            .arg(parseError.offset);
        error.detail = QStringLiteral("template %1: JSON parse error at %2").arg(origin).arg(parseError.offset);
        return error;
    }
    const QJsonObject o = doc.object();
    Problems problems;
    Template t;
    t.origin = origin;
    if (o.value(QStringLiteral("schema")).toInt() != 1)
        problems.add(QStringLiteral("schema"),
                     QCoreApplication::translate("print", "this program reads template schema 1"));
    t.id = o.value(QStringLiteral("id")).toString();
    if (t.id.isEmpty() || t.id.contains(QLatin1Char('/')))
        problems.add(QStringLiteral("id"), QCoreApplication::translate("print", "the template needs an id"));
    t.title = o.value(QStringLiteral("title")).toString();
    if (t.title.isEmpty())
        problems.add(QStringLiteral("title"), QCoreApplication::translate("print", "the template needs a title"));
    t.version = o.value(QStringLiteral("version")).toInt(1);
    t.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("form"));
    if (!QStringList{QStringLiteral("certificate"), QStringLiteral("form"), QStringLiteral("ticket"),
                     QStringLiteral("report")}
             .contains(t.kind))
        problems.add(QStringLiteral("kind"),
                     QCoreApplication::translate("print", "kind must be certificate, form, ticket or report"));
    const QJsonObject page = o.value(QStringLiteral("page")).toObject();
    if (!readPageSize(page.value(QStringLiteral("size")).isUndefined() ? QJsonValue(QStringLiteral("A4"))
                                                                       : page.value(QStringLiteral("size")),
                      t.pageWidth, t.pageHeight))
        problems.add(QStringLiteral("page.size"),
                     QCoreApplication::translate("print", "page size must be A3, A4, A5, B5 or [width, height] in mm"));
    if (page.value(QStringLiteral("orientation")).toString() == QLatin1String("landscape"))
        std::swap(t.pageWidth, t.pageHeight);

    const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i)
        t.fields.append(readField(fields.at(i).toObject(), QStringLiteral("fields[%1]").arg(i), problems, false));
    const QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
    if (elements.isEmpty())
        problems.add(QStringLiteral("elements"), QCoreApplication::translate("print", "the template draws nothing"));
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QString path = QStringLiteral("elements[%1]").arg(i);
        t.elements.append(readElement(elements.at(i).toObject(), path, baseDir, t.fields, problems));
        const Element& e = t.elements.last();
        if (e.x < 0 || e.y < 0 || e.x + std::max(0.0, e.w) > t.pageWidth + 0.01 ||
            e.y + std::max(0.0, e.h) > t.pageHeight + 0.01)
            problems.add(path, QCoreApplication::translate("print", "the element lies outside the page"));
    }
    t.sample = o.value(QStringLiteral("sample")).toObject();
    if (problems.list.isEmpty()) {
        for (const FieldError& e : t.validate(t.sample))
            problems.add(QStringLiteral("sample.") + e.field, e.message);
    }
    if (!problems.list.isEmpty()) {
        error.message = QCoreApplication::translate("print", "The template %1 is not valid.").arg(origin);
        error.fields = problems.list;
        error.detail = QStringLiteral("template %1: %2 problem(s), first at %3")
                           .arg(origin)
                           .arg(problems.list.size())
                           .arg(problems.list.first().field);
        return error;
    }
    return t;
}

} // namespace madoguchi::print
