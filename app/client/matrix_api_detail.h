#pragma once
// Private helpers shared by the matrix_api*.cpp files: turning a parsed JSON answer into
// an endpoint's typed result, where any surprise in shape becomes BadResponse.
#include "matrix_api.h"

#include "matrix/json_access.h"

namespace nb::api_detail {

using Kind = RequestFailure::Kind;

// `extract` gets the parsed answer (it may move out of it) and returns nullopt when the
// shape is wrong; `what` names the expected part for the message ("an event_id").
template<class T, class F> MatrixApi::JsonHandler expect(MatrixApi::Callback<T> done, const char* what, F extract)
{
    return
        [done = std::move(done), what, extract = std::move(extract)](Result<nlohmann::json> result, const QUrl& url) {
            if (!result.ok()) {
                done(Result<T>::fail(std::move(result.failure)));
                return;
            }
            std::optional<T> value;
            try {
                value = extract(*result.value);
            } catch (const nlohmann::json::exception&) {
                value.reset(); // a type we did not check for; treated like a missing field
            }
            if (!value) {
                done(Result<T>::fail(RequestFailure::make(Kind::BadResponse,
                    QStringLiteral("the answer does not contain %1").arg(QLatin1String(what)), url)));
                return;
            }
            done(Result<T>::success(std::move(*value)));
        };
}

// Any JSON object is success (Synapse answers {} or {"room_id": ...}).
MatrixApi::JsonHandler expectEmpty(MatrixApi::Callback<Empty> done);
// A non-empty string member `key` (event_id, room_id, user_id).
MatrixApi::JsonHandler expectString(MatrixApi::Callback<QString> done, const char* key);
// Serialises a request body; invalid UTF-8 is replaced rather than throwing.
QByteArray toBody(const nlohmann::json& value);

} // namespace nb::api_detail
