#include "theme_colors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QWidget>
#include <cmath>

namespace nb::theme {

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor base(const QPalette& palette)
{
    return palette.color(QPalette::Base);
}
} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor readable(const QColor& wanted, const QColor& background, const QColor& text, double minimum)
{
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mix(wanted, text, step / 10.0);
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return text; // the palette's own text colour: whatever its contrast, the theme chose it
}

QColor secondaryText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    return readable(mix(text, base(palette), 0.4), base(palette), text);
}

QColor accentText(const QPalette& palette)
{
    return readable(palette.color(QPalette::Link), base(palette), palette.color(QPalette::Text));
}

QColor warningText(const QPalette& palette)
{
    const QColor wanted = isDark(palette) ? QColor(0xf0, 0xb8, 0x4a) : QColor(0x8a, 0x4b, 0x00);
    return readable(wanted, base(palette), palette.color(QPalette::Text));
}

QColor alertText(const QPalette& palette)
{
    const QColor wanted = isDark(palette) ? QColor(0xff, 0x8a, 0x7a) : QColor(0x9c, 0x2b, 0x1f);
    return readable(wanted, base(palette), palette.color(QPalette::Text));
}

QColor warningMark(const QPalette&)
{
    return QColor(0xe0, 0xa1, 0x00); // amber reads as "caution" on light and dark alike
}

BoxColors officialBox(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0x1d, 0x36, 0x27), QColor(0x3f, 0x7d, 0x55), QColor(0xcd, 0xee, 0xd8), QColor(0x9f, 0xd8, 0xff)};
    return {QColor(0xe6, 0xf2, 0xea), QColor(0x9c, 0xc9, 0xab), QColor(0x1b, 0x4a, 0x2c), QColor(0x0b, 0x4f, 0x8a)};
}

BoxColors warningBox(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0x3a, 0x2d, 0x00), QColor(0xe0, 0xa1, 0x00), QColor(0xff, 0xe7, 0xa8), QColor(0x9f, 0xd8, 0xff)};
    return {QColor(0xff, 0xf4, 0xd6), QColor(0xe0, 0xa1, 0x00), QColor(0x4a, 0x30, 0x00), QColor(0x0b, 0x4f, 0x8a)};
}

BoxColors infoBox(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0x16, 0x32, 0x4d), QColor(0x4a, 0x90, 0xd9), QColor(0xd6, 0xe9, 0xfb), QColor(0x9f, 0xd8, 0xff)};
    return {QColor(0xdc, 0xeb, 0xf8), QColor(0x1f, 0x5f, 0x99), QColor(0x0f, 0x2d, 0x4a), QColor(0x0b, 0x4f, 0x8a)};
}

BoxColors errorBox(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0x44, 0x1d, 0x1a), QColor(0xb0, 0x4a, 0x40), QColor(0xff, 0xd9, 0xd4), QColor(0x9f, 0xd8, 0xff)};
    return {QColor(0xfd, 0xec, 0xea), QColor(0xe3, 0xa5, 0x9f), QColor(0x5c, 0x1a, 0x14), QColor(0x0b, 0x4f, 0x8a)};
}

void applyBoxPalette(QWidget* widget, const BoxColors& box)
{
    QPalette pal = widget->palette();
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        pal.setColor(role, box.text);
    pal.setColor(QPalette::Link, box.link);
    widget->setPalette(pal);
}

QPalette themePaletteFor(const QWidget* widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette();
}

QString withLinkColor(const QString& html, const QColor& color)
{
    static const QRegularExpression anchor(QStringLiteral("<a (style=\"color:#[0-9a-f]{6};\" )?href="));
    QString out = html;
    return out.replace(anchor, QStringLiteral("<a style=\"color:%1;\" href=").arg(color.name()));
}

void paintBox(QWidget* widget, const BoxColors& box, int border, bool bottomOnly)
{
    QPainter painter(widget);
    const QRectF r = QRectF(widget->rect());
    if (bottomOnly) {
        painter.fillRect(r, box.background);
        painter.fillRect(QRectF(r.left(), r.bottom() - border + 1, r.width(), border), box.border);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(r.adjusted(border / 2.0, border / 2.0, -border / 2.0, -border / 2.0), 4, 4);
    painter.fillPath(path, box.background);
    painter.setPen(QPen(box.border, border));
    painter.drawPath(path);
}

} // namespace nb::theme
