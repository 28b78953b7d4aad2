#pragma once
// The outcome of a user action (accept, archive, reply, ...), with a sentence for
// the person and the exit code noticectl reports for it.
#include "matrix/matrix_error.h"

#include <QString>

namespace nb {

struct ActionResult {
    enum class Outcome {
        Done,
        UsageError, // bad input from the caller (no such room, not logged in)
        RefusedByRules, // the room's rules forbid it (leave rule, power levels)
        ServerRefused, // the server said no (errcode in `error`)
        Unreachable, // network, TLS, timeout
    };
    Outcome outcome = Outcome::Done;
    QString message; // plain English, for the person
    MatrixError error; // ServerRefused only
    QString value; // what the action produced (an event ID, a room ID), if anything

    bool ok() const { return outcome == Outcome::Done; }
    int exitCode() const; // 0, 2, 3, 4, 5 as documented for noticectl

    static ActionResult done(QString value = {}, QString message = {});
    static ActionResult fail(Outcome outcome, QString message);
};

} // namespace nb
