#pragma once
// Notice bodies written in Markdown, sent the way MSC4279 asks: msgtype m.text with the
// Markdown source as `body` and sanitised HTML as `formatted_body`.
#include <QString>
#include <nlohmann/json.hpp>

namespace nb {

// CommonMark to HTML (libcmark, CMARK_OPT_DEFAULT: raw HTML in the source is omitted),
// then through the notice sanitiser, so what we send is what receivers may render.
QString renderNoticeMarkdown(const QString& markdown);

// The m.room.message content for a notice; `markdown` false sends plain text only.
nlohmann::json noticeMessageContent(const QString& text, bool markdown);

// Why `content` is too big to send (empty: it is not). A Matrix event is at most 64 KiB
// of JSON, and the server adds its own fields (IDs, signatures, a campaign's marker);
// refusing here costs nothing, while the server would refuse it after a campaign had
// already made every recipient's room.
QString noticeTooLarge(const nlohmann::json& content);
inline constexpr int maxNoticeContentBytes = 60000;

} // namespace nb
