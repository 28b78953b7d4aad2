// Lint for the translations (resources/translations/*.ts, issue 9): every entry is finished
// (no "unfinished", "vanished" or "obsolete" left by lupdate), none is empty, and each
// translation keeps the placeholders of its source (%1, %2 ... and %n): a translation that
// drops %1 shows the user a sentence without the name it was about, one with a %3 the
// source lacks shows a literal "%3".
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The placeholders in a text, sorted, so "%2 … %1" and "%1 … %2" compare equal.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

struct Message {
    QString context;
    QString source;
    QString type; // the translation's type attribute: empty when finished
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = Message {context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.forms.isEmpty())
                current.forms << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void everyEntryIsFinished_detectsUnfinished();
};

void TestTranslations::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(NB_TRANSLATIONS_SOURCE_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(files.contains(QStringLiteral("noticeboard_de.ts")), "no German translation");
    QVERIFY2(files.contains(QStringLiteral("noticeboard_fr.ts")), "no French translation");
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTranslations::everyEntryIsFinished()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, "suspiciously few entries: was lupdate run on the right sources?");
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QStringLiteral("\"");
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(" is ") + m.type;
            continue;
        }
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << where + QStringLiteral(" has an empty translation");
            else if (placeholders(form) != placeholders(m.source))
                problems << where + QStringLiteral(" has placeholders ") + placeholders(form).join(QLatin1Char(','))
                        + QStringLiteral(" instead of ") + placeholders(m.source).join(QLatin1Char(','));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The lint itself: an unfinished entry and a lost placeholder are found.
void TestTranslations::everyEntryIsFinished_detectsUnfinished()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"(<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">
<context><name>X</name>
<message><source>Signed in as %1</source><translation>Angemeldet</translation></message>
<message><source>Quit</source><translation type="unfinished"></translation></message>
</context></TS>)");
    file.close();
    QString error;
    const QList<Message> messages = readTs(file.fileName(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 2);
    QVERIFY(placeholders(messages[0].forms.value(0)) != placeholders(messages[0].source));
    QCOMPARE(messages[1].type, QStringLiteral("unfinished"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
