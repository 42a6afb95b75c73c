// hierarch-bench: measures every row of QUALITY.md ("Performance") on generated plans of sizes
// S, M and L, with yaml-cpp timed side by side in the same process where a row is a ratio to it.
// Prints one table of medians (and writes it as JSON with --json); exits 1 when a row misses its
// bar.
#include "autosave.h"
#include "benchdiff.h"
#include "benchimport.h"
#include "benchmeasures.h"
#include "plangenerator.h"

#include "canvas/canvasview.h"
#include "canvas/hierarchyscene.h"
#include "document/document.h"
#include "document/fields.h"
#include "document/plansearch.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "mainwindow.h"
#include "report/reportwriter.h"
#include "validator.h"

#include <yaml-cpp/yaml.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

using namespace hierarch;
using namespace hierarch::bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Options
{
    QList<char> sizes{'S', 'M', 'L'};
    int runs = 7;
    int editRuns = 51;
    Product product = Product::ConfigMgr2007;
    bool report = true;
    bool editor = true;
    bool diffOnly = false;
};

struct SizedPlan
{
    char size;
    QString path;
    Plan plan;
    int servers = 0;
};

// --- targets in a generated plan -----------------------------------------------------------------

// The same kind of place in every size: a primary site (not the central one) with secondaries
// below it and at least two servers — the one with the median number of child sites, so that
// an edit reaches what a typical site's edit reaches — its second server, and a child site with
// no children of its own.
struct EditTargets
{
    ItemId site = 0;
    ItemId server = 0;
    ItemId leaf = 0;
};

EditTargets findTargets(const Document &doc)
{
    QList<std::pair<qsizetype, const Site *>> candidates;
    for (const Site &s : doc.plan().sites) {
        const qsizetype children = doc.childSites(s.uid).size();
        if (!s.isSecondary() && !s.isCentral() && s.servers.size() >= 2 && children > 0)
            candidates.append({children, &s});
    }
    if (candidates.isEmpty()) {
        const Site &first = doc.plan().sites.first();
        const ItemId last = doc.plan().sites.size() > 1 ? doc.plan().sites.last().uid : 0;
        return {first.uid, first.servers.value(0).uid, last};
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const Site *site = candidates.at(candidates.size() / 2).second;
    ItemId leaf = 0;
    for (ItemId child : doc.childSites(site->uid)) {
        if (doc.childSites(child).isEmpty()) {
            leaf = child;
            break;
        }
    }
    return {site->uid, site->servers.at(1).uid, leaf};
}

struct EditKind
{
    const char *name;
    std::function<void(Document &, const EditTargets &)> apply;
};

QList<EditKind> editKinds()
{
    return {
        {"edit: server field (domain controller)",
         [](Document &doc, const EditTargets &t) {
             const Server *s = doc.server(t.server);
             doc.setField({FieldOwner::Server, t.server, -1},
                          *findField(FieldOwner::Server, u"domainController"),
                          !s->domainController.value_or(false));
         }},
        {"edit: add a role (fallback status point)",
         [](Document &doc, const EditTargets &t) {
             doc.addRole(t.server, Role::FallbackStatusPoint);
         }},
        {"edit: site field (client mode)",
         [](Document &doc, const EditTargets &t) {
             const Site *s = doc.site(t.site);
             const bool native = s->clientMode == ClientMode::Native;
             doc.setField({FieldOwner::Site, t.site, -1},
                          *findField(FieldOwner::Site, u"clientMode"),
                          native ? QStringLiteral("mixed") : QStringLiteral("native"));
         }},
        {"edit: rename a server",
         [](Document &doc, const EditTargets &t) {
             doc.renameServer(t.server, QStringLiteral("BENCH-RENAMED"));
         }},
        {"edit: add a server",
         [](Document &doc, const EditTargets &t) {
             doc.addServer(t.site);
         }},
        {"edit: add a secondary site",
         [](Document &doc, const EditTargets &t) {
             doc.addSite(t.site, SiteType::Secondary);
         }},
        // A site from the middle of the plan's list: the sites after it move up (and undoing
        // it puts it back in the middle).
        {"edit: remove a child site",
         [](Document &doc, const EditTargets &t) {
             doc.removeSites({t.leaf});
         }},
    };
}

// Times each kind of edit through a Document per size (no views attached), undoing each untimed.
// The sizes take turns run by run, so that S and L see the same machine: on a shared host the
// speed drifts by 2x within seconds, which would otherwise land on the L/S ratio.
// Returns samples per size, per edit kind.
QHash<char, QList<Samples>> timeEditsInTurn(const QList<SizedPlan> &plans, const QDate &asOf,
                                            int runs)
{
    std::vector<std::unique_ptr<Document>> docs;
    QList<EditTargets> targets;
    for (const SizedPlan &p : plans) {
        auto doc = std::make_unique<Document>();
        doc->reset(p.plan, p.path);
        doc->setValidationDate(asOf);
        targets.append(findTargets(*doc));
        docs.push_back(std::move(doc));
    }
    const QList<EditKind> kinds = editKinds();
    QHash<char, QList<Samples>> samples;
    for (const SizedPlan &p : plans)
        samples[p.size].resize(kinds.size());
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        for (int i = 0; i <= runs; ++i) { // the first is a warm-up
            for (qsizetype d = 0; d < plans.size(); ++d) {
                QElapsedTimer timer;
                timer.start();
                kinds.at(k).apply(*docs.at(d), targets.at(d));
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                docs.at(d)->undoStack()->undo();
                if (i > 0)
                    samples[plans.at(d).size][k].ms.append(ms);
            }
        }
    }
    return samples;
}

