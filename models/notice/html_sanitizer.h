#pragma once
// Notice bodies come as org.matrix.custom.html. Render only a safe subset: no scripts,
// styles, forms or frames; no remote images; links only with safe schemes.
#include <QString>

namespace nb {

// Returns well-formed HTML using only allow-listed tags and attributes.
// Unknown tags are dropped but their text is kept; script/style contents are dropped;
// <img> is replaced by its alt text; <a href> keeps only https, http, mailto and matrix.to
// targets (others lose the link, keep the text).
QString sanitizeNoticeHtml(const QString& html);

bool isSafeLinkScheme(const QString& url);

// Escapes plain text for inclusion in HTML.
QString escapeHtml(const QString& text);

} // namespace nb
