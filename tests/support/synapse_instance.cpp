#include "synapse_instance.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace nb::testsupport {

namespace {

constexpr int kStartTimeoutMs = 180 * 1000; // may include `prepare` on a fresh machine
constexpr int kCommandTimeoutMs = 120 * 1000; // stop, register, restart: seconds normally

// The harness script: $NB_HARNESS_SCRIPT if set, else the path CMake compiled in.
QString harnessScript()
{
    const QString fromEnv = qEnvironmentVariable("NB_HARNESS_SCRIPT");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef NB_HARNESS_SCRIPT
    return QStringLiteral(NB_HARNESS_SCRIPT);
#else
    return {};
#endif
}

// The last lines of a process' output, for error messages.
QString tail(const QByteArray& output, int lines = 40)
{
    QStringList all = QString::fromUtf8(output).split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.last().trimmed().isEmpty())
        all.removeLast();
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

// KEY=VALUE lines (value = everything after the first '=').
QHash<QString, QString> parseKeyValues(const QByteArray& text)
{
    QHash<QString, QString> result;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        result.insert(line.left(eq), line.mid(eq + 1));
    }
    return result;
}

} // namespace

SynapseInstance::SynapseInstance(SynapseOptions options)
    : m_options(std::move(options))
{
    if (m_options.autoStart && !start(nullptr))
        qWarning().noquote() << "SynapseInstance: start failed:" << m_lastError;
}

SynapseInstance::~SynapseInstance()
{
    stop();
}

bool SynapseInstance::start(QString* errorOut)
{
    if (m_running)
        return true;
    m_lastError.clear();
    m_env.clear();

    auto fail = [&](const QString& message) {
        m_lastError = message;
        if (errorOut)
            *errorOut = message;
        return false;
    };

    if (harnessScript().isEmpty())
        return fail(QStringLiteral("NB_HARNESS_SCRIPT is not set (compile definition or environment)"));

    // A previous failed attempt may have left a directory: start from a fresh one.
    if (m_dir) {
        runHarness({QStringLiteral("stop"), m_dir->path()}, kCommandTimeoutMs, nullptr);
        m_dir.reset();
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nb-synapse-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString());
    // NB_KEEP_SYNAPSE_DIR=1 keeps logs and config after the test, for debugging.
    if (qEnvironmentVariableIntValue("NB_KEEP_SYNAPSE_DIR") != 0) {
        m_dir->setAutoRemove(false);
        qInfo().noquote() << "SynapseInstance: keeping" << m_dir->path();
    }

    QStringList arguments {QStringLiteral("start"), m_dir->path(), QStringLiteral("--profile"), m_options.profile,
        QStringLiteral("--mau-limit"), QString::number(m_options.mauLimit),
        // the harness stops the instance when this process is gone
        QStringLiteral("--watch-pid"), QString::number(QCoreApplication::applicationPid())};
    for (const QString& admin : std::as_const(m_options.supportAdmins))
        arguments << QStringLiteral("--support-admin") << admin;
    if (m_options.hideAdminApi)
        arguments << QStringLiteral("--hide-admin-api");
    if (!m_options.defaultRoomVersion.isEmpty())
        arguments << QStringLiteral("--room-version") << m_options.defaultRoomVersion;
    if (m_options.federation)
        arguments << QStringLiteral("--federation");
    if (m_options.userConsent)
        arguments << QStringLiteral("--user-consent");
    if (m_options.appService)
        arguments << QStringLiteral("--appservice");
    if (!m_options.serverHost.isEmpty())
        arguments << QStringLiteral("--server-host") << m_options.serverHost;
    if (!m_options.relaxRateLimitsBecause.trimmed().isEmpty())
        arguments << QStringLiteral("--relax-ratelimits") << m_options.relaxRateLimitsBecause;

    if (!runHarness(arguments, kStartTimeoutMs, nullptr))
        return fail(m_lastError);
    if (!loadEnvironment())
        return fail(m_lastError);
    m_running = true;
    return true;
}

void SynapseInstance::stop()
{
    if (!m_dir)
        return;
    if (!runHarness({QStringLiteral("stop"), m_dir->path()}, kCommandTimeoutMs, nullptr))
        qWarning().noquote() << "SynapseInstance: stop failed:" << m_lastError;
    m_running = false;
    m_env.clear();
    m_dir.reset(); // removes DIR (logs included) unless NB_KEEP_SYNAPSE_DIR
}

QString SynapseInstance::serverName() const
{
    return value(QStringLiteral("SERVER_NAME"));
}
QUrl SynapseInstance::baseUrl() const
{
    return QUrl(value(QStringLiteral("BASE_URL")));
}
QUrl SynapseInstance::httpUrl() const
{
    return QUrl(value(QStringLiteral("HTTP_URL")));
}
QUrl SynapseInstance::badTlsUrl() const
{
    return QUrl(value(QStringLiteral("BAD_TLS_URL")));
}
QString SynapseInstance::caFile() const
{
    return value(QStringLiteral("CA_FILE"));
}
QString SynapseInstance::adminUserId() const
{
    return value(QStringLiteral("ADMIN_USER"));
}
QString SynapseInstance::adminPassword() const
{
    return value(QStringLiteral("ADMIN_PASSWORD"));
}
QString SynapseInstance::adminToken() const
{
    return value(QStringLiteral("ADMIN_TOKEN"));
}
QString SynapseInstance::wwwDir() const
{
    return value(QStringLiteral("WWW_DIR"));
}
QString SynapseInstance::value(const QString& key) const
{
    return m_env.value(key);
}
QString SynapseInstance::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

