#pragma once
// The one place where the app hands a URL to the desktop. Notices come from a server and
// may be hostile, so:
//  - only https and http links with a host, and mailto links with plain addresses, open
//    (the schemes the notice sanitiser keeps; matrix.to links are https);
//  - a mailto link keeps only its addresses, subject and body: no attach, cc, bcc, to,
//    in-reply-to or any other header a mail program might act on;
//  - where a link's visible text is not its target ("Click here", or an address that is not
//    the real one), the real target is shown and the user confirms before it opens.
// Tests watch what opens with QDesktopServices::setUrlHandler.
#include <QStringList>
#include <QUrl>

class QWidget;

namespace nb {

// What would really be opened for `url`, or an empty QUrl when it must not open.
QUrl safeLinkTarget(const QUrl& url);

// Whether the visible text of a link names its target: the same URL (the scheme may be left
// out, a trailing slash does not count), or for mailto the same address list.
bool linkTextShowsTarget(const QString& text, const QUrl& target);

// The words of the confirmation, plain text: where the link really leads (its host on a
// line of its own, in ASCII form when it is an international name) and what its text said.
QString linkConfirmationText(const QUrl& target, const QStringList& shownTexts);

enum class LinkOutcome { Opened, Refused, Asking, Failed };

// Opens `url` when it is safe and every one of `shownTexts` (the link's visible text; one
// entry per place the link appears) names its target. Otherwise, when it is safe, a
// window-modal box (object name "linkConfirmBox", button "openLinkButton") names the real
// target and the link opens only when the user says so. Returns at once.
LinkOutcome openCheckedLink(QWidget* parent, const QUrl& url, const QStringList& shownTexts);

// For links whose text the app wrote itself from the target (the usage-limit banner's
// contact): opens safeLinkTarget(url) when there is one; returns whether it did.
bool openSafeLink(const QUrl& url);

} // namespace nb
