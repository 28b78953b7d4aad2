#include "notice_menu.h"

#include "inbox_view.h"
#include "notice_view.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace nb {

void addNoticeMenu(QMenuBar* bar, InboxView* inbox, NoticeView* view)
{
    QMenu* menu = bar->addMenu(QCoreApplication::translate("nb::NoticeMenu", "No&tice"));
    menu->setObjectName(QStringLiteral("noticeMenu"));
    auto add = [menu](const QString& text, const char* name, const QKeySequence& key, auto slot) {
        QAction* action = menu->addAction(text, menu, slot);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        return action;
    };
    add(QCoreApplication::translate("nb::NoticeMenu", "&Next notice"), "nextNoticeAction",
        QKeySequence(Qt::ALT | Qt::Key_Down), [inbox] { inbox->selectAdjacentRoom(1); });
    add(QCoreApplication::translate("nb::NoticeMenu", "&Previous notice"), "previousNoticeAction",
        QKeySequence(Qt::ALT | Qt::Key_Up), [inbox] { inbox->selectAdjacentRoom(-1); });
    add(QCoreApplication::translate("nb::NoticeMenu", "Go to the &inbox"), "focusInboxAction",
        QKeySequence(Qt::CTRL | Qt::Key_L), [inbox] { inbox->setFocus(Qt::ShortcutFocusReason); });
    menu->addSeparator();
    add(QCoreApplication::translate("nb::NoticeMenu", "&Reply"), "replyAction", QKeySequence(Qt::CTRL | Qt::Key_R),
        [view] { view->startReply(); });
    add(QCoreApplication::translate("nb::NoticeMenu", "&Archive"), "archiveAction",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [view] { view->archiveCurrent(); });
}

} // namespace nb
