// ComposePanel's read-outs of the form: the preview as recipients will see it (sanitised
// Markdown, or the usage-limit notice's fixed text) and how long the campaign takes at the
// server's pace (app/campaign/pace_estimate: Synapse's stock limits until a run measures).
#include "compose_panel.h"

#include "admin/markdown.h"
#include "admin/usage_limit_notice.h"
#include "campaign/pace_estimate.h"
#include "campaign/recipients.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextBrowser>

namespace nb {

using namespace nb::campaign;

int ComposePanel::recipientCount() const
{
    switch (m_recipientMode->currentIndex()) {
    case OneUser:
        return m_oneUser->text().trimmed().isEmpty() ? 0 : 1;
    case PastedList:
        return int(parseRecipientFile(m_userList->toPlainText().toUtf8()).users.size());
    default:
        return -1;
    }
}

void ComposePanel::updateEstimate()
{
    // Usage-limit notices go one by one through the admin API: no campaign, no estimate.
    if (m_usageLimit->isChecked()) {
        m_estimate->hide();
        return;
    }
    // Before the start only Synapse's stock limits are known; the run measures the server's
    // own pace and keeps the progress bar's "about N min left" current.
    PaceTracker pace;
    const bool rooms = m_viaRooms->isChecked();
    pace.begin(rooms ? PaceTracker::Cost::NoticeRoom : PaceTracker::Cost::ServerNotice, m_liftRateLimit->isChecked());
    const int count = recipientCount();
    if (count > 0) {
        const PaceEstimate estimate = pace.estimate(count);
        m_estimate->setText(tr("%1 recipient(s) take %2 at the server's pace — %3.")
                                .arg(count)
                                .arg(estimate.durationText(), estimate.source));
    } else {
        const PaceEstimate estimate = pace.estimate(100);
        m_estimate->setText(
            tr("Each 100 recipients take %1 at the server's pace — %2.").arg(estimate.durationText(), estimate.source));
    }
    m_estimate->show();
}

void ComposePanel::updatePreview()
{
    if (m_usageLimit->isChecked()) {
        // Exactly the text AdminService sends, so the admin sees what the user will read.
        const QString limitType = m_limitType->currentText().trimmed();
        QString html;
        if (m_clearUsageLimit->isChecked()) {
            html = tr("<p><i>Unpins the usage-limit notices%1 in each recipient's server notices "
                      "room. Their usage-limit banner goes away; other pins stay.</i></p>")
                       .arg(limitType.isEmpty() ? QString() : tr(" for “%1”").arg(limitType.toHtmlEscaped()));
        } else {
            const QString body = usageLimitNoticeBody(limitType, m_adminContact->text().trimmed());
            html = tr("<p>%1</p><p><i>Sent to each recipient's server notices room and pinned: their "
                      "app shows it as a usage-limit banner until you unpin it.</i></p>")
                       .arg(body.toHtmlEscaped());
        }
        m_preview->setHtml(html);
        return;
    }
    const QString text = m_editor->toPlainText();
    // renderNoticeMarkdown sanitises, so the preview shows only what receivers may render.
    if (m_markdown->isChecked())
        m_preview->setHtml(renderNoticeMarkdown(text));
    else
        m_preview->setPlainText(text);
}

} // namespace nb
