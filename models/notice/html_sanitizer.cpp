#include "notice/html_sanitizer.h"

#include <QSet>
#include <QUrl>
#include <vector>

namespace nb {

namespace {

// The Matrix spec's recommended subset for formatted_body, minus anything that loads
// remote content.
const QSet<QString>& allowedTags()
{
    static const QSet<QString> tags = {QStringLiteral("font"), QStringLiteral("del"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("blockquote"), QStringLiteral("p"), QStringLiteral("a"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("sup"), QStringLiteral("sub"), QStringLiteral("li"), QStringLiteral("b"),
        QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("strong"), QStringLiteral("em"),
        QStringLiteral("strike"), QStringLiteral("s"), QStringLiteral("code"), QStringLiteral("hr"),
        QStringLiteral("br"), QStringLiteral("div"), QStringLiteral("table"), QStringLiteral("thead"),
        QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"),
        QStringLiteral("caption"), QStringLiteral("pre"), QStringLiteral("span"), QStringLiteral("details"),
        QStringLiteral("summary")};
    return tags;
}

// Dropped together with everything inside them.
const QSet<QString>& droppedWithContent()
{
    static const QSet<QString> tags = {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("form"), QStringLiteral("textarea"),
        QStringLiteral("select"), QStringLiteral("button"), QStringLiteral("svg"), QStringLiteral("math"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("title"), QStringLiteral("head"),
        QStringLiteral("mx-reply"), QStringLiteral("audio"), QStringLiteral("video")};
    return tags;
}

bool isVoid(const QString& tag)
{
    return tag == QLatin1String("br") || tag == QLatin1String("hr") || tag == QLatin1String("img")
        || tag == QLatin1String("input") || tag == QLatin1String("meta") || tag == QLatin1String("link");
}

struct Tag {
    QString name;
    bool closing = false;
    bool selfClosing = false;
    std::vector<std::pair<QString, QString>> attributes;
};

// Parses the tag starting at html[pos] == '<'. On success moves pos past '>'.
bool parseTag(const QString& html, qsizetype& pos, Tag& tag)
{
    qsizetype i = pos + 1;
    const qsizetype n = html.size();
    if (i < n && html[i] == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && (html[i].isLetterOrNumber() || html[i] == QLatin1Char('-')))
        ++i;
    if (i == nameStart)
        return false;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    while (i < n) {
        while (i < n && html[i].isSpace())
            ++i;
        if (i >= n)
            return false;
        if (html[i] == QLatin1Char('>')) {
            pos = i + 1;
            return true;
        }
        if (html[i] == QLatin1Char('/')) {
            tag.selfClosing = true;
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < n && !html[i].isSpace() && html[i] != QLatin1Char('=') && html[i] != QLatin1Char('>')
            && html[i] != QLatin1Char('/'))
            ++i;
        QString name = html.mid(attrStart, i - attrStart).toLower();
        QString value;
        while (i < n && html[i].isSpace())
            ++i;
        if (i < n && html[i] == QLatin1Char('=')) {
            ++i;
            while (i < n && html[i].isSpace())
                ++i;
            if (i < n && (html[i] == QLatin1Char('"') || html[i] == QLatin1Char('\''))) {
                const QChar quote = html[i];
                const qsizetype end = html.indexOf(quote, i + 1);
                if (end < 0)
                    return false;
                value = html.mid(i + 1, end - i - 1);
                i = end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !html[i].isSpace() && html[i] != QLatin1Char('>'))
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (!name.isEmpty())
            tag.attributes.emplace_back(std::move(name), std::move(value));
    }
    return false;
}

QString attribute(const Tag& tag, const char* name)
{
    for (const auto& [key, value] : tag.attributes)
        if (key == QLatin1String(name))
            return value;
    return {};
}

QString decodeBasicEntities(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Text between tags: keep entities that look like entities, escape everything else.
void appendText(QString& out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('&')) {
            qsizetype j = i + 1;
            if (j < text.size() && text[j] == QLatin1Char('#'))
                ++j;
            while (j < text.size() && text[j].isLetterOrNumber() && j - i < 12)
                ++j;
            const bool entity = j > i + 1 && j < text.size() && text[j] == QLatin1Char(';');
            out += entity ? QStringLiteral("&") : QStringLiteral("&amp;");
        } else
            out += c;
    }
}

} // namespace

QString escapeHtml(const QString& text)
{
    return text.toHtmlEscaped();
}

bool isSafeLinkScheme(const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("mailto");
}

QString sanitizeNoticeHtml(const QString& html)
{
    QString out;
    out.reserve(html.size());
    // Open tags as emitted; an empty name marks a tag that was dropped but whose
    // closing tag must still be swallowed (an <a> whose link was unsafe).
    std::vector<QString> open;
    qsizetype pos = 0;
    const qsizetype n = html.size();
    while (pos < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), pos);
        if (lt < 0) {
            appendText(out, QStringView(html).mid(pos));
            break;
        }
        appendText(out, QStringView(html).mid(pos, lt - pos));
        pos = lt;
        if (html.mid(pos, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), pos + 4);
            pos = end < 0 ? n : end + 3;
            continue;
        }
        if (html.mid(pos, 2) == QLatin1String("<!") || html.mid(pos, 2) == QLatin1String("<?")) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), pos);
            pos = end < 0 ? n : end + 1;
            continue;
        }
        Tag tag;
        qsizetype after = pos;
        if (!parseTag(html, after, tag)) {
            out += QStringLiteral("&lt;");
            ++pos;
            continue;
        }
        pos = after;
        if (!tag.closing && droppedWithContent().contains(tag.name)) {
            if (tag.selfClosing)
                continue;
            const QString closer = QStringLiteral("</") + tag.name;
            const qsizetype end = html.indexOf(closer, pos, Qt::CaseInsensitive);
            const qsizetype gt = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            pos = gt < 0 ? n : gt + 1;
            continue;
        }
        if (tag.name == QLatin1String("img") && !tag.closing) {
            // Never load remote images: show what the image stands for instead.
            const QString alt = attribute(tag, "alt");
            if (!alt.isEmpty())
                appendText(out, QStringLiteral("[%1]").arg(alt.toHtmlEscaped()));
            continue;
        }
        const bool allowed = allowedTags().contains(tag.name);
        if (tag.closing) {
            for (auto it = open.rbegin(); it != open.rend(); ++it) {
                if (*it != tag.name && !(it->isEmpty() && tag.name == QLatin1String("a")))
                    continue;
                // Close everything opened after it, then it.
                const auto index = std::distance(open.begin(), it.base()) - 1;
                while (qsizetype(open.size()) > index) {
                    if (!open.back().isEmpty())
                        out += QStringLiteral("</%1>").arg(open.back());
                    open.pop_back();
                }
                break;
            }
            continue;
        }
        if (!allowed)
            continue;
        if (isVoid(tag.name)) {
            out += QStringLiteral("<%1>").arg(tag.name);
            continue;
        }
        if (tag.name == QLatin1String("a")) {
            const QString href = decodeBasicEntities(attribute(tag, "href")).trimmed();
            if (!isSafeLinkScheme(href)) {
                open.emplace_back();
                continue;
            }
            out += QStringLiteral("<a href=\"%1\">").arg(href.toHtmlEscaped());
        } else if (tag.name == QLatin1String("ol")) {
            bool ok = false;
            const int start = attribute(tag, "start").toInt(&ok);
            out += ok ? QStringLiteral("<ol start=\"%1\">").arg(start) : QStringLiteral("<ol>");
        } else {
            out += QStringLiteral("<%1>").arg(tag.name);
        }
        if (tag.selfClosing) {
            out += QStringLiteral("</%1>").arg(tag.name);
            continue;
        }
        // Deeply nested hostile input: stop opening new tags, keep the text.
        if (open.size() >= 64) {
            out += QStringLiteral("</%1>").arg(tag.name);
            continue;
        }
        open.push_back(tag.name);
    }
    while (!open.empty()) {
        if (!open.back().isEmpty())
            out += QStringLiteral("</%1>").arg(open.back());
        open.pop_back();
    }
    return out;
}

} // namespace nb
