#pragma once
// The app's few icons, hand-written SVG from resources/. Each falls back to a Qt
// standard icon when the SVG icon engine is missing, so no marker ever goes blank.
#include <QIcon>

namespace nb::icons {

QIcon app();
QIcon warning();
QIcon official();
QIcon pinned();
QIcon usageLimit();

} // namespace nb::icons
