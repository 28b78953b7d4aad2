#pragma once
// The user's language for Noticeboard and noticectl: Qt's translation system, chosen from
// the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as every desktop program does.
#include <QString>

class QCoreApplication;

namespace nb {

// Loads Noticeboard's translation for the system locale, and Qt's own (qtbase_xx.qm, for
// the buttons and dialogs Qt draws itself) where the system has it, and installs both on
// `app` (which owns them). English, the language of the sources, loads nothing. Call it
// once, right after the application object is made. Returns the language loaded, such as
// "de", or an empty string when the texts stay English.
QString installTranslations(QCoreApplication& app);

} // namespace nb
