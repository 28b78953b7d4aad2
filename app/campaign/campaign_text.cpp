#include "campaign/campaign_text.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace nb::campaign {

namespace {

struct Source {
    const char* context;
    const char* text; // English, as the campaign writes it (QString::arg fills %1, %2, ...)
};

// Every sentence of app/campaign that reaches a person, as written there (keep the two alike:
// a sentence missing here is shown in English, nothing worse), plus the request failures'
// sentences with arguments that campaign reasons quote. Written in UTF-8, not \u escapes:
// lupdate misreads "\u201c" followed by a letter that is a hex digit.
const Source sources[] = {
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "an application service's account (bridge)")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the account is deactivated")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "retrying")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 It kept rate-limiting this recipient; giving up.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "The server asks to slow down; waiting %1 s.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Stopped: %1 Run the same command again to resume.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1: %2 Retrying in %3 s.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Stopped: %1")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Stopped: %1 Nothing more is sent without a journal.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 is not a campaign journal.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "This campaign was sent by %1; log in as %1 to %2 it.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "recall")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "correct")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "This campaign went through the server notices room. Its notices were sent by the server's own notices "
            "account, whose messages an administrator cannot withdraw or edit. Send a follow-up notice to the same "
            "recipients instead.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "This campaign's recall was started with the reason \"%1\"; run it again with that reason (or none) to "
            "finish it.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "Nothing of this campaign has been delivered; there is nothing to recall.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "This campaign was recalled; its notices are withdrawn and cannot be corrected.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "The corrected text is empty.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "Nothing of this campaign has been delivered; there is nothing to correct.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "Lifting rate limits needs the Synapse admin API and a server admin's account; nothing was sent.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 Nothing was sent.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the notice has been withdrawn; an edit would not show")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "the journal names event %1, which is not this campaign's notice to %2 (the journal was changed?); it was "
            "left untouched")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "The journal %1 belongs to a different campaign; what differs: %2. Resume it with the same arguments, or "
            "give a new journal file for a new campaign.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Cannot make the campaigns folder %1.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "Listing all local users needs the Synapse admin API, which this server does not offer.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "No recipients were given.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "This journal belongs to %1's campaign; log in as %1 to resume it.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "This campaign was recalled: its notices are withdrawn, and nothing more is delivered.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Could not list the accounts made since the last run: %1")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Could not check the recipients: %1")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "%1 of the recipients cannot get a notice from this server; nothing was sent.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "There is nobody to send to: the server lists no ordinary local users.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "Joined, read and replied are not known for the server notices route: those rooms belong to the server's "
            "notices account.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "The server could not be asked who joined, read or replied: %1")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "this is your own account; a notice room is for someone else")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "created only in part (no invitation); replaced")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "is not in their notice room; nothing more was sent")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "declined or left their notice room (membership: %1); nothing more was sent")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "the room's history since the campaign began is too long to search")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the text")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the route (it was %1)")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the room preset or leave rule")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the --markdown choice")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the kind of recipient list (it was %1)")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "the recipients")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "the sender (it was started by %1; log in as that account to resume it)")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "Rate limits are still lifted from the interrupted run; they are put back when this one ends.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Could not lift the rate limits: %1")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Could not read your account's rate limits: %1")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Your account has no rate limit already; nothing to lift.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "Rate limits not lifted: the server's answer about your account's rate limits is not understood (%1), so "
            "it could not be put back afterwards.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Rate limits not lifted: %1")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Rate limits lifted for this campaign (previous setting: %1).")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "The journal could not record the rate limits: %1")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "Rate limits left as they are (%1): they were changed during the campaign, not by it.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "Could not put your account's rate limits back (%1): %2 They are put back at the next run of this campaign "
            "or the next start of Noticeboard.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "Rate limits put back, but the journal could not record it: %1")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Rate limits put back (%1).")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "none")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "no limit")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 actions/s, bursts of %2")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "line %1: ")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1“%2” is not a Matrix user ID (like @alice:example.org)")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "not a Matrix user ID")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "a user of %1, not of this server (%2); notices go to local users only")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "no such user on this server")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "its list of users does not end: it gave the page token “%1” again")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "its list of users does not end: %1 pages in a row listed nobody new")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "its list of users does not end: more than %L1 accounts")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "The journal")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "The folder %1 for the journal does not exist.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "The journal %1 is an empty file. Noticeboard never leaves an empty journal, so this file is not one of "
            "its journals and is left as it is; give a new file name (or delete the empty file if you made it).")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "%1 is %2, far larger than a campaign journal; it is not one and is left as it is.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "%1 is not a Noticeboard campaign journal (or one from a newer version) and is left as it is; give a new "
            "file name for a new campaign.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Cannot open the journal %1: %2.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "The journal %1 changed while it was being opened; nothing was written.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Cannot read the journal %1: %2.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP(
            "nb::Campaign", "The journal %1 is damaged at line %2; it cannot be resumed safely and is left as it is.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Cannot create the journal %1: %2: %3.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "cannot make a file in its folder")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "cannot set it up")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "cannot write its first line")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "a file of that name appeared meanwhile (it was not touched)")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "cannot give it its name")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "cannot sync its folder")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "The journal %1 is in use by another running campaign (noticectl or Noticeboard); wait for it to finish or "
            "stop it first.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign", "Cannot repair the journal %1 (a record cut short at its end): %2.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "The journal %1 already holds a campaign.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "The journal %1 has no campaign yet.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "Cannot write to the journal %1: %2. No more is sent in this run; run the same command again to resume "
            "once the disk has room.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 cannot be looked at: %3.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 is a directory, not a file.")},
    {"nb::Campaign",
        QT_TRANSLATE_NOOP("nb::Campaign",
            "%1 %2 is a symbolic link, which is not followed (nothing is written where it points). Give the path of "
            "the file itself, or a new file name.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 is a named pipe (FIFO), not a file.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 is a device, not a file.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 is a socket, not a file.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 is not a regular file.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 does not exist.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 is %3; more than the %4 it may have.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "Cannot read %1 %2: %3.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 changed while it was being opened; try again.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 %2 is more than the %3 it may have.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 bytes")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 [%2]")},
    {"noticectl",
        QT_TRANSLATE_NOOP("noticectl", "Sent by %1: log in as that account to see who joined, read or replied.")},
    {"nb::RequestFailure",
        QT_TRANSLATE_NOOP(
            "nb::RequestFailure", "Could not reach the server at %1%2. Check the address and your network.")},
    {"nb::RequestFailure",
        QT_TRANSLATE_NOOP("nb::RequestFailure",
            "The server's TLS certificate is not valid for %1: %2. The connection was refused for your safety.")},
    {"nb::RequestFailure",
        QT_TRANSLATE_NOOP("nb::RequestFailure",
            "The server at %1 did not answer in time. Try again later; if this keeps happening the server may be "
            "overloaded or down.")},
    {"nb::RequestFailure",
        QT_TRANSLATE_NOOP("nb::RequestFailure",
            "The server at %1 sent an answer this app cannot use%2. It may not be a Matrix server, or it may be "
            "misconfigured.")},
    {"nb::RequestFailure",
        QT_TRANSLATE_NOOP("nb::RequestFailure",
            "The server at %1 sent a response that is too large%2; it was stopped to protect this app. Tell the "
            "server's administrators.")},
    {"nb::RequestFailure", QT_TRANSLATE_NOOP("nb::RequestFailure", "The request was cancelled.")},
    {"nb::RequestFailure",
        QT_TRANSLATE_NOOP(
            "nb::RequestFailure", "No Matrix server could be found at %1%2. Check the spelling of the server name.")},
    {"nb::Campaign", QT_TRANSLATE_NOOP("nb::Campaign", "%1 Server said: “%2” (%3).")},
    {"nb::MatrixError",
        QT_TRANSLATE_NOOP("nb::MatrixError", "The server is rate-limiting requests; try again in %1 s.")},
    {"nb::MatrixError", QT_TRANSLATE_NOOP("nb::MatrixError", "The server had an internal problem (HTTP %1).")},
    {"nb::MatrixError", QT_TRANSLATE_NOOP("nb::MatrixError", "The server refused the request (HTTP %1).")},
};

