#pragma once
// Where access tokens are kept: the system keychain when there is one, else a file only
// the user can read. All operations report through a callback, always asynchronously
// (keychain access is asynchronous), exactly once.
#include "text/text_language.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace nb {

class TokenVault {
public:
    using Done = std::function<void(bool ok, QString error)>;
    // nullopt with an empty error: nothing stored for that user.
    using Loaded = std::function<void(std::optional<QString> token, QString error)>;

    virtual ~TokenVault() = default;
    virtual void store(const QString& userId, const QString& token, Done done) = 0;
    virtual void load(const QString& userId, Loaded done) = 0;
    // ok also when nothing was stored.
    virtual void remove(const QString& userId, Done done) = 0;
    // For people: "the system keychain" / "a file readable only by you: PATH". English (the
    // default) in `noticectl login --json`; TextLanguage::User in the messages shown.
    virtual QString storageDescription(TextLanguage language = TextLanguage::English) const = 0;
};

// Picks the vault: NOTICEBOARD_TOKEN_STORE=file forces the file, =keychain the keychain;
// otherwise the keychain is probed once (write + delete of a probe entry) and the file
// is used when there is no keychain (no secret service, no D-Bus session: CI).
void makeTokenVault(const QString& profileDir, std::function<void(std::unique_ptr<TokenVault>)> done);

} // namespace nb
