#include "text/text_language.h"

#include <QCoreApplication>

namespace nb {

QString textIn(TextLanguage language, const char* context, const char* sourceText)
{
    if (language == TextLanguage::English)
        return QString::fromUtf8(sourceText);
    return QCoreApplication::translate(context, sourceText);
}

QString ModelText::in(TextLanguage language) const
{
    if (!source)
        return {};
    const QString text = textIn(language, context, source);
    // QString::arg(a, b) fills %1 and %2 in one pass; chained .arg() calls would read a %2
    // inside the first argument (a room's claimed creator is anyone's text) as a placeholder.
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(args[0]);
    default:
        return text.arg(args[0], args[1]);
    }
}

} // namespace nb
