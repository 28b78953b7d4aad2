#pragma once
// The small dialogs of the Campaigns panel's follow-ups: the reason for a recall, the new
// text of a correction. Window-modal and asynchronous (open(), not exec()), so a running
// delivery keeps updating meanwhile; each deletes itself when closed.
#include <QString>
#include <functional>

class QWidget;
class QDialog;

namespace nb {

// `what`: the campaign in words. `offerLift`: show "Lift my rate limits while it runs".
// accepted(reason, lift) when the admin presses Recall.
QDialog* openRecallDialog(QWidget* parent, const QString& what, bool offerLift,
    std::function<void(const QString& reason, bool lift)> accepted);

// Prefilled with the text recipients see now. accepted(text, markdown, lift).
QDialog* openCorrectionDialog(QWidget* parent, const QString& what, const QString& currentText, bool markdown,
    bool offerLift, std::function<void(const QString& text, bool markdown, bool lift)> accepted);

} // namespace nb
