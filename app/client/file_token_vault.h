#pragma once
// Tokens in PROFILE/token.json, mode 0600, for machines without a keychain.
#include "token_vault.h"

namespace nb {

class FileTokenVault : public TokenVault {
public:
    explicit FileTokenVault(const QString& profileDir);

    void store(const QString& userId, const QString& token, Done done) override;
    void load(const QString& userId, Loaded done) override;
    void remove(const QString& userId, Done done) override;
    QString storageDescription() const override;
    QString filePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace nb
