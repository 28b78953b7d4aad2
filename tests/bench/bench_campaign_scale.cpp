// Benchmark (prints figures, asserts nothing): a campaign to 100,000 recipients against a
// scripted homeserver that answers instantly (scripted_homeserver.h: a MOCK, the only
// place one is right here, since a real Synapse cannot answer 100,000 requests at once;
// it runs in its own process so the client's CPU is measured alone).
//
// Per route (server notices, rooms), each campaign in a child process like noticectl:
//   capacity  the whole campaign (every local user, paged from the admin API, then one notice
//             each): client CPU per notice (getrusage of the child: user + system, all
//             threads), notices per CPU-second (= capacity of one core), wall time against
//             the instant server, peak RSS, journal bytes per recipient
//   resume    a second campaign killed (SIGKILL) when its journal shows 99% sent, then
//             resumed: open + replay of the journal, finishing the rest, whole process
// Then the GUI's per-recipient table (CampaignTableModel) with the 100,000 rows behind a
// QTableView and a QSortFilterProxyModel, offscreen: set up and first paint, sort by each
// column, scroll to the end; and a live campaign in this process with the table shown,
// sorted by status, timing the longest stall of the event loop.
// Targets from issue 8: >= 2,000 notices/s of client capacity on 2 cores, peak memory
// under 200 MB, resume under 5 s, no long UI stall.
//
// Usage: bench_campaign_scale [recipients=100000] [route=both|server-notices|rooms] [concurrency=8]
//        [--no-resume] [--no-table] [--no-live] [--tls]
// --tls: the scripted server speaks HTTPS (a certificate made with openssl for the run, trusted
// through NOTICEBOARD_CA_FILE), as a production Synapse behind its proxy does. Over plain
// HTTP Qt 6.4 reads each answer's status line and headers with one read() per byte (its
// HTTP sockets are unbuffered), about half of the client's CPU per notice here; through
// TLS it reads them from its decrypted buffer and pays for the encryption instead.
// (internal: --serve N [--tls DIR]  runs the scripted homeserver; --run URL JOURNAL ROUTE
//  CONCURRENCY runs one campaign and prints its figures as JSON)
#include "campaign/campaign.h"
#include "campaign/campaign_planner.h"
#include "campaign/campaign_table_model.h"
#include "client/http_transport.h"
#include "scripted_homeserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QProcess>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace nb;
using namespace nb::campaign;
using json = nlohmann::json;

namespace {

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
        + usage.ru_stime.tv_usec / 1e3;
}

// This thread only: the UI thread of the app, where the engine runs (Qt's HTTP has its own).
double threadCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
        + usage.ru_stime.tv_usec / 1e3;
}

double systemCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double msOf(const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return timer.nsecsElapsed() / 1e6;
}

