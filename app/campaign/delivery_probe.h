#pragma once
// Looking on the server for what an interrupted step may have done (see the reasoning at
// the top of campaign_journal.cpp): the notice room made for a recipient (by the marker in
// its creation_content), and a notice already in a room (by the marker in its content).
// Every answer is a Result<QString>: the ID found, an empty string for "not there", or the
// failure that kept us from knowing.
#include "client/matrix_api.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>

namespace nb::campaign {

class DeliveryProbe : public QObject {
    Q_OBJECT
public:
    using Found = std::function<void(Result<QString>)>;

    // `sinceMs`: nothing of this campaign is older (the journal's creation time, less a
    // margin for clock skew); histories are read back to there and no further.
    DeliveryProbe(MatrixApi& api, QString sender, qint64 sinceMs, QObject* parent = nullptr);

    // Rooms whose owner the journal already knows; never read again by findRoom.
    void addKnownRooms(const QStringList& rooms);

    // Among the sender's joined rooms, one whose m.room.create carries `marker` and is
    // not in `exclude`. Concurrent calls share scans; a call made during a scan waits for
    // the next one (the room it looks for may be newer than the running scan's list).
    void findRoom(const QString& marker, const QStringList& exclude, Found done);
    // The user's membership in the room ("invite", "join", ...; "" if none).
    void membership(const QString& roomId, const QString& userId, Found done);
    // The sender's message carrying `marker` in the room (client API, sender is a member).
    void findRoomMessage(const QString& roomId, const QString& marker, Found done);
    // A server notice carrying `marker` in any room of the user (Synapse admin API).
    void findServerNotice(const QString& userId, const QString& marker, Found done);

private:
    struct Waiter {
        QString marker;
        QStringList exclude;
        Found done;
    };
    void startScan();
    void readCreateEvents(QStringList rooms, std::function<void(std::optional<RequestFailure>)> done);
    void finishScan(const std::optional<RequestFailure>& failure);
    // Pages backwards through `path` (a /messages endpoint) looking for the marker.
    void scanMessages(QByteArray path, MatrixApi::Query query, QString marker, int pagesLeft, Found done);
    void scanRooms(QStringList rooms, QString marker, Found done);

    MatrixApi& m_api;
    QString m_sender;
    qint64 m_sinceMs;
    QSet<QString> m_seenRooms; // create event read, or known from the journal
    QHash<QString, QStringList> m_markerRooms; // marker -> rooms carrying it
    bool m_scanning = false;
    QList<Waiter> m_current;
    QList<Waiter> m_next;
};

} // namespace nb::campaign
