#pragma once
// The Notice menu of the inbox window: the keyboard's way through the inbox, each action
// with its shortcut shown in the menu. Alt+Down / Alt+Up as in Element's room list (the
// arrows alone move within the list when it has the focus; these work from anywhere in
// the window, the reply field included), Ctrl+R to reply as in mail programs, and
// Ctrl+Shift+A to archive (a chord, not one key: archiving leaves the room).
class QMenuBar;

namespace nb {

class InboxView;
class NoticeView;

void addNoticeMenu(QMenuBar* bar, InboxView* inbox, NoticeView* view);

} // namespace nb
