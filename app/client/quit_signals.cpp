#include "quit_signals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace nb {

namespace {
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
// Written by the handler, read by the notifier; process-wide like the handlers themselves.
int g_pipe[2] = {-1, -1};

void setAction(int signalNumber, void (*handler)(int))
{
    struct sigaction action { };
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

// Async-signal-safe only: write(), sigaction() and errno.
extern "C" void onQuitSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    setAction(signalNumber, SIG_DFL);
    errno = savedErrno;
}
} // namespace

QuitSignals::QuitSignals(QObject* parent)
    : QObject(parent)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // the signals keep their default action: the app still ends, if less tidily
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(g_pipe[0], &byte, 1) == 1)
            emit requested(int(byte));
    });
    for (const int signalNumber : kSignals)
        setAction(signalNumber, onQuitSignal);
}

QuitSignals::~QuitSignals()
{
    for (const int signalNumber : kSignals)
        setAction(signalNumber, SIG_DFL);
    m_notifier.reset();
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

} // namespace nb
