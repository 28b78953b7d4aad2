#pragma once
// The top of the notice view: the room's name (large), its topic (prominent: in
// notice rooms the topic often says what the notice is about), and the trust badge
// that tells an official notice from a room that only looks like one.
#include "store/notice_room.h"

#include <QFrame>

class QLabel;

namespace nb {

class NoticeHeader : public QWidget {
    Q_OBJECT
public:
    explicit NoticeHeader(QWidget* parent = nullptr);

    // serverName: the user's own server, named in the official badge.
    void setRoom(const NoticeRoom& room, const QString& serverName);
    void clear();

    static QString officialText(const QString& serverName);
    static QString unverifiedText(const QString& reason);

    // A name or topic can be as long as an event allows (64 KiB); shown whole it would push
    // the trust badge out of the window. Longer ones are cut (with "…"), the whole text is
    // in the label's tooltip.
    static constexpr int maxTitleChars = 150;
    static constexpr int maxTopicChars = 500;
    static QString shortened(const QString& text, int maxChars);

protected:
    void changeEvent(QEvent* event) override;

private:
    void styleBadge();

    bool m_official = false;
    QLabel* m_title;
    QLabel* m_topic;
    QFrame* m_badge;
    QLabel* m_badgeIcon;
    QLabel* m_badgeText;
};

} // namespace nb