SynapseInstance::User SynapseInstance::registerUser(const QString& localpart, const QString& password, bool admin)
{
    User user;
    user.password = password;
    if (!m_running) {
        m_lastError = QStringLiteral("registerUser: the instance is not running");
        qWarning().noquote() << "SynapseInstance:" << m_lastError;
        return user;
    }
    QStringList arguments {QStringLiteral("register"), m_dir->path(), localpart, password};
    if (admin)
        arguments << QStringLiteral("--admin");
    QByteArray output;
    if (!runHarness(arguments, kCommandTimeoutMs, &output)) {
        qWarning().noquote() << "SynapseInstance: registering" << localpart << "failed:" << m_lastError;
        return user;
    }
    const auto values = parseKeyValues(output);
    user.userId = values.value(QStringLiteral("USER_ID"));
    user.accessToken = values.value(QStringLiteral("ACCESS_TOKEN"));
    if (user.userId.isEmpty() || user.accessToken.isEmpty()) {
        m_lastError = QStringLiteral("registerUser: unexpected harness output: ") + QString::fromUtf8(output);
        user = User {QString(), password, QString()};
    }
    return user;
}

SynapseInstance::User SynapseInstance::registerAppServiceUser(const QString& localpart)
{
    User user;
    QByteArray output;
    if (!m_running
        || !runHarness(
            {QStringLiteral("register-appservice-user"), m_dir->path(), localpart}, kCommandTimeoutMs, &output)) {
        qWarning().noquote() << "SynapseInstance: registering" << localpart << "as the bridge failed:" << m_lastError;
        return user;
    }
    const auto values = parseKeyValues(output);
    user.userId = values.value(QStringLiteral("USER_ID"));
    user.accessToken = values.value(QStringLiteral("ACCESS_TOKEN"));
    return user;
}

bool SynapseInstance::restartSynapse()
{
    return m_dir && runHarness({QStringLiteral("restart-synapse"), m_dir->path()}, kCommandTimeoutMs, nullptr)
        && loadEnvironment();
}

bool SynapseInstance::stopSynapse()
{
    return m_dir && runHarness({QStringLiteral("stop-synapse"), m_dir->path()}, kCommandTimeoutMs, nullptr)
        && loadEnvironment();
}

bool SynapseInstance::startSynapse()
{
    return m_dir && runHarness({QStringLiteral("start-synapse"), m_dir->path()}, kCommandTimeoutMs, nullptr)
        && loadEnvironment();
}

QHash<QString, QString> SynapseInstance::sendMaliciousInvite(const QString& invitee, const QStringList& scriptOptions)
{
    QByteArray output;
    if (!m_running
        || !runHarness(QStringList {QStringLiteral("malicious-invite"), m_dir->path(), invitee} + scriptOptions,
            kCommandTimeoutMs, &output)) {
        qWarning().noquote() << "SynapseInstance: malicious invite failed:" << m_lastError;
        return {};
    }
    return parseKeyValues(output);
}

void SynapseInstance::writeSupportFile(const QByteArray& json)
{
    const QString dir = wwwDir() + QStringLiteral("/.well-known/matrix");
    if (wwwDir().isEmpty() || !QDir().mkpath(dir)) {
        qWarning() << "SynapseInstance: no web root to write the support file to";
        return;
    }
    // QSaveFile writes a temporary file and renames it: nginx never serves half a file.
    QSaveFile file(dir + QStringLiteral("/support"));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        qWarning() << "SynapseInstance: writing the support file failed:" << file.errorString();
}

bool SynapseInstance::runHarness(const QStringList& arguments, int timeoutMs, QByteArray* standardOutput)
{
    QProcess process;
    process.setProgram(harnessScript());
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    const QString what = QStringLiteral("synapse-harness ") + arguments.value(0);
    if (!process.waitForStarted(30 * 1000)) {
        m_lastError =
            what + QStringLiteral(": cannot run ") + harnessScript() + QStringLiteral(": ") + process.errorString();
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_lastError = what + QStringLiteral(": timed out after %1 s\n").arg(timeoutMs / 1000)
            + tail(process.readAllStandardError());
        return false;
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (standardOutput)
        *standardOutput = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = what + QStringLiteral(" failed (exit code %1):\n").arg(process.exitCode()) + tail(err);
        return false;
    }
    return true;
}

bool SynapseInstance::loadEnvironment()
{
    QFile file(QDir(m_dir->path()).filePath(QStringLiteral("instance.env")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = QStringLiteral("cannot read ") + file.fileName() + QStringLiteral(": ") + file.errorString();
        return false;
    }
    m_env = parseKeyValues(file.readAll());
    if (m_env.value(QStringLiteral("BASE_URL")).isEmpty()) {
        m_lastError = file.fileName() + QStringLiteral(" has no BASE_URL");
        return false;
    }
    return true;
}

int SynapseInstance::acceptConsent(const QString& consentUri) const
{
    const QUrlQuery query(QUrl(consentUri).query());
    QProcess curl;
    curl.start(QStringLiteral("curl"),
        {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
            QStringLiteral("%{http_code}"), QStringLiteral("--cacert"), caFile(), QStringLiteral("--data-urlencode"),
            QStringLiteral("v=1.0"), QStringLiteral("--data-urlencode"),
            QStringLiteral("u=") + query.queryItemValue(QStringLiteral("u")), QStringLiteral("--data-urlencode"),
            QStringLiteral("h=") + query.queryItemValue(QStringLiteral("h")),
            baseUrl().toString() + QStringLiteral("/_matrix/consent")});
    curl.waitForFinished(60000);
    return curl.readAllStandardOutput().toInt();
}

} // namespace nb::testsupport
