#pragma once
// Tokens in PROFILE/token.json, mode 0600, for machines without a keychain. The file is
// never followed through a link (private_file.h).
#include "token_vault.h"

namespace nb {

class FileTokenVault : public TokenVault {
public:
    explicit FileTokenVault(const QString& profileDir);

    void store(const QString& userId, const QString& token, Done done) override;
    void load(const QString& userId, Loaded done) override;
    void remove(const QString& userId, Done done) override;
    QString storageDescription(TextLanguage language = TextLanguage::English) const override;
    // Deletes the file with every token in it (a logout: the profile has no account left).
    // Synchronous; false and `error` when a link or a folder stands in its place.
    bool removeAll(QString* error = nullptr);
    // Drops every token but `userId`'s (a login: the profile holds one account). Synchronous.
    bool retainOnly(const QString& userId, QString* error = nullptr);
    QString filePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace nb
