#include "store/sender_label.h"

#include <QRegularExpression>

namespace nb {

namespace {

bool hidesCharacters(const QString& name)
{
    for (const QChar c : name)
        if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            return true; // zero-width spaces and joiners, direction overrides and isolates, controls
    return false;
}

bool looksLikeUserId(const QString& name)
{
    static const QRegularExpression userIdLike(QStringLiteral("@\\S*:"));
    return userIdLike.match(name).hasMatch();
}

QString cut(const QString& name)
{
    if (name.size() <= maxNameChars)
        return name;
    qsizetype end = maxNameChars - 1;
    if (name.at(end - 1).isHighSurrogate())
        --end; // never half a character
    return name.left(end) + QChar(0x2026);
}

} // namespace

QString comparableName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (c.category() != QChar::Other_Format)
            out += c;
    return out.simplified().toCaseFolded();
}

QString SenderLabel::text() const
{
    return showId ? QStringLiteral("%1 (%2)").arg(name, userId) : name;
}

SenderLabel senderLabel(const NoticeRoom& room, const QString& userId)
{
    SenderLabel label;
    label.userId = userId;
    label.name = userId;
    const auto it = room.profiles.find(userId);
    if (it == room.profiles.end())
        return label;
    label.avatarUrl = it->second.avatarUrl;
    const QString name = it->second.displayName.trimmed();
    const QString key = comparableName(name);
    if (key.isEmpty())
        return label; // no name, or only invisible characters: the ID is the name
    label.name = cut(name);
    bool shared = false;
    for (const auto& [otherId, profile] : room.profiles)
        if (otherId != userId && comparableName(profile.displayName) == key) {
            shared = true;
            break;
        }
    label.showId = room.trust != Trust::Official || shared || looksLikeUserId(name) || hidesCharacters(name);
    return label;
}

QString roomSenderId(const NoticeRoom& room)
{
    for (auto it = room.notices.rbegin(); it != room.notices.rend(); ++it)
        if (it->fromNoticeSender)
            return it->sender;
    if (!room.inviter.isEmpty())
        return room.inviter;
    return room.creator;
}

} // namespace nb
