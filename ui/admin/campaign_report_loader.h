#pragma once
// Reads campaign journals into reports for the Campaigns panel and asks the server for the
// recipients' side. Reading is done off the UI thread (a 100,000-recipient journal is tens
// of megabytes of JSON lines), except for the journal the last run still holds open, which
// is read from memory (it is locked against a second open). The server is asked only about
// this account's own rooms-route campaigns (CampaignReporter); otherwise the counts stay
// unknown with a note saying why.
#include "campaign/campaign_report.h"

#include <QObject>
#include <functional>

namespace nb {

class DeliveryRunner;
class NoticeService;

class CampaignReportLoader : public QObject {
    Q_OBJECT
public:
    CampaignReportLoader(NoticeService& service, const DeliveryRunner& runner, QObject* parent = nullptr);

    // The journal side; `error` non-empty when the file is not a readable journal.
    using ReadDone = std::function<void(campaign::CampaignReport report, QString error)>;
    void read(const QString& path, ReadDone done);
    // `report` with joined / read / replied / archived filled in where they can be asked.
    using AskDone = std::function<void(campaign::CampaignReport report)>;
    void ask(campaign::CampaignReport report, AskDone done);

private:
    NoticeService& m_service;
    const DeliveryRunner& m_runner;
};

} // namespace nb
