#pragma once

#include <QWidget>

class QTextBrowser;

namespace hierarch {

class Document;
struct Finding;

// Tells the architect why the selected finding matters and what to do about it: the rule's
// title, severity, category and scope, rationale, remediation for the plan's product and its
// source, with the finding's own message. It keeps only the finding id and reads the rest from
// the document each time, so it never shows a stale finding.
class ExplainPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainPanel(Document *document, QWidget *parent = nullptr);

    QString findingId() const { return mFindingId; }
    // Shows this finding (empty: the placeholder).
    void showFinding(const QString &findingId);
    // Re-reads the finding after the findings changed.
    void refresh();
    // What the panel shows, as plain text (for tests and accessibility).
    QString plainText() const;

private:
    QString html() const;
    QString waiverSection(const Finding &finding) const;

    Document *mDocument;
    QTextBrowser *mBrowser;
    QString mFindingId;
};

} // namespace hierarch
