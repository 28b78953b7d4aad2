#include "profile_wait.h"

#include "client/instance_channel.h"
#include "client/profile_lock.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcProfileWait, "noticeboard.instance", QtInfoMsg)

namespace nb {

namespace {
constexpr int kPollMs = 250;
// A running app answers at once; one that is hung must not freeze this window for long.
constexpr int kAskToShowMs = 500;
} // namespace

ProfileWait::ProfileWait(ProfileLock& lock, QObject* parent)
    : QObject(parent)
    , m_lock(lock)
{
}

ProfileWait::~ProfileWait()
{
    delete m_window;
}

QDialog* ProfileWait::window() const
{
    return m_window;
}

ProfileWait::Outcome ProfileWait::run()
{
    if (m_lock.acquire(0))
        return Outcome::Acquired;
    QEventLoop loop;
    m_loop = &loop;
    QTimer timer;
    m_timer = &timer;
    QElapsedTimer clock;
    clock.start();
    connect(&timer, &QTimer::timeout, this, [this, &clock] {
        m_waitedMs = clock.elapsed();
        poll();
    });
    timer.start(kPollMs);
    QTimer::singleShot(0, this, [this] { poll(); });
    loop.exec();
    m_loop = nullptr;
    m_timer = nullptr;
    if (m_window)
        m_window->hide();
    return m_outcome;
}

void ProfileWait::cancel()
{
    finish(Outcome::Cancelled);
}

void ProfileWait::poll()
{
    if (!m_loop)
        return;
    if (m_lock.acquire(0)) {
        finish(Outcome::Acquired);
        return;
    }
    if (m_lock.heldByOther() && InstanceChannel::askToShow(m_lock.profileDir(), kAskToShowMs)) {
        qCInfo(lcProfileWait).noquote() << "Noticeboard is already open on" << m_lock.profileDir()
                                        << "- its window was brought to the front.";
        finish(Outcome::BroughtForward);
        return;
    }
    if (m_window || m_waitedMs >= kQuietMs)
        showWindow();
}

void ProfileWait::showWindow()
{
    const QString where = QDir::toNativeSeparators(m_lock.profileDir());
    QString text;
    if (m_lock.heldByOther()) {
        const QString who = m_lock.holder();
        text = tr("Noticeboard cannot open the profile %1 yet: %2 is using it.\n\n"
                  "Noticeboard opens by itself as soon as that program has finished. If it does not "
                  "finish (a command waiting for input in a terminal, or a program that hangs), end "
                  "it, or choose Quit.")
                   .arg(where, who.isEmpty() ? tr("another Noticeboard program") : who);
    } else {
        text = m_lock.message(); // the folder or the lock file is unusable: it says what to do
    }
    if (!m_window) {
        m_window = new QDialog;
        m_window->setObjectName(QStringLiteral("profileWaitWindow"));
        m_window->setWindowTitle(tr("Noticeboard is waiting for its profile"));
        auto* layout = new QVBoxLayout(m_window);
        m_text = new QLabel(m_window);
        m_text->setObjectName(QStringLiteral("profileWaitText"));
        m_text->setTextFormat(Qt::PlainText); // a path and a program name, never markup
        m_text->setWordWrap(true);
        // Wide enough that a profile path is not broken over three lines.
        m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 60);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_text);
        auto* buttons = new QDialogButtonBox(m_window);
        QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("profileWaitQuit"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, m_window, &QDialog::reject);
        // Quit, Escape and the window's close button alike.
        connect(m_window, &QDialog::rejected, this, [this] { finish(Outcome::Quit); });
    }
    if (m_text->text() != text) {
        m_text->setText(text);
        m_text->setAccessibleDescription(text);
        qCWarning(lcProfileWait).noquote() << text;
    }
    if (!m_window->isVisible()) {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        emit windowShown();
    }
}

void ProfileWait::finish(Outcome outcome)
{
    if (!m_loop)
        return;
    m_outcome = outcome;
    m_timer->stop();
    m_loop->quit();
}

} // namespace nb
