#pragma once
// Why a request did not produce a usable answer, and the typed result every endpoint
// hands back. A failure always carries enough to tell a person what happened and what
// to do (describe()), not just an error code.
#include "matrix/matrix_error.h"

#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

namespace nb {

struct RequestFailure {
    enum class Kind {
        None,
        Unreachable, // connection refused, host not found, network down
        Tls, // certificate not trusted / handshake failed; never ignored
        Timeout, // no progress for longer than the request's timeout
        ServerRefused, // non-2xx HTTP answer; `matrix` holds the parsed error
        BadResponse, // 2xx but not the JSON shape the endpoint promises
        TooLarge, // body exceeded the transport's size limit; download stopped
        Cancelled, // aborted by the caller (or the transport went away)
        UnknownServer, // discovery: no such host, or no Matrix server behind the name
    };
    Kind kind = Kind::None;
    MatrixError matrix; // when ServerRefused
    QString detail; // technical reason, e.g. "connection refused" or the TLS error text
    QUrl url; // what was asked (without credentials); used to name the server

    bool isFailure() const { return kind != Kind::None; }
    // Plain words, for a person: what happened and what to do about it. English (the
    // default) where it is recorded (journals, JSON); TextLanguage::User where it is shown.
    QString describe(TextLanguage language = TextLanguage::English) const;

    static RequestFailure make(Kind kind, QString detail = {}, QUrl url = {});
};

// Short, stable name for logs and tests ("Unreachable", "Tls", ...).
QString kindName(RequestFailure::Kind kind);

// For endpoints without a meaningful answer (logout, join, ...).
struct Empty { };

template<class T> struct Result {
    std::optional<T> value;
    RequestFailure failure;

    bool ok() const { return value.has_value(); }

    static Result success(T v)
    {
        Result r;
        r.value = std::move(v);
        return r;
    }
    static Result fail(RequestFailure f)
    {
        Result r;
        // A failure result with Kind::None would read as "no error" yet have no value.
        if (f.kind == RequestFailure::Kind::None)
            f.kind = RequestFailure::Kind::BadResponse;
        r.failure = std::move(f);
        return r;
    }
};

} // namespace nb