template<class T, class Call> T await(Call call)
{
    std::optional<T> result;
    QEventLoop loop;
    call([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// --- child: the scripted homeserver ---------------------------------------------------

int serve(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bench::ScriptedHomeserver server(QString::fromLocal8Bit(argv[2]).toInt());
    if (argc >= 5 && qstrcmp(argv[3], "--tls") == 0) {
        const QString dir = QString::fromLocal8Bit(argv[4]);
        if (!server.serveTls(dir + QStringLiteral("/cert.pem"), dir + QStringLiteral("/key.pem"))) {
            std::fprintf(stderr, "the scripted server cannot serve HTTPS with the certificate in %s\n", argv[4]);
            return 1;
        }
    }
    std::printf("PORT %d\n", server.url().port());
    std::fflush(stdout);
    return app.exec();
}

// --- child: one campaign, as noticectl notify runs it ----------------------------------

Summary runCampaign(Campaign& campaign)
{
    std::optional<Summary> result;
    QEventLoop loop;
    QObject::connect(&campaign, &Campaign::finished, &loop, [&](const Summary& summary) {
        result = summary;
        loop.quit();
    });
    // What noticectl does per progress signal (at most a line a second).
    QElapsedTimer sinceLine;
    sinceLine.start();
    int lines = 0;
    QObject::connect(&campaign, &Campaign::progressChanged, &loop, [&](int done, int total) {
        if (sinceLine.elapsed() >= 1000 || done == total) {
            ++lines;
            sinceLine.restart();
        }
    });
    campaign.start();
    if (campaign.isRunning())
        loop.exec();
    return result.value_or(Summary {});
}

int runChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QUrl url(QString::fromLocal8Bit(argv[2]));
    const QString journalPath = QString::fromLocal8Bit(argv[3]);
    Route route = Route::ServerNotices;
    parseRoute(QString::fromLocal8Bit(argv[4]), &route);
    const int concurrency = QString::fromLocal8Bit(argv[5]).toInt();

    QElapsedTimer wall;
    wall.start();
    HttpTransport transport;
    MatrixApi api(transport);
    api.setHomeserver(url);
    api.setAccessToken(QStringLiteral("bench-token"));
    // What noticectl asks before a campaign: versions, who am I, am I an admin.
    const auto versions = await<Result<ServerVersions>>([&](auto done) { api.versions(done); });
    const auto me = await<Result<QString>>([&](auto done) { api.whoami(done); });
    const auto admin = await<Result<bool>>([&](auto done) { api.isServerAdmin(*me.value, done); });
    if (!versions.ok() || !me.ok() || !admin.ok() || !*admin.value) {
        std::fprintf(stderr, "the scripted server did not answer the preliminaries\n");
        return 1;
    }

    const double planCpu0 = cpuMs();
    QElapsedTimer planWall;
    planWall.start();
    PlanRequest request;
    request.spec.route = route;
    request.spec.text = QStringLiteral("The service will be down for maintenance on Saturday from 06:00 to 08:00 UTC.");
    request.spec.audience = QStringLiteral("all-local-users");
    request.journalPath = journalPath;
    request.sender = *me.value;
    request.localServer = QStringLiteral("bench");
    CampaignPlanner planner(api);
    PlanResult plan = await<PlanResult>([&](auto done) { planner.plan(request, done); });
    const double planMs = planWall.nsecsElapsed() / 1e6;
    const double planCpu = cpuMs() - planCpu0;
    if (plan.problem != PlanResult::Problem::None) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(plan.message));
        return 1;
    }

    CampaignOptions options;
    options.concurrency = concurrency;
    options.server = *versions.value;
    const double runCpu0 = cpuMs();
    const double runSystem0 = systemCpuMs();
    const double runThread0 = threadCpuMs();
    const qint64 syncs0 = plan.journal->syncCount();
    QElapsedTimer runWall;
    runWall.start();
    Campaign campaign(api, *plan.journal, options);
    const Summary summary = runCampaign(campaign);
    const double runMs = runWall.nsecsElapsed() / 1e6;
    const double runCpu = cpuMs() - runCpu0;
    const double runSystem = systemCpuMs() - runSystem0;
    const double runThread = threadCpuMs() - runThread0;
    const qint64 syncs = plan.journal->syncCount() - syncs0;

    const json figures = {{"resumed", plan.resumed}, {"plan_ms", planMs}, {"plan_cpu_ms", planCpu}, {"run_ms", runMs},
        {"run_cpu_ms", runCpu}, {"run_system_ms", runSystem}, {"run_main_thread_ms", runThread}, {"fsyncs", syncs},
        {"total", summary.total}, {"sent", summary.sent}, {"failed", summary.failed}, {"pending", summary.pending},
        {"wall_ms", wall.nsecsElapsed() / 1e6}, {"peak_rss_mb", peakRssMb()}};
    std::printf("%s\n", figures.dump().c_str());
    return summary.pending == 0 && summary.failed == 0 ? 0 : 2;
}

// --- parent ------------------------------------------------------------------------------

struct Server {
    QProcess process;
    QUrl url;
};

// With --tls: where the run's certificate and key are (empty: plain HTTP).
QString tlsDir;

// A self-signed certificate for 127.0.0.1, trusted by the clients (this process and the
// campaign children inherit the variable) through the transport's extra CA file.
bool makeCertificate(const QString& dir)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
            QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
            dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return false;
    qputenv("NOTICEBOARD_CA_FILE", (dir + QStringLiteral("/cert.pem")).toLocal8Bit());
    tlsDir = dir;
    return true;
}