// --- the editor ----------------------------------------------------------------------------------

QImage renderViewport(CanvasView *view)
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view->render(&painter, QRectF(), view->viewport()->rect());
    return image;
}

struct EditorFigures
{
    double openMs = 0;
    double fittedZoom = 0; // the whole diagram fitted to the canvas of a 1600 × 1000 window
    Samples pan;
    Samples zoom;
    Samples select;
    Samples editInEditor;
};

EditorFigures measureEditor(const QString &path, int runs)
{
    EditorFigures figures;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    window.openFile(path);
    auto *view = window.findChild<CanvasView *>();
    // Drawn and fitted: events processed (the fit waits for the view's size), one frame painted.
    QCoreApplication::processEvents();
    renderViewport(view);
    figures.openMs = double(timer.nsecsElapsed()) / 1e6;
    figures.fittedZoom = view->zoom();

    figures.pan = timeRuns(runs, [&] {
        QScrollBar *bar = view->horizontalScrollBar();
        bar->setValue(bar->value() + (bar->value() < bar->maximum() / 2 ? 40 : -40));
        renderViewport(view);
    });
    figures.zoom = timeRuns(runs, [&, in = true]() mutable {
        in ? view->zoomIn() : view->zoomOut();
        in = !in;
        renderViewport(view);
    });

    Document *doc = window.findChild<Document *>();
    const EditTargets targets = findTargets(*doc);
    // A click on a server and a click on the empty canvas, in turn: the selection reaches every
    // view (Properties swaps between the plan's and the server's form) and the window repaints
    // what changed, which processEvents() does on the offscreen backing store.
    view->scene()->clearSelection();
    view->centerOnItem(targets.server);
    QCoreApplication::processEvents();
    QGraphicsItem *server = view->hierarchyScene()->itemFor(targets.server);
    if (!server)
        qFatal("hierarch-bench: the edited server has no item on the canvas");
    figures.select = timeRuns(runs, [&, on = true]() mutable {
        server->setSelected(on);
        on = !on;
        QCoreApplication::processEvents();
    });

    const EditKind toggle = editKinds().first();
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer edit;
        edit.start();
        toggle.apply(*doc, targets);
        QCoreApplication::processEvents();
        const double ms = double(edit.nsecsElapsed()) / 1e6;
        doc->undoStack()->undo();
        QCoreApplication::processEvents();
        if (i > 0)
            figures.editInEditor.ms.append(ms);
    }
    window.setWindowModified(false);
    doc->undoStack()->setClean();
    return figures;
}

// Peak memory is a property of a whole process: a child opens the plan in the editor and reports.
double editorPeakMemory(const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--editor-memory"), path});
    if (!child.waitForFinished(300'000))
        return -1;
    return child.readAllStandardOutput().trimmed().toDouble();
}

int runEditorMemory(const QString &path)
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    if (!window.openFile(path))
        return 2;
    QCoreApplication::processEvents();
    renderViewport(window.findChild<CanvasView *>());
    std::printf("%.1f\n", peakMemoryMiB());
    return 0;
}

// --- the table -----------------------------------------------------------------------------------

QString formatMs(double ms)
{
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2);
    if (ms >= 10)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    if (ms >= 1)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
    return QStringLiteral("%1 µs").arg(ms * 1000, 0, 'f', 0);
}

