#pragma once
// The few colours of the app's own, derived from the palette so they read on light and
// dark themes alike. Each text colour is checked against the background it is drawn on
// (WCAG contrast, at least 4.5:1) and moved towards the palette's text colour until it
// passes; the boxes (trust badge, banner) have a light and a dark set, each checked.
#include <QColor>
#include <QPalette>

class QWidget;

namespace nb::theme {

// WCAG 2 contrast ratio between two colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// The palette is a dark one: its base is darker than its text.
bool isDark(const QPalette& palette);
// `wanted`, or a blend of it towards `text` just enough to reach `minimum` on `background`.
QColor readable(const QColor& wanted, const QColor& background, const QColor& text, double minimum = 4.5);

// Text colours for a view's Base background.
QColor secondaryText(const QPalette& palette); // dates, "(edited)": quieter, still readable
QColor accentText(const QPalette& palette); // links, "Your reply", an official invitation
QColor warningText(const QPalette& palette); // "Unverified ..."
QColor alertText(const QPalette& palette); // "Pinned"
// The amber edge of an unverified room (not text: a mark next to the row).
QColor warningMark(const QPalette& palette);

struct BoxColors {
    QColor background;
    QColor border;
    QColor text;
    QColor link;
};
BoxColors officialBox(const QPalette& palette); // the quiet green "Official notice" badge
BoxColors warningBox(const QPalette& palette); // the amber "Not verified" badge
BoxColors infoBox(const QPalette& palette); // the usage-limit banner
BoxColors errorBox(const QPalette& palette); // a message bar saying something failed
// A box's colours go into its palette (text, links), and the box paints its own background
// and border (paintBox): no style sheet, because a widget with one hears nothing of a new
// theme (Qt sends it no palette change), and would stay light on a dark desktop.
void applyBoxPalette(QWidget* widget, const BoxColors& box);
// The palette to judge light or dark by: the parent's (what the theme gives the box).
QPalette themePaletteFor(const QWidget* widget);
// Rich text whose links (<a href=...>) are drawn in `color`: Qt colours a link when the
// text is set, from the application's palette, which is not the box's.
QString withLinkColor(const QString& html, const QColor& color);
// Background, and a border of `border` px all round (radius 4) or only at the bottom.
void paintBox(QWidget* widget, const BoxColors& box, int border, bool bottomOnly);

} // namespace nb::theme
