#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace hierarch {

class CompareController;
class Document;
class HierarchyScene;

// What File > Export writes: the findings as JSON or SARIF (the CLI's formats) or as a CSV table
// for spreadsheets (the Problems dock's columns), the diagram as
// SVG or PNG (drawn by the canvas's own painting code), and the design report as a PDF (the
// CLI's writer, with a progress dialog that can cancel). Each has an interactive command that
// asks for a path and a write* call that tests and the commands share.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(Document *document, HierarchyScene *scene, QWidget *dialogParent);
    // In compare mode the report adds section 3a against the comparison's baseline.
    void setCompareController(const CompareController *compare) { mCompare = compare; }

    // Writes the live findings of the document; returns whether the file was written.
    bool writeFindings(const QString &path, bool sarif);
    // Writes the live findings as CSV (findingscsv.h); returns whether the file was written.
    bool writeFindingsCsv(const QString &path);
    // Writes the diagram of the canvas; returns whether the file was written.
    bool writeDiagram(const QString &path, bool svg);
    // Writes the design report (REPORT.md) of the current plan, validated as of the document's
    // validation date, showing progress; Cancel leaves no file behind. Returns whether the PDF
    // was written.
    bool writeReport(const QString &path);

    // The File > Export commands: ask for a path, then write.
    void exportFindings(bool sarif);
    void exportFindingsCsv();
    void exportDiagram(bool svg);
    void exportReport();

signals:
    void failed(const QString &title, const QString &message);
    void statusMessage(const QString &message, int timeoutMs);

private:
    // The open file's base name, or `fallback` for an untitled plan.
    QString baseName(const QString &fallback) const;

    Document *mDocument;
    HierarchyScene *mScene;
    QWidget *mDialogParent;
    const CompareController *mCompare = nullptr;
};

} // namespace hierarch
