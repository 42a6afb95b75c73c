// One data row per fixture plan (tests/fixtures/rules/<rule-id>/<case>.yaml): the findings of the
// folder's rule must be exactly the ids listed in <case>.expected.
#include "io/planloader.h"
#include "rules/ruleinfo.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace hierarch;

namespace {

const QDate kAsOf(2026, 11, 21);

QString rulesDir()
{
    return QStringLiteral(HIERARCH_FIXTURES_DIR "/rules");
}

QStringList readExpected(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {QStringLiteral("<cannot read %1>").arg(path)};
    QStringList ids;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QString id = QString::fromUtf8(line).trimmed();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasFixtures();
    void fixture_data();
    void fixture();
};

void TestRules::everyRuleHasFixtures()
{
    const QDir dir(rulesDir());
    QStringList missing;
    for (const RuleInfo &info : ruleCatalog()) {
        const QDir ruleDir(dir.filePath(QString::fromLatin1(info.id)));
        const QStringList fires = ruleDir.entryList({QStringLiteral("fires*.yaml")}, QDir::Files);
        const QStringList misses =
            ruleDir.entryList({QStringLiteral("near-miss*.yaml")}, QDir::Files);
        if (fires.isEmpty() || misses.isEmpty())
            missing << QString::fromLatin1(info.id);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("rules without a firing plan and a near miss: ") +
                        missing.join(QLatin1String(", "))));

    // Every fixture folder names a rule of the catalog.
    for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY2(findRule(folder), qPrintable(QStringLiteral("unknown rule folder ") + folder));
}

void TestRules::fixture_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("plan");
    const QDir dir(rulesDir());
    for (const QString &rule : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir ruleDir(dir.filePath(rule));
        for (const QString &plan :
             ruleDir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(rule + QLatin1Char('/') + plan))
                << rule << ruleDir.filePath(plan);
        }
    }
}

void TestRules::fixture()
{
    QFETCH(QString, rule);
    QFETCH(QString, plan);

    const LoadResult loaded = loadPlanFile(plan);
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));

    const QString expectedPath = plan.chopped(int(qstrlen(".yaml"))) + QStringLiteral(".expected");
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + QStringLiteral(" missing")));
    QStringList expected = readExpected(expectedPath);

    QStringList actual;
    for (const Finding &f : validate(*loaded.plan, kAsOf)) {
        if (f.ruleId() == rule)
            actual << f.id();
    }
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
