#include "keychain_token_vault.h"

#include <QObject>
#include <qt6keychain/keychain.h>

namespace nb {

// Jobs delete themselves after `finished`, and capture nothing of the vault, so a vault
// destroyed while a job runs is harmless.

void KeychainTokenVault::store(const QString& userId, const QString& token, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plain-text fallback is FileTokenVault's job, visibly
    job->setKey(userId);
    job->setTextData(token);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job* j) {
        const bool ok = j->error() == QKeychain::NoError;
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

void KeychainTokenVault::load(const QString& userId, Loaded done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(userId);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, job](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
            const QString token = job->textData();
            done(token.isEmpty() ? std::nullopt : std::optional<QString>(token), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, {});
        } else {
            done(std::nullopt, job->errorString());
        }
    });
    job->start();
}

void KeychainTokenVault::remove(const QString& userId, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(userId);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job* j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace nb
