// The pieces behind the inbox's looks, without a server: how a sender is named
// (sender_label.h: display names are chosen by their owners, so a name that could pass
// for someone else never stands alone), the palette's own colours (theme_colors.h:
// readable on light and dark bases), and avatar decoding (hostile images refused before
// their pixels are allocated).
#include "store/sender_label.h"
#include "ui/avatar_cache.h"
#include "ui/theme_colors.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTest>
#include <QtEndian>

using namespace nb;

namespace {
NoticeRoom roomWith(Trust trust, std::map<QString, MemberProfile> profiles)
{
    NoticeRoom room;
    room.trust = trust;
    room.profiles = std::move(profiles);
    return room;
}

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// PNG chunks carry a CRC-32 of their type and data: a forged header must have a good one,
// or the decoder stops at the CRC and the size check is never what refuses it.
quint32 crc32(const char* data, int size)
{
    quint32 crc = 0xffffffffu;
    for (int i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QPalette palette(QColor base, QColor text, QColor link)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Window, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Link, link);
    return p;
}
} // namespace

class TestLooksUnits : public QObject {
    Q_OBJECT

private slots:
    void senderLabels_data()
    {
        QTest::addColumn<bool>("official");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("otherName"); // another member's name ("" for none)
        QTest::addColumn<QString>("shownName");
        QTest::addColumn<bool>("showsId");
        const QString id = QStringLiteral("@notices:example.org");
        QTest::newRow("official notice sender by name") << true << "Server Notices"
                                                        << ""
                                                        << "Server Notices" << false;
        QTest::newRow("no display name: the ID") << true << ""
                                                 << "" << id << false;
        QTest::newRow("only invisible characters: the ID") << true << QString(QChar(0x200b)) << "" << id << false;
        QTest::newRow("unverified room: always the ID") << false << "Server Notices"
                                                        << ""
                                                        << "Server Notices" << true;
        QTest::newRow("two members share a name") << true << "Server Notices"
                                                  << "Server Notices"
                                                  << "Server Notices" << true;
        QTest::newRow("shared name differing in case and spaces") << true << "Server Notices"
                                                                  << "server   NOTICES "
                                                                  << "Server Notices" << true;
        QTest::newRow("shared name with a zero-width space")
            << true << "Server Notices" << QStringLiteral("Server\u200b Notices") << "Server Notices" << true;
        QTest::newRow("name looks like a Matrix ID") << true << "@admin:example.org"
                                                     << ""
                                                     << "@admin:example.org" << true;
        QTest::newRow("name hides a direction override")
            << true << QStringLiteral("Server \u202eseciton") << "" << QStringLiteral("Server \u202eseciton") << true;
        QTest::newRow("over-long name cut")
            << true << QString(200, QLatin1Char('x')) << "" << QString(63, QLatin1Char('x')) + QChar(0x2026) << false;
    }
    void senderLabels()
    {
        QFETCH(bool, official);
        QFETCH(QString, displayName);
        QFETCH(QString, otherName);
        QFETCH(QString, shownName);
        QFETCH(bool, showsId);
        const QString id = QStringLiteral("@notices:example.org");
        std::map<QString, MemberProfile> profiles {{id, {displayName, QStringLiteral("mxc://example.org/abc")}}};
        if (!otherName.isEmpty())
            profiles[QStringLiteral("@mallory:example.org")] = {otherName, {}};
        const SenderLabel label = senderLabel(roomWith(official ? Trust::Official : Trust::Unverified, profiles), id);
        QCOMPARE(label.name, shownName);
        QCOMPARE(label.showId, showsId);
        QCOMPARE(label.text().contains(id), showsId || shownName == id);
        QCOMPARE(label.avatarUrl, QStringLiteral("mxc://example.org/abc"));
    }

    void unknownSenderIsTheirId()
    {
        const SenderLabel label = senderLabel(roomWith(Trust::Official, {}), QStringLiteral("@x:example.org"));
        QCOMPARE(label.text(), QStringLiteral("@x:example.org"));
    }