bool startServer(Server& server, int users)
{
    server.process.setProgram(QCoreApplication::applicationFilePath());
    QStringList arguments = {QStringLiteral("--serve"), QString::number(users)};
    if (!tlsDir.isEmpty())
        arguments << QStringLiteral("--tls") << tlsDir;
    server.process.setArguments(arguments);
    server.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.process.start();
    if (!server.process.waitForReadyRead(10000))
        return false;
    const QByteArray line = server.process.readLine().trimmed();
    if (!line.startsWith("PORT "))
        return false;
    server.url = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                          .arg(tlsDir.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                              QString::fromLatin1(line.mid(5).trimmed())));
    return true;
}

void stopServer(Server& server)
{
    server.process.kill();
    server.process.waitForFinished(5000);
}

QStringList childArguments(const QUrl& url, const QString& journal, const QString& route, int concurrency)
{
    return {QStringLiteral("--run"), url.toString(), journal, route, QString::number(concurrency)};
}

json lastJsonLine(const QByteArray& output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return json::parse(lines.isEmpty() ? QByteArray("null").toStdString() : lines.last().toStdString(), nullptr, false);
}

std::optional<json> runToEnd(
    const QUrl& url, const QString& journal, const QString& route, int concurrency, double* processMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    child.start(QCoreApplication::applicationFilePath(), childArguments(url, journal, route, concurrency));
    if (!child.waitForFinished(30 * 60 * 1000))
        return std::nullopt;
    *processMs = wall.nsecsElapsed() / 1e6;
    const json figures = lastJsonLine(child.readAllStandardOutput());
    if (!figures.is_object())
        return std::nullopt;
    return figures;
}

// Starts a campaign and kills it (SIGKILL) once its journal records `killAt` notices sent.
// Returns how many the journal held when it was killed.
int runAndKill(const QUrl& url, const QString& journal, const QString& route, int concurrency, int killAt)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), childArguments(url, journal, route, concurrency));
    child.waitForStarted();
    QFile file(journal);
    QByteArray partial;
    int sent = 0;
    while (child.state() == QProcess::Running && sent < killAt) {
        QThread::usleep(500);
        if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
            continue;
        partial += file.readAll();
        const qsizetype end = partial.lastIndexOf('\n');
        if (end < 0)
            continue;
        sent += int(QByteArrayView(partial.constData(), end).count("\"t\":\"sent\""));
        partial.remove(0, end + 1);
    }
    child.kill();
    child.waitForFinished(10000);
    return sent;
}