// Contexts whose sentences may appear whole, without arguments, in a campaign's text.
const char* const contexts[] = {"nb::Campaign", "nb::RequestFailure", "nb::MatrixError", "noticectl"};

// A sentence with placeholders, as a pattern that takes its arguments back out.
struct Pattern {
    const Source* source = nullptr;
    QRegularExpression regex;
    QList<int> groupOf; // placeholder number (1-9) -> capture group; 0: not in the sentence
    QString longestLiteral; // a quick test before the regex
};

QList<Pattern> buildPatterns()
{
    static const QRegularExpression placeholder(QStringLiteral("%L?([1-9])"));
    QList<Pattern> patterns;
    for (const Source& source : sources) {
        const QString text = QString::fromUtf8(source.text);
        Pattern pattern;
        pattern.source = &source;
        pattern.groupOf = QList<int>(10, 0);
        QString regex = QStringLiteral("^");
        qsizetype at = 0;
        int groups = 0;
        auto literal = [&](const QString& part) {
            regex += QRegularExpression::escape(part);
            if (part.size() > pattern.longestLiteral.size())
                pattern.longestLiteral = part;
        };
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            literal(text.mid(at, match.capturedStart() - at));
            const int number = match.captured(1).toInt();
            if (pattern.groupOf[number] == 0) {
                pattern.groupOf[number] = ++groups;
                regex += QStringLiteral("(.*?)");
            } else {
                regex += QStringLiteral("\\%1").arg(pattern.groupOf[number]); // the same text again
            }
            at = match.capturedEnd();
        }
        if (groups == 0)
            continue;
        literal(text.mid(at));
        pattern.regex = QRegularExpression(regex + QStringLiteral("$"), QRegularExpression::DotMatchesEverythingOption);
        patterns.append(pattern);
    }
    // The most specific first: "Stopped: %1 Run the same command again to resume." before
    // "Stopped: %1", and the catch-all "%1 [%2]" last.
    std::stable_sort(patterns.begin(), patterns.end(),
        [](const Pattern& a, const Pattern& b) { return a.longestLiteral.size() > b.longestLiteral.size(); });
    return patterns;
}

