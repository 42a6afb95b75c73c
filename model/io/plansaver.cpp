#include "plansaver.h"

#include "checkedfile.h"
#include "plantext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hierarch {

namespace {

bool looksLikeNonString(const QString &text)
{
    // Words and numbers that YAML 1.1 or 1.2 tools would read as something other than a string.
    static const QRegularExpression special(QStringLiteral(
        "^(?:[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|"
        "0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|"
        "[0-9]+(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|"
        "(?i:y|n|yes|no|true|false|on|off|null)|~)$"));
    return special.match(text).hasMatch();
}

bool isPlainSafe(const QString &text)
{
    if (text.isEmpty() || looksLikeNonString(text))
        return false;
    static const QString leadingIndicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@` ");
    if (leadingIndicators.contains(text.front()) || text.back() == QLatin1Char(' '))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        // Flow indicators would end the scalar inside `[a, b]` and `{k: v}`, which the saver uses.
        if (u == ',' || u == '[' || u == ']' || u == '{' || u == '}')
            return false;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0xfeff || u == 0x2028 ||
            u == 0x2029 || c.isSurrogate() || u == 0xfffe || u == 0xffff)
            return false;
        // yaml-cpp 0.7 reads '?' and ':' inside `[a, b]` and `{k: v}` as indicators even where
        // YAML allows them in plain text; quoting keeps such text a string everywhere.
        if (u == ':' || u == '?')
            return false;
        if (u == '#' && i > 0 && text.at(i - 1) == QLatin1Char(' '))
            return false;
    }
    return true;
}

class Writer
{
public:
    QByteArray take() { return std::move(mOut); }

    void line(int indent, const char *key, const QByteArray &value)
    {
        mOut.append(indent, ' ');
        mOut += key;
        mOut += ": ";
        mOut += value;
        mOut += '\n';
    }
    void open(int indent, const char *key)
    {
        mOut.append(indent, ' ');
        mOut += key;
        mOut += ":\n";
    }
    // Starts a block sequence item; the caller writes its first key with indent 0.
    void item(int indent)
    {
        mOut.append(indent, ' ');
        mOut += "- ";
    }

    template<typename T>
    void opt(int indent, const char *key, const std::optional<T> &value)
    {
        if (value)
            line(indent, key, scalar(*value));
    }

    static QByteArray scalar(const QString &s) { return yamlScalar(s); }
    static QByteArray scalar(bool b) { return b ? "true" : "false"; }
    static QByteArray scalar(int i) { return QByteArray::number(i); }
    static QByteArray scalar(double d)
    {
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    static QByteArray scalar(const QDate &d) { return d.toString(Qt::ISODate).toLatin1(); }
    template<typename E>
    requires std::is_enum_v<E>
    static QByteArray scalar(E e) { return enumName(e); }

    static QByteArray flowList(const QStringList &items)
    {
        QByteArray out = "[";
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i)
                out += ", ";
            out += yamlScalar(items.at(i));
        }
        return out + ']';
    }

private:
    QByteArray mOut;
};

QByteArray roleList(const QList<RoleAssignment> &roles)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const RoleAssignment &r = roles.at(i);
        if (i)
            out += ", ";
        if (!r.site && !r.bits) {
            out += enumName(r.role);
            continue;
        }
        out += "{role: ";
        out += enumName(r.role);
        if (r.site)
            out += ", site: " + yamlScalar(*r.site);
        if (r.bits)
            out += QByteArray(", bits: ") + Writer::scalar(*r.bits);
        out += '}';
    }
    return out + ']';
}

QByteArray sqlMap(const SqlSettings &sql)
{
    QList<QByteArray> parts;
    if (sql.authentication)
        parts << "authentication: " + Writer::scalar(*sql.authentication);
    if (sql.serviceAccount)
        parts << "serviceAccount: " + Writer::scalar(*sql.serviceAccount);
    if (sql.spnRegistered)
        parts << "spnRegistered: " + Writer::scalar(*sql.spnRegistered);
    if (sql.otherDatabases)
        parts << "otherDatabases: " + Writer::scalar(*sql.otherDatabases);
    return '{' + parts.join(", ") + '}';
}

// --- PKI (FORMAT.md `pki`) ---
QByteArray pkiMap(const PkiSettings &pki)
{
    QList<QByteArray> parts;
    if (pki.signingCertificate)
        parts << "signingCertificate: " + Writer::scalar(*pki.signingCertificate);
    if (pki.crlChecking)
        parts << "crlChecking: " + Writer::scalar(*pki.crlChecking);
    if (pki.crlPublished)
        parts << "crlPublished: " + Writer::scalar(*pki.crlPublished);
    if (pki.certificateTrustList)
        parts << "certificateTrustList: " + Writer::scalar(*pki.certificateTrustList);
    return '{' + parts.join(", ") + '}';
}
// --- end PKI ---

void writeServer(Writer &w, const Server &s)
{
    constexpr int in = 8;
    w.item(6);
    w.line(0, "name", yamlScalar(s.name));
    w.opt(in, "fqdn", s.fqdn);
    w.opt(in, "internetFqdn", s.internetFqdn);
    w.opt(in, "forest", s.forest);
    w.opt(in, "zone", s.zone);
    w.opt(in, "dualHomed", s.dualHomed);
    w.opt(in, "domainController", s.domainController);
    w.opt(in, "os", s.os);
    w.opt(in, "fileSystem", s.fileSystem);
    w.opt(in, "staticIp", s.staticIp);
    w.opt(in, "adminShare", s.adminShare);
    w.opt(in, "securityConfigurationWizard", s.securityConfigurationWizard);
    w.opt(in, "siteServerInitiatedTransfers", s.siteServerInitiatedTransfers);
    w.opt(in, "ipsec", s.ipsec);
    w.opt(in, "allowInternetClients", s.allowInternetClients);
    w.opt(in, "otherWebApplications", s.otherWebApplications);
    w.opt(in, "otherLocalSystemServices", s.otherLocalSystemServices);
    w.opt(in, "clustered", s.clustered);
    if (s.sql)
        w.line(in, "sql", sqlMap(*s.sql));
    if (!s.roles.isEmpty())
        w.line(in, "roles", roleList(s.roles));
    if (!s.protectedBoundaries.isEmpty())
        w.line(in, "protectedBoundaries", Writer::flowList(s.protectedBoundaries));
}

// README "Boundaries": one item per boundary, its type's key first.
void writeBoundary(Writer &w, const Boundary &b)
{
    w.item(6);
    w.line(0, enumName(b.type), yamlScalar(b.value));
    w.opt(8, "connection", b.connection);
}

// Site addresses and senders: an item of a site's `addresses`.
void writeAddress(Writer &w, const SenderAddress &a)
{
    constexpr int in = 8;
    w.item(6);
    w.line(0, "to", yamlScalar(a.to));
    w.opt(in, "type", a.type);
    w.opt(in, "destination", a.destination);
    w.opt(in, "account", a.account);
    if (!a.schedule.isEmpty())
        w.line(in, "schedule", Writer::flowList(a.schedule));
    w.opt(in, "rateLimit", a.rateLimit);
    w.opt(in, "bandwidth", a.bandwidth);
    w.opt(in, "latency", a.latency);
}

void writeSite(Writer &w, const Site &s)
{
    constexpr int in = 4;
    w.item(2);
    w.line(0, "code", yamlScalar(s.code));
    w.opt(in, "name", s.name);
    w.opt(in, "type", s.type);
    w.opt(in, "parent", s.parent);
    w.opt(in, "forest", s.forest);
    w.opt(in, "clients", s.clients);
    w.opt(in, "legacyClients", s.legacyClients);
    w.opt(in, "workgroupClients", s.workgroupClients);
    w.opt(in, "securityMode", s.securityMode);
    w.opt(in, "clientMode", s.clientMode);
    w.opt(in, "secureKeyExchange", s.secureKeyExchange);
    w.opt(in, "acceptUnsignedData", s.acceptUnsignedData);
    w.opt(in, "httpRoaming", s.httpRoaming);
    if (s.pki)
        w.line(in, "pki", pkiMap(*s.pki));
    w.opt(in, "installation", s.installation);
    w.opt(in, "release", s.release);
    if (!s.addresses.isEmpty()) {
        w.open(in, "addresses");
        for (const SenderAddress &address : s.addresses)
            writeAddress(w, address);
    }
    if (!s.boundaries.isEmpty()) {
        w.open(in, "boundaries");
        for (const Boundary &boundary : s.boundaries)
            writeBoundary(w, boundary);
    }
    if (!s.servers.isEmpty()) {
        w.open(in, "servers");
        for (const Server &server : s.servers)
            writeServer(w, server);
    }
}

void writeAccount(Writer &w, const Account &a)
{
    constexpr int in = 4;
    w.item(2);
    w.line(0, "name", yamlScalar(a.name));
    w.line(in, "type", Writer::scalar(a.type));
    w.line(in, "sites", Writer::flowList(a.sites));
    w.opt(in, "generated", a.generated);
    w.opt(in, "passwordChange", a.passwordChange);
    w.opt(in, "rotation", a.rotation);
    w.opt(in, "rotationAccount", a.rotationAccount);
    w.opt(in, "domainAdmin", a.domainAdmin);
    w.opt(in, "custodians", a.custodians);
    w.opt(in, "sealedCopy", a.sealedCopy);
}

void writeWaiver(Writer &w, const Waiver &waiver)
{
    w.item(2);
    w.line(0, "finding", yamlScalar(waiver.finding));
    w.line(4, "justification", yamlScalar(waiver.justification));
    w.opt(4, "approvedBy", waiver.approvedBy);
    w.opt(4, "expires", waiver.expires);
}

void writeAttestation(Writer &w, const Attestation &attestation)
{
    w.item(2);
    w.line(0, "item", yamlScalar(attestation.item));
    w.opt(4, "status", attestation.status);
    w.opt(4, "note", attestation.note);
}

void writeChangeRecordEntry(Writer &w, const ChangeRecordEntry &entry)
{
    w.item(4);
    w.line(0, "version", yamlScalar(entry.version));
    w.line(6, "date", Writer::scalar(entry.date));
    w.opt(6, "author", entry.author);
    w.opt(6, "summary", entry.summary);
}

void writeDocument(Writer &w, const Plan &plan)
{
    w.open(0, "document");
    w.opt(2, "version", plan.documentVersion);
    w.opt(2, "status", plan.documentStatus);
    if (!plan.changeRecord.isEmpty()) {
        w.open(2, "changeRecord");
        for (const ChangeRecordEntry &entry : plan.changeRecord)
            writeChangeRecordEntry(w, entry);
    }
}

void writeDiagram(Writer &w, const QList<DiagramPosition> &diagram)
{
    w.open(0, "diagram");
    w.open(2, "sites");
    for (const DiagramPosition &p : diagram) {
        w.line(4, yamlScalar(p.siteCode).constData(),
               '[' + Writer::scalar(p.x) + ", " + Writer::scalar(p.y) + ']');
    }
}

template<typename T>
QByteArray written(void (*write)(Writer &, const T &), const T &value)
{
    Writer w;
    write(w, value);
    return w.take();
}

} // namespace

namespace canonical {

QByteArray siteItem(const Site &site)
{
    return written(writeSite, site);
}
QByteArray serverItem(const Server &server)
{
    return written(writeServer, server);
}
QByteArray addressItem(const SenderAddress &address)
{
    return written(writeAddress, address);
}
QByteArray boundaryItem(const Boundary &boundary)
{
    return written(writeBoundary, boundary);
}
QByteArray accountItem(const Account &account)
{
    return written(writeAccount, account);
}
QByteArray waiverItem(const Waiver &waiver)
{
    return written(writeWaiver, waiver);
}
QByteArray attestationItem(const Attestation &attestation)
{
    return written(writeAttestation, attestation);
}
QByteArray changeRecordItem(const ChangeRecordEntry &entry)
{
    return written(writeChangeRecordEntry, entry);
}
QByteArray documentEntry(const Plan &plan)
{
    return written(writeDocument, plan);
}
QByteArray diagramEntry(const QList<DiagramPosition> &diagram)
{
    return written(writeDiagram, diagram);
}
QByteArray role(const RoleAssignment &role)
{
    const QByteArray list = roleList({role});
    return list.mid(1, list.size() - 2);
}
QByteArray sql(const SqlSettings &settings)
{
    return sqlMap(settings);
}
QByteArray pki(const PkiSettings &settings)
{
    return pkiMap(settings);
}
QByteArray value(bool b)
{
    return Writer::scalar(b);
}
QByteArray value(int i)
{
    return Writer::scalar(i);
}
QByteArray value(const QDate &d)
{
    return Writer::scalar(d);
}

} // namespace canonical

QByteArray yamlScalar(const QString &text)
{
    if (isPlainSafe(text))
        return text.toUtf8();
    return yamlDoubleQuoted(text);
}

QByteArray yamlDoubleQuoted(const QString &text)
{
    // Build the quoted form from UTF-8 so that supplementary characters stay whole.
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const unsigned char b = utf8.at(i);
        switch (b) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\t':
            out += "\\t";
            continue;
        case '\r':
            out += "\\r";
            continue;
        default:
            break;
        }
        if (b < 0x20 || b == 0x7f) {
            out += "\\x" + QByteArray::number(int(b), 16).rightJustified(2, '0');
            continue;
        }
        // C1 controls (U+0080..U+009F) are 0xC2 0x80..0x9F in UTF-8; U+2028/2029 and U+FEFF
        // are three-byte sequences. Escape those so the file stays printable YAML.
        if (b == 0xc2 && i + 1 < utf8.size() && (unsigned char)utf8.at(i + 1) <= 0x9f) {
            out += "\\x" + QByteArray::number(int((unsigned char)utf8.at(i + 1)), 16);
            ++i;
            continue;
        }
        if (i + 2 < utf8.size()) {
            const QByteArray three = utf8.mid(i, 3);
            if (three == "\xe2\x80\xa8" || three == "\xe2\x80\xa9" || three == "\xef\xbb\xbf" ||
                three == "\xef\xbf\xbe" || three == "\xef\xbf\xbf") {
                // Decoded by hand: QString::fromUtf8 drops a U+FEFF it takes for a BOM.
                const int cp = ((three.at(0) & 0x0f) << 12) | ((three.at(1) & 0x3f) << 6) |
                               (three.at(2) & 0x3f);
                out += "\\u" + QByteArray::number(cp, 16).rightJustified(4, '0');
                i += 2;
                continue;
            }
        }
        out += char(b);
    }
    return out + '"';
}

QByteArray savePlan(const Plan &plan)
{
    Writer w;
    w.line(0, "hierarch", Writer::scalar(kFormatVersion));
    w.line(0, "name", yamlScalar(plan.name));
    w.line(0, "product", Writer::scalar(plan.product));
    w.opt(0, "author", plan.author);
    w.opt(0, "description", plan.description);
    w.opt(0, "release", plan.release);
    if (hasDocumentControl(plan))
        writeDocument(w, plan);
    w.opt(0, "dnsDomain", plan.dnsDomain);
    if (plan.forest || plan.schemaExtended || plan.publishing) {
        w.open(0, "activeDirectory");
        w.opt(2, "forest", plan.forest);
        w.opt(2, "schemaExtended", plan.schemaExtended);
        w.opt(2, "publishing", plan.publishing);
    }
    if (plan.sites.isEmpty()) {
        w.line(0, "sites", "[]");
    } else {
        w.open(0, "sites");
        for (const Site &site : plan.sites)
            writeSite(w, site);
    }
    if (!plan.accounts.isEmpty()) {
        w.open(0, "accounts");
        for (const Account &account : plan.accounts)
            writeAccount(w, account);
    }
    if (!plan.waivers.isEmpty()) {
        w.open(0, "waivers");
        for (const Waiver &waiver : plan.waivers)
            writeWaiver(w, waiver);
    }
    if (!plan.attestations.isEmpty()) {
        w.open(0, "attestations");
        for (const Attestation &attestation : plan.attestations)
            writeAttestation(w, attestation);
    }
    if (!plan.diagram.isEmpty())
        writeDiagram(w, plan.diagram);
    return w.take();
}

bool savePlanFile(const Plan &plan, const QString &path, QString *error)
{
    return writePlanBytes(savePlan(plan), path, error);
}

} // namespace hierarch