// Each campaign gets a fresh server: the sender's rooms are then only this campaign's (a
// resumed rooms campaign reads the m.room.create of every joined room its journal does
// not know, to find a creation whose answer was lost: 100,000 rooms of an earlier campaign
// would be 100,000 requests).
bool routeFigures(const QString& dir, const QString& route, int recipients, int concurrency, bool resume)
{
    std::printf("\n== route %s, %d recipients, concurrency %d ==\n", qPrintable(route), recipients, concurrency);
    const QString full = dir + QStringLiteral("/full-") + route + QStringLiteral(".journal");
    double processMs = 0;
    Server server;
    if (!startServer(server, recipients))
        return false;
    const auto figures = runToEnd(server.url, full, route, concurrency, &processMs);
    stopServer(server);
    if (!figures) {
        std::printf("  the campaign did not finish\n");
        return true;
    }
    const json& f = *figures;
    const double perNoticeUs = f["run_cpu_ms"].get<double>() * 1e3 / recipients;
    std::printf("  listing %d users: %.0f ms wall, %.0f ms CPU\n", recipients, f["plan_ms"].get<double>(),
        f["plan_cpu_ms"].get<double>());
    std::printf("  campaign: sent %d, failed %d, pending %d; %.1f s wall (%.0f notices/s against the instant server)\n",
        f["sent"].get<int>(), f["failed"].get<int>(), f["pending"].get<int>(), f["run_ms"].get<double>() / 1e3,
        recipients / (f["run_ms"].get<double>() / 1e3));
    // Two threads work: the engine's (the UI thread in the app) and Qt's HTTP thread. On two
    // cores the busier of them, or half the total, is the limit.
    const double mainUs = f["run_main_thread_ms"].get<double>() * 1e3 / recipients;
    std::printf("  client CPU per notice: %.0f us (%.0f us in the kernel; %.0f us on the engine's thread, the rest "
                "in Qt's HTTP thread)\n",
        perNoticeUs, f["run_system_ms"].get<double>() * 1e3 / recipients, mainUs);
    std::printf("  client capacity: %.0f notices/s on 2 cores, %.0f on one (target >= 2,000 on 2 cores)\n",
        1e6 / qMax(mainUs, perNoticeUs / 2), 1e6 / perNoticeUs);
    std::printf("  fsyncs: %.2f per notice\n", f["fsyncs"].get<double>() / recipients);
    std::printf("  peak RSS of the client: %.0f MB (target < 200)\n", f["peak_rss_mb"].get<double>());
    const qint64 bytes = QFileInfo(full).size();
    std::printf("  journal: %.1f MB, %.0f bytes per recipient\n", bytes / 1e6, double(bytes) / recipients);

    if (!resume)
        return true;
    const QString killed = dir + QStringLiteral("/killed-") + route + QStringLiteral(".journal");
    Server fresh;
    if (!startServer(fresh, recipients))
        return false;
    const QUrl url = fresh.url;
    const int killAt = recipients - recipients / 100;
    const int sentAtKill = runAndKill(url, killed, route, concurrency, killAt);
    const auto resumed = runToEnd(url, killed, route, concurrency, &processMs);
    if (!resumed) {
        std::printf("  the resumed campaign did not finish\n");
        return true;
    }
    const json& r = *resumed;
    std::printf(
        "  killed (SIGKILL) with %d sent in the journal; resumed: open + replay %.0f ms, the rest (%d) %.0f ms, "
        "whole process %.0f ms (target < 5 s); sent %d, pending %d\n",
        sentAtKill, r["plan_ms"].get<double>(), recipients - sentAtKill, r["run_ms"].get<double>(), processMs,
        r["sent"].get<int>(), r["pending"].get<int>());
    // Of the open + replay above, the journal alone (the rest is listing the accounts again:
    // a standing campaign delivers to accounts made since).
    QString error;
    const double openMs = msOf([&] { CampaignJournal::open(killed, &error); });
    std::printf(
        "  of which opening and replaying the journal (%.1f MB): %.0f ms\n", QFileInfo(killed).size() / 1e6, openMs);
    stopServer(fresh);
    return true;
}

// A finished campaign's journal with a realistic mix (2% failed, 1% skipped), written
// directly so the table can be measured without running one.
QString tableJournal(const QString& dir, int recipients)
{
    const QString path = dir + QStringLiteral("/table.journal");
    JournalHeader header;
    header.id = QStringLiteral("cbenchtable");
    header.createdMs = QDateTime::currentMSecsSinceEpoch();
    header.sender = QStringLiteral("@admin:bench");
    header.spec.text = QStringLiteral("Hello");
    for (int i = 1; i <= recipients; ++i)
        header.recipients << bench::ScriptedHomeserver::userName(i);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QByteArray::fromStdString(header.toJson().dump()) + '\n');
    for (int i = 1; i <= recipients; ++i) {
        const std::string user = header.recipients[i - 1].toStdString();
        json record;
        if (i % 50 == 0)
            record = {{"t", "failed"}, {"user", user}, {"reason", "The server refused: M_FORBIDDEN (403)"},
                {"uncertain", false}};
        else if (i % 100 == 1)
            record = {{"t", "skipped"}, {"user", user}, {"reason", "the account is deactivated"}};
        else
            record = {{"t", "sent"}, {"user", user}, {"event", "$" + std::to_string(i * 7919 % 1000003) + "abc"},
                {"found", false}};
        file.write(QByteArray::fromStdString(record.dump()) + '\n');
    }
    return path;
}

