#include "campaign_dialogs.h"

#include "campaign/rate_limit_lift.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb {

namespace {
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // quotes the notice and recipients' names
    label->setText(text);
    label->setWordWrap(true);
    return label;
}

QDialog* newDialog(QWidget* parent, const char* name, const QString& title)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QLatin1String(name));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

QCheckBox* liftCheck(QDialog* dialog, QVBoxLayout* layout, bool offer)
{
    auto* lift =
        new QCheckBox(QCoreApplication::translate("nb::CampaignDialogs", "Lift my rate limits while it runs"), dialog);
    lift->setObjectName(QStringLiteral("followUpLiftCheck"));
    lift->setToolTip(campaign::RateLimitLift::explanation());
    lift->setVisible(offer);
    layout->addWidget(lift);
    return lift;
}
} // namespace

QDialog* openRecallDialog(
    QWidget* parent, const QString& what, bool offerLift, std::function<void(const QString&, bool)> accepted)
{
    QDialog* dialog =
        newDialog(parent, "recallDialog", QCoreApplication::translate("nb::CampaignDialogs", "Recall a campaign"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(
        plainLabel(QCoreApplication::translate("nb::CampaignDialogs",
                       "Every notice of %1 that was delivered is withdrawn (redacted). Recipients' apps show it as "
                       "withdrawn by your server, with the reason below. This cannot be undone.")
                       .arg(what),
            dialog));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("recallReasonEdit"));
    reason->setPlaceholderText(
        QCoreApplication::translate("nb::CampaignDialogs", "Reason shown to recipients (optional)"));
    layout->addWidget(reason);
    QCheckBox* lift = liftCheck(dialog, layout, offerLift);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(QCoreApplication::translate("nb::CampaignDialogs", "Recall"));
    ok->setObjectName(QStringLiteral("confirmRecallButton"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::accepted, dialog,
        [reason, lift, accepted] { accepted(reason->text().trimmed(), lift->isChecked()); });
    dialog->resize(480, dialog->sizeHint().height());
    dialog->open();
    return dialog;
}

QDialog* openCorrectionDialog(QWidget* parent, const QString& what, const QString& currentText, bool markdown,
    bool offerLift, std::function<void(const QString&, bool, bool)> accepted)
{
    QDialog* dialog =
        newDialog(parent, "correctionDialog", QCoreApplication::translate("nb::CampaignDialogs", "Correct a campaign"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(plainLabel(QCoreApplication::translate("nb::CampaignDialogs",
                                     "Every notice of %1 that was delivered is edited to the text below; "
                                     "recipients see the new text, marked as edited.")
                                     .arg(what),
        dialog));
    auto* editor = new QPlainTextEdit(dialog);
    editor->setObjectName(QStringLiteral("correctionEdit"));
    editor->setAccessibleName(QCoreApplication::translate("nb::CampaignDialogs", "Corrected text"));
    editor->setTabChangesFocus(true);
    editor->setPlainText(currentText);
    layout->addWidget(editor, 1);
    auto* markdownCheck = new QCheckBox(QCoreApplication::translate("nb::CampaignDialogs", "Markdown"), dialog);
    markdownCheck->setObjectName(QStringLiteral("correctionMarkdownCheck"));
    markdownCheck->setChecked(markdown);
    layout->addWidget(markdownCheck);
    QCheckBox* lift = liftCheck(dialog, layout, offerLift);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(QCoreApplication::translate("nb::CampaignDialogs", "Correct"));
    ok->setObjectName(QStringLiteral("confirmCorrectButton"));
    layout->addWidget(buttons);
    // Nothing to send until the text says something.
    auto update = [editor, ok] { ok->setEnabled(!editor->toPlainText().trimmed().isEmpty()); };
    QObject::connect(editor, &QPlainTextEdit::textChanged, dialog, update);
    update();
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::accepted, dialog, [editor, markdownCheck, lift, accepted] {
        accepted(editor->toPlainText(), markdownCheck->isChecked(), lift->isChecked());
    });
    dialog->resize(560, 360);
    dialog->open();
    return dialog;
}

} // namespace nb
