#pragma once
// mailto: links from the server (a usage limit's admin_contact, a link in a notice) reduced
// to what a person expects them to do: write to plain addresses, with at most a subject
// and a body. Everything else a mail program would honour (attach, cc, bcc, extra headers)
// is dropped, so a link cannot attach a local file or copy someone in.
#include <QUrl>

namespace nb {

// The cleaned link; empty when an address is not one plain address (display names,
// headers smuggled into the path, several @).
QUrl cleanMailto(const QUrl& url);

} // namespace nb