// The view over the model: a QSortFilterProxyModel (sorting asks data() for every
// comparison, and re-sorts as rows change), or the model's own sort() through an identity
// proxy, as the app's DeliveryView shows it (PlainToolTipProxy).
std::unique_ptr<QAbstractProxyModel> proxyFor(bool sortFilterProxy)
{
    if (sortFilterProxy)
        return std::make_unique<QSortFilterProxyModel>();
    return std::make_unique<QIdentityProxyModel>();
}

const char* proxyName(bool sortFilterProxy)
{
    return sortFilterProxy ? "QSortFilterProxyModel" : "the model's own sort behind an identity proxy";
}

void tableFigures(const QString& dir, int recipients, bool sortFilterProxy)
{
    std::printf("\n== per-recipient table, %d rows (offscreen), %s ==\n", recipients, proxyName(sortFilterProxy));
    const QString path = tableJournal(dir, recipients);
    QString error;
    std::unique_ptr<CampaignJournal> journal;
    const double cpu0 = threadCpuMs();
    const double openMs = msOf([&] { journal = CampaignJournal::open(path, &error); });
    if (!journal) {
        std::printf("  %s\n", qPrintable(error));
        return;
    }
    std::printf("  %-36s %8.1f ms (CPU %.1f ms)\n", "journal opened and replayed", openMs, threadCpuMs() - cpu0);
    HttpTransport transport;
    MatrixApi api(transport); // nothing is pending: no request is made
    Campaign campaign(api, *journal, CampaignOptions {});
    CampaignTableModel model;
    const auto proxy = proxyFor(sortFilterProxy);
    QTableView view;
    view.resize(900, 700);
    double longest = 0;
    // Wall time is the stall the admin sees; the thread's CPU time is the same on a quiet
    // machine and tells a busy machine's waiting apart.
    auto measure = [&](const char* what, const std::function<void()>& step) {
        const double cpu0 = threadCpuMs();
        const double ms = msOf([&] {
            step();
            QApplication::processEvents(); // the paint that follows
        });
        longest = qMax(longest, ms);
        std::printf("  %-36s %8.1f ms (CPU %.1f ms)\n", what, ms, threadCpuMs() - cpu0);
    };
    measure("campaign start, model filled", [&] {
        model.setCampaign(&campaign);
        campaign.start();
        campaign.cancel(); // the failed rows would be retried: nothing is sent here
    });
    measure("view set up, first paint", [&] {
        proxy->setSourceModel(&model);
        view.setModel(proxy.get());
        view.show();
    });
    measure("sorting turned on", [&] { view.setSortingEnabled(true); });
    const char* columns[] = {"sort by recipient", "sort by status", "sort by details"};
    for (int column = 0; column < CampaignTableModel::ColumnCount; ++column) {
        measure(columns[column], [&] { view.sortByColumn(column, Qt::AscendingOrder); });
        measure("  and descending", [&] { view.sortByColumn(column, Qt::DescendingOrder); });
    }
    measure("scroll to the end", [&] { view.scrollToBottom(); });
    measure("scroll to the top", [&] { view.scrollToTop(); });
    std::printf("  longest stall: %.1f ms\n", longest);
}

