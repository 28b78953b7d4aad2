#include "text/text_language.h"

#include <QCoreApplication>

namespace nb {

QString textIn(TextLanguage language, const char* context, const char* sourceText)
{
    if (language == TextLanguage::English)
        return QString::fromUtf8(sourceText);
    return QCoreApplication::translate(context, sourceText);
}

} // namespace nb
