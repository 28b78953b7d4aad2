#pragma once
// Which language a model's sentence is wanted in. The models' sentences (usage limits,
// account states, server errors) are shown to the user and also written where the locale must
// not reach: --json output, campaign journals, notices sent to other people. So a model keeps
// its English source text, marked with QT_TRANSLATE_NOOP for lupdate, and translates it only
// when asked for the user's language, at the point where it is shown.
#include <QString>
#include <QStringList>

namespace nb {

enum class TextLanguage {
    English, // the source text as written: JSON, journals, what goes to the server
    User, // Qt's translation for the user's locale (English when none is installed)
};

// `sourceText` must be the literal marked with QT_TRANSLATE_NOOP(context, ...) at the caller,
// so that lupdate extracts it under `context`.
QString textIn(TextLanguage language, const char* context, const char* sourceText);

// A model's sentence kept as its source text and arguments, for a sentence that is both
// recorded (JSON) and shown: in(English) for the one, in(User) for the other.
struct ModelText {
    const char* context = nullptr;
    const char* source = nullptr; // marked with QT_TRANSLATE_NOOP(context, ...) by the caller
    QStringList args; // at most two, put in at once: an argument's own "%2" stays as it is

    bool isEmpty() const { return source == nullptr; }
    QString in(TextLanguage language) const;
};

} // namespace nb
