#pragma once
// An inline bar above the content that says what happened after an action: an error
// in words (never a bare error code) or a short confirmation. Closable.
#include "theme_colors.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace nb {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    // Plain text; it is escaped, so server-provided words can never become markup.
    void showMessage(Kind kind, const QString& text);
    // Already-built rich text (the caller escaped everything that came from outside).
    void showRichMessage(Kind kind, const QString& html);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override; // a new theme: the light or the dark tints
    void paintEvent(QPaintEvent* event) override;

private:
    void applyKind(Kind kind);

    Kind m_kind = Kind::Info;
    bool m_applyingColors = false;
    theme::BoxColors boxColors() const;
    QLabel* m_icon;
    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace nb
