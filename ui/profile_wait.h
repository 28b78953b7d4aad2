#pragma once
// The app starting on a profile another process holds (profile_lock.h). Another app on it
// is asked to bring its window forward, and we are done. Anything else (a noticectl
// command, one waiting for a password typed into it, an app that does not answer) is
// waited for: briefly without a word, since commands take a second or two, then with a
// window that names the holder, says what to do, and offers Quit.
//
// Waiting rather than giving up with a message: most holders are short commands, and an
// app started at login that gave up would leave the user without notices until they
// noticed; waiting, it opens by itself when the holder lets go, and the window makes the
// wait visible and explains it. Quit ends the start with exit status 1 (noticeboard(1)).
#include <QObject>
#include <QPointer>

class QDialog;
class QEventLoop;
class QLabel;
class QTimer;

namespace nb {

class ProfileLock;

class ProfileWait : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Acquired, // the lock is ours: go on starting
        BroughtForward, // another app on the profile showed its window: exit 0
        Quit, // the user chose Quit in the window: exit 1
        Cancelled, // cancel() (a quit signal meanwhile): exit 0
    };
    // Silent for this long, then the window.
    static constexpr int kQuietMs = 2000;

    explicit ProfileWait(ProfileLock& lock, QObject* parent = nullptr);
    ~ProfileWait() override;

    // Returns at once when the lock is free; otherwise runs an event loop until one of
    // the outcomes.
    Outcome run();
    void cancel();
    // The window shown while waiting (null until shown), for tests.
    QDialog* window() const;

signals:
    void windowShown();

private:
    void poll();
    void showWindow();
    void finish(Outcome outcome);

    ProfileLock& m_lock;
    QPointer<QDialog> m_window;
    QLabel* m_text = nullptr;
    QTimer* m_timer = nullptr;
    QEventLoop* m_loop = nullptr;
    Outcome m_outcome = Outcome::Acquired;
    qint64 m_waitedMs = 0;
};

} // namespace nb
