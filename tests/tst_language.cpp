// The German user interface: which language the editor picks, the embedded catalog, the
// Preferences dialog, that every text on screen can be translated, and that the formats tools
// read (JSON, SARIF, `validate` and `rules` output) stay English whatever language is installed.
#include "boundaries/boundary.h"
#include "canvas/canvastext.h"
#include "dialogs/rulecatalogdialog.h"
#include "document/document.h"
#include "export/findingsexport.h"
#include "io/planloader.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "problems/waivedialog.h"
#include "pseudotranslator.h"
#include "requiretool.h"
#include "selection.h"
#include "uilanguage.h"
#include "validator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;

namespace {

const QString kExecutable = QStringLiteral(HIERARCH_EXECUTABLE);
const QString kCatalog = QStringLiteral(HIERARCH_SOURCE_DIR "/translations/hierarch_de.ts");
const QString kExamplesDir = QStringLiteral(HIERARCH_EXAMPLES_DIR);
const QString kAsOf = QStringLiteral("2026-11-21");
constexpr int kTimeoutMs = 60000;

QString example(const char *name)
{
    return QDir(kExamplesDir).filePath(QLatin1String(name));
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Texts that are right to stay as they are: the plan's own data, ids and file names.
QString knownText(const QString &planPath)
{
    QString known = readText(planPath) + QLatin1Char('\n') + planPath;
    for (int i = 0; i < kRuleCount; ++i)
        known += QLatin1Char(' ') + QLatin1String(ruleInfo(RuleId(i)).id);
    // Role ids are shown beside role names, as the file format spells them.
    known += QLatin1Char(' ') + enumNames<Role>().join(QLatin1Char(' '));
    // Unstated values show their default, spelt as the file spells it (enumValueLabel()), like
    // the account's default password change method.
    known += QLatin1Char(' ') + enumNames<PasswordChange>().join(QLatin1Char(' '));
    for (const QString &name : QDir(QStringLiteral(":/examples")).entryList())
        known += QLatin1Char(' ') + name;
    // The program's name, the finding subject of hierarchy-wide rules, and the languages, which
    // Preferences lists by their own names.
    known += QStringLiteral(" Hierarch hierarchy English Deutsch");
    return known;
}

QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Texts a person can read, each with the widget it was found on (for the failure message).
struct Texts
{
    QStringList texts;
    QStringList where;

    void add(const QString &text, const QObject *origin)
    {
        if (text.isEmpty() || texts.contains(text))
            return;
        texts << text;
        where << QStringLiteral("%1 %2").arg(QLatin1String(origin->metaObject()->className()),
                                             origin->objectName());
    }
    void add(const Texts &other)
    {
        for (qsizetype i = 0; i < other.texts.size(); ++i) {
            if (!texts.contains(other.texts.at(i))) {
                texts << other.texts.at(i);
                where << other.where.at(i);
            }
        }
    }
};

void collectModel(const QAbstractItemModel *model, const QModelIndex &parent, const QObject *view,
                  Texts &out, int &budget)
{
    for (int row = 0; row < model->rowCount(parent) && budget > 0; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column, --budget) {
            const QModelIndex index = model->index(row, column, parent);
            out.add(model->data(index, Qt::DisplayRole).toString(), view);
            out.add(plainText(model->data(index, Qt::ToolTipRole).toString()), view);
            if (column == 0 && model->hasChildren(index))
                collectModel(model, index, view, out, budget);
        }
    }
}

bool comboPopup(const QWidget *view)
{
    for (const QWidget *w = view->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QComboBox *>(w))
            return true;
    }
    return false;
}

