// Evaluating the catalogue's declared printout data against the visit's context.
#include "PrintBinding.h"

#include <QRegularExpression>

namespace madoguchi::catalogue {
namespace {

const QStringList kOperators{QStringLiteral("$text"),    QStringLiteral("$first"),  QStringLiteral("$map"),
                             QStringLiteral("$each"),    QStringLiteral("$equals"), QStringLiteral("$below"),
                             QStringLiteral("$present"), QStringLiteral("$not"),    QStringLiteral("$any"),
                             QStringLiteral("$all"),     QStringLiteral("$number"), QStringLiteral("$concat")};

QJsonValue lookUp(const QString& path, const QJsonObject& context) {
    QJsonValue at = context;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        if (at.isObject())
            at = at.toObject().value(part);
        else if (at.isArray()) {
            bool number = false;
            const int index = part.toInt(&number);
            at = number ? at.toArray().at(index) : QJsonValue();
        } else
            return QJsonValue::Null;
        if (at.isUndefined())
            return QJsonValue::Null;
    }
    return at;
}

bool isEmpty(const QJsonValue& value) {
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

QString textOf(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool truthy(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    return !isEmpty(value);
}

QString operatorOf(const QJsonObject& object) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key().startsWith(QLatin1Char('$')))
            return it.key();
    return {};
}

QJsonArray listOf(const QJsonValue& value) {
    return value.isArray() ? value.toArray() : QJsonArray{};
}

} // namespace

QJsonValue evaluateBinding(const QJsonValue& expression, const QJsonObject& context, QStringList* errors,
                           const QString& where) {
    const auto fail = [&](const QString& message) {
        if (errors)
            errors->append(QStringLiteral("%1: %2").arg(where.isEmpty() ? QStringLiteral("(data)") : where, message));
        return QJsonValue(QJsonValue::Null);
    };
    if (expression.isString())
        return lookUp(expression.toString(), context);
    if (expression.isArray()) {
        QJsonArray out;
        const QJsonArray in = expression.toArray();
        for (int i = 0; i < in.size(); ++i)
            out.append(evaluateBinding(in.at(i), context, errors, QStringLiteral("%1[%2]").arg(where).arg(i)));
        return out;
    }
    if (!expression.isObject())
        return expression; // numbers, booleans, null
    const QJsonObject object = expression.toObject();
    const QString op = operatorOf(object);
    const auto sub = [&](const QString& key) {
        return evaluateBinding(object.value(key), context, errors, where + QLatin1Char('.') + key);
    };
    if (op.isEmpty()) {
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue value =
                evaluateBinding(it.value(), context, errors, where.isEmpty() ? it.key() : where + u'.' + it.key());
            if (!isEmpty(value))
                out.insert(it.key(), value);
        }
        return out;
    }
    if (!kOperators.contains(op))
        return fail(QStringLiteral("unknown operator %1").arg(op));
    if (op == QLatin1String("$text")) {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
        const QString text = object.value(op).toString();
        QString out;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            out += text.mid(last, match.capturedStart() - last) + textOf(lookUp(match.captured(1), context));
            last = match.capturedEnd();
        }
        return out + text.mid(last);
    }
    if (op == QLatin1String("$first")) {
        const QJsonArray options = listOf(object.value(op));
        for (int i = 0; i < options.size(); ++i) {
            const QJsonValue value =
                evaluateBinding(options.at(i), context, errors, QStringLiteral("%1.$first[%2]").arg(where).arg(i));
            if (!isEmpty(value))
                return value;
        }
        return QJsonValue::Null;
    }
    if (op == QLatin1String("$map")) {
        const QJsonValue value = sub(op);
        const QJsonObject to = object.value(QStringLiteral("to")).toObject();
        const QString key = textOf(value);
        if (to.contains(key))
            return evaluateBinding(to.value(key), context, errors, where + QStringLiteral(".to.") + key);
        return object.contains(QStringLiteral("else")) ? sub(QStringLiteral("else")) : value;
    }
    if (op == QLatin1String("$each")) {
        QJsonArray out;
        const QJsonArray items = listOf(sub(op));
        for (const QJsonValue& item : items) {
            QJsonObject scoped = context;
            scoped.insert(QStringLiteral("item"), item);
            if (object.contains(QStringLiteral("where")) &&
                !bindingHolds(object.value(QStringLiteral("where")), scoped, errors, where + QStringLiteral(".where")))
                continue;
            out.append(object.contains(QStringLiteral("item"))
                           ? evaluateBinding(object.value(QStringLiteral("item")), scoped, errors,
                                             where + QStringLiteral(".item"))
                           : item);
        }
        return out;
    }
    if (op == QLatin1String("$equals") || op == QLatin1String("$below")) {
        const QJsonArray pair = listOf(object.value(op));
        if (pair.size() != 2)
            return fail(QStringLiteral("%1 takes two values").arg(op));
        const QJsonValue a = evaluateBinding(pair.at(0), context, errors, where + u'.' + op + QStringLiteral("[0]"));
        const QJsonValue b = evaluateBinding(pair.at(1), context, errors, where + u'.' + op + QStringLiteral("[1]"));
        if (op == QLatin1String("$equals"))
            return textOf(a) == textOf(b);
        return !isEmpty(a) && !isEmpty(b) && a.toDouble() < b.toDouble();
    }
    if (op == QLatin1String("$concat")) {
        QJsonArray out;
        const QJsonArray lists = listOf(object.value(op));
        for (int i = 0; i < lists.size(); ++i)
            for (const QJsonValue& item : listOf(
                     evaluateBinding(lists.at(i), context, errors, QStringLiteral("%1.$concat[%2]").arg(where).arg(i))))
                out.append(item);
        return out;
    }
    if (op == QLatin1String("$present"))
        return !isEmpty(sub(op));
    if (op == QLatin1String("$not"))
        return !bindingHolds(object.value(op), context, errors, where + QStringLiteral(".$not"));
    if (op == QLatin1String("$any") || op == QLatin1String("$all")) {
        const QJsonArray conditions = listOf(object.value(op));
        const bool any = op == QLatin1String("$any");
        for (int i = 0; i < conditions.size(); ++i)
            if (bindingHolds(conditions.at(i), context, errors, QStringLiteral("%1.%2[%3]").arg(where, op).arg(i)) ==
                any)
                return any;
        return !any;
    }
    // $number
    const QJsonValue value = sub(op);
    if (value.isDouble())
        return value.toInteger();
    bool ok = false;
    const qint64 number = textOf(value).toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
}