    // Every text colour of the app's own reads on the base it is drawn on (WCAG AA, 4.5:1),
    // under light, dark and odd palettes.
    void coloursReadOnTheirBase_data()
    {
        QTest::addColumn<QPalette>("pal");
        QTest::newRow("light") << palette(Qt::white, Qt::black, QColor(0x0b, 0x57, 0xa0));
        QTest::newRow("dark") << palette(QColor(0x1e, 0x1f, 0x22), QColor(0xe6, 0xe6, 0xe6), QColor(0x0b, 0x57, 0xa0));
        QTest::newRow("dark, dark link") << palette(
            QColor(0x10, 0x10, 0x10), QColor(0xdd, 0xdd, 0xdd), QColor(0, 0, 0x80));
        QTest::newRow("solarized light") << palette(
            QColor(0xfd, 0xf6, 0xe3), QColor(0x65, 0x7b, 0x83), QColor(0x26, 0x8b, 0xd2));
    }
    void coloursReadOnTheirBase()
    {
        QFETCH(QPalette, pal);
        const QColor base = pal.color(QPalette::Base);
        const double textContrast = theme::contrastRatio(pal.color(QPalette::Text), base);
        for (const QColor& c :
            {theme::secondaryText(pal), theme::accentText(pal), theme::warningText(pal), theme::alertText(pal)})
            QVERIFY2(theme::contrastRatio(c, base) >= std::min(4.5, textContrast),
                qPrintable(QStringLiteral("%1 on %2").arg(c.name(), base.name())));
        for (const theme::BoxColors& box : {theme::officialBox(pal), theme::warningBox(pal), theme::infoBox(pal)}) {
            QVERIFY(theme::contrastRatio(box.text, box.background) >= 7.0);
            QVERIFY(theme::contrastRatio(box.link, box.background) >= 4.5);
        }
    }

    void contrastRatioIsWcag()
    {
        QCOMPARE(qRound(theme::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(theme::contrastRatio(Qt::red, Qt::red), 1.0);
    }

    // Hostile pictures: what decodeAvatar refuses before allocating anything for them.
    void avatarDecoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("decodes");
        QImage square(200, 100, QImage::Format_RGB32);
        square.fill(Qt::green);
        QTest::newRow("png") << encoded(square, "PNG") << true;
        QTest::newRow("jpeg") << encoded(square, "JPEG") << true;
        QTest::newRow("not an image") << QByteArray("<html>hello</html>") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("svg (a document, not a picture)")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>") << false;
        // A PNG whose header claims 100000 x 100000 pixels (a 40 GB image), in 100 bytes.
        QByteArray bomb = encoded(square, "PNG");
        qToBigEndian<quint32>(100000, bomb.data() + 16);
        qToBigEndian<quint32>(100000, bomb.data() + 20);
        qToBigEndian<quint32>(crc32(bomb.constData() + 12, 17), bomb.data() + 29); // IHDR: type + 13 bytes
        QTest::newRow("png claiming 100000x100000") << bomb << false;
        QTest::newRow("truncated png") << encoded(square, "PNG").left(40) << false;
    }
    void avatarDecoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, decodes);
        if (QByteArray(QTest::currentDataTag()).contains("100000")) {
            // The forged header itself is well-formed: it is the size check that refuses it.
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            QCOMPARE(QImageReader(&buffer).size(), QSize(100000, 100000));
        }
        const QImage image = decodeAvatar(bytes, 96);
        QCOMPARE(!image.isNull(), decodes);
        if (decodes) {
            QCOMPARE(image.size(), QSize(96, 96)); // cropped square, at the asked size
            QCOMPARE(image.pixelColor(48, 48).green() > 200, true);
        }
    }
};

QTEST_MAIN(TestLooksUnits)
#include "test_looks_units.moc"
