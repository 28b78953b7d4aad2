#include "settings_dialog.h"

#include "matrix/user_id.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb {

SettingsDialog::SettingsDialog(const QStringList& trustedSenders, bool opensOfficialInvites, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(new QLabel(this))
    , m_openInvites(new QCheckBox(tr("Open notices from my server without asking"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings \u2013 Noticeboard"));
    m_list->setObjectName(QStringLiteral("trustedSendersList"));
    m_input->setObjectName(QStringLiteral("trustedSenderEdit"));
    m_list->setAccessibleName(tr("Trusted notice senders"));
    m_input->setAccessibleName(tr("Matrix ID of a sender to trust"));
    m_add->setObjectName(QStringLiteral("addTrustedSenderButton"));
    m_remove->setObjectName(QStringLiteral("removeTrustedSenderButton"));
    m_openInvites->setObjectName(QStringLiteral("openOfficialInvitesCheck"));
    m_openInvites->setChecked(opensOfficialInvites);
    m_openInvites->setToolTip(
        tr("A notice your server sends can arrive as an invitation. Opened, its text and any usage "
           "limit it announces are shown at once. Invitations that are not verified as your "
           "server\u2019s are never opened by themselves."));

    auto* heading = new QLabel(tr("<b>Trusted notice senders</b>"), this);
    auto* explanation =
        new QLabel(tr("Notice rooms created by these Matrix accounts on your own server are shown as official "
                      "notices; add only accounts you know your server\u2019s administrators use."),
            this);
    explanation->setWordWrap(true);
    m_list->addItems(trustedSenders);
    m_input->setPlaceholderText(QStringLiteral("@admin:example.org"));
    m_error->setTextFormat(Qt::PlainText); // quotes what was typed
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8a1f14;"));
    m_error->hide();

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_remove);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addLayout(inputRow);
    layout->addWidget(m_error);
    layout->addWidget(m_openInvites);
    // MSC4279: on unless turned off. Off sends private receipts (m.read.private), so the user's
    // own unread counts still follow what they read, and the sender sees nothing.
    m_publicReceipts = new QCheckBox(tr("Let the senders see when I have read a notice"), this);
    m_publicReceipts->setObjectName(QStringLiteral("publicReadReceiptsCheck"));
    m_publicReceipts->setChecked(true);
    m_publicReceipts->setToolTip(tr("When this is off, Noticeboard still marks notices as read for you, "
                                    "but privately: whoever sent them is not told."));
    layout->addWidget(m_publicReceipts);
    layout->addWidget(buttons);
    resize(460, 360);

    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addSender);
    connect(m_input, &QLineEdit::returnPressed, this, &SettingsDialog::addSender);
    connect(m_input, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateButtons();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::updateButtons);
    updateButtons();
}

QStringList SettingsDialog::trustedSenders() const
{
    QStringList senders;
    for (int row = 0; row < m_list->count(); ++row)
        senders.append(m_list->item(row)->text());
    return senders;
}

bool SettingsDialog::opensOfficialInvites() const
{
    return m_openInvites->isChecked();
}

void SettingsDialog::setSendsPublicReadReceipts(bool sendPublic)
{
    m_publicReceipts->setChecked(sendPublic);
}

bool SettingsDialog::sendsPublicReadReceipts() const
{
    return m_publicReceipts->isChecked();
}

void SettingsDialog::addSection(QWidget* section)
{
    auto* box = qobject_cast<QVBoxLayout*>(layout());
    section->setParent(this);
    box->insertWidget(box->count() - 1, section); // the last item is the button row
    resize(width(), qMax(height(), sizeHint().height())); // room for it, nothing squeezed
}

void SettingsDialog::addSender()
{
    const QString id = m_input->text().trimmed();
    if (!isValidUserId(id)) {
        m_error->setText(tr("\u201c%1\u201d is not a Matrix ID. It looks like @name:example.org.").arg(id));
        m_error->show();
        return;
    }
    m_error->hide();
    if (!trustedSenders().contains(id))
        m_list->addItem(id);
    m_input->clear();
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace nb
