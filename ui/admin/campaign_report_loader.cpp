#include "campaign_report_loader.h"

#include "delivery_runner.h"
#include "service/notice_service.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace nb {

using namespace nb::campaign;

namespace {
struct ReadOutcome {
    CampaignReport report;
    QString error;
};

// Runs on a pool thread: no QObject, nothing shared.
ReadOutcome readJournal(const QString& path)
{
    ReadOutcome outcome;
    outcome.report.path = path;
    const auto journal = CampaignJournal::open(path, &outcome.error);
    if (journal && !journal->hasHeader())
        outcome.error = QCoreApplication::translate("nb::CampaignReportLoader", "not a campaign journal");
    if (journal && outcome.error.isEmpty())
        outcome.report = CampaignReport::fromJournal(*journal);
    return outcome; // the journal (and its lock) closes here, before the UI sees the report
}
} // namespace

CampaignReportLoader::CampaignReportLoader(NoticeService& service, const DeliveryRunner& runner, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_runner(runner)
{
}

void CampaignReportLoader::read(const QString& path, ReadDone done)
{
    if (const CampaignJournal* held = m_runner.heldJournal(path)) {
        CampaignReport report = CampaignReport::fromJournal(*held);
        report.path = path;
        QTimer::singleShot(0, this, [report = std::move(report), done]() mutable { done(std::move(report), {}); });
        return;
    }
    auto promise = std::make_shared<QPromise<ReadOutcome>>();
    auto* watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
        ReadOutcome outcome = watcher->future().resultCount() > 0 ? watcher->result() : ReadOutcome {};
        watcher->deleteLater();
        done(std::move(outcome.report), outcome.error);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path] {
        promise->start();
        promise->addResult(readJournal(path));
        promise->finish();
    });
}

void CampaignReportLoader::ask(CampaignReport report, AskDone done)
{
    if (report.header.sender != m_service.userId()) {
        // Only the sender is in the notice rooms (and can see the receipts there).
        report.serverNote = QCoreApplication::translate(
            "nb::CampaignReportLoader", "Sent by %1: log in as that account to see who joined, read or replied.")
                                .arg(report.header.sender);
        QTimer::singleShot(0, this, [report = std::move(report), done]() mutable { done(std::move(report)); });
        return;
    }
    auto* reporter = new CampaignReporter(m_service.api(), m_service.userId(), this);
    reporter->ask(std::move(report), [reporter, done](CampaignReport asked) {
        reporter->deleteLater();
        done(std::move(asked));
    });
}

} // namespace nb