// Every text a person can read in `root` and its children: labels, buttons, placeholders,
// combo entries, tabs, dock titles, headers and cells of item views, tooltips, action texts.
Texts visibleTexts(QWidget *root)
{
    Texts out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        // Qt's own parts (the float and close buttons of a dock, the scroll buttons of a tab
        // bar) are translated by Qt.
        if (w->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QTabBar *>(w->parentWidget()))
            continue;
        out.add(w->toolTip(), w);
        out.add(w->accessibleName(), w);
        out.add(w->accessibleDescription(), w);
        if (w->isWindow())
            out.add(w->windowTitle(), w);
        for (QAction *action : w->actions()) {
            out.add(action->text(), action);
            out.add(action->toolTip(), action);
        }
        if (auto *label = qobject_cast<QLabel *>(w))
            out.add(plainText(label->text()), w);
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // Standard buttons are Qt's to translate (qtbase_de.qm), not ours.
            auto *box = qobject_cast<QDialogButtonBox *>(w->parentWidget());
            if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                out.add(button->text(), w);
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            out.add(edit->placeholderText(), w);
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            out.add(edit->placeholderText(), w);
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            out.add(browser->toPlainText(), w);
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // An id shown as itself (an enum value of the file format) is not prose.
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->itemText(i) != combo->itemData(i).toString())
                    out.add(combo->itemText(i), w);
            }
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                out.add(tabs->tabText(i), w);
                out.add(tabs->tabToolTip(i), w);
            }
        }
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            out.add(dock->windowTitle(), w);
        // A combo box's popup list is checked through the combo, which knows ids from prose.
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && view->model() && !comboPopup(view)) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                out.add(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), w);
                out.add(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), w);
            }
            int budget = 3000;
            collectModel(model, QModelIndex(), w, out, budget);
        }
        if (auto *view = qobject_cast<QGraphicsView *>(w); view && view->scene()) {
            for (QGraphicsItem *item : view->scene()->items())
                out.add(plainText(item->toolTip()), w);
        }
    }
    return out;
}

// The texts with words a translator never saw, one per line, for the failure message.
QString untranslated(const Texts &found, const QString &known)
{
    QStringList bad;
    for (qsizetype i = 0; i < found.texts.size(); ++i) {
        const QString &text = found.texts.at(i);
        const QStringList words = PseudoTranslator::untranslatedWords(text, known);
        if (!words.isEmpty()) {
            bad << QStringLiteral("%1   [%2]   (%3)")
                       .arg(text.left(100).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                            words.join(QLatin1Char(' ')), found.where.at(i));
        }
    }
    return bad.join(QLatin1Char('\n'));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run runHierarch(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(kExecutable, arguments);
    Run run;
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    return run;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void systemPreferenceOrder();
    void settingRoundTrip();
    void germanCatalogIsEmbedded();
    void mainWindowInGerman();
    void qtStandardTextsInGerman();
    void toolbarStaysStillInGerman();
    void preferencesDialogStoresChoice();
    void preferencesInEditMenu();
    void machineFormatsStayEnglish();
    void commandLineIgnoresLocaleAndSetting();
    void everyTextOnScreenIsTranslatable();
    void countsInEnglish();
    void countsInGerman();
    void everyCountHasEnglishForms();

private:
    PseudoTranslator *mPseudo = nullptr;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HierarchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
    QVERIFY2(QFileInfo::exists(kExecutable), qPrintable(kExecutable));
}

void TestLanguage::cleanup()
{
    if (mPseudo) {
        QCoreApplication::removeTranslator(mPseudo);
        delete mPseudo;
        mPseudo = nullptr;
    }
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("en")));
    QSettings().clear();
}

void TestLanguage::systemPreferenceOrder()
{
    // The first language of the user's list that Hierarch speaks wins; none means English.
    QCOMPARE(UiLanguage::languageFor({QStringLiteral("de-DE"), QStringLiteral("de")}),
             QStringLiteral("de"));
    QCOMPARE(UiLanguage::languageFor({QStringLiteral("de-AT")}), QStringLiteral("de"));
    QCOMPARE(UiLanguage::languageFor({QStringLiteral("fr-FR"), QStringLiteral("de-CH")}),
             QStringLiteral("de"));
    QCOMPARE(UiLanguage::languageFor({QStringLiteral("en-GB"), QStringLiteral("de-DE")}),
             QStringLiteral("en"));
    QCOMPARE(UiLanguage::languageFor({QStringLiteral("fr-FR")}), QStringLiteral("en"));
    QCOMPARE(UiLanguage::languageFor({}), QStringLiteral("en"));
}

