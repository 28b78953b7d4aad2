#include "service/action_result.h"

namespace nb {

int ActionResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Done:
        return 0;
    case Outcome::UsageError:
        return 2;
    case Outcome::RefusedByRules:
        return 3;
    case Outcome::ServerRefused:
        return 4;
    case Outcome::Unreachable:
        return 5;
    }
    return 1;
}

ActionResult ActionResult::done(QString value, QString message)
{
    ActionResult result;
    result.value = std::move(value);
    result.message = std::move(message);
    return result;
}

ActionResult ActionResult::fail(Outcome outcome, QString message)
{
    ActionResult result;
    result.outcome = outcome;
    result.message = std::move(message);
    return result;
}

} // namespace nb
