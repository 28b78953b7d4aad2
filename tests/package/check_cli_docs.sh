#!/usr/bin/env bash
# check_cli_docs.sh completion|man NOTICECTL FILE
# check_cli_docs.sh man-options BINARY MANPAGE
#
# `noticectl --help` is the list of commands and options (app/noticectl/main.cpp); the bash
# completion and the man page are written by hand next to it and would quietly fall behind
# when a command or option is added. This reads the help and checks FILE against it:
#   completion FILE  (packaging/completion/noticectl): every command is offered, exactly those
#                    (plus `help`); every option on a command's help line is offered after that
#                    command; an option shown as `--opt a|b` offers exactly a and b.
#   man FILE         (packaging/man/noticectl.1): every command and option is in the page.
#   man-options      the same for a program without commands (noticeboard and its man page).
set -euo pipefail

mode=${1:?completion, man or man-options} noticectl=${2:?noticectl binary} file=${3:?file to check}
failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }

# man-options BINARY PAGE: every --option of BINARY --help is in the man page (noticeboard).
if [ "$mode" = man-options ]; then
    page=$(env LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$file" 2>/dev/null | col -b)
    options=$(env LC_ALL=C LANG=C LANGUAGE= "$noticectl" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    [ -n "$options" ] || fail "$noticectl --help lists no options"
    for opt in $options; do
        grep -qE -- "${opt}([^a-z-]|$)" <<<"$page" || fail "the man page does not mention $opt"
    done
    [ "$failures" -eq 0 ] || exit 1
    echo "check_cli_docs.sh man-options: $file mentions all $(wc -w <<<"$options") options of $noticectl --help"
    exit 0
fi

# The help in English whatever the machine's locale (translations are on their way).
help=$(env LC_ALL=C LANG=C LANGUAGE= "$noticectl" --help)

# One entry per command line of the help: "  room create --preset ..." with continuation
# lines (indented further) joined on, and "pin ROOM EVENT, unpin ROOM EVENT" split in two.
entries=()
current=''
flush() { [ -n "$current" ] && entries+=("$current"); current=''; }
while IFS= read -r line; do
    if [[ $line =~ ^\ \ [a-z] ]]; then
        flush
        current=${line#  }
    elif [[ -n $current && $line =~ ^\ {4,}[^\ ] ]]; then
        current+=" ${line#"${line%%[! ]*}"}"
    else
        flush
    fi
done <<<"$help"
flush
split_entries=()
for entry in "${entries[@]}"; do
    # ", unpin ROOM": a second command (then an argument); ", if any" is description.
    while [[ $entry =~ ^(.*),\ ([a-z][a-z-]*\ [A-Z].*)$ ]]; do
        split_entries+=("${BASH_REMATCH[1]}")
        entry=${BASH_REMATCH[2]}
    done
    split_entries+=("$entry")
done
[ "${#split_entries[@]}" -ge 15 ] || fail "read only ${#split_entries[@]} commands from noticectl --help"

# "room create --preset notice|notice_readonly ..." -> command words "room create": the
# command and its sub-command, if any ("send ROOM TEXT" stops at ROOM).
command_words() {
    local word out=()
    for word in $1; do
        [[ $word =~ ^[a-z][a-z-]*$ ]] || break
        out+=("$word")
        [ "${#out[@]}" -eq 2 ] && break
    done
    echo "${out[*]}"
}
options_of() { grep -oE -- '--[a-z][a-z-]*' <<<"$1" | sort -u || true; }

if [ "$mode" = completion ]; then
    # shellcheck source=/dev/null
    source /usr/share/bash-completion/bash_completion
    # shellcheck source=/dev/null
    source "$file"
    # complete WORD... : what completing the last WORD (may be empty) offers, one a line.
    complete() {
        COMP_WORDS=(noticectl "$@")
        COMP_CWORD=$#
        COMP_LINE="${COMP_WORDS[*]}"
        COMP_POINT=${#COMP_LINE}
        COMPREPLY=()
        _noticectl noticectl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\n' "${COMPREPLY[@]}" | sort -u
    }
    expected=$(for e in "${split_entries[@]}"; do w=$(command_words "$e"); echo "${w%% *}"; done | sort -u)
    offered=$(complete '' | grep -vx help)
    [ "$expected" = "$offered" ] ||
        fail "commands: help lists [$(echo $expected)], completion offers [$(echo $offered)]"
    for e in "${split_entries[@]}"; do
        read -ra cmd <<<"$(command_words "$e")"
        if [ "${#cmd[@]}" -eq 2 ]; then
            complete "${cmd[0]}" '' | grep -qx -- "${cmd[1]}" ||
                fail "'${cmd[0]} ' does not offer '${cmd[1]}'"
        fi
        got=$(complete "${cmd[@]}" --)
        for opt in $(options_of "$e"); do
            grep -qx -- "$opt" <<<"$got" || fail "'${cmd[*]} --' does not offer $opt (help: $e)"
        done
        # --opt a|b (lower-case words): exactly those values.
        while read -r opt values; do
            [ -n "$opt" ] || continue
            want=$(tr '|' '\n' <<<"$values" | sort -u)
            got_values=$(complete "${cmd[@]}" "$opt" '')
            [ "$want" = "$got_values" ] ||
                fail "'${cmd[*]} $opt ' offers [$(echo $got_values)], help says $values"
        done < <(grep -oE -- '--[a-z-]+ [a-z_-]+(\|[a-z_-]+)+' <<<"$e" || true)
    done
    # Cases the help cannot show.
    [ "$(complete --profile /tmp inb)" = inbox ] || fail "a command after --profile DIR is not completed"
    [ "$(complete leave-rule '!room:example.org' '')" = "$(printf 'allow\ndeny')" ] ||
        fail "'leave-rule ROOM ' does not offer allow and deny"
    [ -z "$(complete send '!room:example.org' -- --)" ] || fail "options are offered after --"
    [ "$(complete --pro)" = --profile ] || fail "global options are not offered before the command"
elif [ "$mode" = man ]; then
    page=$(env LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$file" 2>/dev/null | col -b)
    [ -n "$page" ] || fail "man -l $file printed nothing"
    for e in "${split_entries[@]}"; do
        read -ra cmd <<<"$(command_words "$e")"
        grep -qE -- "(^|[^a-z-])${cmd[*]}([^a-z-]|$)" <<<"$page" || fail "the man page does not describe '${cmd[*]}'"
        for opt in $(options_of "$e"); do
            grep -qE -- "${opt}([^a-z-]|$)" <<<"$page" || fail "the man page does not mention $opt (help: $e)"
        done
    done
else
    echo "usage: check_cli_docs.sh completion|man|man-options BINARY FILE" >&2
    exit 2
fi

if [ "$failures" -ne 0 ]; then
    echo "check_cli_docs.sh $mode: $failures problem(s) in $file" >&2
    exit 1
fi
echo "check_cli_docs.sh $mode: $file covers ${#split_entries[@]} commands of noticectl --help"
