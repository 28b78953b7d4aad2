#pragma once
// How a second start of the app reaches the first one on the same profile: the first
// listens on a local socket in the profile folder (which only the user may enter), a
// second start connects, asks it to show its window, and exits. Only the holder of the
// profile lock (profile_lock.h) listens, so a socket left by a killed app is removed
// safely before listening again.
#include <QLocalServer>
#include <QObject>
#include <QString>

namespace nb {

class InstanceChannel : public QObject {
    Q_OBJECT
public:
    explicit InstanceChannel(const QString& profileDir, QObject* parent = nullptr);

    // The first instance (it holds the profile lock). False and `error` when it cannot.
    bool listen(QString* error = nullptr);
    // A later start: true when a running instance answered that it shows its window.
    static bool askToShow(const QString& profileDir, int timeoutMs);
    // The socket's path: in the profile folder where the path is short enough for a
    // socket address, else in the user's private runtime folder.
    static QString socketPath(const QString& profileDir);

signals:
    void showRequested();

private:
    QString m_path;
    QLocalServer m_server;
};

} // namespace nb
