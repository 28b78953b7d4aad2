#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nb {

namespace {

// Where a translation may be: installed with the package (<prefix>/share/noticeboard/
// translations, next to <prefix>/bin), so a translator can try a new .qm by replacing the
// installed one; else the copy built into the executable (':/i18n', qt_add_translations),
// which is what a build tree, the tests and a moved binary use.
QStringList translationDirs()
{
    return {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/noticeboard/translations")),
        QStringLiteral(":/i18n")};
}

// The user's languages in order of preference (LANGUAGE may list several, "fr:de"), up to
// the first English one: an English user whose list goes on with German reads English.
QStringList wantedLanguages()
{
    QStringList wanted;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            break;
        wanted << name;
    }
    return wanted;
}

bool loadFirst(QTranslator& translator, const QString& name, const QString& language, const QStringList& dirs)
{
    for (const QString& dir : dirs) {
        // load(QLocale) tries "de_DE" then "de", as the file names go.
        if (translator.load(QLocale(language), name, QStringLiteral("_"), dir))
            return true;
    }
    return false;
}

} // namespace

QString installTranslations(QCoreApplication& app)
{
    for (const QString& language : wantedLanguages()) {
        auto* own = new QTranslator(&app);
        if (!loadFirst(*own, QStringLiteral("noticeboard"), language, translationDirs())) {
            delete own;
            continue; // not translated into this one: the next language the user reads
        }
        QCoreApplication::installTranslator(own);
        // Qt's own texts (standard buttons, the file dialog): optional, from the system.
        auto* qt = new QTranslator(&app);
        if (loadFirst(*qt, QStringLiteral("qtbase"), language, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)}))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return QLocale(language).name().section(QLatin1Char('_'), 0, 0);
    }
    return {};
}

} // namespace nb