// A campaign in this process with the table shown, sorted by status (rows move as they
// change), and a timer that notes the longest time the event loop did not get to it.
void liveFigures(
    const QUrl& url, const QString& dir, int recipients, int concurrency, qint64 limitMs, bool sortFilterProxy)
{
    std::printf("\n== live campaign in the GUI process, table sorted by status (%s), server notices ==\n",
        proxyName(sortFilterProxy));
    HttpTransport transport;
    MatrixApi api(transport);
    api.setHomeserver(url);
    api.setAccessToken(QStringLiteral("bench-token"));
    PlanRequest request;
    request.spec.text = QStringLiteral("Live");
    request.spec.audience = QStringLiteral("all-local-users");
    request.journalPath = dir + QStringLiteral("/live-%1.journal").arg(sortFilterProxy);
    request.sender = QStringLiteral("@admin:bench");
    request.localServer = QStringLiteral("bench");
    CampaignPlanner planner(api);
    PlanResult plan = await<PlanResult>([&](auto done) { planner.plan(request, done); });
    if (!plan.journal) {
        std::printf("  %s\n", qPrintable(plan.message));
        return;
    }
    CampaignOptions options;
    options.concurrency = concurrency;
    Campaign campaign(api, *plan.journal, options);
    CampaignTableModel model;
    model.setCampaign(&campaign);
    const auto proxy = proxyFor(sortFilterProxy);
    proxy->setSourceModel(&model);
    QTableView view;
    view.resize(900, 700);
    view.setModel(proxy.get());
    view.setSortingEnabled(true);
    view.sortByColumn(CampaignTableModel::StatusColumn, Qt::AscendingOrder);
    view.show();
    QApplication::processEvents();

    QElapsedTimer tick;
    qint64 longestGap = 0;
    int gapsOver50 = 0;
    QTimer monitor;
    monitor.setInterval(5);
    QObject::connect(&monitor, &QTimer::timeout, [&] {
        const qint64 gap = tick.restart();
        longestGap = qMax(longestGap, gap);
        gapsOver50 += gap > 50 ? 1 : 0;
    });
    std::optional<Summary> result;
    QEventLoop loop;
    QObject::connect(&campaign, &Campaign::finished, &loop, [&](const Summary& summary) {
        result = summary;
        loop.quit();
    });
    QTimer::singleShot(limitMs, &campaign, &Campaign::cancel);
    const double cpu0 = cpuMs();
    QElapsedTimer wall;
    wall.start();
    const double startMs = msOf([&] { campaign.start(); }); // fills the table: a stall of its own
    tick.start();
    monitor.start();
    loop.exec();
    monitor.stop();
    const double seconds = wall.nsecsElapsed() / 1e9;
    const double cpu = cpuMs() - cpu0;
    const int sent = result ? result->sent : 0;
    std::printf("  sent %d in %.1f s%s; %.0f us CPU per notice with the table\n", sent, seconds,
        result && result->cancelled ? " (stopped at the time limit)" : "", sent ? cpu * 1e3 / sent : 0.0);
    std::printf("  stalls: starting (table filled) %.0f ms; then the longest %lld ms, %d over 50 ms\n", startMs,
        longestGap, gapsOver50);
}

int runParent(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool noTable = args.removeAll(QStringLiteral("--no-table")) > 0;
    const bool noLive = args.removeAll(QStringLiteral("--no-live")) > 0;
    const bool noResume = args.removeAll(QStringLiteral("--no-resume")) > 0;
    const bool tls = args.removeAll(QStringLiteral("--tls")) > 0;
    const int recipients = args.value(0, QStringLiteral("100000")).toInt();
    const QString which = args.value(1, QStringLiteral("both"));
    const int concurrency = args.value(2, QStringLiteral("8")).toInt();
    QTemporaryDir dir;
    if (tls && !makeCertificate(dir.path())) {
        std::printf("openssl could not make a certificate for --tls\n");
        return 1;
    }
    std::printf("bench_campaign_scale: %d recipients; scripted (mock) homeserver in its own process, %s; "
                "journals in %s\n",
        recipients, tls ? "HTTPS" : "plain HTTP", qPrintable(dir.path()));

    for (const QString& route : {QStringLiteral("server-notices"), QStringLiteral("rooms")}) {
        if (which != QLatin1String("both") && which != route)
            continue;
        if (!routeFigures(dir.path(), route, recipients, concurrency, !noResume)) {
            std::printf("the scripted homeserver did not start\n");
            return 1;
        }
    }
    for (const bool sortFilterProxy : {true, false}) {
        if (!noTable)
            tableFigures(dir.path(), recipients, sortFilterProxy);
        if (!noLive) {
            Server server;
            if (startServer(server, recipients)) {
                liveFigures(server.url, dir.path(), recipients, concurrency, 120000, sortFilterProxy);
                stopServer(server);
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--serve") == 0)
        return serve(argc, argv);
    if (argc >= 6 && qstrcmp(argv[1], "--run") == 0)
        return runChild(argc, argv);
    return runParent(argc, argv);
}
