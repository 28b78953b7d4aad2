#pragma once
// SIGTERM (a session logout, systemd, `kill`), SIGINT (Ctrl+C in a terminal) and SIGHUP
// (the terminal closed) ask the app to quit, and it then quits the normal way: the event
// loop ends, and what the destructors do on any quit happens (the store saved, the
// window's layout kept, the instance socket and the profile lock removed). Killed by the
// default action instead, it would leave those behind.
//
// A signal handler may do almost nothing safely, so it only writes the signal's number
// into a pipe; a QSocketNotifier on the other end turns that into `requested` in the event
// loop. The handler then puts the signal's default action back, so a second signal ends
// a quit that hangs.
#include <QObject>
#include <memory>

class QSocketNotifier;

namespace nb {

class QuitSignals : public QObject {
    Q_OBJECT
public:
    // Installs the handlers; one instance per process (the handlers are process-wide).
    explicit QuitSignals(QObject* parent = nullptr);
    ~QuitSignals() override; // puts the default actions back

signals:
    void requested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace nb
