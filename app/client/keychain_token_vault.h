#pragma once
// Tokens in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain, under service "Noticeboard", key = user ID.
#include "token_vault.h"

#include <QCoreApplication>

namespace nb {

class KeychainTokenVault : public TokenVault {
public:
    static QString serviceName() { return QStringLiteral("Noticeboard"); }

    void store(const QString& userId, const QString& token, Done done) override;
    void load(const QString& userId, Loaded done) override;
    void remove(const QString& userId, Done done) override;
    QString storageDescription(TextLanguage language = TextLanguage::English) const override
    {
        return textIn(language, "nb::Profile", QT_TRANSLATE_NOOP("nb::Profile", "the system keychain"));
    }
};

} // namespace nb
