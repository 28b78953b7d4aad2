#pragma once
// A usage limit the server has reached, learnt from a pinned m.server_notice in an
// official notice room or from an M_RESOURCE_LIMIT_EXCEEDED error (MSC4368).
#include "text/text_language.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace nb {

struct MatrixError;

struct UsageLimit {
    enum class Source { PinnedNotice, Error };
    QString limitType; // may be empty when the server gave none
    QString adminContact; // raw, as sent; use safeContactUrl() to link it
    Source source = Source::PinnedNotice;
    QString roomId; // PinnedNotice only
    QString eventId; // PinnedNotice only

    bool operator==(const UsageLimit&) const = default;
};

std::optional<UsageLimit> usageLimitFromError(const MatrixError& error);

// One plain sentence per limit_type; unknown types get a generic sentence. English (the
// default) for JSON and for notices sent to users; TextLanguage::User where it is shown.
QString describeUsageLimit(const QString& limitType, TextLanguage language = TextLanguage::English);

// The contact as a link only when its scheme is mailto (cleaned: plain addresses, subject,
// body; see mailto.h) or https; otherwise empty (a javascript: or file: contact must never
// become clickable, nor a mailto that attaches a file).
QUrl safeContactUrl(const QString& adminContact);

QString usageLimitSourceName(UsageLimit::Source source); // "pinned_notice" | "error"

} // namespace nb
