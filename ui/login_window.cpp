#include "login_window.h"

#include "icons.h"
#include "notice/html_sanitizer.h"
#include "safe_links.h"
#include "service/notice_service.h"
#include "usage_limit_banner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb {

LoginWindow::LoginWindow(NoticeService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_notice(new QLabel(this))
    , m_matrixId(new QLineEdit(this))
    , m_useHomeserver(new QCheckBox(tr("Use a homeserver address instead"), this))
    , m_homeserverRow(new QWidget(this))
    , m_homeserver(new QLineEdit(m_homeserverRow))
    , m_userName(new QLineEdit(m_homeserverRow))
    , m_password(new QLineEdit(this))
    , m_login(new QPushButton(tr("Log in"), this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loginWindow"));
    setWindowTitle(tr("Log in \u2013 Noticeboard"));
    setWindowIcon(icons::app());
    m_matrixId->setObjectName(QStringLiteral("matrixIdEdit"));
    m_useHomeserver->setObjectName(QStringLiteral("useHomeserverToggle"));
    m_homeserver->setObjectName(QStringLiteral("homeserverEdit"));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_notice->setObjectName(QStringLiteral("loginNotice"));

    m_matrixId->setPlaceholderText(QStringLiteral("@alice:example.org"));
    m_homeserver->setPlaceholderText(QStringLiteral("example.org or https://matrix.example.org"));
    m_userName->setPlaceholderText(QStringLiteral("alice"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setDefault(true);
    m_login->setMinimumWidth(110);

    auto* icon = new QLabel(this);
    icon->setPixmap(icons::app().pixmap(48, 48));
    auto* title = new QLabel(QStringLiteral("Noticeboard"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.7);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Log in to read the notices your Matrix server sends you."), this);
    subtitle->setWordWrap(true);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto* heading = new QHBoxLayout;
    heading->setSpacing(12);
    heading->addWidget(icon, 0, Qt::AlignTop);
    heading->addLayout(titles, 1);

    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();

    auto* hsForm = new QFormLayout(m_homeserverRow);
    hsForm->setContentsMargins(0, 0, 0, 0);
    hsForm->addRow(tr("Homeserver"), m_homeserver);
    hsForm->addRow(tr("User name"), m_userName);
    m_homeserverRow->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Matrix ID"), m_matrixId);
    form->addRow(QString(), m_useHomeserver);
    form->addRow(m_homeserverRow);
    form->addRow(tr("Password"), m_password);

    // The error is rich text only because of the contact link; everything in it that
    // came from the server is escaped first.
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_error->setOpenExternalLinks(false);
    m_error->setStyleSheet(
        QStringLiteral("QLabel#loginError { color: #5c1a14; background: #fdecea; border: 1px solid #e3a59f;"
                       " border-radius: 4px; padding: 8px; }"));
    m_error->hide();
    connect(m_error, &QLabel::linkActivated, this, [](const QString& link) { openSafeLink(QUrl(link)); });

    m_status->setTextFormat(Qt::PlainText);
    QPalette dim = m_status->palette();
    dim.setColor(QPalette::WindowText, QColor(0x5f, 0x6b, 0x76));
    m_status->setPalette(dim);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_login);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addLayout(heading);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setMinimumWidth(460);

    connect(m_useHomeserver, &QCheckBox::toggled, this, &LoginWindow::toggleHomeserverMode);
    connect(m_login, &QPushButton::clicked, this, &LoginWindow::submit);
    for (QLineEdit* edit : {m_matrixId, m_homeserver, m_userName, m_password}) {
        connect(edit, &QLineEdit::returnPressed, this, &LoginWindow::submit);
        connect(edit, &QLineEdit::textChanged, this, &LoginWindow::updateSubmitEnabled);
    }
    updateSubmitEnabled();
}

void LoginWindow::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginWindow::toggleHomeserverMode(bool useHomeserver)
{
    // One way of naming the account at a time, so it is clear which one is used.
    m_matrixId->setEnabled(!useHomeserver);
    m_homeserverRow->setVisible(useHomeserver);
    (useHomeserver ? m_homeserver : m_matrixId)->setFocus();
    updateSubmitEnabled();
}

void LoginWindow::updateSubmitEnabled()
{
    const bool named = m_useHomeserver->isChecked()
        ? !m_homeserver->text().trimmed().isEmpty() && !m_userName->text().trimmed().isEmpty()
        : !m_matrixId->text().trimmed().isEmpty();
    m_login->setEnabled(!m_busy && named && !m_password->text().isEmpty());
}

void LoginWindow::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w :
        std::initializer_list<QWidget*> {m_matrixId, m_useHomeserver, m_homeserver, m_userName, m_password})
        w->setEnabled(!busy && (w != m_matrixId || !m_useHomeserver->isChecked()));
    m_status->setText(busy ? tr("Logging in\u2026") : QString());
    updateSubmitEnabled();
}

void LoginWindow::submit()
{
    if (m_busy || !m_login->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    const bool hsMode = m_useHomeserver->isChecked();
    const QString user = hsMode ? m_userName->text().trimmed() : m_matrixId->text().trimmed();
    const QString server = hsMode ? m_homeserver->text().trimmed() : QString();
    QPointer<LoginWindow> self(this);
    m_service.login(user, server, m_password->text(), [self](ActionResult result) {
        if (self)
            self->finish(result);
    });
}

void LoginWindow::finish(const ActionResult& result)
{
    setBusy(false);
    if (!result.ok()) {
        showError(result);
        return;
    }
    m_password->clear();
    emit loggedIn(result.message);
}

void LoginWindow::showError(const ActionResult& result)
{
    if (auto limit = usageLimitFromError(result.error)) {
        m_error->setText(tr("<b>Login refused.</b> ") + UsageLimitBanner::bannerHtml(*limit));
    } else {
        m_error->setText(escapeHtml(result.message.isEmpty() ? tr("Login failed.") : result.message));
    }
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
}

} // namespace nb