void TestLanguage::settingRoundTrip()
{
    QCOMPARE(UiLanguage::setting(), QString());
    QCOMPARE(UiLanguage::resolve(UiLanguage::setting()), UiLanguage::systemLanguage());
    UiLanguage::setSetting(QStringLiteral("de"));
    QCOMPARE(QSettings().value(UiLanguage::settingsKey()).toString(), QStringLiteral("de"));
    QCOMPARE(UiLanguage::setting(), QStringLiteral("de"));
    QCOMPARE(UiLanguage::resolve(UiLanguage::setting()), QStringLiteral("de"));
    UiLanguage::setSetting(QStringLiteral("en"));
    QCOMPARE(UiLanguage::resolve(UiLanguage::setting()), QStringLiteral("en"));
    // Back to the system default removes the key; a value written by hand that no catalog
    // matches counts as the system default too.
    UiLanguage::setSetting(QString());
    QVERIFY(!QSettings().contains(UiLanguage::settingsKey()));
    QSettings().setValue(UiLanguage::settingsKey(), QStringLiteral("tlh"));
    QCOMPARE(UiLanguage::setting(), QString());
}

void TestLanguage::germanCatalogIsEmbedded()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/hierarch_de.qm")));
    QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("de")));
    QCOMPARE(UiLanguage::current(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("hierarch::MainWindow", "&File"),
             QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("hierarch::Report", "Findings"),
             QStringLiteral("Befunde"));
    // Model texts too, such as the reason a boundary is refused (looked up under the context
    // lupdate filed it in).
    QCOMPARE(boundaryValueError(BoundaryType::Range, QStringLiteral("10.1.0.9-10.1.0.1")),
             QStringLiteral("die erste Adresse des Bereichs liegt hinter seiner letzten"));
    QCOMPARE(CanvasText::senderTypeName(SenderType::Courier), QStringLiteral("Kurier"));
    // English is the source language: installing it removes the German catalog again.
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("en")));
    QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("hierarch::MainWindow", "&File"), QStringLiteral("&File"));
    QVERIFY(!UiLanguage::installTranslators(QStringLiteral("fr")));
    QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
}

void TestLanguage::mainWindowInGerman()
{
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("de")));
    MainWindow window;
    window.setInteractive(false);
    QStringList titles;
    for (QAction *top : window.menuBar()->actions())
        titles << top->text();
    for (const char *title : {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"})
        QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(u',')));
}

void TestLanguage::qtStandardTextsInGerman()
{
    const QString qtCatalog =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    HIERARCH_REQUIRE(QFileInfo::exists(qtCatalog),
                     QStringLiteral("Qt's own German catalog is not installed (Debian: "
                                    "qt6-translations-l10n)"));
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("de")));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QVERIFY2(box.button(QDialogButtonBox::Cancel)->text().contains(QStringLiteral("Abbrechen")),
             qPrintable(box.button(QDialogButtonBox::Cancel)->text()));
}

// Issue: the German toolbar jumped on every edit (Undo carried the command name) and pushed Add
// Server, Delete and Fit into the overflow. Labels stay short and fixed; the command is a tooltip.
void TestLanguage::toolbarStaysStillInGerman()
{
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("de")));
    MainWindow window;
    window.setInteractive(false);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
    QVERIFY(bar);
    auto buttonGeometries = [bar] {
        QList<QRect> geometries;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget *button = bar->widgetForAction(action);
            if (!button || !button->isVisible())
                return QList<QRect>();
            geometries << button->geometry();
        }
        return geometries;
    };
    const QList<QRect> before = buttonGeometries();
    QVERIFY2(!before.isEmpty(), "a toolbar button is in the overflow at 1024 px");

    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo);
    const QString undoLabel = undo->iconText();
    QVERIFY(!undoLabel.contains(u'&'));
    auto *addSite = window.findChild<QAction *>(QStringLiteral("actionAddSite"));
    QVERIFY(addSite);
    addSite->trigger();
    QVERIFY(window.document()->undoStack()->canUndo());
    QCoreApplication::processEvents();
    bar->layout()->activate();

    QCOMPARE(undo->iconText(), undoLabel);
    QCOMPARE(buttonGeometries(), before);
    // The tooltip names the command that Undo would take back.
    const QString command = window.document()->undoStack()->undoText();
    QVERIFY(!command.isEmpty());
    QVERIFY2(undo->toolTip().contains(command), qPrintable(undo->toolTip()));
}

