#pragma once
// Tokens in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain, under service "Noticeboard", key = user ID.
#include "token_vault.h"

namespace nb {

class KeychainTokenVault : public TokenVault {
public:
    static QString serviceName() { return QStringLiteral("Noticeboard"); }

    void store(const QString& userId, const QString& token, Done done) override;
    void load(const QString& userId, Loaded done) override;
    void remove(const QString& userId, Done done) override;
    QString storageDescription() const override { return QStringLiteral("the system keychain"); }
};

} // namespace nb
