#pragma once
// noticectl's command line: each command declares the options it takes, and anything
// else is refused before the command runs (exit 2), naming the option and the closest
// one the command knows. A misspelt flag must never be ignored: `notify --alow-leave`
// used to send the whole campaign with the leave rule it was meant to change.
#include "cli.h"

#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>

namespace nb::cli {

struct CommandOptions {
    QStringList values; // --name VALUE (or --name=VALUE)
    QStringList flags; // --name
    QStringList repeatable; // value options that may be given more than once (--to)
    int arguments = -1; // how many arguments besides options; -1: the command checks them
};

// Options every command takes.
const CommandOptions& globalOptions(); // --profile DIR, --json, --help

// Longest single argument: far above any real notice (Matrix events are at most 64 KiB)
// and below what would make a typo (a file pasted whole) expensive.
inline constexpr qsizetype maxArgumentBytes = 64 * 1024;

// Parses argv (args[0] is the program). `commands` maps each command to its options.
// On a problem returns nullopt with *error in words.
std::optional<Invocation> parseCommandLine(
    const QStringList& args, const QMap<QString, CommandOptions>& commands, QString* error);

// The known name nearest to `given` (edit distance), if it is near enough to be a typo.
std::optional<QString> closestName(const QString& given, const QStringList& known);

} // namespace nb::cli
