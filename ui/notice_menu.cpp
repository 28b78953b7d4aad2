#include "notice_menu.h"

#include "inbox_view.h"
#include "notice_view.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace nb {

void addNoticeMenu(QMenuBar* bar, InboxView* inbox, NoticeView* view)
{
    QMenu* menu = bar->addMenu(QStringLiteral("No&tice"));
    menu->setObjectName(QStringLiteral("noticeMenu"));
    auto add = [menu](const QString& text, const char* name, const QKeySequence& key, auto slot) {
        QAction* action = menu->addAction(text, menu, slot);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        return action;
    };
    add(QStringLiteral("&Next notice"), "nextNoticeAction", QKeySequence(Qt::ALT | Qt::Key_Down),
        [inbox] { inbox->selectAdjacentRoom(1); });
    add(QStringLiteral("&Previous notice"), "previousNoticeAction", QKeySequence(Qt::ALT | Qt::Key_Up),
        [inbox] { inbox->selectAdjacentRoom(-1); });
    add(QStringLiteral("Go to the &inbox"), "focusInboxAction", QKeySequence(Qt::CTRL | Qt::Key_L),
        [inbox] { inbox->setFocus(Qt::ShortcutFocusReason); });
    menu->addSeparator();
    add(QStringLiteral("&Reply"), "replyAction", QKeySequence(Qt::CTRL | Qt::Key_R), [view] { view->startReply(); });
    add(QStringLiteral("&Archive"), "archiveAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        [view] { view->archiveCurrent(); });
}

} // namespace nb