// Built once: a constant, like `sources`.
const QList<Pattern>& patterns()
{
    static const QList<Pattern> built = buildPatterns();
    return built;
}

// A whole sentence without arguments, translated in the first context that has it.
std::optional<QString> exactly(const QString& english)
{
    const QByteArray source = english.toUtf8();
    for (const char* context : contexts) {
        const QString translated = QCoreApplication::translate(context, source.constData());
        if (translated != english)
            return translated;
    }
    return std::nullopt;
}

// Fills %1..%9 (and %L1..) of `text` from `args` in one pass: an argument's own "%2" stays.
QString fill(const QString& text, const QStringList& args)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%')) {
            qsizetype digit = i + 1;
            if (digit < text.size() && text[digit] == QLatin1Char('L'))
                ++digit;
            const int number = digit < text.size() ? text[digit].digitValue() : -1;
            if (number >= 1 && number <= args.size()) {
                out += args[number - 1];
                i = digit;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

QString shown(const QString& english, int depth)
{
    if (english.isEmpty() || depth > 3)
        return english;
    if (const auto translated = exactly(english))
        return *translated;
    for (const Pattern& pattern : patterns()) {
        if (!english.contains(pattern.longestLiteral))
            continue;
        const auto match = pattern.regex.match(english);
        if (!match.hasMatch())
            continue;
        QStringList args;
        for (int number = 1; number <= 9 && pattern.groupOf[number] != 0; ++number)
            args << shown(match.captured(pattern.groupOf[number]), depth + 1);
        // Without a translation this is the source again, and filling it gives back `english`
        // (the pattern was made from it); "%1 [%2]" translates to itself but its arguments may not.
        return fill(QCoreApplication::translate(pattern.source->context, pattern.source->text), args);
    }
    return english;
}

} // namespace

QString shownCampaignText(const QString& english)
{
    return shown(english, 0);
}

QString shownStatus(Status status)
{
    switch (status) {
    case Status::Pending:
        return QCoreApplication::translate("nb::Campaign", "pending");
    case Status::Sent:
        return QCoreApplication::translate("nb::Campaign", "sent");
    case Status::Failed:
        return QCoreApplication::translate("nb::Campaign", "failed");
    case Status::Skipped:
        return QCoreApplication::translate("nb::Campaign", "skipped");
    }
    return statusName(status);
}

} // namespace nb::campaign