QString formatValue(const Row &row)
{
    if (row.unit == QLatin1String("ms"))
        return formatMs(row.value);
    return QStringLiteral("%1 %2").arg(row.value, 0, 'f', row.value < 10 ? 2 : 0).arg(row.unit);
}

void printTable(const QList<Row> &rows)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("measure"), -44)
                 .arg(QStringLiteral("size"), -4)
                 .arg(QStringLiteral("median"), 10)
                 .arg(QStringLiteral("yaml-cpp"), 10)
                 .arg(QStringLiteral("ratio"), 7)
                 .arg(QStringLiteral("target"));
    for (const Row &row : rows) {
        const QString held = !row.held   ? QString()
                             : *row.held ? QStringLiteral("  held")
                                         : QStringLiteral("  MISSED");
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6%7\n")
                     .arg(row.measure, -44)
                     .arg(row.size, -4)
                     .arg(row.note.isEmpty()
                              ? formatValue(row)
                              : QStringLiteral("%1 (%2)").arg(formatValue(row), row.note),
                          10)
                     .arg(row.baseline ? formatMs(*row.baseline) : QString(), 10)
                     .arg(row.ratio ? QStringLiteral("%1×").arg(*row.ratio, 0, 'f', 2) : QString(),
                          7)
                     .arg(row.target, held);
    }
    out().flush();
}

QJsonObject toJson(const Row &row)
{
    QJsonObject o{{QStringLiteral("measure"), row.measure},
                  {QStringLiteral("size"), row.size},
                  {QStringLiteral("value"), row.value},
                  {QStringLiteral("unit"), row.unit}};
    if (row.baseline)
        o.insert(QStringLiteral("baseline"), *row.baseline);
    if (row.ratio)
        o.insert(QStringLiteral("ratio"), *row.ratio);
    if (!row.target.isEmpty())
        o.insert(QStringLiteral("target"), row.target);
    if (row.held)
        o.insert(QStringLiteral("held"), *row.held);
    if (!row.note.isEmpty())
        o.insert(QStringLiteral("note"), row.note);
    return o;
}

// --- the run -------------------------------------------------------------------------------------

// A row timed side by side with yaml-cpp; with a target, held within 1.3x of it (QUALITY.md).
Row besideYamlCpp(const QString &measure, const QString &size, const Samples &ours,
                  const Samples &yamlCpp, const QString &target)
{
    Row row{measure, size, ours.median()};
    row.baseline = yamlCpp.median();
    row.ratio = ours.median() / yamlCpp.median();
    if (!target.isEmpty()) {
        row.target = target;
        row.held = *row.ratio <= 1.3;
    }
    return row;
}

// XL: a plan at FORMAT.md's limits (10,000 sites, 100,000 servers) must load, validate and open;
// these rows say how long that takes and how much memory the editor needs.
QList<Row> xlRows(const SizedPlan &p, const QDate &asOf, const Options &options)
{
    const QString size = QStringLiteral("XL");
    const std::string path = p.path.toStdString();
    QList<Row> rows;
    const auto [load, yamlLoad] = timeSideBySide(
        options.runs, [&] { (void)loadPlanFile(p.path); }, [&] { (void)YAML::LoadFile(path); });
    rows << besideYamlCpp(QStringLiteral("load (parse + build model)"), size, load, yamlLoad,
                          QString());
    const Samples validation = timeRuns(options.runs, [&] { (void)validate(p.plan, asOf); });
    rows << Row{QStringLiteral("full validation"), size, validation.median()};
    if (options.editor) {
        const EditorFigures editor = measureEditor(p.path, std::max(1, options.runs / 2));
        rows << Row{QStringLiteral("open in the editor, canvas drawn and fitted"), size,
                    editor.openMs};
        rows << Row{QStringLiteral("peak memory, editor open"), size, editorPeakMemory(p.path),
                    QStringLiteral("MiB")};
    }
    return rows;
}

