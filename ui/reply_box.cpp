#include "reply_box.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>

namespace nb {

ReplyBox::ReplyBox(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("replyBox"));
    m_edit->setObjectName(QStringLiteral("replyEdit"));
    m_send->setObjectName(QStringLiteral("sendReplyButton"));
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setAccessibleDescription(tr("To your server's administrators. Ctrl+Enter sends."));
    m_edit->setPlaceholderText(tr("Write a reply to your server's administrators (Ctrl+Enter to send)"));
    m_edit->setTabChangesFocus(true);
    // Plain text only: a reply is a message to administrators, not a formatted document.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 14);
    m_edit->installEventFilter(this);
    m_send->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    m_send->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
        [this] { m_send->setEnabled(!m_edit->toPlainText().trimmed().isEmpty()); });
    connect(m_send, &QPushButton::clicked, this, &ReplyBox::requestSend);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_send, 0, Qt::AlignBottom);
}

QString ReplyBox::text() const
{
    return m_edit->toPlainText();
}

void ReplyBox::focusEdit()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void ReplyBox::clear()
{
    m_edit->clear();
}

void ReplyBox::setBusy(bool busy)
{
    m_edit->setReadOnly(busy);
    m_send->setEnabled(!busy && !m_edit->toPlainText().trimmed().isEmpty());
}

bool ReplyBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyBox::requestSend()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty() || m_edit->isReadOnly())
        return;
    emit sendRequested(text);
}

} // namespace nb