void TestLanguage::preferencesDialogStoresChoice()
{
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QVERIFY(combo->itemText(0).contains(UiLanguage::nativeName(UiLanguage::systemLanguage())));
    QCOMPARE(combo->itemText(1), QStringLiteral("English"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(!combo->accessibleName().isEmpty());
    // Alt+L reaches the combo: its label is its buddy.
    bool hasBuddy = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        hasBuddy = hasBuddy || label->buddy() == combo;
    QVERIFY(hasBuddy);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note && note->text().contains(QStringLiteral("start")));

    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    dialog.accept();
    QCOMPARE(UiLanguage::setting(), QStringLiteral("de"));

    PreferencesDialog again;
    QCOMPARE(again.language(), QStringLiteral("de"));
    again.setLanguage(QString());
    again.reject(); // Cancel keeps the stored choice
    QCOMPARE(UiLanguage::setting(), QStringLiteral("de"));
    again.setLanguage(QString());
    again.accept();
    QCOMPARE(UiLanguage::setting(), QString());
}

void TestLanguage::preferencesInEditMenu()
{
    MainWindow window;
    window.setInteractive(false);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QMenu *edit = nullptr;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            edit = top->menu();
    }
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(window.findChild<QAction *>(QStringLiteral("actionUndo"))));
}

void TestLanguage::machineFormatsStayEnglish()
{
    const QString path = example("configmgr2007-accounts-waivers.hierarchy.yaml");
    const QDate asOf = QDate::fromString(kAsOf, Qt::ISODate);
    auto exportBoth = [&] {
        ValidatedFile file;
        file.file = path;
        const LoadResult loaded = loadPlanFile(path);
        file.loaded = bool(loaded);
        file.planName = loaded.plan->name;
        file.product = loaded.plan->product;
        file.findings = validate(*loaded.plan, asOf);
        return std::pair{findingsToJson({file}, asOf), findingsToSarif({file}, asOf)};
    };
    const auto [json, sarif] = exportBoth();
    QVERIFY(json.contains("\"message\""));

    // With every catalogue text answered by its marked form, nothing of it may reach the
    // machine formats.
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("de")));
    mPseudo = new PseudoTranslator;
    QVERIFY(mPseudo->loadCatalog(kCatalog));
    QCoreApplication::installTranslator(mPseudo);
    QVERIFY(validate(loadPlanFile(path).plan.value(), asOf)
                .constFirst()
                .translatedMessage()
                .contains(QChar(0x2039)));
    const auto [jsonTranslated, sarifTranslated] = exportBoth();
    QCOMPARE(jsonTranslated, json);
    QCOMPARE(sarifTranslated, sarif);
}

