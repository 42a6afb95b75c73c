<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hierarch::CanvasText</name>
    <message numerus="yes">
        <location filename="../views/canvas/canvastext.cpp" line="+18"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln server(s)</source>
        <translation>
            <numerusform>%Ln server</numerusform>
            <numerusform>%Ln servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::CanvasView</name>
    <message numerus="yes">
        <location filename="../views/canvas/canvasview.cpp" line="+416"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n more selected</source>
        <translation>
            <numerusform>%n more selected</numerusform>
            <numerusform>%n more selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::ChangesDock</name>
    <message numerus="yes">
        <location filename="../views/compare/changesdock.cpp" line="+92"/>
        <source>Compared with %1: %Ln change(s); </source>
        <translation>
            <numerusform>Compared with %1: %Ln change; </numerusform>
            <numerusform>Compared with %1: %Ln changes; </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="+27"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n server(s)</source>
        <translation>
            <numerusform> and %n server</numerusform>
            <numerusform> and %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n error(s); nothing was imported
</source>
        <translation>
            <numerusform>%n error; nothing was imported
</numerusform>
            <numerusform>%n errors; nothing was imported
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::Commands</name>
    <message numerus="yes">
        <location filename="../model/document/documentproduct.cpp" line="+91"/>
        <source>Change Product to %1 (clears %n setting(s) of %2)</source>
        <translation>
            <numerusform>Change Product to %1 (clears %n setting of %2)</numerusform>
            <numerusform>Change Product to %1 (clears %n settings of %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::DashboardDock</name>
    <message numerus="yes">
        <location filename="../views/dashboard/dashboarddock.cpp" line="+119"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::ExportActions</name>
    <message numerus="yes">
        <location filename="../app/exportactions.cpp" line="+125"/>
        <source>Exported %1 (%Ln page(s))</source>
        <translation>
            <numerusform>Exported %1 (%Ln page)</numerusform>
            <numerusform>Exported %1 (%Ln pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 and the full lists in %n CSV file(s) beside it</source>
        <translation>
            <numerusform>%1 and the full lists in %n CSV file beside it</numerusform>
            <numerusform>%1 and the full lists in %n CSV files beside it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Printed %Ln page(s) to %1</source>
        <translation>
            <numerusform>Printed %Ln page to %1</numerusform>
            <numerusform>Printed %Ln pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::Findings</name>
    <message numerus="yes">
        <location filename="../model/rules/capacityrules.cpp" line="+36"/>
        <source>Site %1 plans %2 clients for %3 management point(s); one management point supports %4.</source>
        <translation>
            <numerusform>Site %1 plans %2 clients for %3 management point; one management point supports %4.</numerusform>
            <numerusform>Site %1 plans %2 clients for %3 management points; one management point supports %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/rules/designrules.cpp" line="+47"/>
        <source>%1 of %2 site systems do(es) not use IPsec with the others.</source>
        <translation>
            <numerusform>%1 of %2 site systems does not use IPsec with the others.</numerusform>
            <numerusform>%1 of %2 site systems do not use IPsec with the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>Site %1 still has %2 Legacy Client(s).</source>
        <translation>
            <numerusform>Site %1 still has %2 Legacy Client.</numerusform>
            <numerusform>Site %1 still has %2 Legacy Clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/rules/siterules.cpp" line="+287"/>
        <source>Native-mode site %1 plans %2 client(s) but no fallback status point.</source>
        <translation>
            <numerusform>Native-mode site %1 plans %2 client but no fallback status point.</numerusform>
            <numerusform>Native-mode site %1 plans %2 clients but no fallback status point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::ImportDialog</name>
    <message numerus="yes">
        <location filename="../app/importdialog.cpp" line="+85"/>
        <source>The file cannot be imported: %n error(s), listed below. Nothing will be added; correct the file and import it again.</source>
        <translation>
            <numerusform>The file cannot be imported: %n error, listed below. Nothing will be added; correct the file and import it again.</numerusform>
            <numerusform>The file cannot be imported: %n errors, listed below. Nothing will be added; correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Import will add %n site(s)</source>
        <translation>
            <numerusform>Import will add %n site</numerusform>
            <numerusform>Import will add %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n server(s) to the plan.</source>
        <translation>
            <numerusform> and %n server to the plan.</numerusform>
            <numerusform> and %n servers to the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Import %n site(s)</source>
        <translation>
            <numerusform>Import %n site</numerusform>
            <numerusform>Import %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n server(s)</source>
        <translation>
            <numerusform> and %n server</numerusform>
            <numerusform> and %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+562"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindowedit.cpp" line="+74"/>
        <source>The selected sites have %Ln site(s) below them, which will be removed too.</source>
        <translation>
            <numerusform>The selected sites have a site below them, which will be removed too.</numerusform>
            <numerusform>The selected sites have %Ln sites below them, which will be removed too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::PaletteDock</name>
    <message numerus="yes">
        <location filename="../views/palette/palettedock.cpp" line="+80"/>
        <source>Add %1 to %n Servers</source>
        <translation>
            <numerusform>Add %1 to %n Server</numerusform>
            <numerusform>Add %1 to %n Servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Added the %1 role to %Ln server(s); %2 had it already.</source>
        <translation>
            <numerusform>Added the %1 role to %Ln server; %2 had it already.</numerusform>
            <numerusform>Added the %1 role to %Ln servers; %2 had it already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::Report</name>
    <message numerus="yes">
        <location filename="../views/report/reportsectionschanges.cpp" line="+71"/>
        <source>%1 structural change(s)</source>
        <translation>
            <numerusform>%1 structural change</numerusform>
            <numerusform>%1 structural changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 finding(s)</source>
        <translation>
            <numerusform>%1 finding</numerusform>
            <numerusform>%1 findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 stay(s) unchanged</source>
        <translation>
            <numerusform>%1 stays unchanged</numerusform>
            <numerusform>%1 stay unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportsectionsfront.cpp" line="+142"/>
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 error</numerusform>
            <numerusform>%1 errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 warning</numerusform>
            <numerusform>%1 warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 informational finding(s)</source>
        <translation>
            <numerusform>%1 informational finding</numerusform>
            <numerusform>%1 informational findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The plan has no errors. %1 remain(s) to be corrected or accepted as risks with a waiver; there are also %2.</source>
        <translation>
            <numerusform>The plan has no errors. %1 remains to be corrected or accepted as a risk with a waiver; there are also %2.</numerusform>
            <numerusform>The plan has no errors. %1 remain to be corrected or accepted as risks with a waiver; there are also %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 finding(s) is/are accepted as risk(s) by waiver(s) (section %2).</source>
        <translation>
            <numerusform>%1 finding is accepted as a risk by a waiver (section %2).</numerusform>
            <numerusform>%1 findings are accepted as risks by waivers (section %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>; %n site(s) state their own (see section %1)</source>
        <translation>
            <numerusform>; %n site states its own (see section %1)</numerusform>
            <numerusform>; %n sites state their own (see section %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 site(s)</source>
        <translation>
            <numerusform>%1 site</numerusform>
            <numerusform>%1 sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 server(s)</source>
        <translation>
            <numerusform>%1 server</numerusform>
            <numerusform>%1 servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 account(s)</source>
        <translation>
            <numerusform>%1 account</numerusform>
            <numerusform>%1 accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 waiver(s)</source>
        <translation>
            <numerusform>%1 waiver</numerusform>
            <numerusform>%1 waivers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportsectionsinventory.cpp" line="+410"/>
        <source>Active: accepts %1 finding(s)</source>
        <translation>
            <numerusform>Active: accepts %1 finding</numerusform>
            <numerusform>Active: accepts %1 findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportsectionsplan.cpp" line="+147"/>
        <source>%1: %2 finding(s)</source>
        <translation>
            <numerusform>%1: %2 finding</numerusform>
            <numerusform>%1: %2 findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::SiteImport</name>
    <message numerus="yes">
        <location filename="../model/import/siteimport.cpp" line="+69"/>
        <source>the row has %n field(s)</source>
        <translation>
            <numerusform>the row has %n field</numerusform>
            <numerusform>the row has %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; the header has %n</source>
        <translation>
            <numerusform>; the header has %n</numerusform>
            <numerusform>; the header has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+241"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n boundary</numerusform>
            <numerusform>%n boundaries</numerusform>
        </translation>
    </message>
</context>
</TS>
