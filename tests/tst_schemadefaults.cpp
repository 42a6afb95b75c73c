// The defaults of FORMAT.md are written once in the model (the field tables read Plan's
// effective*() and the structs' defaults) and once more as `default` keys of the JSON Schema that
// editors of YAML files see. This suite ties the two together: every field with a fixed default
// must carry the same value as the schema's `default`, and every `default` of the schema must
// belong to a field. A changed default in one place and not the other fails here.
// The rules must assume the same defaults: every rule reads Plan's effective*(), so a plan that
// leaves a key out and the same plan stating the key's default give the same findings.
#include "document/fields.h"
#include "io/planloader.h"
#include "plan.h"
#include "validator.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace hierarch;

namespace {

QJsonObject loadSchema()
{
    QFile file(
        QStringLiteral(HIERARCH_SOURCE_DIR "/resources/schema/hierarch-plan-v1.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the schema");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Where a field's key lives in the schema: the plan's keys under `properties` (dots are nested
// objects), the others under `definitions`, by key or inside their owner's definition; a key
// whose default differs by product has one definition per product. `path` is spelled as
// collectDefaults() spells it.
QJsonObject schemaNode(const QJsonObject &schema, FieldOwner owner, const QString &key,
                       Product product, QString *path)
{
    const QJsonObject definitions = schema.value(u"definitions").toObject();
    const QStringList parts = key.split(u'.');
    auto descend = [&parts, path](QJsonObject node, qsizetype from) {
        for (qsizetype i = from; i < parts.size() && !node.isEmpty(); ++i) {
            node = node.value(u"properties").toObject().value(parts.at(i)).toObject();
            *path += QStringLiteral("/properties/") + parts.at(i);
        }
        return node;
    };
    if (owner == FieldOwner::Plan) {
        *path = QStringLiteral("properties/") + parts.first();
        return descend(schema.value(u"properties").toObject().value(parts.first()).toObject(), 1);
    }
    const QString productSuffix =
        product == Product::Sms2003 ? QStringLiteral("Sms2003") : QStringLiteral("ConfigMgr2007");
    // Some definitions carry their owner's name ("siteType" for a site's `type`).
    const QString ownerPrefix = owner == FieldOwner::Site     ? QStringLiteral("site")
                                : owner == FieldOwner::Server ? QStringLiteral("server")
                                                              : QString();
    QString prefixed = parts.first();
    prefixed[0] = prefixed[0].toUpper();
    prefixed.prepend(ownerPrefix);
    for (const QString &name : {parts.first() + productSuffix, parts.first(), prefixed}) {
        if (definitions.contains(name)) {
            *path = QStringLiteral("definitions/") + name;
            return descend(definitions.value(name).toObject(), 1);
        }
    }
    const char *ownerDefinition = owner == FieldOwner::Account   ? "account"
                                  : owner == FieldOwner::Role    ? "roleWithOptions"
                                  : owner == FieldOwner::Address ? "address"
                                                                 : nullptr;
    if (!ownerDefinition) {
        path->clear();
        return {};
    }
    *path = QStringLiteral("definitions/") + QLatin1String(ownerDefinition);
    return descend(definitions.value(QLatin1String(ownerDefinition)).toObject(), 0);
}

QJsonValue asJson(const QVariant &value, FieldType type)
{
    switch (type) {
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Count:
        return value.toInt();
    default:
        return value.toString();
    }
}

// Every `default` in the schema, as "path" -> value.
void collectDefaults(const QJsonValue &node, const QString &path, QHash<QString, QJsonValue> *out)
{
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"default")
                out->insert(path, it.value());
            else
                collectDefaults(it.value(), path.isEmpty() ? it.key() : path + u'/' + it.key(),
                                out);
        }
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectDefaults(array.at(i), path + u'/' + QString::number(i), out);
    }
}

// Fields whose default is not one value the schema could state: it follows from the object
// (FORMAT.md: an account's generation and change method follow its type; `sql` says whether the
// server has a `sql:` block at all).
bool objectDependent(FieldOwner owner, const QString &key)
{
    if (owner == FieldOwner::Account)
        return key == u"generated" || key == u"passwordChange";
    return owner == FieldOwner::Server && key == u"sql";
}

// The example plans and the rule fixtures: between them they leave every defaulted key out on
// objects where its rules look at it.
QList<Plan> samplePlans()
{
    QList<Plan> plans;
    for (const char *dir : {HIERARCH_EXAMPLES_DIR, HIERARCH_FIXTURES_DIR}) {
        QDirIterator it(QString::fromUtf8(dir), {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            LoadResult loaded = loadPlanFile(it.next());
            if (loaded)
                plans << *loaded.plan;
        }
    }
    return plans;
}

// The objects of a plan whose keys feed rules, with their owner.
QList<std::pair<FieldOwner, void *>> objectsOf(Plan &plan)
{
    QList<std::pair<FieldOwner, void *>> objects{{FieldOwner::Plan, &plan}};
    for (Site &site : plan.sites) {
        objects.append({FieldOwner::Site, &site});
        for (Server &server : site.servers) {
            objects.append({FieldOwner::Server, &server});
            for (RoleAssignment &role : server.roles)
                objects.append({FieldOwner::Role, &role});
        }
        for (SenderAddress &address : site.addresses)
            objects.append({FieldOwner::Address, &address});
    }
    for (Account &account : plan.accounts)
        objects.append({FieldOwner::Account, &account});
    return objects;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.id() + QLatin1String(": ") + f.message();
    return lines.join(u'\n');
}

} // namespace

class TestSchemaDefaults : public QObject
{
    Q_OBJECT

private slots:
    void fieldDefaultsMatchTheSchema();
    void rulesSeeUnstatedKeysAsTheirDefault();
};

void TestSchemaDefaults::fieldDefaultsMatchTheSchema()
{
    const QJsonObject schema = loadSchema();
    QHash<QString, QJsonValue> unclaimed;
    collectDefaults(schema, QString(), &unclaimed);
    unclaimed.remove(QStringLiteral("properties/hierarch")); // the format version, not a field
    QVERIFY(unclaimed.size() > 30);

    // Fresh objects: a default that depends on the object itself (a site's name is its code)
    // has no fixed value for the schema to state.
    const Site site;
    const Server server;
    const RoleAssignment role;
    const Account account;
    const SenderAddress address;
    int compared = 0;
    QStringList disagreements;
    for (const Product product : {Product::Sms2003, Product::ConfigMgr2007}) {
        Plan plan;
        plan.product = product;
        const std::pair<FieldOwner, const void *> owners[] = {
            {FieldOwner::Plan, &plan},       {FieldOwner::Site, &site},
            {FieldOwner::Server, &server},   {FieldOwner::Role, &role},
            {FieldOwner::Account, &account}, {FieldOwner::Address, &address}};
        for (const auto &[owner, object] : owners) {
            for (const FieldInfo &field : fieldsOf(owner)) {
                if (!field.appliesTo(product) || !field.defaultValue ||
                    field.type == FieldType::Text)
                    continue;
                // A secondary site runs in its parent's mode: stating its own is a finding of
                // its own (secondary-site-client-mode), not an assumed default.
                if (owner == FieldOwner::Site && field.key == std::string_view("clientMode") &&
                    static_cast<const Site *>(object)->isSecondary())
                    continue;
                const QVariant value = field.defaultValue(plan, object);
                if (!value.isValid())
                    continue;
                const QString key = QLatin1String(field.key);
                if (objectDependent(owner, key))
                    continue;
                QString where;
                const QJsonObject node = schemaNode(schema, owner, key, product, &where);
                const QJsonValue stated = node.value(u"default");
                ++compared;
                if (stated.isUndefined()) {
                    disagreements << QStringLiteral("%1 (%2): the schema states no default, the "
                                                    "model uses %3")
                                         .arg(key, where, value.toString());
                    continue;
                }
                if (stated != asJson(value, field.type)) {
                    disagreements << QStringLiteral("%1 (%2): schema %3, model %4")
                                         .arg(
                                             key, where,
                                             QString::fromUtf8(QJsonDocument(QJsonArray{stated})
                                                                   .toJson(QJsonDocument::Compact)),
                                             value.toString());
                }
                unclaimed.remove(where);
            }
        }
    }
    QVERIFY(compared > 30);
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
    QVERIFY2(unclaimed.isEmpty(),
             qPrintable(QStringLiteral("schema defaults no field states: ") +
                        QStringList(unclaimed.keys()).join(QStringLiteral(", "))));
}

void TestSchemaDefaults::rulesSeeUnstatedKeysAsTheirDefault()
{
    const QDate asOf(2026, 1, 15);
    const QList<Plan> plans = samplePlans();
    QVERIFY(plans.size() > 300);

    // Every key with a default of its own: the Bool, Count and Enum fields that may be left out.
    // (Text defaults such as a server's FQDN are derived from other keys, not assumed values.)
    QHash<QString, int> compared;
    const Plan fresh;
    const Site site;
    const Server server;
    const RoleAssignment role;
    const Account account;
    const SenderAddress address;
    const std::pair<FieldOwner, const void *> freshObjects[] = {
        {FieldOwner::Plan, &fresh},      {FieldOwner::Site, &site},
        {FieldOwner::Server, &server},   {FieldOwner::Role, &role},
        {FieldOwner::Account, &account}, {FieldOwner::Address, &address}};
    for (const auto &[owner, object] : freshObjects) {
        for (const FieldInfo &field : fieldsOf(owner)) {
            if (!field.required && field.type != FieldType::Text &&
                field.type != FieldType::TextList && field.defaultValue(fresh, object).isValid())
                compared.insert(QString::number(int(owner)) + u':' + QLatin1String(field.key), 0);
        }
    }
    QVERIFY(compared.size() > 35);

    // Per plan and key, the default is stated on every object that leaves the key out: one
    // validation per key keeps the suite quick, and a rule assuming another value still changes
    // the findings.
    QStringList disagreements;
    for (const Plan &original : plans) {
        const QList<Finding> unstated = validate(original, asOf);
        Plan plan = original;
        const QList<std::pair<FieldOwner, void *>> objects = objectsOf(plan);
        for (auto it = compared.begin(); it != compared.end(); ++it) {
            const FieldOwner owner = FieldOwner(it.key().section(u':', 0, 0).toInt());
            const FieldInfo &field = *findField(owner, it.key().section(u':', 1));
            if (!field.appliesTo(original.product))
                continue;
            Plan stated = original;
            const QList<std::pair<FieldOwner, void *>> statedObjects = objectsOf(stated);
            int changed = 0;
            for (qsizetype i = 0; i < objects.size(); ++i) {
                const void *object = objects.at(i).second;
                if (objects.at(i).first != owner || field.get(object).isValid())
                    continue;
                // A key of `sql` only where the server has a `sql` block: stating one would give
                // the server a SQL Server it did not have.
                if (field.key != std::string_view("sql") &&
                    std::string_view(field.key).starts_with("sql.") &&
                    !findField(FieldOwner::Server, u"sql")->get(object).toBool())
                    continue;
                // A secondary site runs in its parent's mode: stating its own is a finding of
                // its own (secondary-site-client-mode), not an assumed default.
                if (owner == FieldOwner::Site && field.key == std::string_view("clientMode") &&
                    static_cast<const Site *>(object)->isSecondary())
                    continue;
                const QVariant value = field.defaultValue(plan, object);
                if (!value.isValid())
                    continue;
                field.set(statedObjects.at(i).second, value);
                QVERIFY(field.get(statedObjects.at(i).second).isValid());
                ++changed;
            }
            if (changed == 0)
                continue;
            it.value() += changed;
            const QList<Finding> withDefault = validate(stated, asOf);
            if (withDefault != unstated) {
                disagreements << QStringLiteral("%1 stated as its default in %2:\nunstated:\n%3\n"
                                                "stated:\n%4")
                                     .arg(QLatin1String(field.key), original.name,
                                          describe(unstated), describe(withDefault));
            }
        }
    }
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 3).join(u'\n')));
    QStringList untested;
    for (auto it = compared.cbegin(); it != compared.cend(); ++it) {
        if (it.value() == 0)
            untested << it.key();
    }
    QVERIFY2(untested.isEmpty(), qPrintable(QStringLiteral("keys no sample plan leaves out: ") +
                                            untested.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestSchemaDefaults)
#include "tst_schemadefaults.moc"