void TestLanguage::commandLineIgnoresLocaleAndSetting()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    // The user chose German in Preferences and runs a German desktop.
    QDir(config.path()).mkpath(QStringLiteral("Hierarch"));
    QFile conf(config.filePath(QStringLiteral("Hierarch/hierarch.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[ui]\nlanguage=de\n");
    conf.close();

    QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        english.remove(QLatin1String(name));
    english.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    QProcessEnvironment german = english;
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    german.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());

    const QString plan = example("configmgr2007-accounts-waivers.hierarchy.yaml");
    const QList<QStringList> commands{
        {QStringLiteral("validate"), plan, QStringLiteral("--as-of"), kAsOf},
        {QStringLiteral("validate"), plan, QStringLiteral("--as-of"), kAsOf,
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("validate"), plan, QStringLiteral("--as-of"), kAsOf,
         QStringLiteral("--format"), QStringLiteral("sarif")},
        {QStringLiteral("rules")},
        {QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")},
    };
    for (const QStringList &arguments : commands) {
        const Run inEnglish = runHierarch(arguments, english);
        const Run inGerman = runHierarch(arguments, german);
        QVERIFY2(inEnglish.exitCode == 0 || inEnglish.exitCode == 1,
                 qPrintable(arguments.join(u' ')));
        QVERIFY(!inEnglish.out.isEmpty());
        QCOMPARE(inGerman.exitCode, inEnglish.exitCode);
        QVERIFY2(inGerman.out == inEnglish.out, qPrintable(arguments.join(u' ')));
    }
}

void TestLanguage::everyTextOnScreenIsTranslatable()
{
    mPseudo = new PseudoTranslator;
    QVERIFY(mPseudo->loadCatalog(kCatalog));
    QCoreApplication::installTranslator(mPseudo);

    const QString plan = example("configmgr2007-accounts-waivers.hierarchy.yaml");
    const QString known = knownText(plan);
    MainWindow window;
    window.setInteractive(false);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(window.openFile(plan));
    QCoreApplication::processEvents();

    Texts texts = visibleTexts(&window);
    // The Properties dock shows other fields for each kind of item.
    const Plan &p = window.document()->plan();
    QList<Selection::Item> items{{Selection::Item::Plan, 0, -1}};
    for (const Site &site : p.sites) {
        items.append({Selection::Item::Site, site.uid, -1});
        for (const Server &server : site.servers) {
            items.append({Selection::Item::Server, server.uid, -1});
            if (!server.roles.isEmpty())
                items.append({Selection::Item::Role, server.uid, 0});
        }
    }
    items.append({Selection::Item::Account, 0, 0});
    items.append({Selection::Item::Waiver, 0, 0});
    for (const Selection::Item &item : items) {
        window.selection()->select(item);
        QCoreApplication::processEvents();
        texts.add(visibleTexts(&window));
    }

    PreferencesDialog preferences(&window);
    texts.add(visibleTexts(&preferences));
    RuleCatalogDialog catalog(p.product, &window);
    texts.add(visibleTexts(&catalog));
    WaiveDialog waive(QStringLiteral("fsp-colocated@P01-FSP01"), &window);
    texts.add(visibleTexts(&waive));

    QVERIFY(texts.texts.size() > 200);
    // Tooltips name shortcuts ("Save (Ctrl+S)"); key names are Qt's own texts, translated by its
    // catalog (QKeySequence::NativeText), not ours.
    const QString keyNames = QStringLiteral(" Ctrl Shift Alt Meta Del Ins Esc Home End PgUp PgDown "
                                            "Return Enter Backspace Space Tab Left Right Down");
    const QString bad = untranslated(texts, known + keyNames);
    // A text added since the last `ninja update_translations` shows up here too: run it.
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("\n") + bad));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

namespace {

// Primary site P01 plans 52,000 clients for its one management point.
const QString kOneManagementPoint =
    QStringLiteral(HIERARCH_FIXTURES_DIR "/counts/one-management-point.hierarchy.yaml");

Finding managementPointFinding()
{
    const LoadResult loaded = loadPlanFile(kOneManagementPoint);
    for (const Finding &f : validate(loaded.plan.value(), QDate::fromString(kAsOf, Qt::ISODate))) {
        if (f.rule == RuleId::CapacityManagementPoint)
            return f;
    }
    return {};
}

// Restores the default locale a test changed.
struct DefaultLocale
{
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(before); }
    QLocale before;
};

struct NumerusMessage
{
    QByteArray context, source, comment;
};

QList<NumerusMessage> numerusMessages(const QString &tsPath)
{
    QList<NumerusMessage> out;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QByteArray context;
    NumerusMessage message;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText().toUtf8();
            } else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message = {context, {}, {}};
            } else if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText().toUtf8();
            } else if (xml.name() == QLatin1String("comment")) {
                message.comment = xml.readElementText().toUtf8();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus) {
            out.append(message);
        }
    }
    return out;
}

} // namespace

