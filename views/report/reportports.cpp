// The port plan of REPORT.md section 12 as the report shows it. What each server needs comes from
// the model (model/ports/portplan.h); this file only puts it into the report's words.
#include "reportdata.h"

#include "ports/portplan.h"

#include <QCoreApplication>

namespace hierarch {

namespace {

// The port texts belong to the report's context, where the model's port plan marks them too.
struct PortText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Report)
};

QString translated(const char *text)
{
    return QCoreApplication::translate("hierarch::Report", text);
}

// A list of server names as a peer; long lists are shortened so a row stays readable.
QString namesOf(const QStringList &names)
{
    constexpr int kShown = 6;
    if (names.size() <= kShown)
        return names.join(QLatin1String(", "));
    return PortText::tr("%1 and %2 more")
        .arg(names.mid(0, kShown).join(QLatin1String(", ")))
        .arg(names.size() - kShown);
}

QString peerText(const PortPeer &peer)
{
    return peer.servers.isEmpty() ? translated(peer.description) : namesOf(peer.servers);
}

QString purposeText(const QList<const char *> &purposes)
{
    QStringList texts;
    for (const char *purpose : purposes)
        texts << translated(purpose);
    return texts.join(QLatin1String("; "));
}

} // namespace

void ReportData::computePorts()
{
    for (const ServerPortPlan &server : planPorts(mPlan)) {
        ServerPorts ports{server.site, server.server, {}};
        for (const PortRequirement &requirement : server.requirements) {
            ports.rows.append(PortRow{translated(requirement.port),
                                      translated(requirement.protocol), requirement.direction,
                                      peerText(requirement.peer),
                                      purposeText(requirement.purposes)});
        }
        mPorts.append(ports);
    }
}

} // namespace hierarch
