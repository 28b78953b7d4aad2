#include "options.h"

#include "terminal_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace nb::cli {

namespace {

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

QStringList allNames(const CommandOptions& options)
{
    return options.values + options.flags;
}

// The option as the user should read it back (it may hold escape characters).
QString shown(const QString& name)
{
    return QStringLiteral("--") + terminalLine(name.left(60)) + (name.size() > 60 ? QStringLiteral("…") : QString());
}

QString unknownOption(const QString& name, const QString& command, const CommandOptions& accepted,
    const QMap<QString, CommandOptions>& commands)
{
    const QString where =
        command.isEmpty() ? QString() : QCoreApplication::translate("noticectl", " for '%1'").arg(command);
    QString message = QCoreApplication::translate("noticectl", "Unknown option %1%2.").arg(shown(name), where);
    if (const auto near = closestName(name, allNames(accepted) + allNames(globalOptions())))
        return message + QCoreApplication::translate("noticectl", " Did you mean --%1?").arg(*near);
    QStringList others;
    for (auto it = commands.begin(); it != commands.end(); ++it)
        if (allNames(it.value()).contains(name))
            others << it.key();
    if (!others.isEmpty())
        message += QCoreApplication::translate("noticectl", " It is an option of '%1'.")
                       .arg(others.join(QStringLiteral("', '")));
    return message;
}

} // namespace

const CommandOptions& globalOptions()
{
    static const CommandOptions options {
        {QStringLiteral("profile")}, {QStringLiteral("json"), QStringLiteral("help")}, {}};
    return options;
}

std::optional<QString> closestName(const QString& given, const QStringList& known)
{
    std::optional<QString> best;
    int bestDistance = 0;
    for (const QString& name : known) {
        const int distance = editDistance(given.toLower(), name);
        if (!best || distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    // A typo, not another word: at most 2 edits, and fewer than a third of the name.
    if (best && bestDistance <= std::min<qsizetype>(2, std::max<qsizetype>(1, best->size() / 3)))
        return best;
    return std::nullopt;
}

std::optional<Invocation> parseCommandLine(
    const QStringList& args, const QMap<QString, CommandOptions>& commands, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 1; i < args.size(); ++i)
        if (args[i].toUtf8().size() > maxArgumentBytes)
            return fail(QCoreApplication::translate(
                "noticectl", "Argument %1 is %2 bytes long; the most noticectl takes is %3.")
                            .arg(i)
                            .arg(args[i].toUtf8().size())
                            .arg(maxArgumentBytes));

    // Pass 1: find the command, skipping the values of any value option, so options may
    // come before it (`noticectl --profile DIR inbox`).
    QSet<QString> anyValueOption(globalOptions().values.cbegin(), globalOptions().values.cend());
    for (const CommandOptions& options : commands)
        for (const QString& name : options.values)
            anyValueOption.insert(name);
    QString command;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(QLatin1String("--"))) {
            if (!arg.contains(QLatin1Char('=')) && anyValueOption.contains(arg.mid(2)))
                ++i;
            continue;
        }
        command = arg;
        break;
    }
    const auto known = commands.constFind(command);
    const CommandOptions accepted = known == commands.cend() ? CommandOptions {} : *known;
    const QStringList values = accepted.values + globalOptions().values;
    const QStringList flags = accepted.flags + globalOptions().flags;

    // Pass 2: every option must be one this command takes.
    Invocation call;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (optionsEnded || !arg.startsWith(QLatin1String("--"))) {
            // "-allow-leave" or "-json" is a typo of an option, not the text of a notice
            // (it was sent as one); text that starts with a dash goes after --.
            if (!optionsEnded && arg.size() > 1 && arg.startsWith(QLatin1Char('-'))) {
                const QString name = arg.mid(1).section(QLatin1Char('='), 0, 0);
                const bool isOption = values.contains(name) || flags.contains(name);
                return fail(
                    QCoreApplication::translate("noticectl",
                        "%1 is not an option: options start with two dashes%2. Text that "
                        "starts with a dash goes after --.")
                        .arg(terminalLine(arg.left(60)), isOption ? QStringLiteral(" (--%1)").arg(name) : QString()));
            }
            if (call.command.isEmpty())
                call.command = arg;
            else
                call.positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true; // what follows is text, even when it starts with --
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name)) {
            if (inlineValue)
                return fail(QCoreApplication::translate("noticectl", "--%1 takes no value.").arg(name));
            if (call.options.contains(name))
                return fail(QCoreApplication::translate("noticectl", "--%1 was given more than once.").arg(name));
            if (name == QLatin1String("json"))
                call.json = true;
            call.options[name].append(QString());
            continue;
        }
        if (!values.contains(name)) {
            if (known == commands.cend() && !call.command.isEmpty())
                continue; // the unknown command is reported instead
            return fail(unknownOption(name, call.command, accepted, commands));
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else {
            // `--journal --json` is a missing value, not a journal named "--json".
            const QString next = args.value(i + 1);
            if (i + 1 >= args.size()
                || (next.startsWith(QLatin1String("--"))
                    && (next == QLatin1String("--") || values.contains(next.mid(2).section(QLatin1Char('='), 0, 0))
                        || flags.contains(next.mid(2).section(QLatin1Char('='), 0, 0)))))
                return fail(QCoreApplication::translate("noticectl", "--%1 needs a value.").arg(name));
            value = args[++i];
        }
        if (call.options.contains(name) && !accepted.repeatable.contains(name))
            return fail(QCoreApplication::translate("noticectl", "--%1 was given more than once.").arg(name));
        call.options[name].append(value);
    }
    if (accepted.arguments >= 0 && call.positional.size() > accepted.arguments) {
        const QString extra = call.positional.value(accepted.arguments);
        return fail(QCoreApplication::translate("noticectl", "'%1' takes %2; '%3' is one too many.%4")
                        .arg(call.command,
                            accepted.arguments == 0 ? QCoreApplication::translate("noticectl", "no arguments")
                                                    : QCoreApplication::translate(
                                                        "noticectl", "%n argument(s)", nullptr, accepted.arguments),
                            terminalLine(extra.left(60)),
                            values.contains(extra) || flags.contains(extra)
                                ? QCoreApplication::translate("noticectl", " Did you mean --%1?").arg(extra)
                                : QString()));
    }
    return call;
}

} // namespace nb::cli
