#pragma once
// GET /_matrix/client/versions: which MSC4279 identifiers this server speaks.
#include <QByteArray>
#include <QStringList>
#include <optional>

namespace nb {

struct ServerVersions {
    QStringList versions;
    bool msc4279Unstable = false; // org.matrix.msc4279
    bool msc4279Stable = false; // org.matrix.msc4279.stable

    bool advertisesMsc4279() const { return msc4279Unstable || msc4279Stable; }
    // Identifiers to use when *sending*: stable only where the server says it speaks
    // them; a server that says nothing gets the unstable ones the MSC prescribes.
    bool useStableIdentifiers() const { return msc4279Stable; }
};

std::optional<ServerVersions> parseServerVersions(const QByteArray& body);

} // namespace nb
