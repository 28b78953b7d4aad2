// nb_render_icon SVG SIZE PNG: draws the app icon at one size for the hicolor icon theme.
// A build-time tool, so the PNG sizes come from the one SVG instead of being kept by hand;
// it reads the SVG through Qt's SVG image plugin, the same one the app draws it with.
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool isNumber = false;
    const int size = args.value(2).toInt(&isNumber);
    if (args.size() != 4 || !isNumber || size < 1 || size > 1024) {
        std::fprintf(stderr, "usage: nb_render_icon SVG SIZE PNG (SIZE in pixels, 1 to 1024)\n");
        return 2;
    }
    QImageReader reader(args[1]);
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr, "nb_render_icon: cannot draw %s: %s (is Qt's SVG image plugin, libqt6svg6, installed?)\n",
            qPrintable(args[1]), qPrintable(reader.errorString()));
        return 1;
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args[3], "PNG")) {
        std::fprintf(stderr, "nb_render_icon: cannot write %s\n", qPrintable(args[3]));
        return 1;
    }
    return 0;
}