bool bindingHolds(const QJsonValue& condition, const QJsonObject& context, QStringList* errors, const QString& where) {
    return truthy(evaluateBinding(condition, context, errors, where));
}

namespace {

void checkOperators(const QJsonValue& expression, const QString& where, QStringList* problems) {
    if (expression.isArray()) {
        const QJsonArray list = expression.toArray();
        for (int i = 0; i < list.size(); ++i)
            checkOperators(list.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), problems);
        return;
    }
    if (!expression.isObject())
        return;
    const QJsonObject object = expression.toObject();
    int operators = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('$'))) {
            ++operators;
            if (!kOperators.contains(it.key()))
                problems->append(QStringLiteral("%1: unknown operator %2").arg(where, it.key()));
        }
        checkOperators(it.value(), where + u'.' + it.key(), problems);
    }
    if (operators > 1)
        problems->append(QStringLiteral("%1: more than one operator in one object").arg(where));
}

} // namespace

QStringList checkPrintouts(const QJsonValue& printouts) {
    QStringList problems;
    if (printouts.isUndefined() || printouts.isNull())
        return problems;
    if (!printouts.isArray()) {
        problems << QStringLiteral("printouts: a list of printouts");
        return problems;
    }
    const QJsonArray list = printouts.toArray();
    static const QStringList keys{QStringLiteral("template"), QStringLiteral("data"), QStringLiteral("certificate"),
                                  QStringLiteral("title"), QStringLiteral("when")};
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("printouts[%1]").arg(i);
        const QJsonObject printout = list.at(i).toObject();
        if (!list.at(i).isObject()) {
            problems << where + QStringLiteral(": an object");
            continue;
        }
        for (auto it = printout.begin(); it != printout.end(); ++it)
            if (!keys.contains(it.key()))
                problems << QStringLiteral("%1: unknown key '%2'").arg(where, it.key());
        if (printout.value(QStringLiteral("template")).toString().isEmpty())
            problems << where + QStringLiteral(".template: the id of a printing template");
        if (!printout.value(QStringLiteral("data")).isObject())
            problems << where + QStringLiteral(".data: an object, one entry per template field");
        if (printout.contains(QStringLiteral("certificate")) && !printout.value(QStringLiteral("certificate")).isBool())
            problems << where + QStringLiteral(".certificate: true or false");
        checkOperators(printout.value(QStringLiteral("data")), where + QStringLiteral(".data"), &problems);
        checkOperators(printout.value(QStringLiteral("when")), where + QStringLiteral(".when"), &problems);
    }
    return problems;
}

} // namespace madoguchi::catalogue
