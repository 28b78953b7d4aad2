#include "admin/markdown.h"

#include "notice/html_sanitizer.h"

#include <cmark.h>

#include <QCoreApplication>
#include <memory>

namespace nb {

QString renderNoticeMarkdown(const QString& markdown)
{
    const QByteArray source = markdown.toUtf8();
    // cmark allocates with malloc; free() is its documented way to release the result.
    std::unique_ptr<char, decltype(&std::free)> html(
        cmark_markdown_to_html(source.constData(), size_t(source.size()), CMARK_OPT_DEFAULT), &std::free);
    if (!html)
        return escapeHtml(markdown);
    // Dropped blocks (raw HTML) leave blank lines behind; they carry nothing.
    return sanitizeNoticeHtml(QString::fromUtf8(html.get())).trimmed();
}

nlohmann::json noticeMessageContent(const QString& text, bool markdown)
{
    nlohmann::json content = {{"msgtype", "m.text"}, {"body", text.toStdString()}};
    if (markdown) {
        content["format"] = "org.matrix.custom.html";
        content["formatted_body"] = renderNoticeMarkdown(text).toStdString();
    }
    return content;
}

QString noticeTooLarge(const nlohmann::json& content)
{
    const auto bytes = content.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).size();
    if (bytes <= size_t(maxNoticeContentBytes))
        return {};
    return QCoreApplication::translate("nb::AdminService",
        "The notice is %1 bytes as a Matrix event (with its HTML form, if Markdown); the most a "
        "server takes is %2. Shorten it.")
        .arg(bytes)
        .arg(maxNoticeContentBytes);
}

} // namespace nb