int runBenchmark(const Options &options, const QString &jsonPath)
{
    QTemporaryDir dir;
    QList<SizedPlan> plans;
    for (char size : options.sizes) {
        SizedPlan p{size, dir.filePath(QStringLiteral("%1.hierarchy.yaml").arg(QLatin1Char(size))),
                    generatePlan(sizePreset(size, options.product)), 0};
        for (const Site &s : p.plan.sites)
            p.servers += int(s.servers.size());
        QString error;
        if (!savePlanFile(p.plan, p.path, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
        out() << QStringLiteral("size %1: %2 sites, %3 servers, %4 KB\n")
                     .arg(QLatin1Char(size))
                     .arg(p.plan.sites.size())
                     .arg(p.servers)
                     .arg(QFileInfo(p.path).size() / 1024);
        plans.append(std::move(p));
    }
    out().flush();

    QList<Row> rows;
    const QDate asOf(2026, 11, 21);
    // XL (the site and server limits) has its own rows below; the live-edit turns run S, M, L.
    QList<SizedPlan> editPlans;
    for (const SizedPlan &p : plans) {
        if (p.size != 'X')
            editPlans.append(p);
    }
    const QHash<char, QList<Samples>> edits =
        options.diffOnly ? QHash<char, QList<Samples>>()
                         : timeEditsInTurn(editPlans, asOf, options.editRuns);
    QHash<QString, double> editAtS;
    QList<std::pair<QString, Plan>> comparePlans;
    for (const SizedPlan &p : editPlans)
        comparePlans.append({QString(QLatin1Char(p.size)), p.plan});
    const QHash<QString, QList<Row>> compareEdits =
        measureCompareEdits(comparePlans, options.editRuns, asOf);
    const auto addDiffRows = [&](const SizedPlan &p, const QString &size) {
        for (Row row : measureDiff(size, p.plan, p.path, options.runs, options.editRuns, asOf) +
                           compareEdits.value(size)) {
            // The compare-mode edits have the live edit's budget: 2 ms at L, ≤ 2× the same at S.
            if (row.measure.startsWith(QLatin1String("compare mode: ")) &&
                !row.measure.contains(QLatin1String("whole comparison")) &&
                !row.measure.contains(QLatin1String("compares everything"))) {
                if (p.size == 'S')
                    editAtS.insert(row.measure, row.value);
                else if (editAtS.contains(row.measure))
                    row.ratio = row.value / editAtS.value(row.measure);
                if (p.size == 'L') {
                    row.target = QStringLiteral("≤ 2 ms, ≤ 2× S");
                    row.held = row.value <= 2 && (!row.ratio || *row.ratio <= 2);
                }
            }
            rows << row;
        }
    };
    double validationPerServerAtS = 0;
    for (const SizedPlan &p : plans) {
        if (p.size == 'X') {
            rows << xlRows(p, asOf, options);
            out() << QStringLiteral("measured XL\n");
            out().flush();
            continue;
        }
        const QString size(QLatin1Char(p.size));
        const bool isL = p.size == 'L';
        const std::string path = p.path.toStdString();
        if (options.diffOnly) {
            addDiffRows(p, size);
            continue;
        }
        rows << measureImport(size, p.path, options.runs);

        // Load, side by side with yaml-cpp's own parse of the same file.
        const auto [load, yamlLoad] = timeSideBySide(
            options.runs, [&] { (void)loadPlanFile(p.path); }, [&] { (void)YAML::LoadFile(path); });
        rows << besideYamlCpp(QStringLiteral("load (parse + build model)"), size, load, yamlLoad,
                              isL ? QStringLiteral("≤ 1.3× yaml-cpp") : QString());

        // Full validation, and its cost per server for the linearity check.
        const Samples validation = timeRuns(options.runs, [&] { (void)validate(p.plan, asOf); });
        Row validationRow{QStringLiteral("full validation"), size, validation.median()};
        if (isL) {
            validationRow.target = QStringLiteral("≤ 20 ms");
            validationRow.held = validation.median() <= 20;
        }
        rows << validationRow;
        const double perServer = validation.median() * 1000 / p.servers;
        Row linearRow{QStringLiteral("full validation per server"), size, perServer,
                      QStringLiteral("µs")};
        if (p.size == 'S')
            validationPerServerAtS = perServer;
        else if (validationPerServerAtS > 0) {
            linearRow.ratio = perServer / validationPerServerAtS;
            linearRow.target = QStringLiteral("linear (≈ 1× S)");
            // Linear within the noise and the fixed cost that S carries per server.
            linearRow.held = *linearRow.ratio <= 1.5;
        }
        rows << linearRow;

        // Edit ▸ Find: every hit of a role name most servers have, and of a text few items have.
        const Samples findRole = timeRuns(
            options.runs, [&] { (void)PlanSearch::find(p.plan, QStringLiteral("management")); });
        const Samples findRare = timeRuns(
            options.runs, [&] { (void)PlanSearch::find(p.plan, QStringLiteral("no-such-name")); });
        rows << Row{QStringLiteral("find: every hit of a role name"), size, findRole.median()}
             << Row{QStringLiteral("find: a text that matches nothing"), size, findRare.median()};

        // The live path: one edit through the Document until its findings are updated.
        const QList<EditKind> kinds = editKinds();
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            const Samples &edit = edits.value(p.size).at(k);
            const QString name = QString::fromUtf8(kinds.at(k).name);
            Row row{name, size, edit.median()};
            if (p.size == 'S')
                editAtS.insert(name, edit.median());
            else if (editAtS.contains(name))
                row.ratio = edit.median() / editAtS.value(name);
            if (isL) {
                row.target = QStringLiteral("≤ 2 ms, ≤ 2× S");
                row.held = edit.median() <= 2 && (!row.ratio || *row.ratio <= 2);
            }
            rows << row;
        }

        // Save, side by side with yaml-cpp emitting the node tree of the same file.
        const YAML::Node tree = YAML::LoadFile(path);
        const auto emitTree = [&] {
            YAML::Emitter emitter;
            emitter << tree;
            (void)emitter.c_str();
        };
        const auto [save, yamlEmit] = timeSideBySide(
            options.runs, [&] { (void)savePlan(p.plan); }, emitTree);
        rows << besideYamlCpp(QStringLiteral("save"), size, save, yamlEmit,
                              isL ? QStringLiteral("≤ 1.3× yaml-cpp emit") : QString());
        addDiffRows(p, size);

        // Save of a plan read from its file after one edit: the edit is patched into the file's
        // text and the result checked by reading it back (FORMAT.md, "The file is the user's").
        const LoadResult loaded = loadPlanFile(p.path);
        Plan edited = *loaded.plan;
        edited.sites.last().clients = edited.sites.last().effectiveClients() + 1;
        const auto [patch, patchEmit] = timeSideBySide(
            options.runs, [&] { (void)planText(loaded.source, *loaded.plan, edited); }, emitTree);
        rows << besideYamlCpp(QStringLiteral("save after one edit (file's layout kept)"), size,
                              patch, patchEmit,
                              isL ? QStringLiteral("≤ 1.3× yaml-cpp emit") : QString());

        // The recovery copy the editor writes while the user works (copy and sidecar, owner-only):
        // a slow write would stall the editor every interval.
        {
            Document document;
            document.reset(p.plan, p.path);
            Autosave autosave(&document);
            const Samples recovery = timeRuns(options.runs, [&] { (void)autosave.writeNow(); });
            autosave.removeCopy();
            Row row{QStringLiteral("recovery copy written (autosave)"), size, recovery.median()};
            if (isL) {
                row.target = QStringLiteral("≤ 200 ms");
                row.held = recovery.median() <= 200;
            }
            rows << row;
        }

        if (options.editor) {
            const EditorFigures editor = measureEditor(p.path, options.runs);
            Row open{QStringLiteral("open in the editor, canvas drawn and fitted"), size,
                     editor.openMs};
            Row pan{QStringLiteral("frame: pan"), size, editor.pan.median()};
            Row zoom{QStringLiteral("frame: zoom"), size, editor.zoom.median()};
            Row select{QStringLiteral("frame: select"), size, editor.select.median()};
            Row edit{QStringLiteral("edit in the open editor (every view updated)"), size,
                     editor.editInEditor.median()};
            Row fitted{QStringLiteral("canvas fitted to a 1600 × 1000 window: zoom"), size,
                       editor.fittedZoom * 100, QStringLiteral("%")};
            if (isL) {
                open.target = QStringLiteral("≤ 1.5 s");
                open.held = editor.openMs <= 1500;
                for (Row *frame : {&pan, &zoom, &select}) {
                    frame->target = QStringLiteral("≤ 16 ms");
                    frame->held = frame->value <= 16;
                }
            }
            rows << open << pan << zoom << select << edit << fitted;
            if (isL) {
                Row memory{QStringLiteral("peak memory, editor open"), size,
                           editorPeakMemory(p.path), QStringLiteral("MiB")};
                memory.target = QStringLiteral("≤ 400 MB");
                memory.held = memory.value > 0 && memory.value * 1.048576 <= 400;
                rows << memory;
            }
        }

        // REPORT.md "Large plans": at L the report summarises its longest sections (CSV files
        // beside the PDF) and stays under 300 pages; QUALITY.md's bar is ≤ 10 s at M.
        if (options.report && (p.size == 'M' || isL)) {
            ReportOptions reportOptions;
            reportOptions.asOf = asOf;
            const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
            int pages = 0;
            const Samples report = timeRuns(
                std::max(1, options.runs / 2),
                [&] {
                    ReportWriter writer(p.plan, reportOptions);
                    (void)writer.write(pdf);
                    pages = writer.pageCount();
                },
                false);
            Row row{QStringLiteral("PDF report"), size, report.median()};
            row.note = QStringLiteral("%1 pages").arg(pages);
            row.target = isL ? QStringLiteral("≤ 10 s, < 300 pages") : QStringLiteral("≤ 10 s");
            row.held = report.median() <= 10'000 && (!isL || pages < 300);
            rows << row;
        }
        out() << QStringLiteral("measured %1\n").arg(size);
        out().flush();
    }

    out() << '\n';
    printTable(rows);

    if (!jsonPath.isEmpty()) {
        QJsonArray array;
        for (const Row &row : rows)
            array.append(toJson(row));
        QJsonObject root{
            {QStringLiteral("runs"), options.runs},
            {QStringLiteral("editRuns"), options.editRuns},
            {QStringLiteral("product"), QString::fromLatin1(enumName(options.product))},
            {QStringLiteral("rows"), array}};
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "cannot write " << jsonPath << Qt::endl;
            return 2;
        }
        file.write(QJsonDocument(root).toJson());
    }
    bool allHeld = true;
    for (const Row &row : rows)
        allHeld = allHeld && row.held.value_or(true);
    return allHeld ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // Headless unless told otherwise: the editor and the report render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hierarch-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures QUALITY.md's performance targets on generated plans of sizes S, M and L."));
    parser.addHelpOption();
    const QCommandLineOption sizes(
        QStringLiteral("sizes"),
        QStringLiteral("Sizes to measure, e.g. S,M,L (default) or S,M,L,XL (XL: "
                       "10,000 sites, 100,000 servers)."),
        QStringLiteral("LIST"), QStringLiteral("S,M,L"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs per measure (default 7)."),
                                  QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption editRuns(QStringLiteral("edit-runs"),
                                      QStringLiteral("Timed runs per edit kind (default 51)."),
                                      QStringLiteral("N"), QStringLiteral("51"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     QStringLiteral("sms2003 or configmgr2007 (default)."),
                                     QStringLiteral("PRODUCT"), QStringLiteral("configmgr2007"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the table as JSON to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption noEditor(QStringLiteral("no-editor"),
                                      QStringLiteral("Skip the editor rows (open, frames)."));
    const QCommandLineOption noReport(QStringLiteral("no-report"),
                                      QStringLiteral("Skip the PDF report at M and L."));
    const QCommandLineOption editorMemory(QStringLiteral("editor-memory"),
                                          QStringLiteral("Internal: open FILE in the editor and "
                                                         "print the peak memory in MiB."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption diffOnly(
        QStringLiteral("diff-only"),
        QStringLiteral("Measure only the diff and compare-mode rows."));
    parser.addOptions(
        {sizes, runs, editRuns, product, json, noEditor, noReport, diffOnly, editorMemory});
    parser.process(app);

    if (parser.isSet(editorMemory))
        return runEditorMemory(parser.value(editorMemory));

    Options options;
    options.sizes.clear();
    for (const QString &s : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString upper = s.trimmed().toUpper();
        if (upper != QLatin1String("S") && upper != QLatin1String("M") &&
            upper != QLatin1String("L") && upper != QLatin1String("XL")) {
            QTextStream(stderr) << "unknown size " << s << " (S, M, L or XL)" << Qt::endl;
            return 2;
        }
        options.sizes.append(upper == QLatin1String("XL") ? 'X' : upper.at(0).toLatin1());
    }
    options.runs = std::max(1, parser.value(runs).toInt());
    options.editRuns = std::max(1, parser.value(editRuns).toInt());
    const std::optional<Product> chosen = enumFromName<Product>(parser.value(product));
    if (!chosen) {
        QTextStream(stderr) << "unknown product " << parser.value(product) << Qt::endl;
        return 2;
    }
    options.product = *chosen;
    options.editor = !parser.isSet(noEditor);
    options.report = !parser.isSet(noReport);
    options.diffOnly = parser.isSet(diffOnly);
    return runBenchmark(options, parser.value(json));
}