void TestLanguage::countsInEnglish()
{
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("en")));
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(CanvasText::clientCount(1), QStringLiteral("1 client"));
    QCOMPARE(CanvasText::clientCount(52000), QStringLiteral("52,000 clients"));
    QCOMPARE(CanvasText::serverCount(1), QStringLiteral("1 server"));
    QCOMPARE(CanvasText::serverCount(2), QStringLiteral("2 servers"));

    // "52000 clients for 1 management points" was the complaint: people read grouped digits and
    // the singular, tools the singular and the same plain digits as before.
    const Finding f = managementPointFinding();
    QCOMPARE(f.rule, RuleId::CapacityManagementPoint);
    QCOMPARE(f.translatedMessage(),
             QStringLiteral("Site P01 plans 52,000 clients for 1 management point; one management "
                            "point supports 25,000."));
    QCOMPARE(f.message(), QStringLiteral("Site P01 plans 52000 clients for 1 management point; one "
                                         "management point supports 25000."));
}

void TestLanguage::countsInGerman()
{
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("de")));
    const DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(CanvasText::clientCount(1), QStringLiteral("1 Client"));
    QCOMPARE(CanvasText::clientCount(52000), QStringLiteral("52.000 Clients"));
    QCOMPARE(QCoreApplication::translate("hierarch::Report", "%1 waiver(s)", nullptr, 1).arg(1),
             QStringLiteral("1 Ausnahme"));
    QCOMPARE(QCoreApplication::translate("hierarch::Report", "%1 waiver(s)", nullptr, 2).arg(2),
             QStringLiteral("2 Ausnahmen"));
    QCOMPARE(QCoreApplication::translate("hierarch::MainWindow", "%Ln warning(s)", nullptr, 1),
             QStringLiteral("1 Warnung"));
    QCOMPARE(QCoreApplication::translate("hierarch::MainWindow", "%Ln warning(s)", nullptr, 1200),
             QStringLiteral("1.200 Warnungen"));

    const Finding f = managementPointFinding();
    QVERIFY2(f.translatedMessage().contains(
                 QStringLiteral("52.000 Clients bei 1 Verwaltungspunkt geplant;")),
             qPrintable(f.translatedMessage()));
    // The German catalog answers first, but tools still get English.
    QCOMPARE(f.message(), QStringLiteral("Site P01 plans 52000 clients for 1 management point; one "
                                         "management point supports 25000."));
}

void TestLanguage::everyCountHasEnglishForms()
{
    // Every text that counts something (a numerus message of the catalog) reads as English in
    // the singular and the plural: never "1 waivers", "1 waiver(s)" or "is/are".
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("en")));
    const QList<NumerusMessage> messages = numerusMessages(kCatalog);
    QVERIFY(messages.size() >= 30);
    const QRegularExpression pluralOfOne(QStringLiteral("(^|\\D)1 (site|server|client|waiver|"
                                                        "account|finding|error|warning|change|"
                                                        "page|management point)s\\b"));
    for (const NumerusMessage &m : messages) {
        const char *comment = m.comment.isEmpty() ? nullptr : m.comment.constData();
        const QString one =
            QCoreApplication::translate(m.context.constData(), m.source.constData(), comment, 1)
                .replace(QLatin1String("%1"), QLatin1String("1"));
        const QString two =
            QCoreApplication::translate(m.context.constData(), m.source.constData(), comment, 2)
                .replace(QLatin1String("%1"), QLatin1String("2"));
        const QString where = QString::fromUtf8(m.context + ": " + m.source) +
                              QLatin1String(" -> ") + one + QLatin1String(" | ") + two;
        for (const QString &text : {one, two}) {
            QVERIFY2(!text.contains(QLatin1String("(s)")) &&
                         !text.contains(QLatin1String("(es)")) &&
                         !text.contains(QLatin1String("/")),
                     qPrintable(where));
        }
        QVERIFY2(!pluralOfOne.match(one).hasMatch(), qPrintable(where));
        if (m.source != "%n more selected")
            QVERIFY2(one != two, qPrintable(where));
    }
}
