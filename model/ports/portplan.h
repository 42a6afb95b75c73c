#pragma once

#include "plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hierarch {

// The ports and firewall plan (REPORT.md section "Ports and firewall plan"): for each server, the
// connections its roles need, with the default port numbers of the product documentation
// ("Ports used by ..." for SMS 2003 and Configuration Manager 2007). It is domain knowledge, so it
// lives here, GUI-free; the report only formats it.
//
// Texts are untranslated, in context "hierarch::Report": the report translates them for its
// language, tools could use them as they are.

// Seen from the server: inbound means it accepts the connection, outbound that it opens it.
enum class PortDirection { Inbound, Outbound, Both };

// The other end of a connection: the servers of the plan when it names them, otherwise a
// description such as "Clients" (untranslated).
struct PortPeer
{
    QStringList servers;
    const char *description = nullptr; // used when servers is empty

    bool operator==(const PortPeer &other) const;
};

// One rule a firewall needs for a server. Roles that need the same port, protocol, direction and
// peer share one requirement and list their purposes in the order they were added.
struct PortRequirement
{
    const char *port = "";     // "1433", "80, 443", "135 + dynamic" (untranslated)
    const char *protocol = ""; // "TCP", "UDP", "TCP (HTTP)", "TCP (HTTPS)" (untranslated)
    PortDirection direction = PortDirection::Inbound;
    PortPeer peer;
    QList<const char *> purposes; // untranslated, one per role need, no repeats
};

struct ServerPortPlan
{
    QString site;   // the code of the server's site
    QString server; // the server's name
    // Inbound first, then both ways, then outbound; by port number inside each.
    QList<PortRequirement> requirements;
};

// The port plan of every server that needs a port, in plan order (sites, then their servers).
QList<ServerPortPlan> planPorts(const Plan &plan);

} // namespace hierarch
