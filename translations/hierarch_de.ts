<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hierarch::Autosave</name>
    <message>
        <location filename="../app/autosave.cpp" line="+56"/>
        <source>Cannot write the recovery copy %1: %2</source>
        <translation>Die Wiederherstellungskopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot create the recovery folder %1</source>
        <translation>Der Ordner für Wiederherstellungskopien %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot lock the recovery copy in %1</source>
        <translation>Die Wiederherstellungskopie in %1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>hierarch::Boundaries</name>
    <message>
        <location filename="../model/boundaries/boundary.cpp" line="+96"/>
        <source>an Active Directory site name must not be empty</source>
        <translation>ein Active-Directory-Standortname darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an Active Directory site name has at most 63 characters</source>
        <translation>ein Active-Directory-Standortname hat höchstens 63 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an Active Directory site name cannot contain `/` or `\`</source>
        <translation>ein Active-Directory-Standortname darf weder `/` noch `\` enthalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a subnet is written as its subnet ID and prefix length, such as 10.1.0.0/16</source>
        <translation>ein Subnetz wird als Subnetzkennung und Präfixlänge geschrieben, etwa 10.1.0.0/16</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the address has bits set after the prefix length; the subnet ID is %1</source>
        <translation>die Adresse hat nach der Präfixlänge gesetzte Bits; die Subnetzkennung ist %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an IP address range is written as its first and last address, such as 10.1.0.1-10.1.0.200</source>
        <translation>ein IP-Adressbereich wird als erste und letzte Adresse geschrieben, etwa 10.1.0.1-10.1.0.200</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the range&apos;s first address comes after its last</source>
        <translation>die erste Adresse des Bereichs liegt hinter seiner letzten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an IPv6 prefix is written as an IPv6 network and a prefix length of 1 to 64, such as 2001:db8:1::/48</source>
        <translation>ein IPv6-Präfix wird als IPv6-Netz mit einer Präfixlänge von 1 bis 64 geschrieben, etwa 2001:db8:1::/48</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the address has bits set after the prefix length</source>
        <translation>die Adresse hat nach der Präfixlänge gesetzte Bits</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>`%1` is not a valid `%2`: %3</source>
        <translation>`%1` ist kein gültiger Wert für `%2`: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>`%1`: IP address ranges, IPv6 prefixes and a connection are configmgr2007 settings; this plan&apos;s product is %2</source>
        <translation>`%1`: IP-Adressbereiche, IPv6-Präfixe und eine Verbindung sind configmgr2007-Einstellungen; das Produkt dieses Plans ist %2</translation>
    </message>
</context>
<context>
    <name>hierarch::CanvasText</name>
    <message>
        <location filename="../views/canvas/canvastext.cpp" line="+12"/>
        <source>Secondary site</source>
        <translation>Sekundärer Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central site</source>
        <translation>Zentraler Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary site</source>
        <translation>Primärer Standort</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln server(s)</source>
        <translation>
            <numerusform>%Ln Server</numerusform>
            <numerusform>%Ln Server</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+1 site</source>
        <translation>+1 Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+%1 sites</source>
        <translation>+%1 Standorte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asynchronous RAS</source>
        <translation>Asynchrones RAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISDN RAS</source>
        <translation>ISDN-RAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X.25 RAS</source>
        <translation>X.25-RAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNA RAS</source>
        <translation>SNA-RAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>waived</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <location filename="../views/canvas/diagramgeometry.cpp" line="+52"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../views/canvas/serveritem.cpp" line="+111"/>
        <source>For site %1</source>
        <translation>Für Standort %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BITS enabled</source>
        <translation>BITS aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BITS disabled</source>
        <translation>BITS deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIS</source>
        <translation>IIS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location filename="../views/canvas/diagrampainting.cpp" line="+326"/>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Advanced security</source>
        <translation>Erweiterte Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard security</source>
        <translation>Standardsicherheit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Native mode</source>
        <translation>Einheitlicher Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed mode</source>
        <translation>Gemischter Modus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central</source>
        <translation>Zentral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../views/canvas/siteitem.cpp" line="+77"/>
        <source>, child of %1</source>
        <translation>, untergeordneter Standort von %1</translation>
    </message>
    <message>
        <location filename="../views/canvas/diagrampainting.cpp" line="-86"/>
        <source>No servers</source>
        <translation>Keine Server</translation>
    </message>
    <message>
        <location filename="../views/canvas/sitelinks.cpp" line="+42"/>
        <source>%1 % limit</source>
        <translation>%1 % Limit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+54"/>
        <location line="+2"/>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the site server&apos;s NetBIOS name</source>
        <translation>an den NetBIOS-Namen des Standortservers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the site server&apos;s computer account</source>
        <translation>das Computerkonto des Standortservers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sends at any time</source>
        <translation>sendet jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends %1</source>
        <translation>sendet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limited to %1 % of the link</source>
        <translation>auf %1 % der Verbindung begrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link %1 kbit/s</source>
        <translation>Verbindung %1 kbit/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
</context>
<context>
    <name>hierarch::CanvasView</name>
    <message>
        <location filename="../views/canvas/canvasview.cpp" line="+38"/>
        <source>Hierarchy diagram</source>
        <translation>Hierarchiediagramm</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Left, Right</source>
        <translation>Pfeil links, Pfeil rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Pfeil oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Pfeil unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+arrow keys</source>
        <translation>Strg+Pfeiltasten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the previous or next site, server or role on the same level</source>
        <translation>vorheriger oder nächster Standort, Server oder Rolle auf derselben Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card above, else the server, site or parent site around</source>
        <translation>die Karte darüber, sonst der umgebende Server, Standort oder übergeordnete Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a site&apos;s first card, the card below, else the first child site</source>
        <translation>die erste Karte eines Standorts, die Karte darunter, sonst der erste untergeordnete Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scroll the diagram</source>
        <translation>Diagramm scrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minus, Plus</source>
        <translation>Minus, Plus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collapse or expand the sites below the selected site</source>
        <translation>die Standorte unter dem ausgewählten Standort ein- oder ausklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the properties of the selection</source>
        <translation>Eigenschaften der Auswahl bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the context menu of the selection</source>
        <translation>Kontextmenü der Auswahl</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server %1 in site %2</source>
        <translation>Server %1 am Standort %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role %1 on %2</source>
        <translation>Rolle %1 auf %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing selected on the diagram; the arrow keys select sites and servers</source>
        <translation>Im Diagramm ist nichts ausgewählt; mit den Pfeiltasten wählen Sie Standorte und Server aus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more selected</source>
        <translation>
            <numerusform>%n weiteres Element ausgewählt</numerusform>
            <numerusform>%n weitere Elemente ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::Changes</name>
    <message>
        <location filename="../model/document/changesmodel.cpp" line="+42"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change record</source>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>+ Added</source>
        <translation>+ Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− Removed</source>
        <translation>− Entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~ Changed</source>
        <translation>~ Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; Renamed</source>
        <translation>&gt; Umbenannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&gt; Moved</source>
        <translation>&gt; Verschoben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address %1 → %2</source>
        <translation>Adresse %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site %1 → %2</source>
        <translation>Standort %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender %1</source>
        <translation>Absender %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>+ New %1</source>
        <translation>+ Neu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− Resolved %1</source>
        <translation>− Behoben: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>~ Now waived %1</source>
        <translation>~ Jetzt ausgenommen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~ No longer waived %1</source>
        <translation>~ Nicht mehr ausgenommen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~ Updated %1</source>
        <translation>~ Geändert: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../views/compare/comparemarks.cpp" line="+74"/>
        <source>%1 (removed server)</source>
        <translation>%1 (entfernter Server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site %1 (removed)</source>
        <translation>Standort %1 (entfernt)</translation>
    </message>
</context>
<context>
    <name>hierarch::ChangesDock</name>
    <message>
        <location filename="../views/compare/changesdock.cpp" line="+20"/>
        <location line="+26"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structural changes</source>
        <translation>Strukturelle Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved findings</source>
        <translation>Behobene Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated findings</source>
        <translation>Geänderte Befunde</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not comparing. Use File ▸ Compare With to compare the plan with a baseline.</source>
        <translation>Kein Vergleich aktiv. Mit Datei ▸ Vergleichen mit wird der Plan mit einem Ausgangsstand verglichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Compared with %1: %Ln change(s); </source>
        <translation>
            <numerusform>Verglichen mit %1: %Ln Änderung; </numerusform>
            <numerusform>Verglichen mit %1: %Ln Änderungen; </numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>findings: %L1 new, %L2 resolved, %L3 updated.</source>
        <translation>Befunde: %L1 neu, %L2 behoben, %L3 geändert.</translation>
    </message>
</context>
<context>
    <name>hierarch::Charts</name>
    <message>
        <location filename="../views/charts/reportcharts.cpp" line="+32"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings by category</source>
        <translation>Befunde nach Kategorie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Findings per site (top %1 of %2 sites)</source>
        <translation>Befunde pro Standort (Top %1 von %2 Standorten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings per site</source>
        <translation>Befunde pro Standort</translation>
    </message>
</context>
<context>
    <name>hierarch::CheckedFile</name>
    <message>
        <location filename="../model/io/checkedfile.cpp" line="+38"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (named pipe)</source>
        <translation>es ist ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket</source>
        <translation>es ist ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device</source>
        <translation>es ist ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no file name</source>
        <translation>kein Dateiname</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no program is reading from this FIFO</source>
        <translation>kein Programm liest aus diesem FIFO</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file was not opened</source>
        <translation>die Datei wurde nicht geöffnet</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>hierarch::Checklist</name>
    <message>
        <location filename="../model/rules/checklistitems.cpp" line="+60"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Recommended configuration</source>
        <translation>Empfohlene Konfiguration</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Run every site of the hierarchy in native mode</source>
        <translation>Alle Standorte der Hierarchie im einheitlichen Modus betreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extend the Active Directory schema and publish sites to it</source>
        <translation>Active Directory-Schema erweitern und Standorte in Active Directory veröffentlichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid workgroup and cross-forest clients, which cannot query Active Directory</source>
        <translation>Arbeitsgruppenclients und Clients aus anderen Gesamtstrukturen vermeiden, da sie Active Directory nicht abfragen können</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protect traffic between site systems with IPsec</source>
        <translation>Datenverkehr zwischen Standortsystemen mit IPsec schützen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Security fundamentals</source>
        <translation>Sicherheitsgrundlagen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Keep servers and client computers physically secure</source>
        <translation>Server und Clientcomputer physisch sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install current security updates on every computer</source>
        <translation>Aktuelle Sicherheitsupdates auf allen Computern installieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guard against unauthorized administrators</source>
        <translation>Vor nicht autorisierten Administratoren schützen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Separate administrative roles to limit what each administrator can do</source>
        <translation>Administrative Rollen trennen, um die Befugnisse jedes Administrators zu begrenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design several layers of defense</source>
        <translation>Mehrere Verteidigungsebenen vorsehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep secure baselines for every system up to date</source>
        <translation>Sicherheitsbaselines für jedes System aktuell halten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Require strong passwords or pass phrases</source>
        <translation>Sichere Kennwörter oder Passphrasen vorschreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restrict access to exported files</source>
        <translation>Zugriff auf exportierte Dateien beschränken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect package source files</source>
        <translation>Paketquelldateien schützen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Hierarchy security</source>
        <translation>Hierarchiesicherheit</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Keep sites in high-security environments isolated</source>
        <translation>Standorte in Hochsicherheitsumgebungen isoliert halten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the number of sites as low as possible</source>
        <translation>Anzahl der Standorte so gering wie möglich halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep each site within one Active Directory forest</source>
        <translation>Jeden Standort auf eine Active Directory-Gesamtstruktur beschränken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Require secure key exchange for every site in the hierarchy</source>
        <translation>Sicheren Schlüsselaustausch für jeden Standort der Hierarchie erzwingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In mixed mode, upgrade all clients and mark the site as having ConfigMgr 2007 clients only</source>
        <translation>Im gemischten Modus alle Clients aktualisieren und den Standort als Standort nur mit ConfigMgr 2007-Clients kennzeichnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrade every site to Configuration Manager 2007</source>
        <translation>Alle Standorte auf Configuration Manager 2007 aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Service continuity</source>
        <translation>Dienstkontinuität</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Design sites to tolerate failures</source>
        <translation>Standorte ausfalltolerant entwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Have a backup and recovery plan</source>
        <translation>Sicherungs- und Wiederherstellungsplan bereithalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect backup media</source>
        <translation>Sicherungsmedien schützen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Separate roles to make recovery easier</source>
        <translation>Rollen trennen, um die Wiederherstellung zu erleichtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Securing communications</source>
        <translation>Sichern der Kommunikation</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Consider non-default ports for client communication</source>
        <translation>Für die Clientkommunikation andere als die Standardports erwägen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control how the trusted root key reaches clients that cannot query Active Directory</source>
        <translation>Steuern, wie der vertrauenswürdige Stammschlüssel zu Clients gelangt, die Active Directory nicht abfragen können</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Let firewalls pass only the traffic the product requires</source>
        <translation>Firewalls so konfigurieren, dass sie nur den vom Produkt benötigten Datenverkehr zulassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure the connection from package source servers to the site server</source>
        <translation>Verbindung von den Paketquellservern zum Standortserver sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure the path from the Setup media to the site server</source>
        <translation>Übertragungsweg vom Setupmedium zum Standortserver sichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Site systems</source>
        <translation>Standortsysteme</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Separate site system roles</source>
        <translation>Standortsystemrollen trennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reduce the attack profile of site systems</source>
        <translation>Angriffsfläche der Standortsysteme verringern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply the Security Configuration Wizard with the product template to all site systems</source>
        <translation>Security Configuration Wizard (Sicherheitskonfigurations-Assistent) mit der Produktvorlage auf alle Standortsysteme anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use NTFS on all site systems</source>
        <translation>NTFS auf allen Standortsystemen verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the Admin$ share on site systems</source>
        <translation>Freigabe Admin$ auf Standortsystemen beibehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch the Internet-based settings of site systems</source>
        <translation>Internetbezogene Einstellungen der Standortsysteme im Blick behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give site systems static IP addresses</source>
        <translation>Standortsystemen statische IP-Adressen zuweisen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configure FQDN names for site systems</source>
        <translation>FQDNs für Standortsysteme konfigurieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid other services running as Local System</source>
        <translation>Keine weiteren Dienste als „Lokales System“ ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Site server</source>
        <translation>Standortserver</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Install the site server and site systems on member servers, not domain controllers</source>
        <translation>Standortserver und Standortsysteme auf Mitgliedsservern installieren, nicht auf Domänencontrollern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install secondary sites locally rather than by push</source>
        <translation>Sekundäre Standorte lokal statt per Push installieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Give each site a SQL Server of its own</source>
        <translation>Jedem Standort einen eigenen SQL Server zuweisen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run no other SQL Server applications on the site database server</source>
        <translation>Keine anderen SQL Server-Anwendungen auf dem Standortdatenbankserver ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use Windows authentication for SQL Server</source>
        <translation>Windows-Authentifizierung für SQL Server verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host the site database on the site server</source>
        <translation>Standortdatenbank auf dem Standortserver hosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the site server computer account an administrator of the SQL Server computer</source>
        <translation>Computerkonto des Standortservers zum Administrator des SQL Server-Computers machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register an SPN when SQL Server runs under a domain account</source>
        <translation>SPN registrieren, wenn SQL Server unter einem Domänenkonto ausgeführt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Site systems requiring IIS</source>
        <translation>Standortsysteme, die IIS erfordern</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Install only the IIS features each role needs</source>
        <translation>Nur die IIS-Features installieren, die die jeweilige Rolle benötigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep IIS off the site server</source>
        <translation>IIS nicht auf dem Standortserver installieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dedicate IIS servers to the product</source>
        <translation>IIS-Server ausschließlich für das Produkt verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Management points</source>
        <translation>Verwaltungspunkte</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Use a separate management point when clients depend on the trusted root key</source>
        <translation>Separaten Verwaltungspunkt verwenden, wenn Clients auf den vertrauenswürdigen Stammschlüssel angewiesen sind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Let the site server pull data from site systems in the perimeter network</source>
        <translation>Daten von Standortsystemen im Umkreisnetzwerk vom Standortserver abrufen lassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the number of management points low</source>
        <translation>Anzahl der Verwaltungspunkte gering halten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Fallback status point</source>
        <translation>Fallbackstatuspunkt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Give the fallback status point a server of its own</source>
        <translation>Fallbackstatuspunkt auf einem eigenen Server installieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the fallback status point off domain controllers</source>
        <translation>Fallbackstatuspunkt nicht auf Domänencontrollern installieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In native mode, install the fallback status point before the clients</source>
        <translation>Im einheitlichen Modus den Fallbackstatuspunkt vor den Clients installieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the fallback status point out of the perimeter network if possible</source>
        <translation>Fallbackstatuspunkt möglichst nicht im Umkreisnetzwerk platzieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server locator point</source>
        <translation>Serverlocatorpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the server locator point out of the perimeter network</source>
        <translation>Serverlocatorpunkt nicht im Umkreisnetzwerk platzieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Mixed mode clients</source>
        <translation>Clients im gemischten Modus</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Approve clients from trusted domains automatically</source>
        <translation>Clients aus vertrauenswürdigen Domänen automatisch genehmigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not count on blocking to keep clients out of the site</source>
        <translation>Sich nicht darauf verlassen, Clients durch Blockieren vom Standort fernzuhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade all clients and set the site to accept ConfigMgr 2007 clients only</source>
        <translation>Alle Clients aktualisieren und den Standort so einstellen, dass er nur ConfigMgr 2007-Clients akzeptiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Native mode clients</source>
        <translation>Clients im einheitlichen Modus</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Enable BITS on all distribution points</source>
        <translation>BITS auf allen Verteilungspunkten aktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave HTTP communication for roaming and site assignment off</source>
        <translation>HTTP-Kommunikation für Roaming und Standortzuweisung deaktiviert lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the certificate management best practices</source>
        <translation>Bewährte Methoden für die Zertifikatverwaltung befolgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>All client computers</source>
        <translation>Alle Clientcomputer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Choose a client installation method that suits your risk profile</source>
        <translation>Clientinstallationsmethode wählen, die zu Ihrem Risikoprofil passt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove certificates before imaging client computers</source>
        <translation>Zertifikate entfernen, bevor Images von Clientcomputern erstellt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set clients to Active Directory only mode</source>
        <translation>Clients auf den Modus „Nur Active Directory“ festlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make maintenance windows long enough for critical updates</source>
        <translation>Wartungsfenster lang genug für kritische Updates bemessen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Internet-based clients</source>
        <translation>Internetbasierte Clients</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Bridge SSL to SSL at the proxy, terminating with authentication</source>
        <translation>Am Proxyserver SSL-zu-SSL-Bridging mit Terminierung und Authentifizierung verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deploy the site server signing certificate through Active Directory</source>
        <translation>Signaturzertifikat des Standortservers über Active Directory bereitstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep branch distribution points and distribution point shares off Internet-based clients</source>
        <translation>Zweigstellenverteilungspunkte und Verteilungspunktfreigaben nicht auf internetbasierten Clients einrichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avoid dual-homed site systems linking the perimeter network and the intranet</source>
        <translation>Mehrfach vernetzte Standortsysteme vermeiden, die Umkreisnetzwerk und Intranet verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Do not depend on WINS for name resolution</source>
        <translation>Bei der Namensauflösung nicht auf WINS angewiesen sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every site system and sender an FQDN</source>
        <translation>Jedem Standortsystem und Absender einen FQDN zuweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Certificate management</source>
        <translation>Zertifikatverwaltung</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Plan and secure the PKI carefully</source>
        <translation>PKI sorgfältig planen und absichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on CRL checking for native mode clients</source>
        <translation>Sperrlistenprüfung (CRL) für Clients im einheitlichen Modus aktivieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect the integrity of client authentication certificates</source>
        <translation>Integrität der Clientauthentifizierungszertifikate schützen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Define the trusted root CAs with a certificate trust list</source>
        <translation>Vertrauenswürdige Stammzertifizierungsstellen mit einer Zertifikatvertrauensliste festlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guard the site server signing certificate</source>
        <translation>Signaturzertifikat des Standortservers schützen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renew the site server signing certificate with a fresh key pair</source>
        <translation>Signaturzertifikat des Standortservers mit einem neuen Schlüsselpaar erneuern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep all certificates in secure certificate stores</source>
        <translation>Alle Zertifikate in sicheren Zertifikatspeichern aufbewahren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Maintaining security</source>
        <translation>Aufrechterhalten der Sicherheit</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Write security policies and follow them</source>
        <translation>Sicherheitsrichtlinien verfassen und einhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check configuration changes for security in a test lab first</source>
        <translation>Konfigurationsänderungen zuerst in einer Testumgebung auf Sicherheit prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test backup and recovery procedures</source>
        <translation>Sicherungs- und Wiederherstellungsverfahren testen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the product settings regularly</source>
        <translation>Produkteinstellungen regelmäßig überprüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review audit logs</source>
        <translation>Überwachungsprotokolle überprüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the security of the deployment periodically</source>
        <translation>Sicherheit der Bereitstellung regelmäßig testen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have an incident response plan</source>
        <translation>Plan zur Reaktion auf Sicherheitsvorfälle bereithalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect internal documentation of the deployment</source>
        <translation>Interne Dokumentation der Bereitstellung schützen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train staff in security best practices</source>
        <translation>Mitarbeiter in bewährten Sicherheitsmethoden schulen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitor security-relevant operations such as changes to rights, packages, advertisements and site settings</source>
        <translation>Sicherheitsrelevante Vorgänge wie Änderungen an Rechten, Paketen, Ankündigungen und Standorteinstellungen überwachen</translation>
    </message>
</context>
<context>
    <name>hierarch::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+21"/>
        <source>Usage:
  hierarch [FILE]                      open the editor (optionally on FILE)
  hierarch validate FILE... [--format text|json|sarif] [--fail-on error|warning|info|never]
                           [--as-of YYYY-MM-DD] [--output OUT]
  hierarch report FILE --output OUT.pdf [--language en|de] [--as-of YYYY-MM-DD]
  hierarch diff OLD NEW [--format text|json|sarif] [--fail-on error|warning|info|never]
                        [--as-of YYYY-MM-DD] [--output OUT]
  hierarch diff FILE                   the file at HEAD vs the working copy
  hierarch --compare OLD NEW           open the editor on NEW, compared with OLD
  hierarch rules [--format text|json] [--product sms2003|configmgr2007]
  hierarch format FILE... [--check]
  hierarch import CSV --into PLAN [--dry-run]
  hierarch --help | --version

Hierarch plans Microsoft SMS 2003 and Configuration Manager 2007 site hierarchies and
checks them against the vendor&apos;s security best practices.
Run &apos;hierarch COMMAND --help&apos; for the options of a command.
</source>
        <translation>Aufruf:
  hierarch [FILE]                      Editor öffnen (optional mit FILE)
  hierarch validate FILE... [--format text|json|sarif] [--fail-on error|warning|info|never]
                           [--as-of YYYY-MM-DD] [--output OUT]
  hierarch report FILE --output OUT.pdf [--language en|de] [--as-of YYYY-MM-DD]
  hierarch diff OLD NEW [--format text|json|sarif] [--fail-on error|warning|info|never]
                        [--as-of YYYY-MM-DD] [--output OUT]
  hierarch diff FILE                   Stand von HEAD mit der Arbeitskopie vergleichen
  hierarch --compare OLD NEW           Editor mit NEW öffnen, verglichen mit OLD
  hierarch rules [--format text|json] [--product sms2003|configmgr2007]
  hierarch format FILE... [--check]
  hierarch import CSV --into PLAN [--dry-run]
  hierarch --help | --version

Hierarch plant Standorthierarchien für Microsoft SMS 2003 und Configuration Manager 2007
und prüft sie anhand der Sicherheitsempfehlungen des Herstellers.
&apos;hierarch COMMAND --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Validation date for waiver expiry (default today).</source>
        <translation>Prüfdatum für den Ablauf von Ausnahmen (Standard: heute).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hierarch %1: --as-of needs a date written YYYY-MM-DD, not &apos;%2&apos;
</source>
        <translation>hierarch %1: --as-of erwartet ein Datum im Format YYYY-MM-DD, nicht &apos;%2&apos;
</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="+37"/>
        <source>Writes the design report of a hierarchy plan as a PDF: verdict, charts, diagram, inventory, findings, accepted risks, assumptions, accounts, checklist and ports. For a large plan the longest sections list their top items and the full lists are written as CSV files beside the PDF (OUT.sites.csv, OUT.servers.csv, ...).</source>
        <translation>Schreibt den Entwurfsbericht eines Hierarchieplans als PDF: Ergebnis, Grafiken, Hierarchiediagramm, Bestandsübersicht, Befunde, akzeptierte Risiken, Annahmen, Konten, Checkliste und Ports. Bei einem großen Plan zeigen die längsten Abschnitte ihre wichtigsten Einträge, und die vollständigen Listen werden als CSV-Dateien neben das PDF geschrieben (OUT.sites.csv, OUT.servers.csv, …).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the report: en or de (default en).</source>
        <translation>Sprache des Berichts: en oder de (Standard: en).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add section 3a, the changes since OLD (a plan file or a git revision written REV:PATH).</source>
        <translation>Abschnitt 3a hinzufügen: die Änderungen seit OLD (eine Plandatei oder eine git-Revision in der Form REV:PATH).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>hierarch report: name exactly one plan file
</source>
        <translation>hierarch report: genau eine Plandatei angeben
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hierarch report: name the PDF to write with --output OUT.pdf
</source>
        <translation>hierarch report: die zu schreibende PDF-Datei mit --output OUT.pdf angeben
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hierarch report: unknown language &apos;%1&apos; (en or de)
</source>
        <translation>hierarch report: unbekannte Sprache &apos;%1&apos; (en oder de)
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>hierarch report: %1 is not available in this build (no translation catalog); use --language en
</source>
        <translation>hierarch report: %1 ist in diesem Build nicht verfügbar (kein Übersetzungskatalog); verwenden Sie --language en
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>hierarch report: the full lists of the summarised sections are in:
</source>
        <translation>hierarch report: Die vollständigen Listen der zusammengefassten Abschnitte stehen in:
</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="+90"/>
        <source>Lists the rule catalog.</source>
        <translation>Listet den Regelkatalog auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: text or json (default text).</source>
        <translation>Ausgabeformat: text oder json (Standard: text).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the rules that run for this product.</source>
        <translation>Nur die Regeln, die für dieses Produkt gelten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hierarch rules: unexpected argument &apos;%1&apos;
</source>
        <translation>hierarch rules: unerwartetes Argument &apos;%1&apos;
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hierarch rules: unknown product &apos;%1&apos; (sms2003 or configmgr2007)
</source>
        <translation>hierarch rules: unbekanntes Produkt &apos;%1&apos; (sms2003 oder configmgr2007)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hierarch rules: unknown format &apos;%1&apos; (text or json)
</source>
        <translation>hierarch rules: unbekanntes Format &apos;%1&apos; (text oder json)
</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="+81"/>
        <source>Checks hierarchy plans against the rule catalog and reports the findings.</source>
        <translation>Prüft Hierarchiepläne anhand des Regelkatalogs und meldet die Befunde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan files to validate.</source>
        <translation>Zu prüfende Plandateien.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="+48"/>
        <source>hierarch diff: cannot read %1 with git: %2</source>
        <translation>hierarch diff: %1 kann mit git nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>hierarch diff --git: expected the 7 arguments git passes to an external diff driver, got %1
</source>
        <translation>hierarch diff --git: erwartet die 7 Argumente, die git einem externen Diff-Programm übergibt, erhalten: %1
</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Shows what a revision of a plan changes: the structural changes and which findings it adds, resolves or updates. OLD and NEW are plan files or git revisions written REV:PATH; with one FILE, the file as committed at HEAD is compared with the working copy.</source>
        <translation>Zeigt, was eine Überarbeitung eines Plans ändert: die strukturellen Änderungen und welche Befunde sie hinzufügt, behebt oder verändert. OLD und NEW sind Plandateien oder git-Revisionen in der Form REV:PATH; mit nur einer FILE wird der in HEAD eingecheckte Stand mit der Arbeitskopie verglichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan before.</source>
        <translation>Der Plan vorher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan after.</source>
        <translation>Der Plan nachher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/validatecommand.cpp" line="+4"/>
        <source>Output format: text, json or sarif (default text).</source>
        <translation>Ausgabeformat: text, json oder sarif (Standard: text).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit with 1 when NEW adds an unwaived finding of this severity or a higher one: error, warning, info or never (default error).</source>
        <translation>Mit 1 beenden, wenn NEW einen nicht ausgenommenen Befund dieses oder eines höheren Schweregrads hinzufügt: error, warning, info oder never (Standard: error).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the comparison to OUT instead of standard output.</source>
        <translation>Den Vergleich nach OUT statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run as git&apos;s external diff driver (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE); always exits 0.</source>
        <translation>Als externes Diff-Programm von git laufen (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE); endet immer mit 0.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hierarch diff: name two plans (OLD NEW) or one FILE
</source>
        <translation>hierarch diff: zwei Pläne (OLD NEW) oder eine FILE angeben
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hierarch diff: unknown format &apos;%1&apos; (text, json or sarif)
</source>
        <translation>hierarch diff: unbekanntes Format &apos;%1&apos; (text, json oder sarif)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hierarch diff: unknown severity &apos;%1&apos; for --fail-on (error, warning, info or never)
</source>
        <translation>hierarch diff: unbekannter Schweregrad &apos;%1&apos; für --fail-on (error, warning, info oder never)
</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="+4"/>
        <source>Exit with 1 when an unwaived finding has this severity or a higher one: error, warning, info or never (default error).</source>
        <translation>Mit Exitcode 1 beenden, wenn ein nicht akzeptierter Befund diesen oder einen höheren Schweregrad hat: error, warning, info oder never (Standard: error).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the report to OUT instead of standard output.</source>
        <translation>Den Bericht nach OUT statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>hierarch validate: name at least one plan file
</source>
        <translation>hierarch validate: mindestens eine Plandatei angeben
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hierarch validate: unknown format &apos;%1&apos; (text, json or sarif)
</source>
        <translation>hierarch validate: unbekanntes Format &apos;%1&apos; (text, json oder sarif)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hierarch validate: unknown severity &apos;%1&apos; for --fail-on (error, warning, info or never)
</source>
        <translation>hierarch validate: unbekannter Schweregrad &apos;%1&apos; für --fail-on (error, warning, info oder never)
</translation>
    </message>
    <message>
        <location filename="../app/cli/formatcommand.cpp" line="+28"/>
        <source>Rewrites hierarchy plans in the canonical layout: FORMAT.md&apos;s key order, block style, default values left out unless stated. Comments and the authors&apos; own layout are not kept.</source>
        <translation>Schreibt Hierarchiepläne im kanonischen Layout neu: Schlüsselreihenfolge nach FORMAT.md, Blockschreibweise, Standardwerte nur, wenn sie angegeben sind. Kommentare und das eigene Layout der Autoren bleiben nicht erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan files.</source>
        <translation>Die Plandateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write nothing; exit 1 when a file is not in the canonical layout.</source>
        <translation>Nichts schreiben; mit 1 beenden, wenn eine Datei nicht im kanonischen Layout ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hierarch format: name at least one plan file
</source>
        <translation>hierarch format: mindestens eine Plandatei angeben
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not in the canonical layout
</source>
        <translation>%1: nicht im kanonischen Layout
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: rewritten in the canonical layout
</source>
        <translation>%1: im kanonischen Layout neu geschrieben
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="+27"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n server(s)</source>
        <translation>
            <numerusform> und %n Server</numerusform>
            <numerusform> und %n Server</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds the sites and servers of a CSV file (RFC 4180, UTF-8, a header row) to a plan. A file with any error changes nothing; every error is listed as FILE:ROW:COLUMN.</source>
        <translation>Fügt die Standorte und Server einer CSV-Datei (RFC 4180, UTF-8, mit Kopfzeile) einem Plan hinzu. Eine Datei mit einem Fehler ändert nichts; jeder Fehler wird als DATEI:ZEILE:SPALTE aufgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan to add the sites to.</source>
        <translation>Der Plan, dem die Standorte hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write nothing; list what the import would add.</source>
        <translation>Nichts schreiben; auflisten, was der Import hinzufügen würde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hierarch import: name one CSV file and the plan: hierarch import CSV --into PLAN
</source>
        <translation>hierarch import: Geben Sie eine CSV-Datei und den Plan an: hierarch import CSV --into PLAN
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the file is larger than %L2 bytes
</source>
        <translation>%1: Die Datei ist größer als %L2 Byte
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot be read: %2
</source>
        <translation>%1: kann nicht gelesen werden: %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n error(s); nothing was imported
</source>
        <translation>
            <numerusform>%n Fehler; nichts wurde importiert
</numerusform>
            <numerusform>%n Fehler; nichts wurde importiert
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>+ site %1 (%2)
</source>
        <translation>+ Standort %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ site %1 under %2 (%3)
</source>
        <translation>+ Standort %1 unter %2 (%3)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ server %1 in %2: %3
</source>
        <translation>+ Server %1 in %2: %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would add %1 to %2; nothing was written.
</source>
        <translation>Würde %1 zu %2 hinzufügen; nichts wurde geschrieben.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: written in the canonical layout: %2
</source>
        <translation>%1: im kanonischen Layout geschrieben: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1 to %2.
</source>
        <translation>%1 zu %2 hinzugefügt.
</translation>
    </message>
</context>
<context>
    <name>hierarch::Clipboard</name>
    <message>
        <location filename="../app/clipboard.cpp" line="+73"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select the site to paste the servers into.</source>
        <translation>Wählen Sie den Standort aus, in den die Server eingefügt werden sollen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>hierarch::Commands</name>
    <message>
        <location filename="../model/document/document.cpp" line="+210"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address %1 to %2</source>
        <translation>Adresse %1 an %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Add Secondary Site %1</source>
        <translation>Sekundären Standort %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Site %1</source>
        <translation>Standort %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste Site %1</source>
        <translation>Standort %1 einfügen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove Site %1</source>
        <translation>Standort %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Sites %1</source>
        <translation>Standorte %1 entfernen</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+41"/>
        <source>Move Site %1</source>
        <translation>Standort %1 verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Sites %1</source>
        <translation>Standorte %1 verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto Layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Add Revision %1</source>
        <translation>Revision %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Revision %1</source>
        <translation>Revision %1 entfernen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add Address %1 to %2</source>
        <translation>Adresse %1 an %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Address %1 to %2</source>
        <translation>Adresse %1 an %2 entfernen</translation>
    </message>
    <message>
        <location filename="../model/document/documentservers.cpp" line="+41"/>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Server %1</source>
        <translation>Server %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove Server %1</source>
        <translation>Server %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Servers</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move Server %1 to %2</source>
        <translation>Server %1 nach %2 verschieben</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add %1 for %2 to %3</source>
        <translation>%1 für %2 zu %3 hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/document/undocommands.cpp" line="+327"/>
        <source>Rename Server %1 to %2</source>
        <translation>Server %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentservers.cpp" line="+2"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove %1 from %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <location filename="../model/document/document.cpp" line="-121"/>
        <source>Add Account %1</source>
        <translation>Konto %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Account %1</source>
        <translation>Konto %1 entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waive %1</source>
        <translation>%1 als Ausnahme akzeptieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Waiver of %1</source>
        <translation>Ausnahme für %1 entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Attestation %1</source>
        <translation>Bestätigung %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove Attestation %1</source>
        <translation>Bestätigung %1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/document/undocommands.cpp" line="-217"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Rename Site %1 to %2</source>
        <translation>Standort %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentproduct.cpp" line="+89"/>
        <source>Change Product to %1</source>
        <translation>Produkt auf %1 ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change Product to %1 (clears %n setting(s) of %2)</source>
        <translation>
            <numerusform>Produkt auf %1 ändern (entfernt %n Einstellung von %2)</numerusform>
            <numerusform>Produkt auf %1 ändern (entfernt %n Einstellungen von %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::CompareController</name>
    <message>
        <location filename="../app/comparecontroller.cpp" line="+22"/>
        <source>Co&amp;mpare With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the plan with another plan file</source>
        <translation>Den Plan mit einer anderen Plandatei vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Git Revision…</source>
        <translation>&amp;Git-Revision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the plan with the version of its file at a git revision</source>
        <translation>Den Plan mit dem Stand seiner Datei in einer git-Revision vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last Saved</source>
        <translation>Zuletzt &amp;gespeichertem Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the plan with its file as last saved</source>
        <translation>Den Plan mit seiner zuletzt gespeicherten Datei vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop Comparing</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The plan has no file yet, so git has no version of it.</source>
        <translation>Der Plan hat noch keine Datei, daher kennt git keinen Stand davon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>git cannot show %1 at %2: %3</source>
        <translation>git kann %1 in %2 nicht anzeigen: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>last saved</source>
        <translation>zuletzt gespeichert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hierarchy plans (*.hierarchy.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Hierarchiepläne (*.hierarchy.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare With Git Revision</source>
        <translation>Mit git-Revision vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision (a commit, branch or tag, e.g. HEAD, main, HEAD~1):</source>
        <translation>Revision (Commit, Branch oder Tag, z. B. HEAD, main, HEAD~1):</translation>
    </message>
</context>
<context>
    <name>hierarch::Csv</name>
    <message>
        <location filename="../model/import/csvreader.cpp" line="+111"/>
        <source>a quoted field is not closed: a double quote (&quot;) is missing before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen: vor dem Dateiende fehlt ein doppeltes Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text follows the closing double quote of field %1; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>nach dem schließenden Anführungszeichen von Feld %1 folgt Text; ein Anführungszeichen innerhalb eines Felds in Anführungszeichen wird doppelt geschrieben (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field %1 holds a double quote but does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;)</source>
        <translation>Feld %1 enthält ein Anführungszeichen, beginnt aber nicht mit einem; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the row is not valid UTF-8 text; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>die Zeile ist kein gültiger UTF-8-Text; speichern Sie die Datei als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty: a header row is needed</source>
        <translation>die Datei ist leer: eine Kopfzeile ist erforderlich</translation>
    </message>
</context>
<context>
    <name>hierarch::DashboardDock</name>
    <message>
        <location filename="../views/dashboard/dashboarddock.cpp" line="+38"/>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings by category</source>
        <translation>Befunde nach Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings per site</source>
        <translation>Befunde pro Standort</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open findings, %L1 waived.</source>
        <translation>Keine offenen Befunde, %L1 akzeptiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, %L3 info, %L4 waived</source>
        <translation>%1, %2, Hinweise: %L3, akzeptiert: %L4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %L3 info</source>
        <translation>%1, %2, Hinweise: %L3</translation>
    </message>
</context>
<context>
    <name>hierarch::Document</name>
    <message>
        <location filename="../model/document/document.cpp" line="-289"/>
        <source>A plan holds at most %L1 sites (the file format&apos;s limit); this one has %L2.</source>
        <translation>Ein Plan enthält höchstens %L1 Standorte (Grenze des Dateiformats); dieser hat %L2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan holds at most %L1 servers (the file format&apos;s limit); this one has %L2.</source>
        <translation>Ein Plan enthält höchstens %L1 Server (Grenze des Dateiformats); dieser hat %L2.</translation>
    </message>
    <message>
        <location filename="../model/document/documentservers.cpp" line="-12"/>
        <source>%1 already has the %2 role for site %3.</source>
        <translation>%1 hat die Rolle %2 für Standort %3 bereits.</translation>
    </message>
</context>
<context>
    <name>hierarch::ExplainPanel</name>
    <message>
        <location filename="../views/problems/explainpanel.cpp" line="+36"/>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Approved by: %1</source>
        <translation>Genehmigt von: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und wie er behoben wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer reported.</source>
        <translation>%1 wird nicht mehr gemeldet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 · %3 scope · %4</source>
        <translation>%1 · %2 · Bereich: %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Waived</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to fix it</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding id</source>
        <translation>Befund-ID</translation>
    </message>
</context>
<context>
    <name>hierarch::ExportActions</name>
    <message>
        <location filename="../app/exportactions.cpp" line="+37"/>
        <source>Export Findings as SARIF</source>
        <translation>Befunde als SARIF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Findings as JSON</source>
        <translation>Befunde als JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>SARIF logs (*.sarif *.json)</source>
        <translation>SARIF-Protokolle (*.sarif *.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>untitled.hierarchy.yaml</source>
        <translation>unbenannt.hierarchy.yaml</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+20"/>
        <location line="+22"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Export Findings as CSV</source>
        <translation>Befunde als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <location line="+22"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diagram</source>
        <translation>diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %1 (%Ln page(s))</source>
        <translation>
            <numerusform>%1 exportiert (%Ln Seite)</numerusform>
            <numerusform>%1 exportiert (%Ln Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 and the full lists in %n CSV file(s) beside it</source>
        <translation>
            <numerusform>%1, die vollständigen Listen in %n CSV-Datei daneben</numerusform>
            <numerusform>%1, die vollständigen Listen in %n CSV-Dateien daneben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the design report…</source>
        <translation>Entwurfsbericht wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the design report: page %1 of %2</source>
        <translation>Entwurfsbericht wird geschrieben: Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Printed %Ln page(s) to %1</source>
        <translation>
            <numerusform>%Ln Seite an %1 gedruckt</numerusform>
            <numerusform>%Ln Seiten an %1 gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>hierarch::FieldEditor</name>
    <message>
        <location filename="../views/properties/fieldeditor.cpp" line="+49"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>hierarch::Fields</name>
    <message>
        <location filename="../model/document/fields.cpp" line="+262"/>
        <location line="+81"/>
        <location line="+150"/>
        <location line="+189"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>The plan&apos;s title, shown in the window and on the report cover.</source>
        <translation>Der Titel des Plans; wird im Fenster und auf dem Deckblatt des Berichts angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS 2003 or Configuration Manager 2007: decides the roles, settings and rules that apply.</source>
        <translation>SMS 2003 oder Configuration Manager 2007: bestimmt, welche Rollen, Einstellungen und Regeln gelten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+521"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-520"/>
        <source>Who wrote the plan; shown on the report cover.</source>
        <translation>Wer den Plan verfasst hat; wird auf dem Deckblatt des Berichts angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the plan is for; shown on the report cover.</source>
        <translation>Wozu der Plan dient; wird auf dem Deckblatt des Berichts angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+186"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>The service pack (and feature release) the hierarchy runs; a site may state its own.</source>
        <translation>Das Service Pack (und Feature Release), das die Hierarchie ausführt; ein Standort kann ein eigenes angeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document version</source>
        <translation>Dokumentversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of this plan document, such as 2.1; shown on the report cover.</source>
        <translation>Die Version dieses Plandokuments, etwa 2.1; wird auf dem Deckblatt des Berichts angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document status</source>
        <translation>Dokumentstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, in review, approved or superseded; shown on the report cover.</source>
        <translation>Entwurf, in Prüfung, freigegeben oder ersetzt; wird auf dem Deckblatt des Berichts angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DNS domain</source>
        <translation>DNS-Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers without their own FQDN are named NAME.dnsDomain.</source>
        <translation>Server ohne eigenen FQDN erhalten den Namen NAME.dnsDomain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <location line="+158"/>
        <source>Forest</source>
        <translation>Gesamtstruktur</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>The Active Directory forest of every site and server unless they name another.</source>
        <translation>Die Active Directory-Gesamtstruktur aller Standorte und Server, sofern diese keine andere angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema extended</source>
        <translation>Schema erweitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Active Directory schema is extended for the product, so clients can find sites and the trusted root key there.</source>
        <translation>Das Active Directory-Schema ist für das Produkt erweitert, sodass Clients dort Standorte und den vertrauenswürdigen Stammschlüssel finden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites publish their information to the System Management container.</source>
        <translation>Standorte veröffentlichen ihre Informationen im Container „System Management“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three letters or digits that identify the site throughout the hierarchy.</source>
        <translation>Drei Buchstaben oder Ziffern, die den Standort in der gesamten Hierarchie kennzeichnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A descriptive name; the code when empty.</source>
        <translation>Ein beschreibender Name; ist er leer, wird der Code verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+338"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>A primary site has its own database; a secondary site reports to a primary parent.</source>
        <translation>Ein primärer Standort hat eine eigene Datenbank; ein sekundärer Standort ist einem primären Standort untergeordnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent</source>
        <translation>Übergeordneter Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code of the parent site; empty for the central site.</source>
        <translation>Der Code des übergeordneten Standorts; beim zentralen Standort leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Active Directory forest of the site; the plan&apos;s forest when empty.</source>
        <translation>Die Active Directory-Gesamtstruktur des Standorts; ist sie leer, gilt die Gesamtstruktur des Plans.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients assigned to this site.</source>
        <translation>Diesem Standort zugewiesene Clients.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legacy Clients</source>
        <translation>Legacy Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS 2003 Legacy Clients among the site&apos;s clients.</source>
        <translation>SMS 2003-Legacy Clients unter den Clients des Standorts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workgroup clients</source>
        <translation>Arbeitsgruppenclients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some clients are in workgroups or other forests and cannot query Active Directory.</source>
        <translation>Einige Clients befinden sich in Arbeitsgruppen oder anderen Gesamtstrukturen und können Active Directory nicht abfragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security mode</source>
        <translation>Sicherheitsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS 2003 advanced security uses computer accounts instead of user accounts for the services.</source>
        <translation>Die erweiterte Sicherheit von SMS 2003 verwendet für die Dienste Computerkonten statt Benutzerkonten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client mode</source>
        <translation>Clientmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native mode secures client communication with PKI certificates; a secondary site uses its parent&apos;s mode.</source>
        <translation>Der einheitliche Modus sichert die Clientkommunikation mit PKI-Zertifikaten; ein sekundärer Standort verwendet den Modus seines übergeordneten Standorts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secure key exchange</source>
        <translation>Sicherer Schlüsselaustausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require secure key exchange between this site and the sites it talks to.</source>
        <translation>Sicheren Schlüsselaustausch zwischen diesem Standort und den Standorten, mit denen er kommuniziert, erzwingen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept unsigned data</source>
        <translation>Unsignierte Daten akzeptieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept unsigned data from SMS 2.0 sites.</source>
        <translation>Unsignierte Daten von SMS 2.0-Standorten akzeptieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP roaming</source>
        <translation>HTTP-Roaming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow HTTP communication for roaming and site assignment in native mode.</source>
        <translation>HTTP-Kommunikation für Roaming und Standortzuweisung im einheitlichen Modus zulassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing certificate deployment</source>
        <translation>Verteilung des Signaturzertifikats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How native-mode clients get the site server signing certificate: from Active Directory, or another way (at client installation).</source>
        <translation>Wie Clients im einheitlichen Modus das Signaturzertifikat des Standortservers erhalten: aus Active Directory oder auf anderem Weg (bei der Clientinstallation).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clients check the CRL</source>
        <translation>Clients prüfen die Sperrliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native-mode clients check the certificate revocation list for site systems.</source>
        <translation>Clients im einheitlichen Modus prüfen die Zertifikatsperrliste für Standortsysteme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRL published</source>
        <translation>Sperrliste veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRL is published where every client of the site can reach it (on the Internet too for Internet-based clients).</source>
        <translation>Die Sperrliste ist dort veröffentlicht, wo jeder Client des Standorts sie erreicht (bei internetbasierten Clients auch im Internet).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate trust list</source>
        <translation>Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IIS of the site systems accepts client certificates only from the root CAs of a certificate trust list.</source>
        <translation>Der IIS der Standortsysteme akzeptiert Clientzertifikate nur von den Stammzertifizierungsstellen einer Zertifikatvertrauensliste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a secondary site server is installed: locally at the server, or pushed from the parent.</source>
        <translation>Wie ein sekundärer Standortserver installiert wird: lokal auf dem Server oder per Push vom übergeordneten Standort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service pack (and feature release) this site runs, when it differs from the plan&apos;s.</source>
        <translation>Das Service Pack (und Feature Release), das dieser Standort ausführt, wenn es von dem des Plans abweicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network locations whose clients belong to the site, separated by commas: IP subnets (10.1.0.0/16), Active Directory sites (Berlin) and, on Configuration Manager 2007, IP ranges (10.2.0.1-10.2.0.9) and IPv6 prefixes (2001:db8::/48); a type may be written before a value (adSite:Berlin), and slow or fast after it.</source>
        <translation>Die Netzwerkorte, deren Clients zu dem Standort gehören, durch Kommas getrennt: IP-Subnetze (10.1.0.0/16), Active-Directory-Standorte (Berlin) und unter Configuration Manager 2007 IP-Bereiche (10.2.0.1-10.2.0.9) und IPv6-Präfixe (2001:db8::/48); vor einem Wert darf sein Typ stehen (adSite:Berlin), dahinter slow oder fast.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The NetBIOS name: up to 15 letters, digits and hyphens, unique in the hierarchy.</source>
        <translation>Der NetBIOS-Name: bis zu 15 Buchstaben, Ziffern und Bindestriche, eindeutig in der Hierarchie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fully qualified domain name; NAME.dnsDomain when empty.</source>
        <translation>Der vollqualifizierte Domänenname; ist er leer, gilt NAME.dnsDomain.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Internet FQDN</source>
        <translation>Internet-FQDN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fully qualified domain name Internet-based clients use for this site system (registered on public DNS).</source>
        <translation>Der vollqualifizierte Domänenname, den internetbasierte Clients für dieses Standortsystem verwenden (im öffentlichen DNS registriert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The forest of the server; the site&apos;s forest when empty.</source>
        <translation>Die Gesamtstruktur des Servers; ist sie leer, gilt die Gesamtstruktur des Standorts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network zone</source>
        <translation>Netzwerkzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intranet, perimeter network or Internet.</source>
        <translation>Intranet, Umkreisnetzwerk oder Internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dual-homed</source>
        <translation>Mehrfach vernetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server bridges the perimeter network and the intranet.</source>
        <translation>Der Server verbindet das Umkreisnetzwerk mit dem Intranet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is a domain controller.</source>
        <translation>Der Server ist ein Domänencontroller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows Server version and service pack.</source>
        <translation>Die Version und das Service Pack von Windows Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file system of the product&apos;s drives.</source>
        <translation>Das Dateisystem der vom Produkt genutzten Laufwerke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Static IP</source>
        <translation>Statische IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has a static IP address.</source>
        <translation>Der Server hat eine statische IP-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin$ share</source>
        <translation>Freigabe Admin$</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Admin$ share is present; the product needs it.</source>
        <translation>Die Freigabe Admin$ ist vorhanden; das Produkt benötigt sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCW applied</source>
        <translation>SCW angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Security Configuration Wizard policy built with the product&apos;s template is applied.</source>
        <translation>Eine mit der Vorlage des Produkts erstellte Richtlinie des Security Configuration Wizard (Sicherheitskonfigurations-Assistent) ist angewendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site server initiated transfers</source>
        <translation>Vom Standortserver initiierte Übertragungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow only site server initiated data transfers from this site system; wanted in a perimeter network.</source>
        <translation>Nur vom Standortserver initiierte Datenübertragungen von diesem Standortsystem zulassen; im Umkreisnetzwerk erwünscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IPsec</source>
        <translation>IPsec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPsec protects the server&apos;s traffic with other site systems.</source>
        <translation>IPsec schützt den Datenverkehr des Servers mit anderen Standortsystemen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internet-based clients</source>
        <translation>Internetbasierte Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles on this server accept Internet-based clients.</source>
        <translation>Rollen auf diesem Server akzeptieren internetbasierte Clients.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other web applications</source>
        <translation>Andere Webanwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web applications of other products run on the server&apos;s IIS.</source>
        <translation>Webanwendungen anderer Produkte laufen auf den IIS des Servers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other Local System services</source>
        <translation>Weitere Dienste unter „Lokales System“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services of other products run as Local System on the server.</source>
        <translation>Dienste anderer Produkte werden auf dem Server als „Lokales System“ ausgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clustered</source>
        <translation>Clusterknoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is a node of a cluster.</source>
        <translation>Der Server ist ein Knoten eines Clusters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protected boundaries</source>
        <translation>Geschützte Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A protected site system: its distribution point and state migration point serve only clients in these boundaries of its site, separated by commas.</source>
        <translation>Ein geschütztes Standortsystem: Sein Verteilungspunkt und sein Zustandsmigrationspunkt bedienen nur Clients in diesen Grenzen seines Standorts, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL Server runs on this server (its settings below apply).</source>
        <translation>SQL Server wird auf diesem Server ausgeführt (die folgenden Einstellungen gelten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL authentication</source>
        <translation>SQL-Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows authentication only, or mixed with SQL Server logins.</source>
        <translation>Nur Windows-Authentifizierung oder gemischt mit SQL Server-Anmeldungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQL service account</source>
        <translation>SQL-Dienstkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account the SQL Server service runs as.</source>
        <translation>Das Konto, unter dem der SQL Server-Dienst ausgeführt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SPN registered</source>
        <translation>SPN registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service principal name is registered for the SQL Server service account.</source>
        <translation>Für das Dienstkonto von SQL Server ist ein Dienstprinzipalname (SPN) registriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other databases</source>
        <translation>Andere Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other SQL Server applications use this instance.</source>
        <translation>Andere SQL Server-Anwendungen verwenden diese Instanz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site system role.</source>
        <translation>Die Standortsystemrolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serves site</source>
        <translation>Bedient Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a site database or SMS Provider: the code of the site it serves; the server&apos;s own site when empty.</source>
        <translation>Für eine Standortdatenbank oder einen SMS-Anbieter: der Code des bedienten Standorts; ist er leer, gilt der Standort des Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a distribution point: it is BITS enabled, which needs IIS.</source>
        <translation>Für einen Verteilungspunkt: BITS ist aktiviert, was IIS erfordert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account, e.g. CONTOSO\smssvc.</source>
        <translation>Das Konto, z. B. CONTOSO\smssvc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the account is used for; each product has its own account types.</source>
        <translation>Wofür das Konto verwendet wird; jedes Produkt hat eigene Kontotypen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes of the sites that use the account, separated by commas.</source>
        <translation>Codes der Standorte, die das Konto verwenden, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product generates and maintains the password.</source>
        <translation>Das Produkt generiert und verwaltet das Kennwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password change</source>
        <translation>Kennwortänderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the password is planned to be changed.</source>
        <translation>Wie das Kennwort planmäßig geändert werden soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet a password policy by changing the password or by creating a new account.</source>
        <translation>Eine Kennwortrichtlinie durch Ändern des Kennworts oder durch Anlegen eines neuen Kontos erfüllen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotation account</source>
        <translation>Rotationskonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second account kept active while the password changes.</source>
        <translation>Ein zweites Konto, das während der Kennwortänderung aktiv bleibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain admin</source>
        <translation>Domänen-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is a member of Domain Admins.</source>
        <translation>Das Konto ist Mitglied der Gruppe „Domänen-Admins“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custodians</source>
        <translation>Verwahrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators who know the password.</source>
        <translation>Administratoren, die das Kennwort kennen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sealed copy</source>
        <translation>Versiegelte Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A written copy of the password is sealed and stored centrally.</source>
        <translation>Eine schriftliche Kopie des Kennworts wird versiegelt und zentral aufbewahrt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waived finding&apos;s id, rule@subject.</source>
        <translation>Die ID des als Ausnahme akzeptierten Befunds, rule@subject.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the risk is accepted.</source>
        <translation>Warum das Risiko akzeptiert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who approved it, e.g. a change number.</source>
        <translation>Wer die Ausnahme genehmigt hat, z. B. eine Change-Nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this date the finding counts again.</source>
        <translation>Nach diesem Datum zählt der Befund wieder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of a manual checklist item.</source>
        <translation>Die ID eines manuellen Checklistenpunkts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, not applicable, or open.</source>
        <translation>Erledigt, nicht zutreffend oder offen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence or a reference, e.g. a runbook.</source>
        <translation>Ein Nachweis oder Verweis, z. B. ein Betriebshandbuch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revision&apos;s version, e.g. 2.1.</source>
        <translation>Die Version der Revision, z. B. 2.1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the revision was issued.</source>
        <translation>Wann die Revision herausgegeben wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who made the revision.</source>
        <translation>Wer die Revision erstellt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the revision changed.</source>
        <translation>Was die Revision geändert hat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of the site the address sends to.</source>
        <translation>Code des Standorts, an den die Adresse sendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender that carries the data: standard (LAN or WAN), a RAS sender over a dial-up line, or the courier sender for package data on removable media.</source>
        <translation>Der Sender, der die Daten überträgt: Standard (LAN oder WAN), ein RAS-Sender über eine Wählleitung oder der Kuriersender für Paketdaten auf Wechselmedien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Destination server</source>
        <translation>Zielserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination site server by its fully qualified domain name; unstated, the sender uses its NetBIOS name.</source>
        <translation>Der Zielstandortserver mit seinem vollqualifizierten Domänennamen; ohne Angabe verwendet der Sender den NetBIOS-Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site address account</source>
        <translation>Standortadressenkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A site-address account of the account plan; unstated, the site server&apos;s computer account.</source>
        <translation>Ein site-address-Konto des Kontenplans; ohne Angabe das Computerkonto des Standortservers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows the sender may send in, written HH:MM-HH:MM and separated by commas; unstated, at any time.</source>
        <translation>Zeitfenster, in denen der Sender senden darf, in der Form HH:MM-HH:MM und durch Kommas getrennt; ohne Angabe jederzeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate limit %</source>
        <translation>Ratenlimit %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the link the sender may use, 1 to 100 percent; unstated, unlimited.</source>
        <translation>Der Anteil der Verbindung, den der Sender nutzen darf, 1 bis 100 Prozent; ohne Angabe unbegrenzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link kbit/s</source>
        <translation>Verbindung kbit/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WAN link&apos;s bandwidth in kbit/s.</source>
        <translation>Die Bandbreite der WAN-Verbindung in kbit/s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WAN link&apos;s round-trip latency in ms.</source>
        <translation>Die Umlauflatenz der WAN-Verbindung in ms.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rules: %1</source>
        <translation>Regeln: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>SMS 2003</source>
        <translation>SMS 2003</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration Manager 2007</source>
        <translation>Configuration Manager 2007</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows 2000 Server</source>
        <translation>Windows 2000 Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2003</source>
        <translation>Windows Server 2003</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2003 SP1</source>
        <translation>Windows Server 2003 SP1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2003 SP2</source>
        <translation>Windows Server 2003 SP2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2008</source>
        <translation>Windows Server 2008</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2008 R2</source>
        <translation>Windows Server 2008 R2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTFS</source>
        <translation>NTFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAT32</source>
        <translation>FAT32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTM (no service pack)</source>
        <translation>RTM (kein Service Pack)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP1</source>
        <translation>SP1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP2</source>
        <translation>SP2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP3</source>
        <translation>SP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP1 with R2</source>
        <translation>SP1 mit R2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP2 with R2</source>
        <translation>SP2 mit R2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP2 with R3</source>
        <translation>SP2 mit R3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
</context>
<context>
    <name>hierarch::FileSession</name>
    <message>
        <location filename="../app/filesession.cpp" line="+31"/>
        <source>Hierarchy plans (*.hierarchy.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Hierarchiepläne (*.hierarchy.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Configuration Manager 2007</source>
        <translation>Configuration Manager 2007</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS 2003</source>
        <translation>SMS 2003</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product of the new hierarchy:</source>
        <translation>Produkt der neuen Hierarchie:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>opening was cancelled</source>
        <translation>das Öffnen wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open example</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot save plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 in the standard layout, because the edits could not be written into the file&apos;s own layout (%2)</source>
        <translation>%1 im Standardlayout gespeichert, weil sich die Änderungen nicht in das eigene Layout der Datei schreiben ließen (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has been modified. Do you want to save your changes?</source>
        <translation>Der Plan wurde geändert. Möchten Sie die Änderungen speichern?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot restore plan</source>
        <translation>Plan kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload it and lose your unsaved changes, or keep the editor&apos;s version and overwrite the file when you save?</source>
        <translation>Möchten Sie die Datei neu laden und Ihre nicht gespeicherten Änderungen verwerfen oder die Version des Editors behalten und die Datei beim Speichern überschreiben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it, or keep the editor&apos;s version and overwrite the file when you save?</source>
        <translation>Möchten Sie die Datei neu laden oder die Version des Editors behalten und die Datei beim Speichern überschreiben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Editor&apos;s Version</source>
        <translation>&amp;Version des Editors behalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reload plan</source>
        <translation>Plan kann nicht neu geladen werden</translation>
    </message>
</context>
<context>
    <name>hierarch::FindBar</name>
    <message>
        <location filename="../views/canvas/findbar.cpp" line="+27"/>
        <source>Find site, server or role</source>
        <translation>Standort, Server oder Rolle suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>hierarch::Findings</name>
    <message>
        <location filename="../model/rules/accountrules.cpp" line="+23"/>
        <source>The password of %1 is generated by the product but planned to be changed by hand.</source>
        <translation>Das Kennwort von %1 wird vom Produkt generiert, soll laut Plan aber manuell geändert werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Service account %1 is shared by %2 sites, and no second account is planned for password changes.</source>
        <translation>Das Dienstkonto %1 wird von %2 Standorten gemeinsam genutzt, und für Kennwortänderungen ist kein zweites Konto geplant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service account %1 is used at a secondary site, and no second account is planned for password changes.</source>
        <translation>Das Dienstkonto %1 wird an einem sekundären Standort verwendet, und für Kennwortänderungen ist kein zweites Konto geplant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) should be rotated by creating a new account, not by changing its password.</source>
        <translation>%1 (%2) sollte durch Anlegen eines neuen Kontos rotiert werden, nicht durch Ändern des Kennworts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only one administrator knows the password of %1, and no sealed copy is kept.</source>
        <translation>Nur ein Administrator kennt das Kennwort von %1, und es wird keine versiegelte Kopie aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a member of Domain Admins.</source>
        <translation>%1 ist Mitglied der Gruppe „Domänen-Admins“.</translation>
    </message>
    <message>
        <location filename="../model/rules/capacityrules.cpp" line="+22"/>
        <source>Site %1 plans %2 clients; a primary site supports %3.</source>
        <translation>Für Standort %1 sind %2 Clients geplant; ein primärer Standort unterstützt %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Site %1 plans %2 clients for %3 management point(s); one management point supports %4.</source>
        <translation>
            <numerusform>Für Standort %1 sind %2 Clients bei %3 Verwaltungspunkt geplant; ein Verwaltungspunkt unterstützt %4.</numerusform>
            <numerusform>Für Standort %1 sind %2 Clients bei %3 Verwaltungspunkten geplant; ein Verwaltungspunkt unterstützt %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site %1 has %2 secondary sites; a primary site supports %3.</source>
        <translation>Standort %1 hat %2 sekundäre Standorte; ein primärer Standort unterstützt %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site %1 has %2 distribution points; a site supports %3.</source>
        <translation>Standort %1 hat %2 Verteilungspunkte; ein Standort unterstützt %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site %1 has %2 branch distribution points; a site supports %3.</source>
        <translation>Standort %1 hat %2 Zweigstellenverteilungspunkte; ein Standort unterstützt %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hierarchy plans %1 clients; with Configuration Manager 2007 R3 it supports %2.</source>
        <translation>Die Hierarchie plant %1 Clients; mit Configuration Manager 2007 R3 unterstützt sie %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hierarchy plans %1 clients; it supports %2 (%3 once every site runs Configuration Manager 2007 R3).</source>
        <translation>Die Hierarchie plant %1 Clients; unterstützt werden %2 (%3, sobald jeder Standort Configuration Manager 2007 R3 ausführt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hierarchy plans %1 clients; it supports %2 (%3 with Configuration Manager 2007 R3, a release the plan does not record).</source>
        <translation>In der Hierarchie sind %1 Clients geplant; sie unterstützt %2 (%3 mit Configuration Manager 2007 R3, einer Version, die der Plan nicht festhält).</translation>
    </message>
    <message>
        <location filename="../model/rules/designrules.cpp" line="+25"/>
        <source>The Active Directory schema is not extended for the product.</source>
        <translation>Das Active Directory-Schema ist für das Produkt nicht erweitert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sites do not publish to Active Directory.</source>
        <translation>Standorte werden nicht in Active Directory veröffentlicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan has %1 sites.</source>
        <translation>Der Plan hat %1 Standorte.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %2 site systems do(es) not use IPsec with the others.</source>
        <translation>
            <numerusform>%1 von %2 Standortsystemen verwendet kein IPsec in der Kommunikation mit den anderen.</numerusform>
            <numerusform>%1 von %2 Standortsystemen verwenden kein IPsec in der Kommunikation mit den anderen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Server %1 of site %2 is in forest %3, the site in %4.</source>
        <translation>Server %1 von Standort %2 befindet sich in der Gesamtstruktur %3, der Standort in %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site %1 has clients in workgroups or other forests.</source>
        <translation>Standort %1 hat Clients in Arbeitsgruppen oder anderen Gesamtstrukturen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site %1 does not require secure key exchange.</source>
        <translation>Standort %1 erzwingt keinen sicheren Schlüsselaustausch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site %1 accepts unsigned data from SMS 2.0 sites.</source>
        <translation>Standort %1 akzeptiert unsignierte Daten von SMS 2.0-Standorten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site %1 uses standard security.</source>
        <translation>Standort %1 verwendet die Standardsicherheit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site %1 runs in mixed mode.</source>
        <translation>Standort %1 wird im gemischten Modus betrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Site %1 still has %2 Legacy Client(s).</source>
        <translation>
            <numerusform>Standort %1 hat noch %2 Legacy Client.</numerusform>
            <numerusform>Standort %1 hat noch %2 Legacy Clients.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all roles are on one server</source>
        <translation>alle Rollen befinden sich auf einem Server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the management point is on the site server</source>
        <translation>der Verwaltungspunkt befindet sich auf dem Standortserver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one server carries the distribution point</source>
        <translation>ein einziger Server trägt den Verteilungspunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one server carries the reporting point</source>
        <translation>ein einziger Server trägt den Reporting-Punkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site %1 depends on single servers: %2.</source>
        <translation>Standort %1 hängt von einzelnen Servern ab: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clients of site %1 cannot use Active Directory, and the plan has no server locator point.</source>
        <translation>Clients von Standort %1 können Active Directory nicht nutzen, und der Plan hat keinen Serverlocatorpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients of native-mode site %1 cannot use Active Directory, and without HTTP communication for roaming and site assignment they cannot reach the server locator point.</source>
        <translation>Clients des Standorts %1 im einheitlichen Modus können Active Directory nicht nutzen und erreichen den Serverlocatorpunkt ohne HTTP-Kommunikation für Roaming und Standortzuweisung nicht.</translation>
    </message>
    <message>
        <location filename="../model/rules/hardeningrules.cpp" line="+20"/>
        <source>%1 uses the FAT32 file system.</source>
        <translation>%1 verwendet das Dateisystem FAT32.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no Admin$ share.</source>
        <translation>%1 hat keine Freigabe Admin$.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 gets its IP address dynamically.</source>
        <translation>%1 bezieht seine IP-Adresse dynamisch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no fully qualified domain name, and the plan sets no DNS domain.</source>
        <translation>%1 hat keinen vollqualifizierten Domänennamen, und der Plan legt keine DNS-Domäne fest.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no Security Configuration Wizard policy applied.</source>
        <translation>Auf %1 ist keine Richtlinie des Security Configuration Wizard angewendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site server %1 runs %2; Configuration Manager 2007 needs Windows Server 2003 SP1 or later.</source>
        <translation>Standortserver %1 läuft unter %2; Configuration Manager 2007 benötigt Windows Server 2003 SP1 oder höher.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 runs %2, older than Windows Server 2003 SP1.</source>
        <translation>%1 läuft unter %2, einer älteren Version als Windows Server 2003 SP1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Site system %1 is a cluster node.</source>
        <translation>Standortsystem %1 ist ein Clusterknoten.</translation>
    </message>
    <message>
        <location filename="../model/rules/siterules.cpp" line="+61"/>
        <source>%1 hosts the fallback status point together with: %2.</source>
        <translation>%1 hostet den Fallbackstatuspunkt zusammen mit: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 hosts the fallback status point on a domain controller.</source>
        <translation>%1 hostet den Fallbackstatuspunkt auf einem Domänencontroller.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 hosts the fallback status point in the %2 zone.</source>
        <translation>%1 hostet den Fallbackstatuspunkt in der Zone %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is in the %2 zone but does not require site server initiated data transfers.</source>
        <translation>%1 befindet sich in der Zone %2, verlangt aber keine vom Standortserver initiierten Datenübertragungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 bridges the perimeter network and the intranet.</source>
        <translation>%1 verbindet das Umkreisnetzwerk mit dem Intranet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 hosts a server locator point in the %2 zone.</source>
        <translation>%1 hostet einen Serverlocatorpunkt in der Zone %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Site server %1 also runs IIS for: %2.</source>
        <translation>Standortserver %1 führt außerdem IIS aus für: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site server %1 also runs other web applications on IIS.</source>
        <translation>Standortserver %1 führt außerdem andere Webanwendungen auf IIS aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mixes roles that need IIS with roles that do not.</source>
        <translation>%1 kombiniert Rollen, die IIS benötigen, mit Rollen, die IIS nicht benötigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 serves product roles and other web applications from the same IIS.</source>
        <translation>%1 stellt Produktrollen und andere Webanwendungen über dieselben IIS bereit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 runs other services as Local System beside its site system roles.</source>
        <translation>%1 führt neben seinen Standortsystemrollen weitere Dienste als „Lokales System“ aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site server %1 is a domain controller.</source>
        <translation>Standortserver %1 ist ein Domänencontroller.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site system %1 is a domain controller.</source>
        <translation>Standortsystem %1 ist ein Domänencontroller.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Central site server %1 is also the management point while clients of %2 depend on the trusted root key.</source>
        <translation>Der zentrale Standortserver %1 ist zugleich Verwaltungspunkt, obwohl Clients von %2 auf den vertrauenswürdigen Stammschlüssel angewiesen sind.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Management point %1 reaches the database of site %2 on %3 without IPsec.</source>
        <translation>Verwaltungspunkt %1 greift ohne IPsec auf die Datenbank von Standort %2 auf %3 zu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 accepts Internet-based clients but carries roles that do not support them: %2.</source>
        <translation>%1 akzeptiert internetbasierte Clients, trägt aber Rollen, die diese nicht unterstützen: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 accepts Internet-based clients, but it is located in secondary site %2.</source>
        <translation>%1 nimmt internetbasierte Clients an, befindet sich aber im sekundären Standort %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Distribution point %1 in native-mode site %2 does not use BITS.</source>
        <translation>Verteilungspunkt %1 am Standort %2 im einheitlichen Modus verwendet kein BITS.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Native-mode site %1 plans %2 client(s) but no fallback status point.</source>
        <translation>
            <numerusform>Für Standort %1 im einheitlichen Modus ist %2 Client, aber kein Fallbackstatuspunkt geplant.</numerusform>
            <numerusform>Für Standort %1 im einheitlichen Modus sind %2 Clients, aber kein Fallbackstatuspunkt geplant.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secondary site %1 is installed by push from its parent.</source>
        <translation>Sekundärer Standort %1 wird per Push von seinem übergeordneten Standort installiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Secondary site %1 has a proxy management point.</source>
        <translation>Sekundärer Standort %1 hat einen Proxyverwaltungspunkt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site %1 has %2 management points.</source>
        <translation>Standort %1 hat %2 Verwaltungspunkte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site %1 accepts Internet-based clients but runs in mixed mode.</source>
        <translation>Standort %1 akzeptiert internetbasierte Clients, wird aber im gemischten Modus betrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Native-mode site %1 allows HTTP communication for roaming and site assignment.</source>
        <translation>Standort %1 im einheitlichen Modus lässt HTTP-Kommunikation für Roaming und Standortzuweisung zu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 servers carry a server locator point; one is enough.</source>
        <translation>%1 Server tragen einen Serverlocatorpunkt; einer genügt.</translation>
    </message>
    <message>
        <location filename="../model/rules/sqlrules.cpp" line="+32"/>
        <source>%1 hosts the site databases of %2 sites: %3.</source>
        <translation>%1 hostet die Standortdatenbanken von %2 Standorten: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SQL Server on %1 also serves other applications.</source>
        <translation>Der SQL Server auf %1 bedient auch andere Anwendungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The SQL Server on %1 accepts SQL Server logins (mixed authentication).</source>
        <translation>Der SQL Server auf %1 akzeptiert SQL Server-Anmeldungen (gemischte Authentifizierung).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The SQL Server service on %1 runs as Local System.</source>
        <translation>Der SQL Server-Dienst auf %1 wird als „Lokales System“ ausgeführt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SQL Server on %1 runs as a domain user without a registered service principal name.</source>
        <translation>Der SQL Server auf %1 wird als Domänenbenutzer ohne registrierten Dienstprinzipalnamen (SPN) ausgeführt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database of site %1 is on %2, not on the site server.</source>
        <translation>Die Datenbank von Standort %1 befindet sich auf %2, nicht auf dem Standortserver.</translation>
    </message>
    <message>
        <location filename="../model/rules/structurerules.cpp" line="+70"/>
        <source>The plan has %1 sites without a parent; a hierarchy has exactly one central site.</source>
        <translation>Der Plan hat %1 Standorte ohne übergeordneten Standort; eine Hierarchie hat genau einen zentralen Standort.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site code &quot;%1&quot; is not three letters or digits, or is a reserved name.</source>
        <translation>Standortcode „%1“ besteht nicht aus drei Buchstaben oder Ziffern oder ist ein reservierter Name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site code %1 is already used by an earlier site.</source>
        <translation>Standortcode %1 wird bereits von einem früheren Standort verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site %1 names parent %2, which is not a site of the plan.</source>
        <translation>Standort %1 gibt %2 als übergeordneten Standort an, der jedoch kein Standort des Plans ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Following the parents of site %1 leads back to it.</source>
        <translation>Die Kette der übergeordneten Standorte von Standort %1 führt zu ihm selbst zurück.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secondary site %1 has a secondary parent; a secondary site must report to a primary site.</source>
        <translation>Sekundärer Standort %1 hat einen sekundären übergeordneten Standort; ein sekundärer Standort muss einem primären Standort untergeordnet sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secondary site %1 has no parent; a secondary site must report to a primary site.</source>
        <translation>Sekundärer Standort %1 hat keinen übergeordneten Standort; ein sekundärer Standort muss einem primären Standort untergeordnet sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secondary site %1 states client mode %2, but it runs in %3 mode, the mode of its parent.</source>
        <translation>Der sekundäre Standort %1 gibt den Clientmodus %2 an, läuft aber im Modus %3, dem Modus seines übergeordneten Standorts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site %1 has %2 servers carrying the site server role; it needs exactly one.</source>
        <translation>Standort %1 hat %2 Server mit der Rolle Standortserver; er benötigt genau einen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No server hosts the site database of primary site %1.</source>
        <translation>Kein Server hostet die Standortdatenbank von primärem Standort %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 servers host the site database of site %2; a site has one database.</source>
        <translation>%1 Server hosten die Standortdatenbank von Standort %2; ein Standort hat eine Datenbank.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Primary site %1 has no management point.</source>
        <translation>Primärer Standort %1 hat keinen Verwaltungspunkt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site %1 has no client access point.</source>
        <translation>Standort %1 hat keinen Clientzugriffspunkt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Native-mode site %1 reports to %2, which runs in mixed mode.</source>
        <translation>Standort %1 im einheitlichen Modus ist %2 untergeordnet, der im gemischten Modus betrieben wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Advanced-security site %1 reports to %2, which uses standard security.</source>
        <translation>Standort %1 mit erweiterter Sicherheit ist %2 untergeordnet, der die Standardsicherheit verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server name %1 is already used by a server of site %2.</source>
        <translation>Servername %1 wird bereits von einem Server des Standorts %2 verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server name &quot;%1&quot; is not a valid NetBIOS name (1 to 15 letters, digits and hyphens, not all digits).</source>
        <translation>Servername „%1“ ist kein gültiger NetBIOS-Name (1 bis 15 Buchstaben, Ziffern und Bindestriche, nicht nur Ziffern).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 carries roles that %2 does not have: %3.</source>
        <translation>%1 trägt Rollen, die es in %2 nicht gibt: %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 lists the same role for the same site more than once: %2.</source>
        <translation>%1 führt dieselbe Rolle für denselben Standort mehrfach auf: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has roles serving sites that are not in the plan: %2.</source>
        <translation>%1 hat Rollen für Standorte, die nicht im Plan enthalten sind: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 places roles that a secondary site cannot have: %2.</source>
        <translation>%1 enthält Rollen, die ein sekundärer Standort nicht haben kann: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is one of %2 Asset Intelligence synchronization points; a hierarchy has one, at the central site.</source>
        <translation>%1 ist einer von %2 Asset Intelligence-Synchronisierungspunkten; eine Hierarchie hat genau einen, am zentralen Standort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hosts the Asset Intelligence synchronization point outside the central site.</source>
        <translation>%1 hostet den Asset Intelligence-Synchronisierungspunkt außerhalb des zentralen Standorts.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account %1 names sites that are not in the plan: %2.</source>
        <translation>Konto %1 nennt Standorte, die nicht im Plan enthalten sind: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account %1 is of type %2, which %3 does not have.</source>
        <translation>Konto %1 hat den Typ %2, den es in %3 nicht gibt.</translation>
    </message>
    <message>
        <location filename="../model/rules/reviewrules.cpp" line="+14"/>
        <source>The waiver for %1 matches no finding of the plan.</source>
        <translation>Die Ausnahme für %1 passt zu keinem Befund des Plans.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The waiver for %1 expired on %2.</source>
        <translation>Die Ausnahme für %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <location filename="../model/rules/releaserules.cpp" line="+39"/>
        <source>Site %1 runs %2, a later service pack than its parent %3 (%4).</source>
        <translation>Standort %1 führt %2 aus, ein neueres Service Pack als sein übergeordneter Standort %3 (%4).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 runs %2, which site systems of %3 do not support; it needs SP%4 or later.</source>
        <translation>%1 läuft unter %2, das Standortsysteme von %3 nicht unterstützen; es ist SP%4 oder neuer nötig.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 carries roles that %2 does not offer: %3.</source>
        <translation>%1 trägt Rollen, die %2 nicht bietet: %3.</translation>
    </message>
    <message>
        <location filename="../model/rules/pkirules.cpp" line="+26"/>
        <source>Secondary site %1 states PKI settings; it takes them from its parent site.</source>
        <translation>Der sekundäre Standort %1 gibt PKI-Einstellungen an; er übernimmt sie von seinem übergeordneten Standort.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients of native-mode site %1 do not check the certificate revocation list.</source>
        <translation>Die Clients des Standorts %1 im einheitlichen Modus prüfen die Zertifikatsperrliste nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients of site %1 check the certificate revocation list, but it is not published where they can reach it.</source>
        <translation>Die Clients des Standorts %1 prüfen die Zertifikatsperrliste, die aber nicht dort veröffentlicht ist, wo sie sie erreichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients of site %1 get the site server signing certificate outside Active Directory.</source>
        <translation>Die Clients des Standorts %1 erhalten das Signaturzertifikat des Standortservers außerhalb von Active Directory.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The site systems of native-mode site %1 have no certificate trust list.</source>
        <translation>Die Standortsysteme des Standorts %1 im einheitlichen Modus haben keine Zertifikatvertrauensliste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 accepts Internet-based clients but has no Internet FQDN.</source>
        <translation>%1 nimmt internetbasierte Clients an, hat aber keinen Internet-FQDN.</translation>
    </message>
    <message>
        <location filename="../model/rules/addressrules.cpp" line="+75"/>
        <source>Site %1 and its parent %2 have no address to each other.</source>
        <translation>Standort %1 und sein übergeordneter Standort %2 haben keine Adresse zueinander.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site %1 has no address to its parent %2.</source>
        <translation>Standort %1 hat keine Adresse zu seinem übergeordneten Standort %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent site %2 has no address to its child %1.</source>
        <translation>Der übergeordnete Standort %2 hat keine Adresse zu seinem untergeordneten Standort %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 names no site of the plan</source>
        <translation>%1 nennt keinen Standort des Plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the site itself</source>
        <translation>%1 ist der Standort selbst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the account %1 of the address to %2 is not in the account plan</source>
        <translation>das Konto %1 der Adresse zu %2 steht nicht im Kontenplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account %1 of the address to %2 is not a site-address account</source>
        <translation>das Konto %1 der Adresse zu %2 ist kein Standortadressenkonto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Addresses of site %1: %2.</source>
        <translation>Adressen von Standort %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Site %1 sends to destination servers not named by a fully qualified domain name: %2.</source>
        <translation>Standort %1 sendet an Zielserver, die nicht mit einem vollqualifizierten Domänennamen genannt sind: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Site %1 sends over slow links with neither a rate limit nor a schedule to: %2.</source>
        <translation>Standort %1 sendet über langsame Verbindungen ohne Ratenlimit und ohne Zeitplan an: %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site address account %1 is granted at sites that none of its addresses sends to: %2.</source>
        <translation>Standortadressenkonto %1 ist an Standorten berechtigt, an die keine seiner Adressen sendet: %2.</translation>
    </message>
    <message>
        <location filename="../model/boundaries/boundaryrules.cpp" line="+36"/>
        <source>Boundaries of site %1 overlap boundaries of %2: %3.</source>
        <translation>Grenzen des Standorts %1 überschneiden sich mit Grenzen von %2: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Primary site %1 plans %2 clients but states no boundaries.</source>
        <translation>Der primäre Standort %1 plant %2 Clients, nennt aber keine Grenzen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is protected for boundaries that are not boundaries of its site %2: %3.</source>
        <translation>%1 ist für Grenzen geschützt, die keine Grenzen seines Standorts %2 sind: %3.</translation>
    </message>
</context>
<context>
    <name>hierarch::FindingsCsv</name>
    <message>
        <location filename="../model/export/findingscsv.cpp" line="+61"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waived</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>hierarch::HierarchyScene</name>
    <message>
        <location filename="../views/canvas/hierarchyscenegestures.cpp" line="+221"/>
        <source>%1 cannot be placed below %2: %2 is below %1 in the hierarchy.</source>
        <translation>%1 kann nicht unter %2 eingeordnet werden: %2 liegt in der Hierarchie unter %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Move Site %1 below %2</source>
        <translation>Standort %1 unter %2 verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is now a child site of %2.</source>
        <translation>%1 ist jetzt ein untergeordneter Standort von %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Moved %1 to site %2.</source>
        <translation>%1 an den Standort %2 verschoben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot add the %1 role to %2: the role does not exist in %3.</source>
        <translation>Die Rolle %1 kann %2 nicht hinzugefügt werden: In %3 gibt es diese Rolle nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already has the %2 role.</source>
        <translation>%1 hat die Rolle %2 bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot add the %1 role to %2.</source>
        <translation>Die Rolle %1 kann %2 nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added the %1 role for site %2 to %3.</source>
        <translation>Rolle %1 für Standort %2 zu %3 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added the %1 role to %2.</source>
        <translation>Rolle %1 zu %2 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>hierarch::ImportDialog</name>
    <message>
        <location filename="../app/importdialog.cpp" line="+21"/>
        <source>Import Sites from %1</source>
        <translation>Standorte aus %1 importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parent or site</source>
        <translation>Übergeordneter Standort bzw. Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The file cannot be imported: %n error(s), listed below. Nothing will be added; correct the file and import it again.</source>
        <translation>
            <numerusform>Die Datei kann nicht importiert werden: %n Fehler, unten aufgeführt. Nichts wird hinzugefügt; korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>Die Datei kann nicht importiert werden: %n Fehler, unten aufgeführt. Nichts wird hinzugefügt; korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no sites or servers.</source>
        <translation>Die Datei enthält keine Standorte oder Server.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import will add %n site(s)</source>
        <translation>
            <numerusform>Der Import fügt dem Plan %n Standort</numerusform>
            <numerusform>Der Import fügt dem Plan %n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n server(s) to the plan.</source>
        <translation>
            <numerusform> und %n Server hinzu.</numerusform>
            <numerusform> und %n Server hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has errors.</source>
        <translation>Die Datei enthält Fehler.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Import %n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> and %n server(s)</source>
        <translation>
            <numerusform> und %n Server importieren</numerusform>
            <numerusform> und %n Server importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hierarch::ListModel</name>
    <message>
        <location filename="../views/lists/listmodel.cpp" line="+394"/>
        <source>Unknown checklist item</source>
        <translation>Unbekannter Checklistenpunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not stated; the default)</source>
        <translation>%1 (nicht angegeben; Standardwert)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site the address belongs to.</source>
        <translation>Der Standort, zu dem die Adresse gehört.</translation>
    </message>
</context>
<context>
    <name>hierarch::ListsDock</name>
    <message>
        <location filename="../views/lists/listsdock.cpp" line="+89"/>
        <location line="+5"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waivers</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attestations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change record</source>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Waiver…</source>
        <translation>Ausnahme hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Attestation</source>
        <translation>Bestätigung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Revision</source>
        <translation>Revision hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entries (Delete)</source>
        <translation>Ausgewählte Einträge entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Accounts (%L1)</source>
        <translation>Konten (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waivers (%L1)</source>
        <translation>Ausnahmen (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestations (%L1)</source>
        <translation>Bestätigungen (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change record (%L1)</source>
        <translation>Änderungshistorie (%L1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses (%L1)</source>
        <translation>Adressen (%L1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an address from the selected site (or the first site) to its parent</source>
        <translation>Eine Adresse vom ausgewählten Standort (oder dem ersten) zu seinem übergeordneten Standort hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a released revision of the plan for the report&apos;s cover</source>
        <translation>Eine freigegebene Revision des Plans für das Deckblatt des Berichts festhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attest the next manual checklist item</source>
        <translation>Nächsten manuellen Checklistenpunkt bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every manual checklist item is attested</source>
        <translation>Alle manuellen Checklistenpunkte sind bestätigt</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Remove Accounts</source>
        <translation>Konten entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Waivers</source>
        <translation>Ausnahmen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Attestations</source>
        <translation>Bestätigungen entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Revisions</source>
        <translation>Revisionen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Addresses</source>
        <translation>Adressen entfernen</translation>
    </message>
</context>
<context>
    <name>hierarch::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+109"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings as &amp;JSON…</source>
        <translation>Befunde als &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings as &amp;SARIF…</source>
        <translation>Befunde als &amp;SARIF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagram as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the design report for the change board as a PDF</source>
        <translation>Entwurfsbericht für das Change Advisory Board als PDF schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;eferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;Site</source>
        <translation>&amp;Standort hinzufügen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Export Re&amp;port…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Findings as &amp;CSV…</source>
        <translation>Befunde als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pr&amp;int Report…</source>
        <translation>Bericht dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the design report</source>
        <translation>Den Entwurfsbericht drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the design report as it will print</source>
        <translation>Den Entwurfsbericht so zeigen, wie er gedruckt wird</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add Sec&amp;ondary Site</source>
        <translation>Sekun&amp;dären Standort hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Ser&amp;ver</source>
        <translation>Ser&amp;ver hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert &amp;Branch Secondary</source>
        <translation>&amp;Zweigstelle (sekundärer Standort) einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a secondary site under the selected primary site, with a server holding the usual branch office roles</source>
        <translation>Einen sekundären Standort unter dem ausgewählten primären Standort hinzufügen, mit einem Server mit den üblichen Rollen einer Zweigstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Sit&amp;es…</source>
        <translation>Standort&amp;e importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sites and servers from a CSV file</source>
        <translation>Standorte und Server aus einer CSV-Datei hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Aus&amp;wahl einpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Ne&amp;xt</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Previous</source>
        <translation>Vorheriger &amp;Treffer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collapse Child Sites</source>
        <translation>&amp;Untergeordnete Standorte einklappen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the sites below the selected site on the diagram</source>
        <translation>Die Standorte unter dem ausgewählten Standort im Diagramm ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expand All Sites</source>
        <translation>Alle &amp;Standorte ausklappen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overvie&amp;w</source>
        <translation>Übersichtskar&amp;te</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole hierarchy in small over the canvas</source>
        <translation>Die ganze Hierarchie verkleinert über der Zeichenfläche zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Auto Layout</source>
        <translation>&amp;Automatisches Layout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rule Catalog</source>
        <translation>&amp;Regelkatalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Hierarch</source>
        <translation>Ü&amp;ber Hierarch</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building blocks</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Findings</source>
        <translation>Befunde e&amp;xportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Diagram</source>
        <translation>&amp;Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <comment>toolbar</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>toolbar</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <comment>toolbar</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <comment>toolbar</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <comment>toolbar</comment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <comment>toolbar: add a site</comment>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary</source>
        <comment>toolbar: add a secondary site</comment>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <comment>toolbar: add a server</comment>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <comment>toolbar: fit to window</comment>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 info, %L2 waived</source>
        <translation>Hinweise: %L1, akzeptiert: %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 info</source>
        <translation>Hinweise: %L1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
    <message>
        <location filename="../app/mainwindowedit.cpp" line="+46"/>
        <source>Select the site that gets the new server.</source>
        <translation>Wählen Sie den Standort aus, der den neuen Server erhalten soll.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove sites</source>
        <translation>Standorte entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The selected sites have %Ln site(s) below them, which will be removed too.</source>
        <translation>
            <numerusform>Unter den ausgewählten Standorten liegt ein weiterer Standort, der ebenfalls entfernt wird.</numerusform>
            <numerusform>Unter den ausgewählten Standorten liegen %Ln weitere Standorte, die ebenfalls entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename Site</source>
        <translation>Standort umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site code (three letters or digits):</source>
        <translation>Standortcode (drei Buchstaben oder Ziffern):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename Server</source>
        <translation>Server umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name (NetBIOS, up to 15 characters):</source>
        <translation>Servername (NetBIOS, bis zu 15 Zeichen):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location filename="../views/canvas/diagramexport.cpp" line="+40"/>
        <source>Site hierarchy drawn by Hierarch</source>
        <translation>Standorthierarchie, gezeichnet mit Hierarch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="+113"/>
        <source>About Hierarch</source>
        <translation>Über Hierarch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Hierarch %1&lt;/h3&gt;&lt;p&gt;Plans Microsoft SMS 2003 and Configuration Manager 2007 site hierarchies and checks them against the vendor&apos;s security best practices while you edit.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and yaml-cpp.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hierarch %1&lt;/h3&gt;&lt;p&gt;Plant Standorthierarchien für Microsoft SMS 2003 und Configuration Manager 2007 und prüft sie schon während der Bearbeitung anhand der Sicherheitsempfehlungen des Herstellers.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und yaml-cpp.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindowkeys.cpp" line="+78"/>
        <source>Propert&amp;ies</source>
        <translation>Ei&amp;genschaften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the properties of the selection</source>
        <translation>Eigenschaften der Auswahl bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Ro&amp;le</source>
        <translation>R&amp;olle hinzufügen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard focus to the next dock or the canvas</source>
        <translation>Tastaturfokus in den nächsten Bereich oder auf die Zeichenfläche setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Pane</source>
        <translation>V&amp;orheriger Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the keyboard focus to the previous dock or the canvas</source>
        <translation>Tastaturfokus in den vorherigen Bereich oder auf die Zeichenfläche setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;utline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;blems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lists</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter, Shift+Enter</source>
        <translation>Eingabe, Umschalt+Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find bar: the next or previous match</source>
        <translation>Suchleiste: nächster oder vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find bar: close it and return to the canvas</source>
        <translation>Suchleiste: schließen und zurück zur Zeichenfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: add the current role to the selected servers</source>
        <translation>Rollen: aktuelle Rolle den ausgewählten Servern hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems: select and show the subject of the finding</source>
        <translation>Probleme: Objekt des Befunds auswählen und anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems: waive the finding or remove its waiver</source>
        <translation>Probleme: Befund als Ausnahme akzeptieren oder Ausnahme entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists: remove the selected entries</source>
        <translation>Listen: ausgewählte Einträge entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docks and dialogs: the next or previous field</source>
        <translation>Bereiche und Dialogfelder: nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Canvas: %1</source>
        <translation>Zeichenfläche: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/mainwindowimport.cpp" line="+19"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>Import Sites</source>
        <translation>Standorte importieren</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is larger than %L2 bytes.</source>
        <translation>%1 ist größer als %L2 Byte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select the primary site the branch secondary goes under.</source>
        <translation>Wählen Sie den primären Standort aus, unter dem die Zweigstelle angelegt wird.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert Branch Secondary %1</source>
        <translation>Zweigstelle %1 einfügen</translation>
    </message>
</context>
<context>
    <name>hierarch::OutlineDock</name>
    <message>
        <location filename="../views/outline/outlinedock.cpp" line="+80"/>
        <location line="+8"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
</context>
<context>
    <name>hierarch::OutlineModel</name>
    <message>
        <location filename="../model/document/outlinemodel.cpp" line="+377"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waivers</source>
        <translation>Ausnahmen</translation>
    </message>
</context>
<context>
    <name>hierarch::OutlineProxy</name>
    <message>
        <location filename="../views/outline/outlineproxy.cpp" line="+55"/>
        <source>Worst unwaived finding: %1</source>
        <translation>Schwerwiegendster nicht akzeptierter Befund: %1</translation>
    </message>
</context>
<context>
    <name>hierarch::OverviewMap</name>
    <message>
        <location filename="../views/canvas/overviewmap.cpp" line="+24"/>
        <source>Overview</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole hierarchy: click or drag to move the diagram</source>
        <translation>Die ganze Hierarchie: Klicken oder Ziehen verschiebt das Diagramm</translation>
    </message>
</context>
<context>
    <name>hierarch::PaletteDock</name>
    <message>
        <location filename="../views/palette/palettedock.cpp" line="+15"/>
        <location line="+5"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter adds the current role to the selected servers</source>
        <translation>Die Eingabetaste fügt die aktuelle Rolle den ausgewählten Servern hinzu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drag a role onto a server, or double-click it to add it to the selected servers.</source>
        <translation>Ziehen Sie eine Rolle auf einen Server, oder doppelklicken Sie darauf, um sie den ausgewählten Servern hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 role does not exist in %2 plans.</source>
        <translation>Die Rolle %1 gibt es in %2-Plänen nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a server to add the %1 role to.</source>
        <translation>Wählen Sie einen Server aus, dem die Rolle %1 hinzugefügt werden soll.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Add %1 to %n Servers</source>
        <translation>
            <numerusform>%1 zu %n Server hinzufügen</numerusform>
            <numerusform>%1 zu %n Servern hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the %1 role for site %2 to %3.</source>
        <translation>Rolle %1 für Standort %2 zu %3 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added the %1 role to %Ln server(s); %2 had it already.</source>
        <translation>
            <numerusform>Rolle %1 zu %Ln Server hinzugefügt; bei %2 war sie bereits vorhanden.</numerusform>
            <numerusform>Rolle %1 zu %Ln Servern hinzugefügt; bei %2 war sie bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already has the %2 role.</source>
        <translation>%1 hat die Rolle %2 bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already have the %2 role.</source>
        <translation>%1 haben die Rolle %2 bereits.</translation>
    </message>
</context>
<context>
    <name>hierarch::PaletteModel</name>
    <message>
        <location filename="../views/palette/palettemodel.cpp" line="+114"/>
        <source>Runs the site: its services process client data and replicate with the parent and child sites. One per site.</source>
        <translation>Betreibt den Standort: Seine Dienste verarbeiten Clientdaten und replizieren mit dem übergeordneten und den untergeordneten Standorten. Einer pro Standort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts the site&apos;s SQL Server database. Needed by every primary site; secondary sites have none.</source>
        <translation>Hostet die SQL Server-Datenbank des Standorts. Wird von jedem primären Standort benötigt; sekundäre Standorte haben keine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The WMI layer between the console and the site database.</source>
        <translation>Die WMI-Schicht zwischen der Konsole und der Standortdatenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share through which SMS 2003 clients exchange data with the site.</source>
        <translation>Die Freigabe, über die SMS 2003-Clients Daten mit dem Standort austauschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clients&apos; point of contact for policy, inventory and status. At a secondary site it is a proxy management point.</source>
        <translation>Die Anlaufstelle der Clients für Richtlinien, Inventur und Status. An einem sekundären Standort ist er ein Proxyverwaltungspunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds package content for clients to download.</source>
        <translation>Stellt Paketinhalte zum Herunterladen durch Clients bereit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A distribution point on a client computer in a small branch office.</source>
        <translation>Ein Verteilungspunkt auf einem Clientcomputer in einer kleinen Zweigstelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helps clients find their site when Active Directory cannot tell them.</source>
        <translation>Hilft Clients, ihren Standort zu finden, wenn Active Directory ihnen diesen nicht mitteilen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serves the web reports read from the site database.</source>
        <translation>Stellt die Webberichte bereit, die aus der Standortdatenbank gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishes reports through SQL Server Reporting Services.</source>
        <translation>Veröffentlicht Berichte über SQL Server Reporting Services.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receives state messages from clients that cannot reach their management point; accepts unauthenticated data.</source>
        <translation>Empfängt Zustandsmeldungen von Clients, die ihren Verwaltungspunkt nicht erreichen können; nimmt nicht authentifizierte Daten an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs WSUS to synchronise and offer software updates.</source>
        <translation>Führt WSUS aus, um Softwareupdates zu synchronisieren und bereitzustellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers PXE boot requests for operating system deployment.</source>
        <translation>Beantwortet PXE-Startanforderungen für die Betriebssystembereitstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stores user state while a computer&apos;s operating system is replaced.</source>
        <translation>Speichert den Benutzerzustand, während das Betriebssystem eines Computers ersetzt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validates client health statements for Network Access Protection.</source>
        <translation>Überprüft die Integritätserklärungen von Clients für den Netzwerkzugriffsschutz (NAP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronises the Asset Intelligence catalog with Microsoft. One per hierarchy, at the central site.</source>
        <translation>Synchronisiert den Asset Intelligence-Katalog mit Microsoft. Einer pro Hierarchie, am zentralen Standort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manages computers through their Intel AMT management controller.</source>
        <translation>Verwaltet Computer über ihren Intel AMT-Verwaltungscontroller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs IIS when BITS is enabled (the default).</source>
        <translation>Benötigt IIS, wenn BITS aktiviert ist (Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs IIS.</source>
        <translation>Benötigt IIS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not need IIS.</source>
        <translation>Benötigt kein IIS.</translation>
    </message>
</context>
<context>
    <name>hierarch::PlanBadge</name>
    <message>
        <location filename="../views/canvas/planbadge.cpp" line="+72"/>
        <source>Plan findings: %1</source>
        <translation>Plan-Befunde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings about the hierarchy, its accounts and waivers, which no card shows. Click to select the plan.</source>
        <translation>Befunde zur Hierarchie, zu ihren Konten und Ausnahmen, die keine Karte zeigt. Klicken Sie, um den Plan auszuwählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 more in the Problems dock.</source>
        <translation>%1 weitere im Bereich „Probleme“.</translation>
    </message>
</context>
<context>
    <name>hierarch::PlanLoader</name>
    <message>
        <location filename="../model/io/planreader_p.h" line="+70"/>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the document expands to more than %L1 nodes (through aliases)</source>
        <translation>das Dokument wird (durch Aliase) auf mehr als %L1 Knoten erweitert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text of the plan comes to more than %L1 bytes, counting every use of an alias</source>
        <translation>der Text des Plans umfasst mehr als %L1 Bytes, wenn jede Verwendung eines Alias mitgezählt wird</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a text value%2</source>
        <translation>%1 muss ein Textwert sein%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 contains the control character %2, which is not allowed here</source>
        <translation>%1 enthält das Steuerzeichen %2, das hier nicht erlaubt ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is longer than %L2 characters</source>
        <translation>%1 ist länger als %L2 Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be true or false%2</source>
        <translation>%1 muss true oder false sein%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>%1 must be a whole number from %L2 to %L3</source>
        <translation>%1 muss eine ganze Zahl von %L2 bis %L3 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a whole number%2</source>
        <translation>%1 muss eine ganze Zahl sein%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a number%2</source>
        <translation>%1 muss eine Zahl sein%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be one of %2%3</source>
        <translation>%1 muss einer der Werte %2 sein%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a date written YYYY-MM-DD%2</source>
        <translation>%1 muss ein Datum im Format YYYY-MM-DD sein%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location filename="../model/io/planreadernetwork.cpp" line="+48"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, but it has no value</source>
        <translation>, hat aber keinen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not %1</source>
        <translation>, nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not a list</source>
        <translation>, keine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not a map</source>
        <translation>, keine Zuordnung</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not a release of %2; use one of %3</source>
        <translation>%1 ist kein Release von %2; verwenden Sie eines von %3</translation>
    </message>
    <message>
        <location filename="../model/io/planloader.cpp" line="+85"/>
        <source>%1 must be a map of keys and values%2</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a key in %1 must be a plain name</source>
        <translation>ein Schlüssel in %1 muss ein einfacher Name sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key %1 in %2</source>
        <translation>unbekannter Schlüssel %1 in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a %2 setting; this plan&apos;s product is %3</source>
        <translation>%1 ist eine Einstellung für %2; das Produkt dieses Plans ist %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1 appears twice in %2</source>
        <translation>Schlüssel %1 kommt in %2 doppelt vor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 needs the key %2</source>
        <translation>%1: Schlüssel %2 fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this file uses format version %1; this program reads format version %2</source>
        <translation>diese Datei verwendet Formatversion %1; dieses Programm liest Formatversion %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>activeDirectory</source>
        <translation>activeDirectory</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the plan has more than %L1 sites</source>
        <translation>der Plan hat mehr als %L1 Standorte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the plan has more than %L1 servers</source>
        <translation>der Plan hat mehr als %L1 Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../model/io/planreadernetwork.cpp" line="-35"/>
        <source>a boundary</source>
        <translation>eine Grenze</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a boundary has one of %1, not two</source>
        <translation>eine Grenze hat einen der Schlüssel %1, nicht zwei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a boundary needs one of the keys %1</source>
        <translation>eine Grenze braucht einen der Schlüssel %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>%1 is not a valid %2: %3</source>
        <translation>%1 ist kein gültiger Wert für %2: %3</translation>
    </message>
    <message>
        <location filename="../model/io/planloader.cpp" line="+60"/>
        <source>a role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a role must be a role id such as `management-point`, or a map with the key `role`</source>
        <translation>eine Rolle muss eine Rollen-ID wie `management-point` oder eine Zuordnung mit dem Schlüssel `role` sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown role %1</source>
        <translation>unbekannte Rolle %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 applies only to the roles `site-database` and `sms-provider`</source>
        <translation>%1 gilt nur für die Rollen `site-database` und `sms-provider`</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 applies only to the role `distribution-point`</source>
        <translation>%1 gilt nur für die Rolle `distribution-point`</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sql</source>
        <translation>sql</translation>
    </message>
    <message>
        <location filename="../model/io/planreadernetwork.cpp" line="+13"/>
        <source>pki</source>
        <translation>pki</translation>
    </message>
    <message>
        <location filename="../model/io/planreaderlists.cpp" line="+10"/>
        <source>an account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must name at least one site</source>
        <translation>%1 muss mindestens einen Standort nennen</translation>
    </message>
    <message>
        <location filename="../model/io/planreadernetwork.cpp" line="+15"/>
        <source>an address</source>
        <translation>einer Adresse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must be a list of at least one window written HH:MM-HH:MM</source>
        <translation>%1 muss eine Liste mit mindestens einem Zeitfenster der Form HH:MM-HH:MM sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a window written HH:MM-HH:MM (such as `19:00-07:00`)</source>
        <translation>%1 ist kein Zeitfenster der Form HH:MM-HH:MM (etwa `19:00-07:00`)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a percentage from 1 to 100</source>
        <translation>%1 ist ein Prozentwert von 1 bis 100</translation>
    </message>
    <message>
        <location filename="../model/io/planreaderlists.cpp" line="+13"/>
        <source>a waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be a finding id written rule@subject, such as `fsp-colocated@P01-FSP01`</source>
        <translation>%1 muss eine Befund-ID der Form rule@subject sein, etwa `fsp-colocated@P01-FSP01`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown checklist item %1</source>
        <translation>unbekannter Checklistenpunkt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a change record entry</source>
        <translation>Eintrag der Änderungshistorie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>diagram</source>
        <translation>diagram</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must map site codes to [x, y] positions</source>
        <translation>%1 muss Standortcodes Positionen [x, y] zuordnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the position of site %1 must be written [x, y]</source>
        <translation>die Position von Standort %1 muss als [x, y] angegeben werden</translation>
    </message>
    <message>
        <location filename="../model/io/planloader.cpp" line="+57"/>
        <source>the file is larger than %L1 bytes, the limit</source>
        <translation>die Datei ist größer als die Grenze von %L1 Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the file: %1; only regular files are read as plans</source>
        <translation>die Datei kann nicht geöffnet werden: %1; als Pläne werden nur reguläre Dateien gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/io/yamltree.cpp" line="+233"/>
        <source>the file is %L1 bytes; the limit is %L2 bytes</source>
        <translation>die Datei ist %L1 Byte groß; die Obergrenze liegt bei %L2 Byte</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>an alias refers to a node that contains it</source>
        <translation>ein Alias verweist auf einen Knoten, der ihn enthält</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file has more than %L1 YAML nodes</source>
        <translation>die Datei hat mehr als %L1 YAML-Knoten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>nesting is deeper than %1 levels</source>
        <translation>die Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the file holds no YAML document</source>
        <translation>die Datei enthält kein YAML-Dokument</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YAML syntax error: quoted text that starts here is never closed</source>
        <translation>YAML-Syntaxfehler: der hier beginnende Text in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>YAML syntax error: unexpected `%1`</source>
        <translation>YAML-Syntaxfehler: unerwartetes `%1`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a plan file holds exactly one YAML document; another one starts here</source>
        <translation>eine Plandatei enthält genau ein YAML-Dokument; hier beginnt ein weiteres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YAML tags are not supported: write the value without `%1` (a plain 12 or true is already read as a number or a yes/no value)</source>
        <translation>YAML-Tags werden nicht unterstützt: Schreiben Sie den Wert ohne `%1` (ein schlichtes 12 oder true wird bereits als Zahl oder Ja/Nein-Wert gelesen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YAML tags are not supported: write the value without `%1`</source>
        <translation>YAML-Tags werden nicht unterstützt: Schreiben Sie den Wert ohne `%1`</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a carriage return without a line feed: CR-only line ends are not supported (save the file with LF or CR LF line ends)</source>
        <translation>ein Wagenrücklauf ohne Zeilenvorschub: Zeilenenden nur aus CR werden nicht unterstützt (speichern Sie die Datei mit LF- oder CR-LF-Zeilenenden)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at byte offset %2</source>
        <translation>%1 bei Byte-Offset %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+41"/>
        <source>control character U+%1 is not allowed</source>
        <translation>Steuerzeichen U+%1 ist nicht zulässig</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>control character U+007F is not allowed</source>
        <translation>Steuerzeichen U+007F ist nicht zulässig</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>truncated UTF-8 sequence</source>
        <translation>abgeschnittene UTF-8-Sequenz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid UTF-8 sequence</source>
        <translation>ungültige UTF-8-Sequenz</translation>
    </message>
    <message>
        <location filename="../model/io/textlimits.cpp" line="+101"/>
        <source>The text is longer than %L1 characters.</source>
        <translation>Der Text ist länger als %L1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text contains the control character %1, which is not allowed here.</source>
        <translation>Der Text enthält das Steuerzeichen %1, das hier nicht erlaubt ist.</translation>
    </message>
</context>
<context>
    <name>hierarch::PlanSaver</name>
    <message>
        <location filename="../model/io/plantext.cpp" line="+104"/>
        <source>the patched file would not read back as the edited plan</source>
        <translation>die geänderte Datei würde nicht wieder als der bearbeitete Plan gelesen</translation>
    </message>
    <message>
        <location filename="../model/io/planpatcher.cpp" line="+17"/>
        <source>the text of an edited value could not be found</source>
        <translation>der Text eines geänderten Werts war nicht zu finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an edited value has an anchor, a tag or an alias</source>
        <translation>ein geänderter Wert hat einen Anker, ein Tag oder einen Alias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is laid out in a way the editor does not patch</source>
        <translation>die Datei ist so aufgebaut, dass der Editor sie nicht stellenweise ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an edit would leave an empty map</source>
        <translation>eine Änderung würde eine leere Zuordnung hinterlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an edited key or item shares its line with another</source>
        <translation>ein geänderter Schlüssel oder Eintrag teilt sich seine Zeile mit einem anderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an added item does not fit the list&apos;s flow or block style</source>
        <translation>ein neuer Eintrag passt nicht zur Schreibweise der Liste (in Klammern oder als Block)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two edits overlap</source>
        <translation>zwei Änderungen überschneiden sich</translation>
    </message>
</context>
<context>
    <name>hierarch::PreferencesDialog</name>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="+20"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus, panels, messages and the design report the editor writes.</source>
        <translation>Die Sprache der Menüs, Bereiche und Meldungen sowie des Entwurfsberichts, den der Editor schreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language takes effect when Hierarch is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Hierarch.</translation>
    </message>
</context>
<context>
    <name>hierarch::Problems</name>
    <message>
        <location filename="../views/problems/findingactions.cpp" line="+120"/>
        <source>Remove Waivers of %1</source>
        <translation>Ausnahmen für %1 entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
</context>
<context>
    <name>hierarch::ProblemsDock</name>
    <message>
        <location filename="../views/problems/problemsdock.cpp" line="+29"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show information findings</source>
        <translation>Hinweise anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show findings accepted by a waiver</source>
        <translation>Als Ausnahme akzeptierte Befunde anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by rule, subject, site or message</source>
        <translation>Nach Regel, Objekt, Standort oder Meldung filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows the subject of the finding; the Menu key offers to waive it</source>
        <translation>Die Eingabetaste zeigt das Objekt des Befunds; mit der Menütaste können Sie ihn als Ausnahme akzeptieren</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>&amp;Show Subject</source>
        <translation>&amp;Objekt anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Waive…</source>
        <translation>Als &amp;Ausnahme akzeptieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Waiver</source>
        <translation>Ausnahme &amp;entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Finding Id</source>
        <translation>Befund-ID &amp;kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Errors (%L1)</source>
        <translation>Fehler (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%L1)</source>
        <translation>Warnungen (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info (%L1)</source>
        <translation>Hinweise (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show waived (%L1)</source>
        <translation>Akzeptierte anzeigen (%L1)</translation>
    </message>
</context>
<context>
    <name>hierarch::ProblemsFilter</name>
    <message>
        <location filename="../views/problems/problemsfilter.cpp" line="+113"/>
        <source>%1 (waived)</source>
        <translation>%1 (akzeptiert)</translation>
    </message>
</context>
<context>
    <name>hierarch::ProblemsModel</name>
    <message>
        <location filename="../model/document/problemsmodel.cpp" line="+183"/>
        <source>%1 (waived: %2)</source>
        <translation>%1 (akzeptiert: %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>hierarch::PropertiesDock</name>
    <message>
        <location filename="../views/properties/propertiesdock.cpp" line="+34"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKI (native mode)</source>
        <translation>PKI (einheitlicher Modus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardening</source>
        <translation>Härtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+13"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Runs on this server</source>
        <translation>Läuft auf diesem Server</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server %1 in site %2</source>
        <translation>Server %1 am Standort %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role: %1 on %2</source>
        <translation>Rolle: %1 auf %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiver of %1</source>
        <translation>Ausnahme für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attestation of %1</source>
        <translation>Bestätigung für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hierarch::RecoveryDialog</name>
    <message>
        <location filename="../app/recoverydialog.cpp" line="+15"/>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hierarch did not close cleanly last time. A recovery copy of “%1” from %2 holds changes that were never saved.</source>
        <translation>Hierarch wurde beim letzten Mal nicht ordnungsgemäß beendet. Eine Wiederherstellungskopie von „%1“ vom %2 enthält Änderungen, die nie gespeichert wurden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore opens the recovered plan as unsaved changes; Save then writes it to the original file. Decide Later keeps the copy for the next start.</source>
        <translation>„Wiederherstellen“ öffnet den wiederhergestellten Plan mit nicht gespeicherten Änderungen; „Speichern“ schreibt ihn anschließend in die ursprüngliche Datei. „Später entscheiden“ bewahrt die Kopie für den nächsten Start auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>hierarch::Report</name>
    <message>
        <location filename="../views/report/reportports.cpp" line="+30"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../model/ports/portplan.cpp" line="+27"/>
        <source>TCP (HTTPS)</source>
        <translation>TCP (HTTPS)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>TCP (HTTP)</source>
        <translation>TCP (HTTP)</translation>
    </message>
    <message>
        <location line="+162"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="+59"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>135 + dynamic</source>
        <translation>135 + dynamisch</translation>
    </message>
    <message>
        <location line="+322"/>
        <source>The site server</source>
        <translation>Standortserver</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+207"/>
        <source>Site database (SQL Server)</source>
        <translation>Standortdatenbank (SQL Server)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Installs site system roles and copies files (SMB)</source>
        <translation>Installiert Standortsystemrollen und kopiert Dateien (SMB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service control and WMI on site systems (RPC endpoint mapper, then dynamic RPC ports)</source>
        <translation>Dienststeuerung und WMI auf Standortsystemen (RPC-Endpunktzuordnung, dann dynamische RPC-Ports)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parent site server</source>
        <translation>Standortserver des übergeordneten Standorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site-to-site communication with the parent site (standard sender, SMB)</source>
        <translation>Kommunikation zwischen Standorten mit dem übergeordneten Standort (Standardabsender, SMB)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site-to-site communication with the child sites (standard sender, SMB)</source>
        <translation>Kommunikation zwischen Standorten mit den untergeordneten Standorten (Standardabsender, SMB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role installation and file transfer from the site server (SMB)</source>
        <translation>Rolleninstallation und Dateiübertragung vom Standortserver (SMB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service control and WMI from the site server (RPC endpoint mapper, then dynamic RPC ports)</source>
        <translation>Dienststeuerung und WMI vom Standortserver aus (RPC-Endpunktzuordnung, dann dynamische RPC-Ports)</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Site database (SQL Server) for the site server, SMS Provider and management points</source>
        <translation>Standortdatenbank (SQL Server) für Standortserver, SMS-Anbieter und Verwaltungspunkte</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Administrator consoles, site server</source>
        <translation>Administratorkonsolen, Standortserver</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>SMS Provider: DCOM and WMI (RPC endpoint mapper, then dynamic RPC ports)</source>
        <translation>SMS-Anbieter: DCOM und WMI (RPC-Endpunktzuordnung, dann dynamische RPC-Ports)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client access point inboxes (SMB)</source>
        <translation>Posteingänge des Clientzugriffspunkts (SMB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management point: policy, inventory and status from clients</source>
        <translation>Verwaltungspunkt: Richtlinien, Inventur und Status von Clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Management point reads and writes the site database</source>
        <translation>Verwaltungspunkt liest und schreibt die Standortdatenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution point: package content over BITS</source>
        <translation>Verteilungspunkt: Paketinhalte über BITS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution point: package content (SMB)</source>
        <translation>Verteilungspunkt: Paketinhalte (SMB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch distribution point: package content (SMB)</source>
        <translation>Zweigstellenverteilungspunkt: Paketinhalte (SMB)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Standard distribution points</source>
        <translation>Standardverteilungspunkte</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Branch distribution point downloads packages (BITS)</source>
        <translation>Zweigstellenverteilungspunkt lädt Pakete herunter (BITS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server locator point: site assignment and management point lookup</source>
        <translation>Serverlocatorpunkt: Standortzuweisung und Suche nach dem Verwaltungspunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server locator point reads the site database</source>
        <translation>Serverlocatorpunkt liest die Standortdatenbank</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Report viewers</source>
        <translation>Berichtsleser</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Reporting point web reports</source>
        <translation>Webberichte des Reporting-Punkts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting point reads the site database</source>
        <translation>Reporting-Punkt liest die Standortdatenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL Server Reporting Services reports</source>
        <translation>Berichte von SQL Server Reporting Services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting services point reads the site database</source>
        <translation>Reporting Services-Punkt liest die Standortdatenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallback status point: state messages (always HTTP, also in native mode)</source>
        <translation>Fallbackstatuspunkt: Zustandsmeldungen (immer HTTP, auch im einheitlichen Modus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Software update point: WSUS on its own web site (80/443 when WSUS uses the default web site)</source>
        <translation>Softwareupdatepunkt: WSUS auf einer eigenen Website (80/443, wenn WSUS die Standardwebsite verwendet)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Parent site&apos;s software update point</source>
        <translation>Softwareupdatepunkt des übergeordneten Standorts</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Synchronises with the upstream software update point</source>
        <translation>Synchronisiert mit dem vorgelagerten Softwareupdatepunkt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Microsoft Update</source>
        <translation>Microsoft Update</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Synchronises the update catalog</source>
        <translation>Synchronisiert den Updatekatalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DHCP for PXE boot</source>
        <translation>DHCP für den PXE-Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TFTP download of the boot image</source>
        <translation>TFTP-Download des Startabbilds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PXE boot requests</source>
        <translation>PXE-Startanforderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State migration point: stores and restores user state</source>
        <translation>Zustandsmigrationspunkt: Speichern und Wiederherstellen des Benutzerzustands</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Domain controllers, global catalog</source>
        <translation>Domänencontroller, globaler Katalog</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>System health validator reads health state references from Active Directory</source>
        <translation>Systemintegritätsprüfung liest Integritätsstatusverweise aus Active Directory</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>System Center Online (Microsoft)</source>
        <translation>System Center Online (Microsoft)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Asset Intelligence catalog synchronisation</source>
        <translation>Synchronisierung des Asset Intelligence-Katalogs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AMT-based computers</source>
        <translation>AMT-basierte Computer</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>AMT provisioning requests</source>
        <translation>AMT-Bereitstellungsanforderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of band management (TLS)</source>
        <translation>Out-of-Band-Verwaltung (TLS)</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Asynchronous RAS line</source>
        <translation>Asynchrone RAS-Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISDN RAS line</source>
        <translation>ISDN-RAS-Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X.25 RAS line</source>
        <translation>X.25-RAS-Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNA RAS link</source>
        <translation>SNA-RAS-Verbindung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Destination site server</source>
        <translation>Zielstandortserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAS sender to another site (dials the destination&apos;s RAS server)</source>
        <translation>RAS-Sender zu einem anderen Standort (wählt den RAS-Server des Ziels an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard sender to another site (SMS_SITE share, SMB)</source>
        <translation>Standardsender zu einem anderen Standort (Freigabe SMS_SITE, SMB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending site server</source>
        <translation>Sendender Standortserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAS sender of another site (its RAS server answers the line)</source>
        <translation>RAS-Sender eines anderen Standorts (der RAS-Server nimmt die Leitung an)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard sender of another site (SMS_SITE share, SMB)</source>
        <translation>Standardsender eines anderen Standorts (Freigabe SMS_SITE, SMB)</translation>
    </message>
    <message>
        <location line="+81"/>
        <location filename="../views/report/reportsectionspki.cpp" line="+93"/>
        <source>Internet-based clients</source>
        <translation>Internetbasierte Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet-based client management (HTTPS)</source>
        <translation>Internetbasierte Clientverwaltung (HTTPS)</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsfront.cpp" line="+35"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+341"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Hierarchy diagram</source>
        <translation>Hierarchiediagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="+264"/>
        <location line="+17"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers and roles</source>
        <translation>Server und Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="+0"/>
        <location line="+96"/>
        <location line="+30"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-15"/>
        <location line="+16"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account plan</source>
        <translation>Kontenplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security checklist</source>
        <translation>Sicherheitscheckliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports and firewall plan</source>
        <translation>Ports und Firewallplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendix: rule catalog</source>
        <translation>Anhang: Regelkatalog</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export the report to a PDF file to get the full list as a CSV file beside it.</source>
        <translation>Exportieren Sie den Bericht als PDF-Datei, um die vollständige Liste als CSV-Datei daneben zu erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full list is in %1 beside this report.</source>
        <translation>Die vollständige Liste steht in %1 neben diesem Bericht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../views/report/reportwriter.cpp" line="+168"/>
        <source>yyyy-MM-dd</source>
        <comment>date format of the report: a QDate::toString pattern</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The plan has no sites yet, so there is no hierarchy to review. The sections below say so where they would list sites, servers or ports.</source>
        <translation>Der Plan enthält noch keine Standorte, daher gibt es keine Hierarchie zu prüfen. Die folgenden Abschnitte weisen an den Stellen darauf hin, an denen sie Standorte, Server oder Ports auflisten würden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 Fehler</numerusform>
            <numerusform>%1 Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 Warnung</numerusform>
            <numerusform>%1 Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 informational finding(s)</source>
        <translation>
            <numerusform>%1 Hinweis</numerusform>
            <numerusform>%1 Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The plan has no errors. %1 remain(s) to be corrected or accepted as risks with a waiver; there are also %2.</source>
        <translation>
            <numerusform>Der Plan enthält keine Fehler. Er enthält noch %1 (zu korrigieren oder per Ausnahme als Risiko zu akzeptieren) sowie %2.</numerusform>
            <numerusform>Der Plan enthält keine Fehler. Er enthält noch %1 (zu korrigieren oder per Ausnahme als Risiko zu akzeptieren) sowie %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 finding(s) is/are accepted as risk(s) by waiver(s) (section %2).</source>
        <translation>
            <numerusform>%1 Befund ist durch eine Ausnahme als Risiko akzeptiert (Abschnitt %2).</numerusform>
            <numerusform>%1 Befunde sind durch Ausnahmen als Risiken akzeptiert (Abschnitt %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>; %n site(s) state their own (see section %1)</source>
        <translation>
            <numerusform>; %n Standort gibt ein eigenes an (siehe Abschnitt %1)</numerusform>
            <numerusform>; %n Standorte geben ein eigenes an (siehe Abschnitt %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-121"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 site(s)</source>
        <translation>
            <numerusform>%1 Standort</numerusform>
            <numerusform>%1 Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 server(s)</source>
        <translation>
            <numerusform>%1 Server</numerusform>
            <numerusform>%1 Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 account(s)</source>
        <translation>
            <numerusform>%1 Konto</numerusform>
            <numerusform>%1 Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 waiver(s)</source>
        <translation>
            <numerusform>%1 Ausnahme</numerusform>
            <numerusform>%1 Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>separator of the counts in the report&apos;s scope row</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Showing the first %1 of %2 unwaived errors and warnings.</source>
        <translation>Angezeigt werden die ersten %1 von %2 nicht ausgenommenen Fehlern und Warnungen.</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The plan is not ready for approval: %1 must be corrected. It also has %2 to correct or accept as risks, and %3.</source>
        <translation>Der Plan ist nicht genehmigungsfähig: Er enthält %1 (zwingend zu korrigieren). Außerdem enthält er %2 (zu korrigieren oder als Risiko zu akzeptieren) sowie %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan has no errors and no warnings (%1).</source>
        <translation>Der Plan enthält keine Fehler und keine Warnungen (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../views/report/reportwriter.cpp" line="-127"/>
        <source>Site hierarchy design report</source>
        <translation>Entwurfsbericht zur Standorthierarchie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+155"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+11"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="+7"/>
        <location line="+347"/>
        <location filename="../views/report/reportsectionspki.cpp" line="-76"/>
        <location line="+46"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="+231"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 by %3</source>
        <translation>%1 vom %2 von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last revision</source>
        <translation>Letzte Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/reportwriter.cpp" line="+81"/>
        <source>Hierarch %1</source>
        <translation>Hierarch %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../views/report/reporttext.cpp" line="+9"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/reporttext.cpp" line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionschanges.cpp" line="+26"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../views/report/reportsectionsfront.cpp" line="+1"/>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes since the baseline</source>
        <translation>Änderungen seit dem Ausgangsstand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan is the same as the baseline %1: no structural change and no finding added, resolved or updated.</source>
        <translation>Der Plan gleicht dem Ausgangsstand %1: keine strukturelle Änderung und kein Befund hinzugefügt, behoben oder geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compared with %1, this plan makes %2; it adds %3, resolves %4 and updates %5 (%6).</source>
        <translation>Gegenüber %1 nimmt dieser Plan %2 vor; er fügt %3 hinzu, behebt %4 und ändert %5 (%6).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 structural change(s)</source>
        <translation>
            <numerusform>%1 strukturelle Änderung</numerusform>
            <numerusform>%1 strukturelle Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 finding(s)</source>
        <translation>
            <numerusform>%1 Befund</numerusform>
            <numerusform>%1 Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 stay(s) unchanged</source>
        <translation>
            <numerusform>%1 bleibt unverändert</numerusform>
            <numerusform>%1 bleiben unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structural changes</source>
        <translation>Strukturelle Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: only the findings differ.</source>
        <translation>Keine: nur die Befunde unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing the first %1 of %2 structural changes, in the order of the plan.</source>
        <translation>Die ersten %1 von %2 strukturellen Änderungen, in der Reihenfolge des Plans.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings delta</source>
        <translation>Änderungen der Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No finding was added, resolved or updated.</source>
        <translation>Kein Befund wurde hinzugefügt, behoben oder geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the first %1 of %2 findings of the delta: the new ones first.</source>
        <translation>Die ersten %1 von %2 geänderten Befunden, die neuen zuerst.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renamed or moved</source>
        <translation>umbenannt oder verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed (dashed, where it was)</source>
        <translation>entfernt (gestrichelt, wo es war)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Overview of the whole hierarchy; the pages after the list of removed sites and servers show each primary site that changed, with its secondary sites.</source>
        <translation>Übersicht über die ganze Hierarchie; die Seiten nach der Liste der entfernten Standorte und Server zeigen jeden geänderten primären Standort mit seinen sekundären Standorten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview of the whole hierarchy. Pages for all %1 primary sites that changed would take about %2 pages, so the pages after the list of removed sites and servers show only the %3 with the most changes (about %4 pages), each with its secondary sites.</source>
        <translation>Übersicht über die ganze Hierarchie. Seiten für alle %1 geänderten primären Standorte würden etwa %2 Seiten füllen, daher zeigen die Seiten nach der Liste der entfernten Standorte und Server nur die %3 mit den meisten Änderungen (etwa %4 Seiten), jeweils mit ihren sekundären Standorten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes in %1</source>
        <translation>Änderungen in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed sites and servers</source>
        <translation>Entfernte Standorte und Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the plan keeps every site and server of the baseline.</source>
        <translation>Keine: Der Plan behält jeden Standort und Server des Ausgangsstands.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where it was</source>
        <translation>Wo es war</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site or server</source>
        <translation>Standort oder Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in site %1</source>
        <translation>am Standort %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under site %1</source>
        <translation>unter Standort %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the top of the hierarchy</source>
        <translation>an der Spitze der Hierarchie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the first %1 of %2 removed sites and servers.</source>
        <translation>Die ersten %1 von %2 entfernten Standorten und Servern.</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsfront.cpp" line="+1"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-73"/>
        <source>Waived</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Change record</source>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No chart of findings per site: the plan has no sites.</source>
        <translation>Kein Diagramm der Befunde pro Standort: Der Plan enthält keine Standorte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top findings</source>
        <translation>Wichtigste Befunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no unwaived errors or warnings.</source>
        <translation>Es gibt keine nicht akzeptierten Fehler oder Warnungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All unwaived errors, then all unwaived warnings. Section %1 explains each rule and how to correct it.</source>
        <translation>Alle nicht akzeptierten Fehler, danach alle nicht akzeptierten Warnungen. Abschnitt %1 erläutert jede Regel und die jeweilige Abhilfe.</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionschanges.cpp" line="-195"/>
        <location filename="../views/report/reportsectionsfront.cpp" line="+6"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="+0"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsfront.cpp" line="+0"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-24"/>
        <location line="+24"/>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionschanges.cpp" line="+0"/>
        <location filename="../views/report/reportsectionsfront.cpp" line="+0"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-24"/>
        <location line="+24"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+14"/>
        <source>Hierarchy with the changes marked</source>
        <translation>Hierarchie mit markierten Änderungen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../views/report/reportsectionsdiagram.cpp" line="+80"/>
        <source>The plan has no sites, so there is no hierarchy to draw.</source>
        <translation>Der Plan enthält keine Standorte, daher gibt es keine Hierarchie zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsdiagram.cpp" line="+9"/>
        <source>The hierarchy as drawn in the editor. Borders and badges show the worst unwaived finding of each site and server and how many there are.</source>
        <translation>Die Hierarchie, wie sie im Editor gezeichnet ist. Rahmen und Markierungen zeigen für jeden Standort und Server den schwerwiegendsten nicht akzeptierten Befund und die Anzahl der Befunde.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Overview of the sites. The whole drawing would print server names at %1 pt, too small to read, so this overview shows the sites only: each primary site starts a line, indented below its parent, followed by its secondary sites.</source>
        <translation>Übersicht der Standorte. In der ganzen Zeichnung wären Servernamen %1 pt groß und nicht mehr lesbar, daher zeigt diese Übersicht nur die Standorte: Jeder primäre Standort beginnt eine Zeile, eingerückt unter seinem übergeordneten Standort, gefolgt von seinen sekundären Standorten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bold boxes are primary sites (shaded: the central site), grey boxes secondary sites; a coloured border is the worst unwaived finding of the site and its servers, and a dashed box repeats a primary site whose line runs on from the previous column or page.</source>
        <translation>Fett gedruckte Kästen sind primäre Standorte (schattiert: der zentrale Standort), graue Kästen sekundäre Standorte; ein farbiger Rahmen zeigt den schwersten nicht ausgenommenen Befund des Standorts und seiner Server, und ein gestrichelter Kasten wiederholt einen primären Standort, dessen Zeile aus der vorigen Spalte oder von der vorigen Seite fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages after the overview draw each primary site with its secondary sites and servers.</source>
        <translation>Die Seiten nach der Übersicht zeichnen jeden primären Standort mit seinen sekundären Standorten und Servern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages for all %1 primary sites with their secondary sites and servers would take about %2 pages, so pages follow only for the %3 with the most findings (about %4 pages).</source>
        <translation>Seiten für alle %1 primären Standorte mit ihren sekundären Standorten und Servern würden etwa %2 Seiten füllen, daher folgen Seiten nur für die %3 mit den meisten Befunden (etwa %4 Seiten).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview of the sites (continued)</source>
        <translation>Übersicht der Standorte (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Secondary site %1, which has no primary parent site in the plan.</source>
        <translation>Sekundärer Standort %1, der im Plan keinen primären übergeordneten Standort hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Site %1 (no secondary sites).</source>
        <translation>Standort %1 (keine sekundären Standorte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site %1 with its secondary sites %2.</source>
        <translation>Standort %1 mit seinen sekundären Standorten %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Together they are too large for one page, so each site is drawn on its own.</source>
        <translation>Zusammen sind sie zu groß für eine Seite, daher wird jeder Standort einzeln gezeichnet.</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-298"/>
        <source>The plan has no sites.</source>
        <translation>Der Plan enthält keine Standorte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsboundaries.cpp" line="+14"/>
        <source>IP subnet</source>
        <translation>IP-Subnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address range</source>
        <translation>IP-Adressbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active Directory site</source>
        <translation>Active-Directory-Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv6 prefix</source>
        <translation>IPv6-Präfix</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="+0"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-248"/>
        <location line="+17"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protected site systems</source>
        <translation>Geschützte Standortsysteme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Showing the first %1 of %2 boundaries.</source>
        <translation>Die ersten %1 von %2 Grenzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A protected site system&apos;s distribution point and state migration point serve only clients in the boundaries it is protected for. Overlapping boundaries are reported by boundary-overlap.</source>
        <translation>Verteilungspunkt und Zustandsmigrationspunkt eines geschützten Standortsystems bedienen nur Clients in den Grenzen, für die es geschützt ist. Überlappende Grenzen meldet boundary-overlap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS 2003 site boundaries are IP subnets and Active Directory sites. Overlapping boundaries are reported by boundary-overlap.</source>
        <translation>Standortgrenzen von SMS 2003 sind IP-Subnetze und Active-Directory-Standorte. Überlappende Grenzen meldet boundary-overlap.</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsinventory.cpp" line="+0"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/reportsectionspki.cpp" line="-15"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-89"/>
        <location line="+298"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Advanced security</source>
        <translation>Erweiterte Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard security</source>
        <translation>Standardsicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/reportsectionspki.cpp" line="+12"/>
        <source>Native mode</source>
        <translation>Einheitlicher Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/reportsectionspki.cpp" line="+1"/>
        <source>Mixed mode</source>
        <translation>Gemischter Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(parent&apos;s)</source>
        <translation>(vom übergeordneten Standort)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Showing the %1 sites with the most findings of %2.</source>
        <translation>Angezeigt werden die %1 Standorte mit den meisten Befunden von %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Findings counts the unwaived findings of the site and of its servers. A secondary site&apos;s clients follow the mode of its parent site.</source>
        <translation>„Befunde“ zählt die nicht akzeptierten Befunde des Standorts und seiner Server. Die Clients eines sekundären Standorts folgen dem Modus seines übergeordneten Standorts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan has no sites and therefore no servers.</source>
        <translation>Der Plan enthält keine Standorte und daher keine Server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no servers.</source>
        <translation>Der Plan enthält keine Server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+61"/>
        <location filename="../views/report/reportsectionspki.cpp" line="+32"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-254"/>
        <location line="+193"/>
        <location line="+26"/>
        <location filename="../views/report/reporttext.cpp" line="+34"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsboundaries.cpp" line="-42"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-91"/>
        <location line="+30"/>
        <location line="+61"/>
        <location line="+76"/>
        <location line="+24"/>
        <location filename="../views/report/reportsectionspki.cpp" line="-46"/>
        <location line="+46"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-219"/>
        <location line="+219"/>
        <location filename="../views/report/reporttext.cpp" line="-2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-191"/>
        <location line="+30"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>IIS</source>
        <translation>IIS</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>(no BITS)</source>
        <translation>(ohne BITS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../views/report/reportsectionspki.cpp" line="+6"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-138"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Showing the %1 servers with the most findings of %2.</source>
        <translation>Angezeigt werden die %1 Server mit den meisten Befunden von %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Values the plan does not state are shown as assumed (section %1 lists them). IIS: whether a role on the server needs IIS.</source>
        <translation>Werte, die der Plan nicht angibt, werden als angenommen ausgewiesen (Abschnitt %1 führt sie auf). IIS: ob eine Rolle auf dem Server IIS benötigt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Roles by server</source>
        <translation>Rollen nach Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The matrix of roles by server is left out for plans with more than %1 servers; the full list of servers names the roles of each.</source>
        <translation>Die Matrix der Rollen je Server entfällt bei Plänen mit mehr als %1 Servern; die vollständige Serverliste nennt die Rollen jedes Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The matrix of roles by server is left out for plans with more than %1 servers; the table above lists the roles of every server.</source>
        <translation>Die Matrix der Rollen nach Server entfällt bei Plänen mit mehr als %1 Servern; die Tabelle oben führt die Rollen jedes Servers auf.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The plan has no unwaived findings.</source>
        <translation>Der Plan enthält keine nicht akzeptierten Befunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waived findings are listed in section %1.</source>
        <translation>Als Ausnahme akzeptierte Befunde sind in Abschnitt %1 aufgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unwaived findings, grouped by severity and then by rule. Waived findings are listed in section %1.</source>
        <translation>Nicht akzeptierte Befunde, gruppiert nach Schweregrad und dann nach Regel. Als Ausnahme akzeptierte Befunde sind in Abschnitt %1 aufgeführt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="+195"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Showing %1 of the %2 subjects with this finding.</source>
        <translation>Angezeigt werden %1 der %2 Objekte mit diesem Befund.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The plan has no waivers: no finding is accepted as a risk.</source>
        <translation>Der Plan enthält keine Ausnahmen: Kein Befund ist als Risiko akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every waiver of the plan. A waiver accepts one finding until it expires; an expired waiver no longer hides its finding, and a waiver that matches no finding should be removed or corrected.</source>
        <translation>Alle Ausnahmen des Plans. Eine Ausnahme akzeptiert einen Befund bis zu ihrem Ablauf; eine abgelaufene Ausnahme blendet ihren Befund nicht mehr aus, und eine Ausnahme, die zu keinem Befund passt, sollte entfernt oder korrigiert werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matching findings</source>
        <translation>Passende Befunde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Showing %1 of the %2 waivers: the expired ones and those that match no finding first.</source>
        <translation>Angezeigt werden %1 der %2 Ausnahmen: zuerst die abgelaufenen und die, die zu keinem Befund passen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Active: accepts %1 finding(s)</source>
        <translation>
            <numerusform>Aktiv: akzeptiert %1 Befund</numerusform>
            <numerusform>Aktiv: akzeptiert %1 Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionschanges.cpp" line="-38"/>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-38"/>
        <location line="+14"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsinventory.cpp" line="-14"/>
        <location line="+14"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Expired: the finding is reported again</source>
        <translation>Abgelaufen: Der Befund wird wieder gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired, and matches no finding</source>
        <translation>Abgelaufen und passt zu keinem Befund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matches no finding</source>
        <translation>Passt zu keinem Befund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsplan.cpp" line="-342"/>
        <source>An administrator sets it.</source>
        <translation>Ein Administrator legt es fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product generates it at random.</source>
        <translation>Das Produkt erzeugt es zufällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes.</source>
        <translation>Ja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: leave it to the product.</source>
        <translation>Keine: dem Produkt überlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change it in Windows, then enter it in the administrator console.</source>
        <translation>In Windows ändern, dann in der Administratorkonsole eingeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes. If several sites share the account, or it is changed on secondary sites, create a second account first and keep both active until every site uses the new one.</source>
        <translation>Ja. Wenn mehrere Standorte das Konto gemeinsam nutzen oder es an sekundären Standorten geändert wird, zuerst ein zweites Konto anlegen und beide aktiv lassen, bis jeder Standort das neue Konto verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change it in Windows, then run a site reset or enter it in the administrator console.</source>
        <translation>In Windows ändern, dann eine Standortzurücksetzung ausführen oder es in der Administratorkonsole eingeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change it in SQL Server, then run a site reset or enter it in the administrator console.</source>
        <translation>In SQL Server ändern, dann eine Standortzurücksetzung ausführen oder es in der Administratorkonsole eingeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change it in Windows, then in the site address properties.</source>
        <translation>In Windows ändern, dann in den Eigenschaften der Standortadresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recommended: a site reset generates a new password. An account created with SMSAccountSetup.ini must be given again at the reset.</source>
        <translation>Nicht empfohlen: Eine Standortzurücksetzung erzeugt ein neues Kennwort. Ein mit SMSAccountSetup.ini erstelltes Konto muss bei der Zurücksetzung erneut angegeben werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not recommended: a site reset generates a new password.</source>
        <translation>Nicht empfohlen: Eine Standortzurücksetzung erzeugt ein neues Kennwort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recommended: removing and reinstalling the client generates a new password.</source>
        <translation>Nicht empfohlen: Das Entfernen und Neuinstallieren des Clients erzeugt ein neues Kennwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated at random for the default account; an administrator sets the password of any further account.</source>
        <translation>Für das Standardkonto zufällig erzeugt; das Kennwort jedes weiteren Kontos legt ein Administrator fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recommended: clients with an old password lock the account out. Rotate by creating a new account and keep one valid account at all times.</source>
        <translation>Nicht empfohlen: Clients mit einem alten Kennwort sperren das Konto. Zum Wechseln ein neues Konto anlegen und jederzeit ein gültiges Konto behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The product creates and maintains it (not listed in table 12.2).</source>
        <translation>Das Produkt erstellt und verwaltet es (nicht in Tabelle 12.2 aufgeführt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Windows authentication</source>
        <translation>Windows-Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed authentication</source>
        <translation>Gemischte Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain user account</source>
        <translation>Domänenbenutzerkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local System</source>
        <translation>Lokales System</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The plan has no servers, so no server facts were assumed.</source>
        <translation>Der Plan enthält keine Server, daher wurden keine Serverangaben angenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan states every server fact; nothing was assumed.</source>
        <translation>Der Plan gibt alle Serverangaben an; es wurde nichts angenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file format lets server facts default to the compliant value. The plan does not state the facts below, so the validator assumed the value shown and raised no finding for them. Confirm each one with the server&apos;s owner before the plan is approved.</source>
        <translation>Im Dateiformat gilt für nicht angegebene Serverangaben der regelkonforme Wert als Standard. Der Plan gibt die folgenden Angaben nicht an; die Prüfung hat daher den angezeigten Wert angenommen und für sie keinen Befund gemeldet. Bestätigen Sie jede Angabe mit dem Verantwortlichen des Servers, bevor der Plan genehmigt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+44"/>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Assumed value</source>
        <translation>Angenommener Wert</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All %1 servers that run SQL Server</source>
        <translation>Alle %1 Server mit SQL Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 servers</source>
        <translation>Alle %1 Server</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>… and %1 more servers at %2 more sites</source>
        <translation>… und %1 weitere Server an %2 weiteren Standorten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Long server lists are shortened to their first %1 sites.</source>
        <translation>Lange Serverlisten sind auf ihre ersten %1 Standorte gekürzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan lists no accounts. Plan every account&apos;s password procedure before the hierarchy is built.</source>
        <translation>Der Plan führt keine Konten auf. Planen Sie das Kennwortverfahren jedes Kontos, bevor die Hierarchie aufgebaut wird.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Showing %1 of the %2 accounts, those with findings first.</source>
        <translation>Angezeigt werden %1 der %2 Konten, die mit Befunden zuerst.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password change methods</source>
        <translation>Verfahren zur Kennwortänderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How SMS 2003 treats the password of each account type the plan uses; a summary of table 12.2, &quot;Overview of Password Change Methods for SMS Accounts&quot;, in &quot;SMS 2003: Planning for SMS Account Lifecycles&quot;.</source>
        <translation>Wie SMS 2003 das Kennwort jedes im Plan verwendeten Kontotyps behandelt; eine Zusammenfassung von Tabelle 12.2, „Overview of Password Change Methods for SMS Accounts“, in „SMS 2003: Planning for SMS Account Lifecycles“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How Configuration Manager 2007 treats the password of each account type the plan uses: the administrator changes the account or its password in Windows, then configures it in the Configuration Manager console. Accounts of SMS 2003 types are listed as SMS 2003 planned them.</source>
        <translation>Wie Configuration Manager 2007 das Kennwort jedes im Plan verwendeten Kontotyps behandelt: Der Administrator ändert das Konto oder sein Kennwort in Windows und konfiguriert es dann in der Configuration Manager-Konsole. Konten mit SMS 2003-Typen werden so aufgeführt, wie SMS 2003 sie vorsah.</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionslinks.cpp" line="+25"/>
        <source>Sites and links</source>
        <translation>Standorte und Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan states no site addresses, so it does not say how the sites send to each other.</source>
        <translation>Der Plan nennt keine Standortadressen und sagt daher nicht, wie die Standorte einander senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 kbit/s, %2 ms</source>
        <translation>%1 kbit/s, %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(NetBIOS name)</source>
        <translation>(NetBIOS-Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(computer account)</source>
        <translation>(Computerkonto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination server</source>
        <translation>Zielserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="-64"/>
        <location line="+17"/>
        <location filename="../views/report/reporttext.cpp" line="+4"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the first %1 of %2 addresses.</source>
        <translation>Die ersten %1 von %2 Adressen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One row per address: the sender that carries the data from the site to the other one, the destination site server it names, the account it logs on with, and when and how fast it may send. The ports it needs are in the ports and firewall plan.</source>
        <translation>Eine Zeile je Adresse: der Sender, der die Daten vom Standort zum anderen überträgt, der genannte Zielstandortserver, das Anmeldekonto und wann und wie schnell er senden darf. Die benötigten Ports stehen im Port- und Firewallplan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportsectionsplan.cpp" line="-134"/>
        <source>%1: %2 finding(s)</source>
        <translation>
            <numerusform>%1: %2 Befund</numerusform>
            <numerusform>%1: %2 Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+16"/>
        <source>Password set by</source>
        <translation>Kennwort festgelegt von</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../views/report/reporttext.cpp" line="+118"/>
        <source>Manual change</source>
        <translation>Manuelle Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+55"/>
        <source>Change method</source>
        <translation>Änderungsverfahren</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+16"/>
        <source>Custodians</source>
        <translation>Verwahrer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed copy</source>
        <translation>versiegelte Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotated by a new account</source>
        <translation>Wechsel über ein neues Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second account %1</source>
        <translation>zweites Konto %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>The product</source>
        <translation>Das Produkt</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/reporttext.cpp" line="+34"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/reporttext.cpp" line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the password is created</source>
        <translation>Wie das Kennwort erstellt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual change acceptable?</source>
        <translation>Manuelle Änderung zulässig?</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionschanges.cpp" line="-30"/>
        <location filename="../views/report/reportsectionsplan.cpp" line="+37"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionsplan.cpp" line="+0"/>
        <source>Practice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings or note</source>
        <translation>Befunde oder Anmerkung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The plan has no servers, so there are no ports to open.</source>
        <translation>Der Plan enthält keine Server, daher sind keine Ports zu öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server carries a role, so there are no ports to open.</source>
        <translation>Kein Server hat eine Rolle, daher sind keine Ports zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ports each server needs for its roles, with the default port numbers of the product documentation (&quot;Ports used by %1&quot;). Client-facing web roles use HTTPS (443) in native-mode sites and HTTP (80) otherwise. Adjust the rules where the plan changes a default port (checklist item nondefault-ports).</source>
        <translation>Die Ports, die jeder Server für seine Rollen benötigt, mit den Standardportnummern der Produktdokumentation („Ports used by %1“). Webrollen für Clients verwenden an Standorten im einheitlichen Modus HTTPS (443), sonst HTTP (80). Passen Sie die Firewallregeln an, wo der Plan einen Standardport ändert (Checklistenpunkt nondefault-ports).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dynamic RPC ports: 1025–5000 on Windows Server 2003 and earlier, 49152–65535 on Windows Server 2008, unless restricted. Inbound means the server accepts the connection; outbound means it opens it.</source>
        <translation>Dynamische RPC-Ports: 1025–5000 unter Windows Server 2003 und früher, 49152–65535 unter Windows Server 2008, sofern nicht eingeschränkt. Eingehend bedeutet, dass der Server die Verbindung annimmt; ausgehend, dass er sie aufbaut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+26"/>
        <location line="+35"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+26"/>
        <location line="+35"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+25"/>
        <location line="+35"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+26"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <location line="+34"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&quot;Configuration Manager 2007: Checklist for Security Best Practices&quot;. Items with rules pass when the mapped rules run and find nothing; manual items take the plan&apos;s attestation (open when there is none), and so do the certificate items while the plan does not state the PKI settings their rules read.</source>
        <translation>„Configuration Manager 2007: Checklist for Security Best Practices“. Punkte mit Regeln sind erfüllt, wenn die zugeordneten Regeln laufen und nichts finden; manuelle Punkte übernehmen die Bestätigung des Plans (offen, wenn es keine gibt), ebenso die Zertifikatspunkte, solange der Plan die PKI-Einstellungen nicht angibt, die ihre Regeln lesen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The plan has %1 servers, too many for a table per server: the table below counts the servers that need each port.</source>
        <translation>Der Plan hat %1 Server, zu viele für eine Tabelle je Server: Die Tabelle unten zählt die Server, die jeden Port brauchen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every rule of the catalog. Rules for the other product do not run for this plan.</source>
        <translation>Alle Regeln des Katalogs. Regeln für das jeweils andere Produkt werden für diesen Plan nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/report/reporttext.cpp" line="-186"/>
        <source>Information</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+163"/>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS 2003</source>
        <translation>SMS 2003</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ConfigMgr 2007</source>
        <translation>ConfigMgr 2007</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Windows 2000 Server</source>
        <translation>Windows 2000 Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2003</source>
        <translation>Windows Server 2003</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2003 SP1</source>
        <translation>Windows Server 2003 SP1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2003 SP2</source>
        <translation>Windows Server 2003 SP2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2008</source>
        <translation>Windows Server 2008</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2008 R2</source>
        <translation>Windows Server 2008 R2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Windows 2000</source>
        <translation>Windows 2000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows 2003</source>
        <translation>Windows 2003</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows 2003 SP1</source>
        <translation>Windows 2003 SP1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows 2003 SP2</source>
        <translation>Windows 2003 SP2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows 2008</source>
        <translation>Windows 2008</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows 2008 R2</source>
        <translation>Windows 2008 R2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central</source>
        <translation>Zentral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS Service</source>
        <translation>SMS-Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database (SQL Server)</source>
        <translation>Datenbank (SQL Server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site Address</source>
        <translation>Standortadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server Connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site System Connection</source>
        <translation>Standortsystemverbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote Service</source>
        <translation>Remotedienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Services (non-DC)</source>
        <translation>Clientdienste (kein DC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Services (DC)</source>
        <translation>Clientdienste (DC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client User Token (non-DC)</source>
        <translation>Clientbenutzertoken (kein DC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client User Token (DC)</source>
        <translation>Clientbenutzertoken (DC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Connection</source>
        <translation>Clientverbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CCM Boot Loader (non-DC)</source>
        <translation>CCM-Startladeprogramm (kein DC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CCM Boot Loader (DC)</source>
        <translation>CCM-Startladeprogramm (DC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced Client Network Access</source>
        <translation>Advanced Client-Netzwerkzugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legacy Client Software Installation</source>
        <translation>Legacy Client-Softwareinstallation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Push Installation</source>
        <translation>Clientpushinstallation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network Access</source>
        <translation>Netzwerkzugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site System Installation</source>
        <translation>Standortsysteminstallation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software Update Point Connection</source>
        <translation>Softwareupdatepunkt-Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health State Reference Publishing</source>
        <translation>Veröffentlichung des Integritätsstatusverweises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health State Reference Querying</source>
        <translation>Abfrage des Integritätsstatusverweises</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site reset</source>
        <translation>Standortzurücksetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator console</source>
        <translation>Administratorkonsole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client reinstallation</source>
        <translation>Clientneuinstallation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (by the product)</source>
        <translation>Automatisch (durch das Produkt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a (product)</source>
        <translation>entfällt (Produkt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done (attested)</source>
        <translation>Erledigt (bestätigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable (attested)</source>
        <translation>Nicht zutreffend (bestätigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../views/report/reportwriter.cpp" line="+3"/>
        <source>Cannot write the PDF: %1</source>
        <translation>Das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer refused the report.</source>
        <translation>Der Drucker hat den Bericht abgelehnt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Validated as of %1</source>
        <translation>Geprüft zum %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot add a page to the report.</source>
        <translation>Dem Bericht kann keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/report/reportsectionspki.cpp" line="-58"/>
        <source>PKI</source>
        <translation>PKI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients check the CRL</source>
        <translation>Clients prüfen die Sperrliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRL published</source>
        <translation>Sperrliste veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate trust list</source>
        <translation>Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secondary (parent&apos;s settings)</source>
        <translation>Sekundär (Einstellungen des übergeordneten Standorts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside Active Directory</source>
        <translation>Außerhalb von Active Directory</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Showing the first %1 sites that state PKI settings of %2.</source>
        <translation>Gezeigt werden die ersten %1 von %2 Standorten mit PKI-Einstellungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Internet FQDN</source>
        <translation>Internet-FQDN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Showing the first %1 Internet-facing servers of %2.</source>
        <translation>Gezeigt werden die ersten %1 von %2 internetseitigen Servern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PKI settings the plan does not state are not assumed: their rules stay silent and the checklist&apos;s certificate items take the plan&apos;s attestation instead.</source>
        <translation>PKI-Einstellungen, die der Plan nicht angibt, werden nicht angenommen: Ihre Regeln bleiben stumm, und die Zertifikatspunkte der Checkliste übernehmen stattdessen die Bestätigung des Plans.</translation>
    </message>
</context>
<context>
    <name>hierarch::Role</name>
    <message>
        <location filename="../model/role.cpp" line="+18"/>
        <source>site server</source>
        <translation>Standortserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site database server</source>
        <translation>Standortdatenbankserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS Provider</source>
        <translation>SMS-Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client access point</source>
        <translation>Clientzugriffspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>management point</source>
        <translation>Verwaltungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distribution point</source>
        <translation>Verteilungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch distribution point</source>
        <translation>Zweigstellenverteilungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server locator point</source>
        <translation>Serverlocatorpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting point</source>
        <translation>Reporting-Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting services point</source>
        <translation>Reporting Services-Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fallback status point</source>
        <translation>Fallbackstatuspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>software update point</source>
        <translation>Softwareupdatepunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PXE service point</source>
        <translation>PXE-Dienstpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state migration point</source>
        <translation>Zustandsmigrationspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system health validator point</source>
        <translation>Systemintegritätsprüfungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset Intelligence synchronization point</source>
        <translation>Asset Intelligence-Synchronisierungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of band service point</source>
        <translation>Out-of-Band-Dienstpunkt</translation>
    </message>
</context>
<context>
    <name>hierarch::RuleCatalogDialog</name>
    <message>
        <location filename="../views/dialogs/rulecatalogdialog.cpp" line="+25"/>
        <source>both products</source>
        <translation>beide Produkte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rule Catalog</source>
        <translation>Regelkatalog</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Filter rules</source>
        <translation>Regeln filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rule details</source>
        <translation>Regeldetails</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>hierarch::Rules</name>
    <message>
        <location filename="../model/rules/catalog.cpp" line="+22"/>
        <source>Hierarchy does not have exactly one central site</source>
        <translation>Die Hierarchie hat nicht genau einen zentralen Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hierarchy has a single central site at its top: it holds the trusted root key and receives the data of every site below it. With no site lacking a parent the parents form a loop, and with several the plan describes separate hierarchies that cannot be built as one.</source>
        <translation>An der Spitze einer Hierarchie steht ein einziger zentraler Standort: Er besitzt den vertrauenswürdigen Stammschlüssel und empfängt die Daten aller Standorte unter ihm. Hat jeder Standort einen übergeordneten Standort, bilden die Zuordnungen eine Schleife; gibt es mehrere Standorte ohne übergeordneten Standort, beschreibt der Plan getrennte Hierarchien, die sich nicht als eine einzige aufbauen lassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give every site except the intended central site a parent, so that exactly one site has none.</source>
        <translation>Weisen Sie jedem Standort außer dem vorgesehenen zentralen Standort einen übergeordneten Standort zu, sodass genau ein Standort keinen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: site hierarchy design (one central site per hierarchy); Hierarch file format: a site without a parent is the central site</source>
        <translation>Microsoft-Produktdokumentation: Entwurf der Standorthierarchie (ein zentraler Standort pro Hierarchie); Hierarch-Dateiformat: Ein Standort ohne übergeordneten Standort ist der zentrale Standort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site code is not valid</source>
        <translation>Standortcode ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup accepts only site codes of exactly three letters or digits, and the code becomes part of folder, share and account names, so reserved device names (AUX, CON, NUL, PRN) and SMS are refused. A site code cannot be changed after installation.</source>
        <translation>Setup akzeptiert nur Standortcodes aus genau drei Buchstaben oder Ziffern, und der Code wird Teil von Ordner-, Freigabe- und Kontonamen; daher werden reservierte Gerätenamen (AUX, CON, NUL, PRN) und SMS abgelehnt. Ein Standortcode kann nach der Installation nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a three-character code made of letters and digits that is not a reserved name and is unique in the hierarchy.</source>
        <translation>Wählen Sie einen dreistelligen Code aus Buchstaben und Ziffern, der kein reservierter Name ist und in der Hierarchie nur einmal vorkommt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: site code requirements; Hierarch file format: site code</source>
        <translation>Microsoft-Produktdokumentation: Anforderungen an Standortcodes; Hierarch-Dateiformat: Standortcode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site code is already used by another site</source>
        <translation>Standortcode wird bereits von einem anderen Standort verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site codes identify sites in intersite replication, in client assignment and in Active Directory publishing. Two sites with the same code cannot coexist in a hierarchy, and clients or child sites would end up attached to the wrong one.</source>
        <translation>Standortcodes kennzeichnen Standorte bei der standortübergreifenden Replikation, bei der Clientzuweisung und bei der Veröffentlichung in Active Directory. Zwei Standorte mit demselben Code können nicht in einer Hierarchie nebeneinander bestehen, und Clients oder untergeordnete Standorte würden dem falschen Standort zugeordnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give each site its own code. References by code (parent, a role&apos;s site, an account&apos;s sites) resolve to the first site with that code, so check them after renaming.</source>
        <translation>Geben Sie jedem Standort einen eigenen Code. Verweise über den Code (übergeordneter Standort, Standort einer Rolle, Standorte eines Kontos) werden zum ersten Standort mit diesem Code aufgelöst; prüfen Sie sie daher nach dem Umbenennen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hierarch file format: site codes are unique in the hierarchy (case-insensitive); Microsoft product documentation: site code requirements</source>
        <translation>Hierarch-Dateiformat: Standortcodes sind in der Hierarchie eindeutig (ohne Berücksichtigung der Groß-/Kleinschreibung); Microsoft-Produktdokumentation: Anforderungen an Standortcodes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent site is not in the plan</source>
        <translation>Übergeordneter Standort ist nicht im Plan enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent code names no site of the plan, so the site&apos;s place in the hierarchy and the site that receives its data are undefined.</source>
        <translation>Der Code des übergeordneten Standorts bezeichnet keinen Standort des Plans; daher sind die Position des Standorts in der Hierarchie und der Standort, der seine Daten empfängt, nicht festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the parent code, add the missing parent site, or remove the parent if this site is meant to be the central site.</source>
        <translation>Korrigieren Sie den Code des übergeordneten Standorts, fügen Sie den fehlenden übergeordneten Standort hinzu, oder entfernen Sie den übergeordneten Standort, wenn dieser Standort der zentrale Standort sein soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hierarch file format: a site&apos;s parent is the code of another site of the plan</source>
        <translation>Hierarch-Dateiformat: Der übergeordnete Standort eines Standorts ist der Code eines anderen Standorts des Plans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site is part of a parent loop</source>
        <translation>Standort ist Teil einer Schleife übergeordneter Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following the parent links from this site leads back to it, so none of the sites on the loop reaches a central site. Such a hierarchy cannot be installed, and its data would never reach the top.</source>
        <translation>Folgt man von diesem Standort aus den Verweisen auf die übergeordneten Standorte, gelangt man zu ihm zurück; daher erreicht keiner der Standorte in der Schleife einen zentralen Standort. Eine solche Hierarchie kann nicht installiert werden, und ihre Daten würden die Spitze nie erreichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the parent of one site on the loop so that every chain of parents ends at the central site.</source>
        <translation>Ändern Sie den übergeordneten Standort eines Standorts in der Schleife so, dass jede Kette übergeordneter Standorte beim zentralen Standort endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: site hierarchy design (parent-child relationships form a tree); Hierarch file format: site parent</source>
        <translation>Microsoft-Produktdokumentation: Entwurf der Standorthierarchie (die Beziehungen zwischen über- und untergeordneten Standorten bilden einen Baum); Hierarch-Dateiformat: übergeordneter Standort eines Standorts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secondary site does not have a primary parent</source>
        <translation>Sekundärer Standort hat keinen primären übergeordneten Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secondary site has no site database of its own and is administered through its parent, which must be a primary site. It can be neither the central site nor the child of another secondary site.</source>
        <translation>Ein sekundärer Standort hat keine eigene Standortdatenbank und wird über seinen übergeordneten Standort verwaltet, der ein primärer Standort sein muss. Er kann weder der zentrale Standort noch einem anderen sekundären Standort untergeordnet sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach the secondary site to a primary site, or make it a primary site if it must stand alone or have child sites of its own.</source>
        <translation>Ordnen Sie den sekundären Standort einem primären Standort unter, oder machen Sie ihn zu einem primären Standort, wenn er eigenständig sein oder eigene untergeordnete Standorte haben muss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: secondary sites (always a child of a primary site, never a parent)</source>
        <translation>Microsoft-Produktdokumentation: sekundäre Standorte (immer einem primären Standort untergeordnet, nie selbst übergeordnet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secondary site states a client mode</source>
        <translation>Sekundärer Standort gibt einen Clientmodus an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secondary site has no site mode setting of its own: it always runs in the mode of its parent primary site. A client mode written on a secondary site has no effect, so the plan may claim a mode that the site will not have.</source>
        <translation>Ein sekundärer Standort hat keine eigene Einstellung für den Standortmodus: Er läuft immer im Modus seines übergeordneten primären Standorts. Ein für einen sekundären Standort angegebener Clientmodus hat keine Wirkung, sodass der Plan einen Modus behaupten kann, den der Standort nicht haben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove clientMode from the secondary site. If its clients need another mode, change the mode of the parent primary site, or make this site a primary site.</source>
        <translation>Entfernen Sie clientMode beim sekundären Standort. Brauchen seine Clients einen anderen Modus, ändern Sie den Modus des übergeordneten primären Standorts, oder machen Sie diesen Standort zu einem primären Standort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: &quot;Site Properties: Site Mode Tab&quot; (secondary sites inherit the site mode settings from their parent site)</source>
        <translation>Microsoft-Produktdokumentation: „Site Properties: Site Mode Tab“ (sekundäre Standorte übernehmen die Einstellungen des Standortmodus von ihrem übergeordneten Standort)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server name is already used by another server</source>
        <translation>Servername wird bereits von einem anderen Server verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site systems are addressed by their computer name, and two computers with the same name cannot exist in one domain. Roles, findings and waivers for the two entries would be confused.</source>
        <translation>Standortsysteme werden über ihren Computernamen angesprochen, und in einer Domäne können keine zwei Computer mit demselben Namen existieren. Rollen, Befunde und Ausnahmen der beiden Einträge würden verwechselt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename one of the servers, or merge the entries into one if they describe the same computer (roles serving another site can name it with their site key).</source>
        <translation>Benennen Sie einen der Server um, oder führen Sie die Einträge zu einem zusammen, wenn sie denselben Computer beschreiben (Rollen für einen anderen Standort können diesen mit ihrem Schlüssel site angeben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hierarch file format: server names are unique in the hierarchy (case-insensitive); Microsoft product documentation: computer naming</source>
        <translation>Hierarch-Dateiformat: Servernamen sind in der Hierarchie eindeutig (ohne Berücksichtigung der Groß-/Kleinschreibung); Microsoft-Produktdokumentation: Benennung von Computern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server name is not a valid NetBIOS computer name</source>
        <translation>Servername ist kein gültiger NetBIOS-Computername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site systems are identified by NetBIOS computer names, which are at most 15 characters of letters, digits and hyphens and cannot consist of digits only. Other names cannot be given to a Windows computer or resolve unreliably.</source>
        <translation>Standortsysteme werden über NetBIOS-Computernamen identifiziert, die aus höchstens 15 Buchstaben, Ziffern und Bindestrichen bestehen und nicht nur aus Ziffern bestehen dürfen. Andere Namen können einem Windows-Computer nicht zugewiesen werden oder werden unzuverlässig aufgelöst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the computer&apos;s NetBIOS name here (1 to 15 letters, digits or hyphens, with at least one non-digit) and put its DNS name in fqdn.</source>
        <translation>Tragen Sie hier den NetBIOS-Namen des Computers ein (1 bis 15 Buchstaben, Ziffern oder Bindestriche, davon mindestens ein Zeichen, das keine Ziffer ist), und geben Sie seinen DNS-Namen in fqdn an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: NetBIOS computer naming rules; Hierarch file format: server name</source>
        <translation>Microsoft-Produktdokumentation: Benennungsregeln für NetBIOS-Computernamen; Hierarch-Dateiformat: Servername</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role does not exist in this product</source>
        <translation>Rolle gibt es in diesem Produkt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some site system roles exist only in SMS 2003 (client access point) and others only in Configuration Manager 2007 (fallback status point, software update point and more), so the server cannot be deployed as planned.</source>
        <translation>Einige Standortsystemrollen gibt es nur in SMS 2003 (Clientzugriffspunkt), andere nur in Configuration Manager 2007 (Fallbackstatuspunkt, Softwareupdatepunkt und weitere); daher kann der Server nicht wie geplant bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the listed roles or replace them with the product&apos;s equivalent, or change the plan&apos;s product if the roles are the intended ones.</source>
        <translation>Entfernen Sie die aufgeführten Rollen oder ersetzen Sie sie durch ihre Entsprechung im Produkt, oder ändern Sie das Produkt des Plans, wenn die Rollen so beabsichtigt sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hierarch file format: role table; Microsoft product documentation: site system roles of SMS 2003 and Configuration Manager 2007</source>
        <translation>Hierarch-Dateiformat: Rollentabelle; Microsoft-Produktdokumentation: Standortsystemrollen von SMS 2003 und Configuration Manager 2007</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role is listed twice for the same site</source>
        <translation>Rolle ist für denselben Standort doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server holds a given role for a given site only once. A repeated entry is an editing error that may hide a role meant for another site or another server.</source>
        <translation>Ein Server übernimmt eine bestimmte Rolle für einen bestimmten Standort nur einmal. Ein wiederholter Eintrag ist ein Bearbeitungsfehler, der eine für einen anderen Standort oder einen anderen Server gedachte Rolle verdecken kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the duplicate, or give the second entry the site key of the site it was meant to serve.</source>
        <translation>Entfernen Sie das Duplikat, oder geben Sie im zweiten Eintrag mit dem Schlüssel site den Standort an, für den er gedacht war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hierarch file format: roles</source>
        <translation>Hierarch-Dateiformat: Rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role serves a site that is not in the plan</source>
        <translation>Rolle dient einem Standort, der nicht im Plan enthalten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role&apos;s site key names a code that no site of the plan has, so the role serves nothing and the site it was meant for may lack it.</source>
        <translation>Der Schlüssel site der Rolle nennt einen Code, den kein Standort des Plans hat; daher dient die Rolle keinem Standort, und dem Standort, für den sie gedacht war, fehlt sie möglicherweise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the site code of the role or add the missing site.</source>
        <translation>Korrigieren Sie den Standortcode der Rolle, oder fügen Sie den fehlenden Standort hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hierarch file format: roles (site key)</source>
        <translation>Hierarch-Dateiformat: Rollen (Schlüssel site)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Site does not have exactly one site server</source>
        <translation>Standort hat nicht genau einen Standortserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every site is installed on one site server, which runs the site&apos;s components and manages its site systems. A site without one cannot exist, and one site cannot have several.</source>
        <translation>Jeder Standort wird auf einem Standortserver installiert, der die Komponenten des Standorts ausführt und seine Standortsysteme verwaltet. Ein Standort ohne Standortserver kann nicht existieren, und ein Standort kann nicht mehrere haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the site-server role to exactly one of the servers located in this site.</source>
        <translation>Weisen Sie die Rolle site-server genau einem der Server dieses Standorts zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: site server (one per site)</source>
        <translation>Microsoft-Produktdokumentation: Standortserver (einer pro Standort)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary site has no site database server</source>
        <translation>Primärer Standort hat keinen Standortdatenbankserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every primary site keeps its data in its own SQL Server database; without a database server the site cannot be installed.</source>
        <translation>Jeder primäre Standort speichert seine Daten in einer eigenen SQL Server-Datenbank; ohne Datenbankserver kann der Standort nicht installiert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the site-database role for this site to a server, preferably the site server itself.</source>
        <translation>Weisen Sie die Rolle site-database für diesen Standort einem Server zu, vorzugsweise dem Standortserver selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: site database server (required for every primary site)</source>
        <translation>Microsoft-Produktdokumentation: Standortdatenbankserver (für jeden primären Standort erforderlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site database is placed on more than one server</source>
        <translation>Standortdatenbank liegt auf mehr als einem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A site has exactly one site database, so several servers hosting it contradict each other and the plan cannot be installed as written.</source>
        <translation>Ein Standort hat genau eine Standortdatenbank; mehrere Server, die sie hosten sollen, widersprechen sich daher, und der Plan kann so, wie er geschrieben ist, nicht installiert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the site-database role for this site on one server and remove it from the others.</source>
        <translation>Belassen Sie die Rolle site-database für diesen Standort auf einem Server, und entfernen Sie sie von den anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: site database server (one per primary site)</source>
        <translation>Microsoft-Produktdokumentation: Standortdatenbankserver (einer pro primärem Standort)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role cannot serve a secondary site</source>
        <translation>Rolle kann keinem sekundären Standort dienen</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>A hierarchy is upgraded from the top down: the central site first, then each parent before its children. A child site at a later service pack than its parent is not a state the upgrade path supports.</source>
        <translation>Eine Hierarchie wird von oben nach unten aktualisiert: zuerst der zentrale Standort, dann jeder übergeordnete Standort vor seinen untergeordneten. Ein untergeordneter Standort mit einem neueren Service Pack als sein übergeordneter ist ein Zustand, den der Aktualisierungspfad nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+452"/>
        <source>Branch distribution points, server locator points, PXE service points, state migration points, System Health Validator points and out of band service points do not support Internet-based clients, yet the console lets their site system accept Internet connections. The server is exposed without any supported use.</source>
        <translation>Zweigstellenverteilungspunkte, Serverlocatorpunkte, PXE-Dienstpunkte, Zustandsmigrationspunkte, Systemintegritätsprüfungspunkte und Out-of-Band-Dienstpunkte unterstützen keine internetbasierten Clients, dennoch lässt die Konsole zu, dass ihr Standortsystem Internetverbindungen annimmt. Der Server ist damit exponiert, ohne dass es einen unterstützten Verwendungszweck gibt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Closely monitor Internet-based site settings on site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Internet-Based Clients&quot;; Microsoft product documentation: overview of Internet-based client management (features that are not supported on the Internet, out of band management among them)</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — „Best Practices for All Site Systems“ / „Closely monitor Internet-based site settings on site systems“; Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Securing Site Systems“; Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Securing Internet-Based Clients“; Microsoft-Produktdokumentation: Übersicht über die internetbasierte Clientverwaltung (im Internet nicht unterstützte Features, darunter die Out-of-Band-Verwaltung)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site system of a secondary site accepts Internet-based clients</source>
        <translation>Standortsystem eines sekundären Standorts nimmt internetbasierte Clients an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary sites cannot support Internet-based client management. A site system of a secondary site that accepts Internet connections is exposed to the Internet without serving any supported purpose.</source>
        <translation>Sekundäre Standorte können keine internetbasierte Clientverwaltung unterstützen. Ein Standortsystem eines sekundären Standorts, das Internetverbindungen annimmt, ist dem Internet ausgesetzt, ohne einem unterstützten Zweck zu dienen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off Internet client connections on this site system, and serve Internet-based clients from site systems of a native mode primary site.</source>
        <translation>Deaktivieren Sie Internetclientverbindungen auf diesem Standortsystem, und bedienen Sie internetbasierte Clients über Standortsysteme eines primären Standorts im einheitlichen Modus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Closely monitor Internet-based site settings on site systems&quot;; Microsoft product documentation: planning the sites for Internet-based client management (&quot;Secondary sites cannot support Internet-based client management&quot;)</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — „Best Practices for All Site Systems“ / „Closely monitor Internet-based site settings on site systems“; Microsoft-Produktdokumentation: Planen der Standorte für die internetbasierte Clientverwaltung („Secondary sites cannot support Internet-based client management“)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft product documentation: overview of Internet-based client management (requires a native mode site)</source>
        <translation>Microsoft-Produktdokumentation: Übersicht über die internetbasierte Clientverwaltung (erfordert einen Standort im einheitlichen Modus)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Several sites can share one SQL Server, but the vendor does not recommend it: an attacker who compromises one site database has easy access to the others, and recovering one failed site becomes harder, because the work must not disturb the healthy sites on the same server.</source>
        <translation>Mehrere Standorte können sich einen SQL Server teilen, doch der Hersteller empfiehlt das nicht: Ein Angreifer, der eine Standortdatenbank kompromittiert, erhält leicht Zugriff auf die anderen, und die Wiederherstellung eines ausgefallenen Standorts wird schwieriger, weil die Arbeiten die intakten Standorte auf demselben Server nicht beeinträchtigen dürfen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Configuration Manager 2007 always connects to its database with Windows authentication. Mixed mode only adds SQL Server logins, with passwords of their own, as another way in.</source>
        <translation>Configuration Manager 2007 verbindet sich stets mit Windows-Authentifizierung mit seiner Datenbank. Der gemischte Modus fügt lediglich SQL Server-Anmeldungen mit eigenen Kennwörtern als weiteren Zugang hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Configure SQL Server to use Windows authentication&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;; SMS 2003: Planning for SMS Account Lifecycles — &quot;Overview of Password Change Methods for SMS Accounts&quot; (table 12.2), &quot;Database accounts (sa)&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — „Best Practices for SQL Server“ / „Configure SQL Server to use Windows authentication“; Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for SQL Server“; SMS 2003: Planning for SMS Account Lifecycles — „Overview of Password Change Methods for SMS Accounts“ (Tabelle 12.2), „Database accounts (sa)“</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Configuration Manager 2007 supports site systems on Windows Server 2008 from SP1 on (installed from the SP1 complete release), and on Windows Server 2008 R2 from SP2 on. An earlier release on these systems is not supported.</source>
        <translation>Configuration Manager 2007 unterstützt Standortsysteme unter Windows Server 2008 ab SP1 (installiert aus dem vollständigen SP1-Release) und unter Windows Server 2008 R2 ab SP2. Ein älteres Release ist auf diesen Systemen nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SMS 2003 does not support clustering for any site system role, the site database server included. Configuration Manager 2007 supports a cluster only for the SQL Server of the site database; the site server and every other role must run on servers that are not cluster nodes.</source>
        <translation>SMS 2003 unterstützt Clustering für keine Standortsystemrolle, auch nicht für den Standortdatenbankserver. Configuration Manager 2007 unterstützt einen Cluster nur für den SQL Server der Standortdatenbank; der Standortserver und alle anderen Rollen müssen auf Servern laufen, die keine Clusterknoten sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install the site system roles on servers that are not cluster nodes (in Configuration Manager 2007 only the site database may stay on a SQL Server failover cluster). For availability use fault-tolerant hardware such as RAID, a spare management point, and several distribution and reporting points.</source>
        <translation>Installieren Sie die Standortsystemrollen auf Servern, die keine Clusterknoten sind (unter Configuration Manager 2007 darf nur die Standortdatenbank auf einem SQL Server-Failovercluster bleiben). Sorgen Sie für Verfügbarkeit mit fehlertoleranter Hardware wie RAID, einem Ersatzverwaltungspunkt sowie mehreren Verteilungs- und Reporting-Punkten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot; / &quot;Improve recoverability&quot;; Microsoft product documentation: &quot;Configuration Manager 2007 General Supported Configurations&quot; (only the site database server may be on a cluster)</source>
        <translation>SMS 2003: Securing SMS Site Systems — „Use Role Separation on Site Systems“ / „Improve recoverability“; Microsoft-Produktdokumentation: „Configuration Manager 2007 General Supported Configurations“ (nur der Standortdatenbankserver darf auf einem Cluster liegen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Extend the Active Directory schema for the product, create the System Management container with the permissions site servers need, and enable publishing for every site. Then keep the rights minimal: once the sites have created their objects, reduce full control of the System Management container to each site server&apos;s own objects (grant it again while a secondary site is installed), and let each computer create and update only its own entries.</source>
        <translation>Erweitern Sie das Active Directory-Schema für das Produkt, erstellen Sie den Container „System Management“ mit den Berechtigungen, die die Standortserver benötigen, und aktivieren Sie die Veröffentlichung für jeden Standort. Halten Sie die Rechte danach minimal: Sobald die Standorte ihre Objekte erstellt haben, beschränken Sie den Vollzugriff auf den Container „System Management“ auf die eigenen Objekte jedes Standortservers (gewähren Sie ihn erneut, während ein sekundärer Standort installiert wird), und lassen Sie jeden Computer nur seine eigenen Einträge erstellen und aktualisieren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Active Directory data does not replicate between forests, so site systems and clients in another forest cannot use the keys and locations the site publishes and fall back to less secure mechanisms. Configuration Manager 2007 supports a few site systems in another forest by design: a System Health Validator point, and management, distribution, software update and fallback status points that serve Internet-based clients; those do not count here.</source>
        <translation>Active Directory-Daten werden nicht zwischen Gesamtstrukturen repliziert; Standortsysteme und Clients in einer anderen Gesamtstruktur können daher die vom Standort veröffentlichten Schlüssel und Speicherorte nicht nutzen und weichen auf weniger sichere Mechanismen aus. Configuration Manager 2007 unterstützt einige Standortsysteme in einer anderen Gesamtstruktur ausdrücklich: einen Systemintegritätsprüfungspunkt sowie Verwaltungs-, Verteilungs-, Softwareupdate- und Fallbackstatuspunkte, die internetbasierte Clients bedienen; diese zählen hier nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Hierarchy Security&quot;; SMS 2003: Security Planning — &quot;Use Active Directory as Trusted Source&quot;; Microsoft product documentation: &quot;Configuration Manager in Multiple Active Directory Forests&quot; (the site systems supported in another forest)</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Hierarchy Security“; SMS 2003: Security Planning — „Use Active Directory as Trusted Source“; Microsoft-Produktdokumentation: „Configuration Manager in Multiple Active Directory Forests“ (die in einer anderen Gesamtstruktur unterstützten Standortsysteme)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Site roles are concentrated on too few servers</source>
        <translation>Rollen des Standorts sind auf zu wenige Server konzentriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With every role on one computer, losing that server stops all management of the site&apos;s clients. SMS 2003 also loses its clients&apos; management point with the site server when the management point runs there, and all content or reports when the site has a single distribution point or reporting point.</source>
        <translation>Liegen alle Rollen auf einem Computer, beendet der Ausfall dieses Servers jede Verwaltung der Clients des Standorts. Unter SMS 2003 verlieren die Clients außerdem ihren Verwaltungspunkt mit dem Standortserver, wenn der Verwaltungspunkt dort läuft, und alle Inhalte oder Berichte, wenn der Standort nur einen Verteilungspunkt oder Reporting-Punkt hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the management point on a server other than the site server, and provide several distribution and reporting points; use fault-tolerant hardware where a role must stay single.</source>
        <translation>Legen Sie den Verwaltungspunkt auf einen anderen Server als den Standortserver, und stellen Sie mehrere Verteilungs- und Reporting-Punkte bereit; verwenden Sie fehlertolerante Hardware, wo eine Rolle einzeln bleiben muss.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Microsoft product documentation: &quot;Configuration Manager Site Capacity Planning&quot; (clients per primary site)</source>
        <translation>Microsoft-Produktdokumentation: „Configuration Manager Site Capacity Planning“ (Clients pro primärem Standort)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Microsoft product documentation: &quot;Configuration Manager Site Capacity Planning&quot; (clients per management point)</source>
        <translation>Microsoft-Produktdokumentation: „Configuration Manager Site Capacity Planning“ (Clients pro Verwaltungspunkt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Microsoft product documentation: &quot;Configuration Manager Site Capacity Planning&quot; (secondary sites per primary site)</source>
        <translation>Microsoft-Produktdokumentation: „Configuration Manager Site Capacity Planning“ (sekundäre Standorte pro primärem Standort)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Microsoft product documentation: &quot;Configuration Manager Site Capacity Planning&quot; (distribution points per site)</source>
        <translation>Microsoft-Produktdokumentation: „Configuration Manager Site Capacity Planning“ (Verteilungspunkte pro Standort)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site has more than 2,000 branch distribution points</source>
        <translation>Standort hat mehr als 2.000 Zweigstellenverteilungspunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Manager 2007 supports up to 2,000 branch distribution points in a site; beyond that neither content distribution nor support is assured.</source>
        <translation>Configuration Manager 2007 unterstützt bis zu 2.000 Zweigstellenverteilungspunkte an einem Standort; darüber hinaus sind weder die Inhaltsverteilung noch der Support gewährleistet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move some of the locations to another primary or secondary site, or check the number of branch distribution points.</source>
        <translation>Verlagern Sie einige Standorte in einen anderen primären oder sekundären Standort, oder prüfen Sie die Zahl der Zweigstellenverteilungspunkte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: &quot;Configuration Manager Site Capacity Planning&quot; (branch distribution points per site)</source>
        <translation>Microsoft-Produktdokumentation: „Configuration Manager Site Capacity Planning“ (Zweigstellenverteilungspunkte pro Standort)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Configuration Manager 2007 hierarchy is supported for up to 200,000 clients in all its sites together (300,000 with Configuration Manager 2007 R3), since all their data reaches the central site.</source>
        <translation>Eine Hierarchie von Configuration Manager 2007 wird für bis zu 200.000 Clients in allen Standorten zusammen unterstützt (300.000 mit Configuration Manager 2007 R3), da ihre Daten alle den zentralen Standort erreichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Microsoft product documentation: &quot;Configuration Manager Site Capacity Planning&quot; (clients per hierarchy)</source>
        <translation>Microsoft-Produktdokumentation: „Configuration Manager Site Capacity Planning“ (Clients pro Hierarchie)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Administrator-specified account is a domain administrator</source>
        <translation>Vom Administrator angegebenes Konto ist Domänenadministrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whoever obtains the password of a domain administrator account used by the product, for example on a computer it logs on to, controls the whole domain. No account the administrator specifies needs those rights: each needs only local rights on the computers it works with or rights on specific objects.</source>
        <translation>Wer das Kennwort eines vom Produkt verwendeten Domänenadministratorkontos erlangt, etwa auf einem Computer, an dem es sich anmeldet, kontrolliert die gesamte Domäne. Kein vom Administrator angegebenes Konto benötigt diese Rechte: Jedes braucht nur lokale Rechte auf den Computern, mit denen es arbeitet, oder Rechte an bestimmten Objekten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the account from Domain Admins and grant only what its purpose needs, such as local administrator rights on the computers it installs clients or site systems on.</source>
        <translation>Entfernen Sie das Konto aus der Gruppe „Domänen-Admins“, und gewähren Sie ihm nur, was sein Zweck erfordert, etwa lokale Administratorrechte auf den Computern, auf denen es Clients oder Standortsysteme installiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the account from Domain Admins and grant only what its purpose needs, such as local administrator rights on the computers it installs clients on; prefer advanced security, which needs no SMS Service account, and keep the rights granted in Active Directory minimal.</source>
        <translation>Entfernen Sie das Konto aus der Gruppe „Domänen-Admins“, und gewähren Sie ihm nur, was sein Zweck erfordert, etwa lokale Administratorrechte auf den Computern, auf denen es Clients installiert; bevorzugen Sie die erweiterte Sicherheit, die kein SMS-Dienstkonto benötigt, und halten Sie die in Active Directory gewährten Rechte minimal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMS 2003: Security Planning — &quot;Enable Advanced Security Mode&quot;; SMS 2003: Security Planning — &quot;Extend the Active Directory Schema&quot;; Microsoft product documentation: Configuration Manager 2007 account topics (each account needs only local or object rights); upgrade considerations (one security mode, equivalent to SMS 2003 advanced security)</source>
        <translation>SMS 2003: Security Planning — „Enable Advanced Security Mode“; SMS 2003: Security Planning — „Extend the Active Directory Schema“; Microsoft-Produktdokumentation: Kontothemen von Configuration Manager 2007 (jedes Konto benötigt nur lokale Rechte oder Rechte an Objekten); Hinweise zum Upgrade (ein einziger Sicherheitsmodus, der der erweiterten Sicherheit von SMS 2003 entspricht)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Internet-facing site system has no Internet FQDN</source>
        <translation>Internetseitiges Standortsystem hat keinen Internet-FQDN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet-based clients find a site system by the fully qualified domain name configured for it on the Internet, which public DNS must resolve and its certificate must name. A site system that accepts Internet-based clients without an Internet FQDN cannot be reached by them.</source>
        <translation>Internetbasierte Clients finden ein Standortsystem über den für das Internet konfigurierten vollqualifizierten Domänennamen, den das öffentliche DNS auflösen und das Zertifikat des Systems enthalten muss. Ein Standortsystem, das internetbasierte Clients annimmt, aber keinen Internet-FQDN hat, ist für sie nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State the server&apos;s Internet FQDN (`internetFqdn`), register it on public DNS servers and include it in the site system&apos;s certificate; or stop accepting Internet-based clients on this server.</source>
        <translation>Geben Sie den Internet-FQDN des Servers an (`internetFqdn`), registrieren Sie ihn auf öffentlichen DNS-Servern und nehmen Sie ihn in das Zertifikat des Standortsystems auf; oder nehmen Sie auf diesem Server keine internetbasierten Clients mehr an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot; (Internet-based site settings); Microsoft product documentation: &quot;Prerequisites for Internet-Based Client Management&quot; and &quot;Checklist for Configuring a Site for Internet-Based Client Management&quot; (Internet FQDN of site systems)</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Securing Site Systems“ (internetbasierte Standorteinstellungen); Microsoft-Produktdokumentation: „Prerequisites for Internet-Based Client Management“ und „Checklist for Configuring a Site for Internet-Based Client Management“ (Internet-FQDN von Standortsystemen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Native-mode clients do not check the CRL</source>
        <translation>Clients im einheitlichen Modus prüfen die Sperrliste nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certification authority revokes a certificate that is compromised or suspected to be. Clients that do not check the certificate revocation list keep trusting a site system whose certificate was revoked, until the certificate expires.</source>
        <translation>Eine Zertifizierungsstelle sperrt ein Zertifikat, das kompromittiert ist oder unter Verdacht steht. Clients, die die Zertifikatsperrliste nicht prüfen, vertrauen einem Standortsystem mit gesperrtem Zertifikat weiter, bis das Zertifikat abläuft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the site&apos;s clients check the CRL for site systems (`pki.crlChecking: true`) and publish the CRL where every client can reach it; allow for the extra connection time, above all for Internet-based clients.</source>
        <translation>Lassen Sie die Clients des Standorts die Sperrliste für Standortsysteme prüfen (`pki.crlChecking: true`) und veröffentlichen Sie die Sperrliste dort, wo jeder Client sie erreicht; planen Sie die längere Verbindungszeit ein, vor allem für internetbasierte Clients.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Certificate Management&quot; (enable CRL checking on native mode clients); Microsoft product documentation: &quot;Determine If You Need to Enable Certificate Revocation Checking (CRL) On Clients (Native Mode)&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Certificate Management“ (Sperrlistenprüfung auf Clients im einheitlichen Modus aktivieren); Microsoft-Produktdokumentation: „Determine If You Need to Enable Certificate Revocation Checking (CRL) On Clients (Native Mode)“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients check a CRL they cannot reach</source>
        <translation>Clients prüfen eine Sperrliste, die sie nicht erreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client that checks certificate revocation and cannot find the CRL treats every certificate of the chain as revoked: each connection that needs a certificate fails, and the client can only report the error to its fallback status point.</source>
        <translation>Ein Client, der Zertifikatsperrungen prüft und die Sperrliste nicht findet, behandelt jedes Zertifikat der Kette als gesperrt: Jede Verbindung, die ein Zertifikat braucht, schlägt fehl, und der Client kann den Fehler nur noch an seinen Fallbackstatuspunkt melden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish the CRL where all of the site&apos;s clients can reach it, on the Internet too when the site manages Internet-based clients, before the clients check it.</source>
        <translation>Veröffentlichen Sie die Sperrliste dort, wo alle Clients des Standorts sie erreichen – bei internetbasierten Clients auch im Internet –, bevor die Clients sie prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: &quot;Determine If You Need to Enable Certificate Revocation Checking (CRL) On Clients (Native Mode)&quot; (clients that fail to locate the CRL)</source>
        <translation>Microsoft-Produktdokumentation: „Determine If You Need to Enable Certificate Revocation Checking (CRL) On Clients (Native Mode)“ (Clients, die die Sperrliste nicht finden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site server signing certificate is not deployed through Active Directory</source>
        <translation>Signaturzertifikat des Standortservers wird nicht über Active Directory verteilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Native-mode clients trust the policies they download because the site server signing certificate signs them. A copy of the certificate that clients read from Active Directory comes from a trusted source; a copy handed to them another way is only as trustworthy as that way.</source>
        <translation>Clients im einheitlichen Modus vertrauen den heruntergeladenen Richtlinien, weil das Signaturzertifikat des Standortservers sie signiert. Eine Kopie des Zertifikats, die Clients aus Active Directory lesen, stammt aus einer vertrauenswürdigen Quelle; eine auf anderem Weg übergebene Kopie ist nur so vertrauenswürdig wie dieser Weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish the site to Active Directory and let clients take the site server signing certificate from there (`pki.signingCertificate: active-directory`); provide it at client installation only where a client cannot query Active Directory.</source>
        <translation>Veröffentlichen Sie den Standort in Active Directory und lassen Sie die Clients das Signaturzertifikat des Standortservers von dort beziehen (`pki.signingCertificate: active-directory`); geben Sie es nur dort bei der Clientinstallation mit, wo ein Client Active Directory nicht abfragen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Internet-Based Clients&quot; and &quot;Best Practices for Certificate Management&quot; (use Active Directory to deploy the site server signing certificate); Microsoft product documentation: &quot;About the Site Server Signing Certificate (Native Mode)&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Securing Internet-Based Clients“ und „Best Practices for Certificate Management“ (Signaturzertifikat des Standortservers über Active Directory verteilen); Microsoft-Produktdokumentation: „About the Site Server Signing Certificate (Native Mode)“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Native-mode site systems accept certificates from any trusted root</source>
        <translation>Standortsysteme im einheitlichen Modus akzeptieren Zertifikate jeder vertrauenswürdigen Stammzertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a certificate trust list, the IIS of a native-mode site system accepts every client certificate that chains to any root the server trusts, well-known public certification authorities included, so any computer with such a certificate counts as a valid client.</source>
        <translation>Ohne Zertifikatvertrauensliste akzeptiert der IIS eines Standortsystems im einheitlichen Modus jedes Clientzertifikat, das zu irgendeiner vom Server vertrauten Stammzertifizierungsstelle führt, bekannte öffentliche Zertifizierungsstellen eingeschlossen; so gilt jeder Computer mit einem solchen Zertifikat als gültiger Client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configure a certificate trust list that names only the root certification authorities of your clients&apos; certificates on the web site of each site system that uses SSL (`pki.certificateTrustList: true`).</source>
        <translation>Richten Sie auf der Website jedes Standortsystems, das SSL verwendet, eine Zertifikatvertrauensliste ein, die nur die Stammzertifizierungsstellen der Clientzertifikate nennt (`pki.certificateTrustList: true`).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Certificate Management&quot; (use a certificate trust list); Microsoft product documentation: &quot;Determine If You Need to Configure a Certificate Trust List (CTL) with IIS (Native Mode)&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Certificate Management“ (Zertifikatvertrauensliste verwenden); Microsoft-Produktdokumentation: „Determine If You Need to Configure a Certificate Trust List (CTL) with IIS (Native Mode)“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secondary site states PKI settings</source>
        <translation>Sekundärer Standort gibt PKI-Einstellungen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secondary site has no site mode settings of its own: it takes them, the site server signing certificate and certificate revocation checking included, from its parent site. PKI settings written on it are not what its clients get.</source>
        <translation>Ein sekundärer Standort hat keine eigenen Standortmoduseinstellungen: Er übernimmt sie, einschließlich Signaturzertifikat des Standortservers und Sperrlistenprüfung, von seinem übergeordneten Standort. Bei ihm angegebene PKI-Einstellungen erhalten seine Clients nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove `pki` from the secondary site and state the settings on its parent primary site.</source>
        <translation>Entfernen Sie `pki` vom sekundären Standort und geben Sie die Einstellungen beim übergeordneten primären Standort an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: &quot;Site Properties: Site Mode Tab&quot; (secondary sites inherit the site mode settings from their parent)</source>
        <translation>Microsoft-Produktdokumentation: „Site Properties: Site Mode Tab“ (sekundäre Standorte erben die Standortmoduseinstellungen von ihrem übergeordneten Standort)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>SMS 2003 needs mixed authentication only where a site reaches its database with a SQL Server login, such as a database account planned for sa; otherwise mixed mode only adds SQL Server logins, with passwords of their own, as another way in. Windows authentication is the recommended configuration.</source>
        <translation>SMS 2003 benötigt die gemischte Authentifizierung nur, wo ein Standort seine Datenbank mit einer SQL Server-Anmeldung erreicht, etwa mit einem für sa geplanten Datenbankkonto; ansonsten fügt der gemischte Modus lediglich SQL Server-Anmeldungen mit eigenen Kennwörtern als weiteren Zugang hinzu. Empfohlen ist die Windows-Authentifizierung.</translation>
    </message>
    <message>
        <location line="-1623"/>
        <source>Move these roles to the parent primary site, or make the site a primary site.</source>
        <translation>Verschieben Sie diese Rollen zum übergeordneten primären Standort, oder machen Sie den Standort zu einem primären Standort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Primary site has no management point</source>
        <translation>Primärer Standort hat keinen Verwaltungspunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the management-point role to a server of the site, preferably a server other than the site server.</source>
        <translation>Weisen Sie die Rolle management-point einem Server des Standorts zu, vorzugsweise einem anderen Server als dem Standortserver.</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Management Points&quot; / &quot;If this site system role is configured in a perimeter network, configure the site server to retrieve the data from the site system&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;Avoid using the fallback status point in the perimeter network&quot;; Microsoft product documentation: &quot;Configuration Manager in Multiple Active Directory Forests&quot; (allow only site server initiated data transfers)</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — „Best Practices for Management Points“ / „If this site system role is configured in a perimeter network, configure the site server to retrieve the data from the site system“; Configuration Manager 2007: Best Practices for Securing Site Systems — „Best Practices for Fallback Status Point“ / „Avoid using the fallback status point in the perimeter network“; Microsoft-Produktdokumentation: „Configuration Manager in Multiple Active Directory Forests“ (nur vom Standortserver initiierte Datenübertragungen zulassen)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Keep a single server locator point for the hierarchy, installed in the central site, and remove the others.</source>
        <translation>Behalten Sie einen einzigen Serverlocatorpunkt für die Hierarchie, installiert im zentralen Standort, und entfernen Sie die übrigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Systems Requiring IIS&quot; / &quot;Use only a single server locator point for your environment&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Server Locator Point&quot;; Microsoft product documentation: &quot;Determine If You Need a Server Locator Point for Configuration Manager Clients&quot; (one server locator point for the hierarchy, in the central site)</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — „Best Practices for Site Systems Requiring IIS“ / „Use only a single server locator point for your environment“; Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Server Locator Point“; Microsoft-Produktdokumentation: „Determine If You Need a Server Locator Point for Configuration Manager Clients“ (ein Serverlocatorpunkt für die Hierarchie, im zentralen Standort)</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>SMS 2003: Security Planning — &quot;Maintain One Management Point at the Primary Site&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Maintain One Management Point at the Primary Site&quot;</translation>
    </message>
    <message>
        <location line="-523"/>
        <source>Site has no client access point</source>
        <translation>Standort hat keinen Clientzugriffspunkt</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>A secondary site has no site database and no SMS Provider, so the database, provider, reporting point and Asset Intelligence synchronization point roles have nothing to work with there. A Configuration Manager 2007 out of band service point is installed in a primary site.</source>
        <translation>Ein sekundärer Standort hat weder eine Standortdatenbank noch einen SMS-Anbieter; den Rollen Standortdatenbankserver, SMS-Anbieter, Reporting-Punkt und Asset Intelligence-Synchronisierungspunkt fehlt dort daher jede Arbeitsgrundlage. Ein Out-of-Band-Dienstpunkt von Configuration Manager 2007 wird in einem primären Standort installiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Microsoft product documentation: secondary sites (no site database, no SMS Provider); &quot;Checklist for Configuring Out of Band Management&quot; (install the out of band service point in the primary site)</source>
        <translation>Microsoft-Produktdokumentation: sekundäre Standorte (keine Standortdatenbank, kein SMS-Anbieter); „Checklist for Configuring Out of Band Management“ (Out-of-Band-Dienstpunkt im primären Standort installieren)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advanced Clients, and all Configuration Manager 2007 clients, get their policy from and send their data to a management point. In SMS 2003 every primary site keeps one; in Configuration Manager 2007 every site with clients assigned to it must have one.</source>
        <translation>Advanced Clients und alle Clients von Configuration Manager 2007 beziehen ihre Richtlinien von einem Verwaltungspunkt und senden ihre Daten an ihn. Unter SMS 2003 behält jeder primäre Standort einen; unter Configuration Manager 2007 muss jeder Standort, dem Clients zugewiesen sind, einen haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SMS 2003: Security Planning — &quot;Maintain One Management Point at the Primary Site&quot;; Microsoft product documentation: installing a management point (sites that have clients assigned to them must have a management point)</source>
        <translation>SMS 2003: Security Planning — „Maintain One Management Point at the Primary Site“; Microsoft-Produktdokumentation: Installieren eines Verwaltungspunkts (Standorte mit zugewiesenen Clients benötigen einen Verwaltungspunkt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMS 2003 always installs a client access point on the site server and does not allow the last one of a site to be removed, so a plan without one does not describe what will actually be deployed.</source>
        <translation>SMS 2003 installiert immer einen Clientzugriffspunkt auf dem Standortserver und lässt nicht zu, dass der letzte Clientzugriffspunkt eines Standorts entfernt wird; ein Plan ohne Clientzugriffspunkt beschreibt daher nicht, was tatsächlich bereitgestellt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the client-access-point role, normally on the site server. If there are no Legacy Clients, keep it and restrict client access to it instead of trying to remove it.</source>
        <translation>Führen Sie die Rolle client-access-point auf, normalerweise auf dem Standortserver. Wenn es keine Legacy Clients gibt, behalten Sie sie bei und beschränken Sie den Clientzugriff darauf, statt zu versuchen, sie zu entfernen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asset Intelligence synchronization point is misplaced</source>
        <translation>Asset Intelligence-Synchronisierungspunkt ist falsch platziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Manager 2007 supports a single Asset Intelligence synchronization point in a hierarchy, and it must be installed in the central site.</source>
        <translation>Configuration Manager 2007 unterstützt nur einen einzigen Asset Intelligence-Synchronisierungspunkt pro Hierarchie, und dieser muss am zentralen Standort installiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep one asset-intelligence-sync-point, on a server of the central site, and remove the others.</source>
        <translation>Behalten Sie eine einzige Rolle asset-intelligence-sync-point auf einem Server des zentralen Standorts bei, und entfernen Sie die übrigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: Asset Intelligence synchronization point (one per hierarchy, at the central site)</source>
        <translation>Microsoft-Produktdokumentation: Asset Intelligence-Synchronisierungspunkt (einer pro Hierarchie, am zentralen Standort)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account is used by a site that is not in the plan</source>
        <translation>Konto wird von einem Standort verwendet, der nicht im Plan enthalten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s site list names a code that no site of the plan has, so the account plan cannot be checked against the hierarchy.</source>
        <translation>Die Standortliste des Kontos nennt einen Code, den kein Standort des Plans hat; daher kann der Kontenplan nicht mit der Hierarchie abgeglichen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the site code or remove it from the account&apos;s sites.</source>
        <translation>Korrigieren Sie den Standortcode, oder entfernen Sie ihn aus den Standorten des Kontos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hierarch file format: account sites</source>
        <translation>Hierarch-Dateiformat: Standorte eines Kontos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account type does not exist in this product</source>
        <translation>Kontotyp gibt es in diesem Produkt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS 2003 and Configuration Manager 2007 use different accounts. The SMS Service, server connection, client connection and SQL Server login accounts belong to SMS 2003, which Configuration Manager 2007 replaced by a single security mode using computer accounts; Configuration Manager 2007 has accounts of its own such as the Network Access and Site System Installation accounts. An account of the other product cannot be created as planned, and its password plan would be judged against the wrong product.</source>
        <translation>SMS 2003 und Configuration Manager 2007 verwenden unterschiedliche Konten. Das SMS-Dienstkonto, die Serververbindungs-, Clientverbindungs- und SQL Server-Anmeldekonten gehören zu SMS 2003, das Configuration Manager 2007 durch einen einzigen Sicherheitsmodus mit Computerkonten ersetzt hat; Configuration Manager 2007 hat eigene Konten wie das Netzwerkzugriffskonto und das Standortsystem-Installationskonto. Ein Konto des anderen Produkts lässt sich nicht wie geplant anlegen, und sein Kennwortplan würde am falschen Produkt gemessen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the account with the one the plan&apos;s product uses for the same purpose, or remove it. If the plan&apos;s product is wrong, change the product instead.</source>
        <translation>Ersetzen Sie das Konto durch das Konto, das das Produkt des Plans für denselben Zweck verwendet, oder entfernen Sie es. Ist das Produkt des Plans falsch, ändern Sie stattdessen das Produkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Planning for SMS Account Lifecycles — &quot;Overview of Password Change Methods for SMS Accounts&quot; (table 12.2); Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Configure SQL Server to use Windows authentication&quot;; Microsoft product documentation: Configuration Manager 2007 account topics (Network Access, Site System Installation, Software Update Point Connection, Health State Reference Publishing and Querying, Site Address accounts); upgrade considerations (one security mode, equivalent to SMS 2003 advanced security)</source>
        <translation>SMS 2003: Planning for SMS Account Lifecycles — „Overview of Password Change Methods for SMS Accounts“ (Tabelle 12.2); Configuration Manager 2007: Best Practices for Securing Site Systems — „Best Practices for SQL Server“ / „Configure SQL Server to use Windows authentication“; Microsoft-Produktdokumentation: Kontothemen von Configuration Manager 2007 (Netzwerkzugriffskonto, Standortsystem-Installationskonto, Softwareupdatepunkt-Verbindungskonto, Konten zur Veröffentlichung und Abfrage des Integritätsstatusverweises, Standortadresskonto); Hinweise zum Upgrade (ein einziger Sicherheitsmodus, der der erweiterten Sicherheit von SMS 2003 entspricht)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Native mode site below a mixed mode parent</source>
        <translation>Standort im einheitlichen Modus unter einem übergeordneten Standort im gemischten Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Manager 2007 does not support a native mode primary site whose parent site is in mixed mode; a hierarchy is migrated to native mode from the top down.</source>
        <translation>Configuration Manager 2007 unterstützt keinen primären Standort im einheitlichen Modus, dessen übergeordneter Standort sich im gemischten Modus befindet; eine Hierarchie wird von oben nach unten in den einheitlichen Modus migriert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the parent site, and the sites above it, to native mode first, or keep this site in mixed mode until they are migrated.</source>
        <translation>Stellen Sie zuerst den übergeordneten Standort und die Standorte darüber auf den einheitlichen Modus um, oder belassen Sie diesen Standort im gemischten Modus, bis sie migriert sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: native mode site hierarchy requirements (parent sites must be in native mode before their child sites)</source>
        <translation>Microsoft-Produktdokumentation: Anforderungen an Standorthierarchien im einheitlichen Modus (übergeordnete Standorte müssen vor ihren untergeordneten Standorten in den einheitlichen Modus wechseln)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced security site below a standard security parent</source>
        <translation>Standort mit erweiterter Sicherheit unter einem übergeordneten Standort mit Standardsicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS 2003 requires a parent site to use advanced security before its child sites can; a child in advanced security under a parent in standard security is not supported.</source>
        <translation>SMS 2003 setzt voraus, dass ein übergeordneter Standort die erweiterte Sicherheit verwendet, bevor seine untergeordneten Standorte sie verwenden können; ein untergeordneter Standort mit erweiterter Sicherheit unter einem übergeordneten Standort mit Standardsicherheit wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch the parent site to advanced security first (the more secure mode in any case), or keep this site in standard security until the parent is converted.</source>
        <translation>Stellen Sie zuerst den übergeordneten Standort auf erweiterte Sicherheit um (ohnehin der sicherere Modus), oder belassen Sie diesen Standort bei Standardsicherheit, bis der übergeordnete Standort umgestellt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: SMS 2003 security modes (a parent site must use advanced security before its child sites)</source>
        <translation>Microsoft-Produktdokumentation: Sicherheitsmodi von SMS 2003 (ein übergeordneter Standort muss vor seinen untergeordneten Standorten die erweiterte Sicherheit verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site runs a later service pack than its parent</source>
        <translation>Standort führt ein neueres Service Pack aus als sein übergeordneter Standort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan the parent site at the same or a later service pack, or upgrade the child only after its parent.</source>
        <translation>Planen Sie den übergeordneten Standort mit demselben oder einem neueren Service Pack, oder aktualisieren Sie den untergeordneten Standort erst nach dem übergeordneten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: &quot;Considerations for Upgrading Sites&quot; (begin at the central site) and the service pack upgrade checklists</source>
        <translation>Microsoft-Produktdokumentation: &quot;Considerations for Upgrading Sites&quot; (beim zentralen Standort beginnen) und die Checklisten zur Aktualisierung auf die Service Packs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site system role needs a later release than its site runs</source>
        <translation>Standortsystemrolle braucht ein neueres Release, als ihr Standort ausführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some site system roles came with a service pack or a feature release: the out of band service point with Configuration Manager 2007 SP1, the reporting services point with Configuration Manager 2007 R2. A site at an earlier release cannot install them.</source>
        <translation>Einige Standortsystemrollen kamen mit einem Service Pack oder einem Feature Release: der Out-of-Band-Dienstpunkt mit Configuration Manager 2007 SP1, der Reporting Services-Punkt mit Configuration Manager 2007 R2. Ein Standort mit einem älteren Release kann sie nicht installieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan the site at the release the role needs (SP1 for out of band management, R2 for SQL Reporting Services), or use the reporting point instead of the reporting services point.</source>
        <translation>Planen Sie den Standort mit dem Release, das die Rolle braucht (SP1 für die Out-of-Band-Verwaltung, R2 für SQL Reporting Services), oder verwenden Sie den Reporting-Punkt statt des Reporting Services-Punkts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: &quot;What&apos;s New in Configuration Manager 2007 SP1&quot; (out of band management) and &quot;What&apos;s New in Configuration Manager 2007 R2&quot; (SQL Reporting Services integration)</source>
        <translation>Microsoft-Produktdokumentation: &quot;What&apos;s New in Configuration Manager 2007 SP1&quot; (Out-of-Band-Verwaltung) und &quot;What&apos;s New in Configuration Manager 2007 R2&quot; (Integration von SQL Reporting Services)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site boundaries overlap those of another site</source>
        <translation>Standortgrenzen überschneiden sich mit denen eines anderen Standorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client whose address or Active Directory site lies in the boundaries of two sites could be assigned to either of them, and looks for distribution points and management points in the wrong one. Microsoft advises giving every site a unique set of boundaries because overlaps cause errors in client operations.</source>
        <translation>Ein Client, dessen Adresse oder Active-Directory-Standort in den Grenzen zweier Standorte liegt, kann jedem der beiden zugewiesen werden und sucht Verteilungspunkte und Verwaltungspunkte im falschen. Microsoft empfiehlt, jedem Standort eigene, eindeutige Grenzen zu geben, weil Überschneidungen Fehler im Clientbetrieb verursachen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split the address space so that each subnet, range or IPv6 prefix belongs to one site, and give each Active Directory site to one site only.</source>
        <translation>Teilen Sie den Adressraum so auf, dass jedes Subnetz, jeder Bereich und jedes IPv6-Präfix zu genau einem Standort gehört, und ordnen Sie jeden Active-Directory-Standort nur einem Standort zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: Configuration Manager 2007 &quot;About Boundaries&quot; (overlapping boundaries); SMS 2003 &quot;Roaming and Roaming Boundaries&quot; (do not configure roaming boundaries to overlap)</source>
        <translation>Microsoft-Produktdokumentation: Configuration Manager 2007 „About Boundaries“ (überlappende Grenzen); SMS 2003 „Roaming and Roaming Boundaries“ (Roaminggrenzen nicht überlappen lassen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary site with clients has no boundaries</source>
        <translation>Primärer Standort mit Clients hat keine Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients are assigned to a site, and find its site systems, through the site&apos;s boundaries. A primary site that plans clients but has no boundaries receives none by automatic site assignment, and the plan does not say where its clients are.</source>
        <translation>Clients werden einem Standort über seine Grenzen zugewiesen und finden über sie seine Standortsysteme. Ein primärer Standort, der Clients plant, aber keine Grenzen hat, erhält durch die automatische Standortzuweisung keine, und der Plan sagt nicht, wo seine Clients sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State the IP subnets, IP address ranges, IPv6 prefixes or Active Directory sites of the locations whose clients belong to the site.</source>
        <translation>Nennen Sie die IP-Subnetze, IP-Adressbereiche, IPv6-Präfixe oder Active-Directory-Standorte der Orte, deren Clients zu dem Standort gehören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State the IP subnets or Active Directory sites of the locations whose clients belong to the site; Legacy Clients must lie within its site boundaries.</source>
        <translation>Nennen Sie die IP-Subnetze oder Active-Directory-Standorte der Orte, deren Clients zu dem Standort gehören; Legacy Clients müssen innerhalb seiner Standortgrenzen liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: Configuration Manager 2007 &quot;About Boundaries&quot; (clients are assigned according to boundaries); SMS 2003 &quot;Planning Site Boundaries and Roaming Boundaries&quot;</source>
        <translation>Microsoft-Produktdokumentation: Configuration Manager 2007 „About Boundaries“ (Clients werden nach Grenzen zugewiesen); SMS 2003 „Planning Site Boundaries and Roaming Boundaries“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protected site system names boundaries that are not its site&apos;s</source>
        <translation>Geschütztes Standortsystem nennt Grenzen, die nicht zu seinem Standort gehören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protecting a site system limits its distribution point and state migration point to clients in chosen boundaries, and those are chosen among the boundaries of the site it belongs to. A boundary of another site, or none at all, cannot be chosen, so the protection cannot be configured as planned.</source>
        <translation>Der Schutz eines Standortsystems beschränkt seinen Verteilungspunkt und seinen Zustandsmigrationspunkt auf Clients in ausgewählten Grenzen, und diese werden unter den Grenzen seines Standorts ausgewählt. Eine Grenze eines anderen Standorts, oder gar keine, kann nicht gewählt werden; der Schutz lässt sich so nicht wie geplant einrichten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name only boundaries of the server&apos;s own site in its protected boundaries, or add the boundary to that site.</source>
        <translation>Nennen Sie in den geschützten Grenzen nur Grenzen des eigenen Standorts des Servers, oder fügen Sie die Grenze diesem Standort hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: Configuration Manager 2007 &quot;Decide Whether to Protect the Distribution Point&quot; (protected site systems serve only clients in their boundaries)</source>
        <translation>Microsoft-Produktdokumentation: Configuration Manager 2007 „Decide Whether to Protect the Distribution Point“ (geschützte Standortsysteme bedienen nur Clients in ihren Grenzen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fallback status point shares its server with other roles</source>
        <translation>Fallbackstatuspunkt teilt seinen Server mit anderen Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fallback status point accepts unauthenticated messages from any computer, even in native mode. Every other role on the same server is exposed to that untrusted input.</source>
        <translation>Der Fallbackstatuspunkt nimmt nicht authentifizierte Meldungen von jedem beliebigen Computer an, auch im einheitlichen Modus. Jede andere Rolle auf demselben Server ist diesen nicht vertrauenswürdigen Eingaben ausgesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the fallback status point on a server of its own that carries no other site system role.</source>
        <translation>Stellen Sie den Fallbackstatuspunkt auf einem eigenen Server bereit, der keine weitere Standortsystemrolle hostet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Reduce the attack profile&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;Do not co-locate any other site system roles with the fallback status point&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Reduce the attack profile&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;Do not co-locate any other site system roles with the fallback status point&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fallback status point on a domain controller</source>
        <translation>Fallbackstatuspunkt auf einem Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A role that takes unauthenticated traffic from any computer must not run where a successful attack would hand over the domain.</source>
        <translation>Eine Rolle, die nicht authentifizierten Datenverkehr von beliebigen Computern annimmt, darf nicht dort ausgeführt werden, wo ein erfolgreicher Angriff die Domäne preisgeben würde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the fallback status point to a dedicated member server.</source>
        <translation>Verschieben Sie den Fallbackstatuspunkt auf einen dedizierten Mitgliedsserver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;Do not install the fallback status point on a domain controller&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;Do not install the fallback status point on a domain controller&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fallback status point outside the intranet</source>
        <translation>Fallbackstatuspunkt außerhalb des Intranets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placing a role that accepts unauthenticated data in the perimeter network or on the Internet exposes it to anyone. The only gain is easier troubleshooting of Internet-based clients, which rarely outweighs that risk.</source>
        <translation>Eine Rolle, die nicht authentifizierte Daten annimmt, ist im Umkreisnetzwerk oder im Internet für jeden erreichbar. Der einzige Vorteil ist eine einfachere Problembehandlung bei internetbasierten Clients, die dieses Risiko selten aufwiegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the fallback status point on the intranet. If it must stay in the perimeter network, allow only site server initiated data transfers from it so that the site server pulls its data.</source>
        <translation>Belassen Sie den Fallbackstatuspunkt im Intranet. Wenn er im Umkreisnetzwerk bleiben muss, lassen Sie von ihm nur vom Standortserver initiierte Datenübertragungen zu, sodass der Standortserver seine Daten abruft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;Avoid using the fallback status point in the perimeter network&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;Avoid using the fallback status point in the perimeter network&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Native mode site has clients but no fallback status point</source>
        <translation>Standort im einheitlichen Modus hat Clients, aber keinen Fallbackstatuspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In native mode a management point refuses clients whose PKI certificate is missing or invalid. Without a fallback status point those clients cannot report the failure, and large numbers of them can drop out of management unnoticed.</source>
        <translation>Im einheitlichen Modus weist ein Verwaltungspunkt Clients ab, deren PKI-Zertifikat fehlt oder ungültig ist. Ohne Fallbackstatuspunkt können diese Clients den Fehler nicht melden, und viele von ihnen können unbemerkt aus der Verwaltung herausfallen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install a fallback status point for the site and assign it to clients when they are installed, before the clients are deployed.</source>
        <translation>Installieren Sie einen Fallbackstatuspunkt für den Standort, und weisen Sie ihn den Clients bei deren Installation zu, und zwar bevor die Clients bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;In native mode, deploy the fallback status point prior to deploying clients&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Fallback Status Point&quot; / &quot;In native mode, deploy the fallback status point prior to deploying clients&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Fallback Status Point&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site system outside the intranet pushes data to the site server</source>
        <translation>Standortsystem außerhalb des Intranets sendet Daten von sich aus an den Standortserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By default a site system opens connections to the site server to deliver its data, which means inbound connections from the perimeter network or the Internet into the intranet. Letting the site server pull the data allows much tighter firewall rules and permissions.</source>
        <translation>Standardmäßig baut ein Standortsystem Verbindungen zum Standortserver auf, um seine Daten zu übermitteln; das bedeutet eingehende Verbindungen aus dem Umkreisnetzwerk oder dem Internet in das Intranet. Wenn der Standortserver die Daten abruft, sind wesentlich strengere Firewallregeln und Berechtigungen möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable &quot;Allow only site server initiated data transfers from this site system&quot; on this site system; the setting covers all roles on it.</source>
        <translation>Aktivieren Sie auf diesem Standortsystem die Option „Nur vom Standortserver initiierte Datenübertragungen von diesem Standortsystem zulassen“; die Einstellung gilt für alle Rollen auf dem System.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Site system bridges the perimeter network and the intranet</source>
        <translation>Standortsystem verbindet das Umkreisnetzwerk mit dem Intranet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dual-homed site system connects the perimeter network directly to the intranet. An attacker who takes it over from the untrusted side has bypassed the firewalls.</source>
        <translation>Ein mehrfach vernetztes (dual-homed) Standortsystem verbindet das Umkreisnetzwerk direkt mit dem Intranet. Ein Angreifer, der es von der nicht vertrauenswürdigen Seite aus übernimmt, hat die Firewalls umgangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect the site system to one network only and route its traffic through the firewall; for Internet-based clients use SSL bridging at a proxy instead of a bridging server.</source>
        <translation>Schließen Sie das Standortsystem nur an ein einziges Netzwerk an, und leiten Sie seinen Datenverkehr über die Firewall; verwenden Sie für internetbasierte Clients SSL-Bridging an einem Proxyserver statt eines Servers, der beide Netzwerke verbindet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Internet-Based Clients&quot; / &quot;Do not use site systems that bridge the perimeter network and intranet&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Internet-Based Clients&quot; / &quot;Do not use site systems that bridge the perimeter network and intranet&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server locator point outside the intranet</source>
        <translation>Serverlocatorpunkt außerhalb des Intranets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server locator point reads the site database to tell clients which site and management point to use. Exposing it in the perimeter network or on the Internet opens a path to the site database, and it is not a supported role for Internet-based clients.</source>
        <translation>Der Serverlocatorpunkt liest die Standortdatenbank, um Clients mitzuteilen, welchen Standort und welchen Verwaltungspunkt sie verwenden sollen. Wird er im Umkreisnetzwerk oder im Internet zugänglich gemacht, öffnet das einen Weg zur Standortdatenbank; zudem wird diese Rolle für internetbasierte Clients nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the server locator point on the intranet. Configure clients in the perimeter network explicitly at installation instead of exposing a locator point to them.</source>
        <translation>Belassen Sie den Serverlocatorpunkt im Intranet. Konfigurieren Sie Clients im Umkreisnetzwerk bei der Installation explizit, statt ihnen einen Serverlocatorpunkt zugänglich zu machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practice for Server Locator Point&quot; / &quot;Do not put a server locator point in the perimeter network&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Server Locator Point&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practice for Server Locator Point&quot; / &quot;Do not put a server locator point in the perimeter network&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Server Locator Point&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hierarchy has more than one server locator point</source>
        <translation>Hierarchie hat mehr als einen Serverlocatorpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every server locator point is another IIS server with access to a site database. One locator point serves the whole hierarchy, so further ones only add attack surface.</source>
        <translation>Jeder Serverlocatorpunkt ist ein weiterer IIS-Server mit Zugriff auf eine Standortdatenbank. Ein einziger Serverlocatorpunkt bedient die gesamte Hierarchie; weitere vergrößern daher nur die Angriffsfläche.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Site server runs IIS</source>
        <translation>Standortserver führt IIS aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site server&apos;s computer account usually has administrative rights on every site system, and on clients when client push is used. IIS and the product both run as Local System, so an IIS compromise on the site server gives the attacker the whole site.</source>
        <translation>Das Computerkonto des Standortservers hat in der Regel Administratorrechte auf jedem Standortsystem und bei Verwendung der Clientpushinstallation auch auf den Clients. IIS und das Produkt werden beide unter dem lokalen Systemkonto ausgeführt; eine Kompromittierung von IIS auf dem Standortserver verschafft dem Angreifer daher den gesamten Standort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the IIS-based roles (management point, BITS-enabled distribution point, reporting point and so on) and any other web application to other servers, so that IIS is not installed on the site server.</source>
        <translation>Verschieben Sie die IIS-basierten Rollen (Verwaltungspunkt, BITS-fähiger Verteilungspunkt, Reporting-Punkt usw.) und alle anderen Webanwendungen auf andere Server, damit IIS nicht auf dem Standortserver installiert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Systems Requiring IIS&quot; / &quot;Do not put the site server on a computer with IIS&quot;; SMS 2003: Security Planning — &quot;Maintain the Management Point on Its Own Server&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Systems Requiring IIS&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Systems Requiring IIS&quot; / &quot;Do not put the site server on a computer with IIS&quot;; SMS 2003: Security Planning — &quot;Maintain the Management Point on Its Own Server&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Systems Requiring IIS&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IIS roles share a server with non-IIS roles</source>
        <translation>IIS-Rollen teilen sich einen Server mit Rollen ohne IIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installing IIS enlarges a server&apos;s attack surface, and any role without IIS needs on the same computer becomes reachable through an IIS vulnerability.</source>
        <translation>Die Installation von IIS vergrößert die Angriffsfläche eines Servers, und jede Rolle auf demselben Computer, die IIS nicht benötigt, wird über eine IIS-Sicherheitslücke angreifbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where roles must be combined to save hardware, put IIS roles together on one server and roles that do not need IIS on another.</source>
        <translation>Wenn Rollen zusammengelegt werden müssen, um Hardware zu sparen, fassen Sie IIS-Rollen auf einem Server und Rollen, die IIS nicht benötigen, auf einem anderen Server zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot; / &quot;Reduce the attack profile&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Reduce the attack profile&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot; / &quot;Reduce the attack profile&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Reduce the attack profile&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site system shares IIS with other web applications</source>
        <translation>Standortsystem teilt IIS mit anderen Webanwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A poorly configured web application on the same IIS can give an attacker control of the site systems on that server, and from there of the site.</source>
        <translation>Eine schlecht konfigurierte Webanwendung auf demselben IIS kann einem Angreifer die Kontrolle über die Standortsysteme auf diesem Server verschaffen und von dort aus über den Standort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move other web applications to other servers. If they must stay, run the site systems in a custom web site of their own rather than the default web site.</source>
        <translation>Verschieben Sie andere Webanwendungen auf andere Server. Wenn sie bleiben müssen, führen Sie die Standortsysteme in einer eigenen benutzerdefinierten Website statt in der Standardwebsite aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Systems Requiring IIS&quot; / &quot;Use dedicated IIS servers for Configuration Manager&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Systems Requiring IIS&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Systems Requiring IIS&quot; / &quot;Use dedicated IIS servers for Configuration Manager&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Systems Requiring IIS&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other services running as Local System on a site system</source>
        <translation>Weitere Dienste unter dem lokalen Systemkonto auf einem Standortsystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every service running as Local System shares the computer account&apos;s privileges, so a flaw in any of them exposes the product&apos;s files and data and the computer account&apos;s rights on other site systems.</source>
        <translation>Jeder Dienst, der unter dem lokalen Systemkonto ausgeführt wird, teilt die Berechtigungen des Computerkontos; eine Schwachstelle in einem dieser Dienste legt daher die Dateien und Daten des Produkts sowie die Rechte des Computerkontos auf anderen Standortsystemen offen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove unrelated Local System services from the site system or run them under a low-privileged account.</source>
        <translation>Entfernen Sie nicht zugehörige Dienste, die unter dem lokalen Systemkonto ausgeführt werden, vom Standortsystem, oder führen Sie sie unter einem Konto mit geringen Berechtigungen aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+292"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Do not install other services that use the Local System account&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Do not install other services that use the Local System account&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Site server on a domain controller</source>
        <translation>Standortserver auf einem Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A domain controller has no local account database, so the product&apos;s local accounts become domain accounts, and the site server software adds attack surface to the domain controller.</source>
        <translation>Ein Domänencontroller hat keine lokale Kontendatenbank; die lokalen Konten des Produkts werden daher zu Domänenkonten, und die Standortserversoftware vergrößert die Angriffsfläche des Domänencontrollers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the site server, and other site systems, on member servers.</source>
        <translation>Installieren Sie den Standortserver und die übrigen Standortsysteme auf Mitgliedsservern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Server&quot; / &quot;Install Configuration Manager 2007 on a member server instead of a domain controller&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Server&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Server&quot; / &quot;Install Configuration Manager 2007 on a member server instead of a domain controller&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Server&quot;</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Site system on a domain controller</source>
        <translation>Standortsystem auf einem Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site systems do not need to run on a domain controller. A domain controller has no local account database, so the accounts and groups the product keeps locally become domain accounts, and the site system software adds attack surface to the domain controller.</source>
        <translation>Standortsysteme müssen nicht auf einem Domänencontroller laufen. Ein Domänencontroller hat keine lokale Kontendatenbank, sodass die Konten und Gruppen, die das Produkt lokal führt, zu Domänenkonten werden, und die Standortsystemsoftware vergrößert die Angriffsfläche des Domänencontrollers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the site system roles to a member server.</source>
        <translation>Verlagern Sie die Standortsystemrollen auf einen Mitgliedsserver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secondary site is installed by push from its parent</source>
        <translation>Sekundärer Standort wird per Pushinstallation vom übergeordneten Standort installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push installation sends the setup files over the network, where they could be altered before they run, and it requires the parent site server&apos;s computer account to be a local administrator of the secondary site server, more privilege than normal operation needs.</source>
        <translation>Bei der Pushinstallation werden die Setupdateien über das Netzwerk übertragen, wo sie vor ihrer Ausführung verändert werden könnten, und das Computerkonto des übergeordneten Standortservers muss lokaler Administrator auf dem sekundären Standortserver sein – mehr Berechtigungen, als der normale Betrieb erfordert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install the secondary site from the setup media at the secondary site server. If push is unavoidable, authenticate the two site servers to each other with IPsec during the transfer.</source>
        <translation>Installieren Sie den sekundären Standort mit dem Setupmedium direkt am sekundären Standortserver. Lässt sich die Pushinstallation nicht vermeiden, authentifizieren Sie die beiden Standortserver während der Übertragung gegenseitig mit IPsec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Server&quot; / &quot;Install secondary sites at the secondary site server instead of using push installation&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Server&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Site Server&quot; / &quot;Install secondary sites at the secondary site server instead of using push installation&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Site Server&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Central site server is the management point for clients that rely on the trusted root key</source>
        <translation>Zentraler Standortserver ist Verwaltungspunkt für Clients, die auf den vertrauenswürdigen Stammschlüssel angewiesen sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients that cannot use Active Directory authenticate management points with the trusted root key of the central site. If the central site server is also their management point and has to be rebuilt, its new key is unknown to them: every client must have its old trusted root key removed and be provisioned again by hand.</source>
        <translation>Clients, die Active Directory nicht verwenden können, authentifizieren Verwaltungspunkte mit dem vertrauenswürdigen Stammschlüssel des zentralen Standorts. Ist der zentrale Standortserver zugleich ihr Verwaltungspunkt und muss er neu aufgebaut werden, ist ihnen sein neuer Schlüssel unbekannt: Auf jedem Client muss der alte vertrauenswürdige Stammschlüssel entfernt und der neue von Hand bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extend the Active Directory schema and enable publishing so that clients can use Active Directory; if that is not possible (or clients are in workgroups), move the central site&apos;s management point to a separate server.</source>
        <translation>Erweitern Sie das Active Directory-Schema, und aktivieren Sie die Veröffentlichung, damit Clients Active Directory verwenden können; ist das nicht möglich (oder befinden sich Clients in Arbeitsgruppen), verlagern Sie den Verwaltungspunkt des zentralen Standorts auf einen separaten Server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;In a central site without Active Directory schema extensions and publishing, always use a separate management point&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Management Points&quot; / &quot;In a single site hierarchy that requires trusted root key authentication, always use a separate management point&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Management Points&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;In a central site without Active Directory schema extensions and publishing, always use a separate management point&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Management Points&quot; / &quot;In a single site hierarchy that requires trusted root key authentication, always use a separate management point&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Management Points&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Management point reaches a remote site database without IPsec</source>
        <translation>Verwaltungspunkt greift ohne IPsec auf eine Remote-Standortdatenbank zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A management point on another computer than its site database talks to SQL Server over the network. An attacker who can intercept or alter that traffic, or who takes over the management point, can tamper with the database that drives every client.</source>
        <translation>Ein Verwaltungspunkt, der sich auf einem anderen Computer als seine Standortdatenbank befindet, kommuniziert über das Netzwerk mit SQL Server. Ein Angreifer, der diesen Datenverkehr abfangen oder verändern kann oder der den Verwaltungspunkt übernimmt, kann die Datenbank manipulieren, die alle Clients steuert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect the traffic between the management point and the site database server with IPsec, and keep the network path physically secured where possible.</source>
        <translation>Schützen Sie den Datenverkehr zwischen dem Verwaltungspunkt und dem Standortdatenbankserver mit IPsec, und sichern Sie den Netzwerkpfad nach Möglichkeit physisch ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Security Planning — &quot;Maintain One Management Point at the Primary Site&quot;; SMS 2003: Security Planning — &quot;Maintain the Management Point on Its Own Server&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Maintain One Management Point at the Primary Site&quot;; SMS 2003: Security Planning — &quot;Maintain the Management Point on Its Own Server&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secondary site has a proxy management point</source>
        <translation>Sekundärer Standort hat einen Proxyverwaltungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy management point is one more management point that clients must trust, and it reaches the primary site&apos;s database across the network.</source>
        <translation>Ein Proxyverwaltungspunkt ist ein weiterer Verwaltungspunkt, dem Clients vertrauen müssen, und er greift über das Netzwerk auf die Datenbank des primären Standorts zu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consider serving the secondary site&apos;s clients from the primary site&apos;s management point. If the proxy is needed, protect its traffic to the site database with IPsec.</source>
        <translation>Erwägen Sie, die Clients des sekundären Standorts über den Verwaltungspunkt des primären Standorts zu bedienen. Wird der Proxyverwaltungspunkt benötigt, schützen Sie seinen Datenverkehr zur Standortdatenbank mit IPsec.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site has more than one management point</source>
        <translation>Standort hat mehr als einen Verwaltungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each management point is another IIS server that clients trust and that works with the site database, so each one adds attack surface.</source>
        <translation>Jeder Verwaltungspunkt ist ein weiterer IIS-Server, dem Clients vertrauen und der mit der Standortdatenbank arbeitet; jeder einzelne vergrößert daher die Angriffsfläche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as few management points as the client load allows.</source>
        <translation>Verwenden Sie so wenige Verwaltungspunkte, wie es die Clientlast zulässt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS 2003: Security Planning — &quot;Maintain One Management Point at the Primary Site&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Management Points&quot; / &quot;Use the fewest management points possible&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Management Points&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Maintain One Management Point at the Primary Site&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for Management Points&quot; / &quot;Use the fewest management points possible&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Management Points&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role that cannot serve Internet-based clients accepts Internet connections</source>
        <translation>Rolle, die keine internetbasierten Clients bedienen kann, nimmt Internetverbindungen an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turn off Internet client connections on this site system, or move the unsupported roles to a server that serves the intranet only; review the Internet settings of site systems regularly.</source>
        <translation>Deaktivieren Sie auf diesem Standortsystem die Clientverbindungen aus dem Internet, oder verlagern Sie die nicht unterstützten Rollen auf einen Server, der nur das Intranet bedient; überprüfen Sie die Interneteinstellungen von Standortsystemen regelmäßig.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Internet-based clients in a mixed mode site</source>
        <translation>Internetbasierte Clients an einem Standort im gemischten Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Manager 2007 manages Internet-based clients only in native mode, where PKI certificates authenticate clients and site systems; a mixed mode site cannot serve them.</source>
        <translation>Configuration Manager 2007 verwaltet internetbasierte Clients nur im einheitlichen Modus, in dem PKI-Zertifikate Clients und Standortsysteme authentifizieren; ein Standort im gemischten Modus kann sie nicht bedienen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrate the site to native mode before allowing Internet clients, or turn off Internet client connections on its site systems.</source>
        <translation>Migrieren Sie den Standort in den einheitlichen Modus, bevor Sie Internetclients zulassen, oder deaktivieren Sie Internetclientverbindungen auf seinen Standortsystemen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distribution point without BITS in a native mode site</source>
        <translation>Verteilungspunkt ohne BITS an einem Standort im einheitlichen Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native mode protects client communication with PKI certificates over HTTPS, but clients reach a distribution point without BITS through SMB file shares, outside that protection.</source>
        <translation>Der einheitliche Modus schützt die Clientkommunikation mit PKI-Zertifikaten über HTTPS, doch auf einen Verteilungspunkt ohne BITS greifen Clients über SMB-Dateifreigaben zu, außerhalb dieses Schutzes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable BITS on every distribution point of native mode sites.</source>
        <translation>Aktivieren Sie BITS auf jedem Verteilungspunkt von Standorten im einheitlichen Modus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Native Mode&quot; / &quot;Configure all distribution points to use BITS&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Native Mode&quot; / &quot;Configure all distribution points to use BITS&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP allowed for roaming and site assignment in a native mode site</source>
        <translation>HTTP für Roaming und Standortzuweisung an einem Standort im einheitlichen Modus zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The option lets native mode clients fall back to plain HTTP when they look for a site or roam, without the certificate-based authentication that native mode is chosen for.</source>
        <translation>Mit dieser Option weichen Clients im einheitlichen Modus auf einfaches HTTP aus, wenn sie einen Standort suchen oder Roaming nutzen – ohne die zertifikatbasierte Authentifizierung, derentwegen der einheitliche Modus gewählt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off &quot;HTTP communication for roaming and site assignment&quot;, and publish site information to Active Directory so that clients can find their site without it.</source>
        <translation>Deaktivieren Sie „HTTP-Kommunikation für Roaming und Standortzuweisung“, und veröffentlichen Sie die Standortinformationen in Active Directory, damit Clients ihren Standort auch ohne diese Option finden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Native Mode&quot; / &quot;Do not enable &quot;HTTP communication for roaming and site assignment&quot;&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Native Mode&quot; / &quot;Do not enable &quot;HTTP communication for roaming and site assignment&quot;&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL Server hosts the databases of several sites</source>
        <translation>SQL Server hostet die Datenbanken mehrerer Standorte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give each site a SQL Server of its own, preferably on its site server.</source>
        <translation>Geben Sie jedem Standort einen eigenen SQL Server, vorzugsweise auf seinem Standortserver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Use a dedicated SQL Server for each site&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Use a dedicated SQL Server for each site&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site database server runs other SQL Server applications</source>
        <translation>Standortdatenbankserver führt weitere SQL Server-Anwendungen aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other applications widen who and what can reach the SQL Server holding the site data, and a compromise of the site database in turn endangers those applications.</source>
        <translation>Weitere Anwendungen erweitern den Kreis der Personen und Prozesse, die den SQL Server mit den Standortdaten erreichen können, und eine Kompromittierung der Standortdatenbank gefährdet umgekehrt auch diese Anwendungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move other databases and applications to another SQL Server so that this one serves the site alone.</source>
        <translation>Verlagern Sie andere Datenbanken und Anwendungen auf einen anderen SQL Server, sodass dieser ausschließlich dem Standort dient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Do not use the Configuration Manager site database server to run other SQL Server applications&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Do not use the Configuration Manager site database server to run other SQL Server applications&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SQL Server allows SQL Server logins</source>
        <translation>SQL Server lässt SQL Server-Anmeldungen zu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configure SQL Server for Windows authentication only.</source>
        <translation>Konfigurieren Sie SQL Server ausschließlich für die Windows-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQL Server runs as Local System</source>
        <translation>SQL Server wird als lokales System ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A compromise of SQL Server then gives Local System on the computer and the rights of its computer account, which on a site server reach every site system.</source>
        <translation>Eine Kompromittierung von SQL Server verschafft dann Rechte als lokales System auf dem Computer sowie die Rechte seines Computerkontos, die auf einem Standortserver bis auf jedes Standortsystem reichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the SQL Server service under a low-privileged domain user account and register the service principal name for that account.</source>
        <translation>Führen Sie den SQL Server-Dienst unter einem Domänenbenutzerkonto mit geringen Rechten aus, und registrieren Sie den Dienstprinzipalnamen für dieses Konto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQL Server service principal name is not registered</source>
        <translation>Dienstprinzipalname von SQL Server ist nicht registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When SQL Server runs under a domain user account, Kerberos authentication to it needs a service principal name in Active Directory. Without it authentication fails, and so does site setup.</source>
        <translation>Wird SQL Server unter einem Domänenbenutzerkonto ausgeführt, benötigt die Kerberos-Authentifizierung bei SQL Server einen Dienstprinzipalnamen in Active Directory. Ohne ihn schlägt die Authentifizierung fehl und damit auch die Standortinstallation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register the SQL Server service principal names (MSSQLSvc) for the service account in Active Directory before installing the site.</source>
        <translation>Registrieren Sie die Dienstprinzipalnamen von SQL Server (MSSQLSvc) für das Dienstkonto in Active Directory, bevor Sie den Standort installieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Follow security best practices for SQL Server&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Follow security best practices for SQL Server&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site database is not on the site server</source>
        <translation>Standortdatenbank befindet sich nicht auf dem Standortserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A site server and its database are of no use without each other, so separating them adds a point of failure and network traffic without improving availability. Keeping them together leaves the SQL Server configuration to the product and fewer security settings to get wrong.</source>
        <translation>Ein Standortserver und seine Datenbank sind ohne einander nutzlos; eine Trennung fügt daher eine weitere Ausfallstelle und zusätzlichen Netzwerkverkehr hinzu, ohne die Verfügbarkeit zu verbessern. Bleiben beide zusammen, übernimmt das Produkt die Konfiguration von SQL Server, und es gibt weniger Sicherheitseinstellungen, die falsch gesetzt werden können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install a dedicated SQL Server on the site server and host the site database there. If it must stay remote, make the site server&apos;s computer account a local administrator of the database server and protect the traffic between them with IPsec.</source>
        <translation>Installieren Sie einen dedizierten SQL Server auf dem Standortserver, und hosten Sie die Standortdatenbank dort. Muss sie remote bleiben, machen Sie das Computerkonto des Standortservers zum lokalen Administrator des Datenbankservers, und schützen Sie den Datenverkehr zwischen beiden mit IPsec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install a dedicated SQL Server on the site server and host the site database there. If it must stay remote: when applying the Security Configuration Wizard on the database server, also open the ports used by SMS_SQL_MONITOR_&lt;ServerName&gt; (the wizard enables that service but not its ports), and on the server running the SMS Provider enable Remote WMI so that SMS Administrator consoles can connect.</source>
        <translation>Installieren Sie einen dedizierten SQL Server auf dem Standortserver, und hosten Sie die Standortdatenbank dort. Muss sie remote bleiben: Öffnen Sie beim Anwenden des Security Configuration Wizard auf dem Datenbankserver auch die von SMS_SQL_MONITOR_&lt;ServerName&gt; verwendeten Ports (der Assistent aktiviert diesen Dienst, aber nicht seine Ports), und aktivieren Sie auf dem Server mit dem SMS-Anbieter Remote-WMI, damit SMS-Administratorkonsolen eine Verbindung herstellen können.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot;; SMS 2003: Securing SMS Site Systems — &quot;Enable the SMS Database Monitor ports on remote SMS site database servers&quot;; SMS 2003: Securing SMS Site Systems — &quot;Enable Remote WMI in the Security Configuration Wizard for remote site database servers&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Install Configuration Manager and SQL Server on the same computer&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot;; SMS 2003: Securing SMS Site Systems — &quot;Enable the SMS Database Monitor ports on remote SMS site database servers&quot;; SMS 2003: Securing SMS Site Systems — &quot;Enable Remote WMI in the Security Configuration Wizard for remote site database servers&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for SQL Server&quot; / &quot;Install Configuration Manager and SQL Server on the same computer&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for SQL Server&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site system uses FAT32</source>
        <translation>Standortsystem verwendet FAT32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAT32 has no file permissions, so the product&apos;s inboxes, content, logs and keys on that volume cannot be protected by access control.</source>
        <translation>FAT32 kennt keine Dateiberechtigungen; die Eingangsordner, Inhalte, Protokolle und Schlüssel des Produkts auf diesem Volume lassen sich daher nicht durch Zugriffssteuerung schützen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format every volume a site system uses with NTFS.</source>
        <translation>Formatieren Sie jedes Volume, das ein Standortsystem verwendet, mit NTFS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Use NTFS for all site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Use NTFS for all site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Admin$ share removed from a site system</source>
        <translation>Admin$-Freigabe von einem Standortsystem entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site server connects to the Admin$ share to install and service components on its site systems; without the share the site system cannot be managed.</source>
        <translation>Der Standortserver verbindet sich mit der Admin$-Freigabe, um Komponenten auf seinen Standortsystemen zu installieren und zu warten; ohne die Freigabe lässt sich das Standortsystem nicht verwalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the Admin$ share on every site system and control access through administrative group membership rather than by removing it.</source>
        <translation>Behalten Sie die Admin$-Freigabe auf jedem Standortsystem bei, und steuern Sie den Zugriff über die Mitgliedschaft in Administratorgruppen, statt die Freigabe zu entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Do Not Remove the Admin$ Share on Site Systems&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Do not remove the admin$ share on site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;Do Not Remove the Admin$ Share on Site Systems&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Do not remove the admin$ share on site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site system has no static IP address</source>
        <translation>Standortsystem hat keine statische IP-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static addresses make IPsec policies between site systems practical and are harder to hijack through name resolution attacks.</source>
        <translation>Statische Adressen machen IPsec-Richtlinien zwischen Standortsystemen praktikabel und lassen sich durch Angriffe auf die Namensauflösung schwerer umleiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign static IP addresses to all site systems.</source>
        <translation>Weisen Sie allen Standortsystemen statische IP-Adressen zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Configure static IP addresses for site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Configure static IP addresses for site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site system has no fully qualified domain name</source>
        <translation>Standortsystem hat keinen vollqualifizierten Domänennamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an FQDN, clients and servers find the site system by NetBIOS name through WINS, which is harder to secure than DNS. FQDNs are also required for Internet-based clients and for IPv6.</source>
        <translation>Ohne FQDN finden Clients und Server das Standortsystem über seinen NetBIOS-Namen per WINS, das sich schwerer absichern lässt als DNS. FQDNs sind außerdem für internetbasierte Clients und für IPv6 erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specify the FQDN of every site system (or set the plan&apos;s dnsDomain) and configure it in the site system properties.</source>
        <translation>Geben Sie den FQDN jedes Standortsystems an (oder legen Sie dnsDomain im Plan fest), und konfigurieren Sie ihn in den Eigenschaften des Standortsystems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Use FQDN server names&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Name Resolution&quot;</source>
        <translation>Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Use FQDN server names&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Name Resolution&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security Configuration Wizard policy not applied</source>
        <translation>Richtlinie des Security Configuration Wizard nicht angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a Security Configuration Wizard policy, services and ports that the roles do not need stay open. The product&apos;s template tells the wizard what each role requires so that the rest can be blocked.</source>
        <translation>Ohne eine Richtlinie des Security Configuration Wizard bleiben Dienste und Ports offen, die die Rollen nicht benötigen. Die Vorlage des Produkts teilt dem Assistenten mit, was jede Rolle benötigt, sodass der Rest blockiert werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a Security Configuration Wizard policy built with the product&apos;s template to each site system, add the settings the wizard does not detect, and run it again whenever roles change.</source>
        <translation>Wenden Sie auf jedes Standortsystem eine Richtlinie des Security Configuration Wizard an, die mit der Vorlage des Produkts erstellt wurde, ergänzen Sie die Einstellungen, die der Assistent nicht erkennt, und führen Sie ihn bei jeder Änderung der Rollen erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Security Configuration Wizard&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Run the Security Configuration Wizard on all site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;Security Configuration Wizard&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Run the Security Configuration Wizard on all site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Site Systems&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site server runs an operating system that Configuration Manager 2007 does not support</source>
        <translation>Standortserver läuft unter einem Betriebssystem, das Configuration Manager 2007 nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration Manager 2007 requires Windows Server 2003 with Service Pack 1 or later for the site server; a plan with an older system on the site server cannot be installed as written.</source>
        <translation>Configuration Manager 2007 erfordert für den Standortserver Windows Server 2003 mit Service Pack 1 oder höher; ein Plan mit einem älteren System auf dem Standortserver lässt sich so nicht installieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan the site server on Windows Server 2003 SP1 or later.</source>
        <translation>Planen Sie den Standortserver unter Windows Server 2003 SP1 oder höher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft product documentation: &quot;Configuration Manager Server Runtime Requirements&quot; (Windows Server 2003 SP1 for site server installation)</source>
        <translation>Microsoft-Produktdokumentation: „Configuration Manager Server Runtime Requirements“ (Windows Server 2003 SP1 für die Installation des Standortservers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site system runs an operating system older than Windows Server 2003 SP1</source>
        <translation>Standortsystem verwendet ein älteres Betriebssystem als Windows Server 2003 SP1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Server 2003 is secure by default and comes with IIS 6.0, and Service Pack 1 adds further protections and the Security Configuration Wizard. Older systems need more hardening and lack these features.</source>
        <translation>Windows Server 2003 ist standardmäßig sicher und enthält IIS 6.0, und Service Pack 1 fügt weitere Schutzmechanismen sowie den Security Configuration Wizard hinzu. Ältere Systeme erfordern mehr Härtung und verfügen nicht über diese Funktionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run all site systems on Windows Server 2003 SP1 or later.</source>
        <translation>Betreiben Sie alle Standortsysteme unter Windows Server 2003 SP1 oder höher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Use Windows Server 2003 Service Pack 1 for All Site Systems&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;Use Windows Server 2003 Service Pack 1 for All Site Systems&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site system runs a Windows Server release its site&apos;s release does not support</source>
        <translation>Standortsystem läuft unter einer Windows-Server-Version, die das Release seines Standorts nicht unterstützt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan the site at SP1 or later for Windows Server 2008 and at SP2 or later for Windows Server 2008 R2, or plan the server on the system its release supports.</source>
        <translation>Planen Sie den Standort mit SP1 oder neuer für Windows Server 2008 und mit SP2 oder neuer für Windows Server 2008 R2, oder planen Sie den Server auf einem System, das sein Release unterstützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: &quot;Configuration Manager 2007 SP1 Supported Configurations&quot; and &quot;Configuration Manager 2007 SP2 Supported Configurations&quot; (site system operating systems)</source>
        <translation>Microsoft-Produktdokumentation: &quot;Configuration Manager 2007 SP1 Supported Configurations&quot; und &quot;Configuration Manager 2007 SP2 Supported Configurations&quot; (Betriebssysteme der Standortsysteme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site system is a cluster node</source>
        <translation>Standortsystem ist ein Clusterknoten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Active Directory schema not extended or publishing off</source>
        <translation>Active Directory-Schema nicht erweitert oder Veröffentlichung deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the schema extensions and publishing, clients locate management points through WINS and server locator points and authenticate them with the trusted root key, and sites exchange signing keys by less secure means. Active Directory is a trusted, easily maintained source for this data.</source>
        <translation>Ohne die Schemaerweiterungen und die Veröffentlichung finden Clients Verwaltungspunkte über WINS und Serverlocatorpunkte und authentifizieren sie mit dem vertrauenswürdigen Stammschlüssel, und Standorte tauschen Signaturschlüssel auf weniger sichere Weise aus. Active Directory ist eine vertrauenswürdige, leicht zu pflegende Quelle für diese Daten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMS 2003: Security Planning — &quot;Extend the Active Directory Schema&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Extend the Active Directory Schema&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hierarchy has more than one site</source>
        <translation>Hierarchie hat mehr als einen Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every additional site brings intersite transfers and the accounts they use, and requires trusting that site&apos;s administrators.</source>
        <translation>Jeder zusätzliche Standort bringt standortübergreifende Übertragungen und die dafür verwendeten Konten mit sich und erfordert Vertrauen in die Administratoren dieses Standorts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as few sites as the network and administrative boundaries allow; serve remote locations with site systems of an existing site where possible.</source>
        <translation>Verwenden Sie so wenige Standorte, wie es die Netzwerk- und Verwaltungsgrenzen zulassen; versorgen Sie entfernte Außenstellen nach Möglichkeit mit Standortsystemen eines vorhandenen Standorts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Security Planning — &quot;Maintain a Single SMS Site Rather Than Multiple SMS Sites&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Hierarchy Security&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Maintain a Single SMS Site Rather Than Multiple SMS Sites&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Hierarchy Security&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site spans Active Directory forests</source>
        <translation>Standort erstreckt sich über mehrere Active Directory-Gesamtstrukturen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep all site systems of a site in the site&apos;s forest, and create a separate site for each other forest where needed.</source>
        <translation>Belassen Sie alle Standortsysteme eines Standorts in dessen Gesamtstruktur, und erstellen Sie bei Bedarf für jede weitere Gesamtstruktur einen eigenen Standort.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site has workgroup or cross-forest clients</source>
        <translation>Standort hat Arbeitsgruppenclients oder Clients aus anderen Gesamtstrukturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients outside the site&apos;s forest cannot query Active Directory for site information and management point keys, so they depend on the trusted root key and on manual provisioning.</source>
        <translation>Clients außerhalb der Gesamtstruktur des Standorts können Standortinformationen und Schlüssel der Verwaltungspunkte nicht aus Active Directory abfragen; sie sind daher auf den vertrauenswürdigen Stammschlüssel und auf eine manuelle Bereitstellung angewiesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join the clients to a domain of the site&apos;s forest. Where that is impossible, provision the trusted root key to them securely when they are installed.</source>
        <translation>Nehmen Sie die Clients in eine Domäne der Gesamtstruktur des Standorts auf. Wo das nicht möglich ist, stellen Sie ihnen den vertrauenswürdigen Stammschlüssel bei der Installation auf sicherem Weg bereit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secure key exchange is not required</source>
        <translation>Sicherer Schlüsselaustausch ist nicht erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without it, sites exchange the public keys that sign intersite data automatically and without verification, so a rogue site can feed signed but damaging site control data into the hierarchy.</source>
        <translation>Ohne diese Einstellung tauschen Standorte die öffentlichen Schlüssel, mit denen standortübergreifende Daten signiert werden, automatisch und ungeprüft aus; ein nicht autorisierter Standort kann so signierte, aber schädliche Standortsteuerungsdaten in die Hierarchie einschleusen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable &quot;Require secure key exchange&quot; on every site and exchange keys through Active Directory or manually.</source>
        <translation>Aktivieren Sie an jedem Standort „Sicheren Schlüsselaustausch anfordern“, und tauschen Sie Schlüssel über Active Directory oder manuell aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Security Planning — &quot;Enable Secure Key Exchange&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Hierarchy Security&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Communications&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Enable Secure Key Exchange&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Hierarchy Security&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Communications&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site accepts unsigned data from SMS 2.0 sites</source>
        <translation>Standort akzeptiert nicht signierte Daten von SMS 2.0-Standorten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepting unsigned intersite data lets anyone who can write to the site&apos;s inboxes spread forged site control files.</source>
        <translation>Werden nicht signierte standortübergreifende Daten akzeptiert, kann jeder, der in die Eingangsordner des Standorts schreiben kann, gefälschte Standortsteuerungsdateien verbreiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop accepting unsigned data as soon as no SMS 2.0 site without signing remains in the hierarchy.</source>
        <translation>Akzeptieren Sie keine nicht signierten Daten mehr, sobald in der Hierarchie kein SMS 2.0-Standort ohne Signierung mehr vorhanden ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Security Planning — &quot;Enable Secure Key Exchange&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Enable Secure Key Exchange&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site uses standard security</source>
        <translation>Standort verwendet Standardsicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard security relies on many domain accounts, among them a highly privileged SMS Service account whose password tends to be changed rarely. Advanced security uses Local System and computer accounts, whose strong passwords are maintained automatically.</source>
        <translation>Die Standardsicherheit beruht auf vielen Domänenkonten, darunter ein hoch privilegiertes SMS-Dienstkonto, dessen Kennwort erfahrungsgemäß selten geändert wird. Die erweiterte Sicherheit verwendet das lokale System und Computerkonten, deren starke Kennwörter automatisch verwaltet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch the site to advanced security and remove the accounts it no longer needs.</source>
        <translation>Stellen Sie den Standort auf erweiterte Sicherheit um, und entfernen Sie die Konten, die er nicht mehr benötigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Security Planning — &quot;Enable Advanced Security Mode&quot;; SMS 2003: Security Planning — &quot;Use Advanced Security&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Enable Advanced Security Mode&quot;; SMS 2003: Security Planning — &quot;Use Advanced Security&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary site is in mixed mode</source>
        <translation>Primärer Standort ist im gemischten Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In mixed mode client communication is not mutually authenticated and encrypted with PKI certificates, so clients and site systems are easier to impersonate and their traffic easier to read or alter.</source>
        <translation>Im gemischten Modus wird die Clientkommunikation nicht mit PKI-Zertifikaten gegenseitig authentifiziert und verschlüsselt; Clients und Standortsysteme lassen sich daher leichter imitieren, und ihr Datenverkehr lässt sich leichter mitlesen oder verändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy the required PKI certificates and a fallback status point, then migrate the site to native mode, parent sites before their children.</source>
        <translation>Stellen Sie die erforderlichen PKI-Zertifikate und einen Fallbackstatuspunkt bereit, und migrieren Sie den Standort anschließend in den einheitlichen Modus – übergeordnete Standorte vor ihren untergeordneten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot; / &quot;Use native mode throughout the hierarchy&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Communications&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot; / &quot;Use native mode throughout the hierarchy&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Communications&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site still has Legacy Clients</source>
        <translation>Standort hat noch Legacy Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy Clients do not verify signed policy and content and need client accounts with high rights, whereas the Advanced Client runs its services as Local System and checks signatures.</source>
        <translation>Legacy Clients überprüfen signierte Richtlinien und Inhalte nicht und benötigen Clientkonten mit hohen Rechten, während der Advanced Client seine Dienste als lokales System ausführt und Signaturen prüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the Legacy Clients to the Advanced Client as soon as possible, and replace computers that cannot run it.</source>
        <translation>Aktualisieren Sie die Legacy Clients so bald wie möglich auf den Advanced Client, und ersetzen Sie Computer, auf denen er nicht ausgeführt werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Security Planning — &quot;Install the Advanced Client&quot;</source>
        <translation>SMS 2003: Security Planning — &quot;Install the Advanced Client&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic between site systems is not protected by IPsec</source>
        <translation>Datenverkehr zwischen Standortsystemen ist nicht durch IPsec geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site systems exchange data, content and database traffic across the network. Without IPsec that traffic can be read or changed and the servers do not authenticate each other.</source>
        <translation>Standortsysteme tauschen Daten, Inhalte und Datenbankverkehr über das Netzwerk aus. Ohne IPsec kann dieser Datenverkehr mitgelesen oder verändert werden, und die Server authentifizieren sich nicht gegenseitig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Define IPsec policies that authenticate and protect the traffic between all servers that carry roles.</source>
        <translation>Definieren Sie IPsec-Richtlinien, die den Datenverkehr zwischen allen Servern mit Rollen authentifizieren und schützen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Communications&quot;</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Recommended Security Configuration&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Communications&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot; / &quot;Improve recoverability&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Use role separation on site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Service Continuity&quot;</source>
        <translation>SMS 2003: Securing SMS Site Systems — &quot;Use Role Separation on Site Systems&quot; / &quot;Improve recoverability&quot;; Configuration Manager 2007: Best Practices for Securing Site Systems — &quot;Best Practices for All Site Systems&quot; / &quot;Use role separation on site systems&quot;; Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Service Continuity&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clients of the site have no way to complete site assignment</source>
        <translation>Clients des Standorts können die Standortzuweisung nicht abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients find their site and check it in Active Directory only when the schema is extended, sites publish to it and the clients are in the site&apos;s forest. All other clients need a server locator point, and native mode clients reach one only when HTTP communication for roaming and site assignment is allowed. Without either path the site&apos;s clients cannot be assigned to it. The documented exception is a site that manages only Internet-based clients, which the plan does not record.</source>
        <translation>Clients finden ihren Standort und prüfen ihn in Active Directory nur, wenn das Schema erweitert ist, die Standorte dort veröffentlichen und die Clients in der Gesamtstruktur des Standorts liegen. Alle anderen Clients benötigen einen Serverlocatorpunkt, und Clients im einheitlichen Modus erreichen ihn nur, wenn HTTP-Kommunikation für Roaming und Standortzuweisung zugelassen ist. Ohne einen dieser Wege können die Clients dem Standort nicht zugewiesen werden. Die dokumentierte Ausnahme ist ein Standort, der nur internetbasierte Clients verwaltet; der Plan hält das nicht fest.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Extend the Active Directory schema and publish the site so that clients in its forest use Active Directory. Where clients cannot (workgroup or other-forest clients), install a server locator point in the central site, and in a native mode site allow HTTP communication for roaming and site assignment.</source>
        <translation>Erweitern Sie das Active Directory-Schema, und veröffentlichen Sie den Standort, damit Clients in seiner Gesamtstruktur Active Directory nutzen. Wo Clients das nicht können (Arbeitsgruppenclients oder Clients aus anderen Gesamtstrukturen), installieren Sie einen Serverlocatorpunkt im zentralen Standort, und lassen Sie an einem Standort im einheitlichen Modus HTTP-Kommunikation für Roaming und Standortzuweisung zu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft product documentation: &quot;Determine If You Need a Server Locator Point for Configuration Manager Clients&quot;; &quot;How to Assign Configuration Manager Clients to a Site&quot;</source>
        <translation>Microsoft-Produktdokumentation: „Determine If You Need a Server Locator Point for Configuration Manager Clients“; „How to Assign Configuration Manager Clients to a Site“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary site has more than 100,000 clients</source>
        <translation>Primärer Standort hat mehr als 100.000 Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Manager 2007 supports at most 100,000 clients in a primary site; beyond that limit neither performance nor support is assured.</source>
        <translation>Configuration Manager 2007 unterstützt höchstens 100.000 Clients an einem primären Standort; oberhalb dieser Grenze sind weder Leistung noch Support gewährleistet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split the clients across more primary sites, or check the client count.</source>
        <translation>Verteilen Sie die Clients auf weitere primäre Standorte, oder überprüfen Sie die Clientanzahl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Management points serve more than 25,000 clients each</source>
        <translation>Verwaltungspunkte bedienen jeweils mehr als 25.000 Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Configuration Manager 2007 management point is supported for up to 25,000 clients; an overloaded management point delays policy and client data.</source>
        <translation>Ein Verwaltungspunkt von Configuration Manager 2007 wird für bis zu 25.000 Clients unterstützt; ein überlasteter Verwaltungspunkt verzögert die Übermittlung von Richtlinien und Clientdaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add management points (in a network load balancing cluster) or move clients to another site.</source>
        <translation>Fügen Sie Verwaltungspunkte hinzu (in einem Cluster mit Netzwerklastenausgleich), oder verschieben Sie Clients an einen anderen Standort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Primary site has more than 500 secondary sites</source>
        <translation>Primärer Standort hat mehr als 500 sekundäre Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Configuration Manager 2007 primary site supports up to 500 secondary child sites.</source>
        <translation>Ein primärer Standort von Configuration Manager 2007 unterstützt bis zu 500 untergeordnete sekundäre Standorte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach some of the secondary sites to another primary site, or serve small locations with branch distribution points instead.</source>
        <translation>Ordnen Sie einige der sekundären Standorte einem anderen primären Standort unter, oder versorgen Sie kleine Außenstellen stattdessen mit Zweigstellenverteilungspunkten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site has more than 100 distribution points</source>
        <translation>Standort hat mehr als 100 Verteilungspunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Manager 2007 supports up to 100 distribution points in a site; more than that overloads content distribution from the site server.</source>
        <translation>Configuration Manager 2007 unterstützt bis zu 100 Verteilungspunkte pro Standort; eine größere Anzahl überlastet die Inhaltsverteilung vom Standortserver aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve remote locations with branch distribution points or secondary sites, or split the site.</source>
        <translation>Versorgen Sie entfernte Außenstellen mit Zweigstellenverteilungspunkten oder sekundären Standorten, oder teilen Sie den Standort auf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hierarchy has more than 200,000 clients</source>
        <translation>Hierarchie hat mehr als 200.000 Clients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan a second hierarchy for part of the clients, or check the client counts.</source>
        <translation>Planen Sie eine zweite Hierarchie für einen Teil der Clients, oder überprüfen Sie die Clientanzahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Product-generated password is planned for manual change</source>
        <translation>Manuelle Änderung eines vom Produkt generierten Kennworts geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product generates, encrypts and keeps in step the passwords of the accounts it creates. Changing one by hand breaks the processes that use the account and can lock it out.</source>
        <translation>Das Produkt generiert, verschlüsselt und synchronisiert die Kennwörter der Konten, die es erstellt. Eine manuelle Änderung unterbricht die Prozesse, die das Konto verwenden, und kann zur Sperrung des Kontos führen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let the product change the password: site reset for server connection and remote service accounts, client removal and reinstallation for client services, client user token and CCM boot loader accounts.</source>
        <translation>Lassen Sie das Produkt das Kennwort ändern: per Standortzurücksetzung für Serververbindungs- und Remotedienstkonten, per Entfernen und Neuinstallieren des Clients für Clientdienst-, Clientbenutzertoken- und CCM-Startladeprogrammkonten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Planning for SMS Account Lifecycles — &quot;Planning for SMS Account Lifecycles&quot; / &quot;Do not manually change accounts that are automatically maintained by SMS processes&quot;; SMS 2003: Planning for SMS Account Lifecycles — &quot;Changing SMS Account Passwords&quot;</source>
        <translation>SMS 2003: Planning for SMS Account Lifecycles — &quot;Planning for SMS Account Lifecycles&quot; / &quot;Do not manually change accounts that are automatically maintained by SMS processes&quot;; SMS 2003: Planning for SMS Account Lifecycles — &quot;Changing SMS Account Passwords&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shared SMS Service account has no second account for password changes</source>
        <translation>Gemeinsam genutztes SMS-Dienstkonto hat kein zweites Konto für Kennwortänderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the SMS Service account is shared by several sites or used at a secondary site, processes keep starting and authenticating with it while a new password spreads; changing it in place causes failures and lockouts.</source>
        <translation>Wird das SMS-Dienstkonto von mehreren Standorten gemeinsam oder an einem sekundären Standort verwendet, starten und authentifizieren Prozesse weiterhin mit diesem Konto, während sich ein neues Kennwort erst verbreitet; eine direkte Änderung führt zu Fehlern und Kontosperrungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a second SMS Service account before changing the password, keep both active until every site uses the new one, and record it as the rotation account.</source>
        <translation>Erstellen Sie vor der Kennwortänderung ein zweites SMS-Dienstkonto, lassen Sie beide aktiv, bis jeder Standort das neue verwendet, und erfassen Sie es als Rotationskonto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Planning for SMS Account Lifecycles — &quot;Managing the SMS Service Account&quot;</source>
        <translation>SMS 2003: Planning for SMS Account Lifecycles — &quot;Managing the SMS Service Account&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account must be replaced, not have its password changed</source>
        <translation>Konto muss ersetzt werden; eine Kennwortänderung genügt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients and servers pick up a new password at different times. For administrator-created client connection accounts, and for remote service or database accounts shared by several sites, an in-place change orphans clients or locks the account out.</source>
        <translation>Clients und Server übernehmen ein neues Kennwort zu unterschiedlichen Zeitpunkten. Bei vom Administrator erstellten Clientverbindungskonten sowie bei Remotedienst- oder Datenbankkonten, die mehrere Standorte gemeinsam nutzen, führt eine direkte Änderung dazu, dass Clients verwaisen oder das Konto gesperrt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a new account, configure it wherever the old one is used, and delete the old account only when every client and server uses the new one.</source>
        <translation>Erstellen Sie ein neues Konto, konfigurieren Sie es überall dort, wo das alte verwendet wird, und löschen Sie das alte Konto erst, wenn alle Clients und Server das neue verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS 2003: Planning for SMS Account Lifecycles — &quot;Planning for SMS Account Lifecycles&quot; / &quot;In general, change passwords, instead of accounts, to maintain security&quot;; SMS 2003: Planning for SMS Account Lifecycles — &quot;Managing the Client Connection Account&quot;</source>
        <translation>SMS 2003: Planning for SMS Account Lifecycles — &quot;Planning for SMS Account Lifecycles&quot; / &quot;In general, change passwords, instead of accounts, to maintain security&quot;; SMS 2003: Planning for SMS Account Lifecycles — &quot;Managing the Client Connection Account&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only one administrator knows the password and no sealed copy exists</source>
        <translation>Nur ein Administrator kennt das Kennwort, und es gibt keine versiegelte Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the only person who knows the password is unavailable, urgent changes cannot be made. A sealed copy gives authorized staff access in an emergency and shows whether anyone has read it.</source>
        <translation>Ist die einzige Person, die das Kennwort kennt, nicht erreichbar, können dringende Änderungen nicht vorgenommen werden. Eine versiegelte Kopie gibt berechtigten Mitarbeitern im Notfall Zugriff und zeigt, ob jemand sie gelesen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a written copy of the password in a sealed envelope in a secure central place, such as a safe, and renew it at every password change.</source>
        <translation>Bewahren Sie eine schriftliche Kopie des Kennworts in einem versiegelten Umschlag an einem sicheren zentralen Ort auf, etwa in einem Tresor, und erneuern Sie sie bei jeder Kennwortänderung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Planning for SMS Account Lifecycles — &quot;Planning for SMS Account Lifecycles&quot; / &quot;If only one administrator knows an account password, seal and store it centrally&quot;</source>
        <translation>SMS 2003: Planning for SMS Account Lifecycles — &quot;Planning for SMS Account Lifecycles&quot; / &quot;If only one administrator knows an account password, seal and store it centrally&quot;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Address names an unknown site or account</source>
        <translation>Adresse nennt einen unbekannten Standort oder ein unbekanntes Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An address connects a site with another site of the hierarchy and logs on to it with a site address account. An address to a site the plan does not have, to the site itself, or with an account the account plan does not hold as a site address account cannot be configured as written.</source>
        <translation>Eine Adresse verbindet einen Standort mit einem anderen Standort der Hierarchie und meldet sich dort mit einem Standortadressenkonto an. Eine Adresse zu einem Standort, den der Plan nicht enthält, zum Standort selbst oder mit einem Konto, das der Kontenplan nicht als Standortadressenkonto führt, lässt sich so nicht einrichten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name an existing site other than the site itself in `to`, and name a `site-address` account of the plan&apos;s accounts in `account`, or leave `account` out to use the site server&apos;s computer account.</source>
        <translation>Nennen Sie in `to` einen vorhandenen anderen Standort und in `account` ein `site-address`-Konto aus den Konten des Plans, oder lassen Sie `account` weg, um das Computerkonto des Standortservers zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: Configuration Manager 2007 &quot;About Addresses&quot; (an address names the destination site and the account used to connect to it); SMS 2003: Planning for SMS Account Lifecycles — &quot;Overview of Password Change Methods for SMS Accounts&quot; (Site Address)</source>
        <translation>Microsoft-Produktdokumentation: Configuration Manager 2007 „About Addresses“ (eine Adresse nennt den Zielstandort und das Konto für die Verbindung); SMS 2003: Planning for SMS Account Lifecycles — „Overview of Password Change Methods for SMS Accounts“ (Site Address)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parent and child site lack an address in one direction</source>
        <translation>Über- und untergeordnetem Standort fehlt eine Adresse in einer Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites exchange data only through addresses: a child site sends inventory, discovery data and status messages to its parent, and the parent sends packages, collections and configuration to the child. Each site needs its own address to the other; without one, that direction&apos;s data waits in the outbox. The courier sender carries only package data and needs a network address as well.</source>
        <translation>Standorte tauschen Daten nur über Adressen aus: Ein untergeordneter Standort sendet Inventar, Ermittlungsdaten und Statusmeldungen an den übergeordneten, dieser sendet Pakete, Sammlungen und Konfiguration an den untergeordneten. Jeder Standort braucht eine eigene Adresse zum anderen; ohne sie bleiben die Daten dieser Richtung im Postausgang liegen. Der Kuriersender überträgt nur Paketdaten und braucht zusätzlich eine Netzwerkadresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an address (standard or RAS sender) from the child site to its parent and one from the parent to the child.</source>
        <translation>Legen Sie eine Adresse (Standard- oder RAS-Sender) vom untergeordneten zum übergeordneten Standort und eine vom übergeordneten zum untergeordneten an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft product documentation: Configuration Manager 2007 &quot;About Senders&quot; and &quot;Choosing Configuration Manager Senders&quot; (sites need senders and addresses to communicate; the courier sender is only for package data and needs a standard sender address first); SMS site communications help, &quot;Senders&quot;</source>
        <translation>Microsoft-Produktdokumentation: Configuration Manager 2007 „About Senders“ und „Choosing Configuration Manager Senders“ (Standorte brauchen Sender und Adressen; der Kuriersender dient nur Paketdaten und braucht zuerst eine Standardsender-Adresse); SMS-Hilfe zur Standortkommunikation, „Senders“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sender does not name its destination server by FQDN</source>
        <translation>Sender nennt seinen Zielserver nicht mit FQDN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sender that names the destination site server by its short name resolves it through WINS or NetBIOS broadcasts, which are easier to spoof than DNS: data for the other site could go to a computer that answers to the name. An address that states no destination uses the site server&apos;s NetBIOS name.</source>
        <translation>Ein Sender, der den Zielstandortserver mit seinem Kurznamen nennt, löst ihn über WINS oder NetBIOS-Broadcasts auf, die leichter zu fälschen sind als DNS: Daten für den anderen Standort könnten an einen Computer gehen, der auf den Namen antwortet. Eine Adresse ohne Ziel verwendet den NetBIOS-Namen des Standortservers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State the destination site server&apos;s fully qualified domain name in `destination` for every address that is not a courier sender address.</source>
        <translation>Geben Sie für jede Adresse, die keine Kuriersender-Adresse ist, in `destination` den vollqualifizierten Domänennamen des Zielstandortservers an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration Manager 2007: Checklist for Security Best Practices — &quot;Best Practices for Securing Name Resolution&quot; (specify FQDNs for all site systems and senders; do not rely on WINS)</source>
        <translation>Configuration Manager 2007: Checklist for Security Best Practices — „Best Practices for Securing Name Resolution“ (FQDNs für alle Standortsysteme und Sender angeben; sich nicht auf WINS verlassen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slow link to another site has no rate limit or schedule</source>
        <translation>Langsame Verbindung zu einem anderen Standort ohne Ratenlimit oder Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sender uses as much of the link as it can get: on a slow WAN link or a dial-up RAS line a large package or a burst of inventory fills the line for hours and starves every other use of it. Rate limits and schedule windows on the address keep room for the branch&apos;s other traffic.</source>
        <translation>Ein Sender nutzt so viel der Verbindung, wie er bekommt: Auf einer langsamen WAN-Strecke oder einer RAS-Wählleitung füllt ein großes Paket oder ein Schub Inventardaten die Leitung stundenlang und verdrängt jede andere Nutzung. Ratenlimits und Zeitfenster an der Adresse lassen Platz für den übrigen Verkehr der Filiale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the address a `rateLimit` (percent of the link) or `schedule` windows outside business hours, or state the link&apos;s real bandwidth if it is not slow.</source>
        <translation>Geben Sie der Adresse ein `rateLimit` (Prozent der Verbindung) oder `schedule`-Zeitfenster außerhalb der Geschäftszeiten, oder nennen Sie die tatsächliche Bandbreite, wenn die Verbindung nicht langsam ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft product documentation: &quot;About Senders&quot; (even the standard sender can use most or all of the bandwidth of a slow network; RAS lines are monopolized while sending) and the address properties&apos; Schedule and Rate Limits tabs; Hierarch treats a link below 2,048 kbit/s, or a RAS sender without a stated bandwidth, as slow</source>
        <translation>Microsoft-Produktdokumentation: „About Senders“ (selbst der Standardsender kann den Großteil der Bandbreite eines langsamen Netzes belegen; RAS-Leitungen sind beim Senden belegt) und die Registerkarten „Schedule“ und „Rate Limits“ der Adresseigenschaften; Hierarch wertet eine Verbindung unter 2.048 kbit/s oder einen RAS-Sender ohne angegebene Bandbreite als langsam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site address account has rights at sites it does not send to</source>
        <translation>Standortadressenkonto hat Rechte an Standorten, an die es nicht sendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site address account is created and maintained by the administrator and needs rights on the destination site server only, where it delivers data into the site&apos;s inbox; the sending site does not verify it. Granting it at other sites means a stolen password opens more site servers than the addresses need.</source>
        <translation>Ein Standortadressenkonto wird vom Administrator angelegt und gepflegt und braucht nur auf dem Zielstandortserver Rechte, wo es Daten in den Posteingang des Standorts liefert; der sendende Standort prüft es nicht. Wird es an weiteren Standorten berechtigt, öffnet ein gestohlenes Kennwort mehr Standortserver, als die Adressen brauchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List in the account&apos;s `sites` only the destination sites of the addresses that use it, and grant it only access to the destination site server&apos;s inbox (Configuration Manager 2007: membership of the Site to Site Connection group there).</source>
        <translation>Führen Sie in `sites` des Kontos nur die Zielstandorte der Adressen, die es verwenden, und gewähren Sie ihm nur Zugriff auf den Posteingang des Zielstandortservers (Configuration Manager 2007: Mitgliedschaft in der dortigen Gruppe „Site to Site Connection“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List in the account&apos;s `sites` only the destination sites of the addresses that use it, and grant it only access to the destination site server&apos;s SMS_SITE share.</source>
        <translation>Führen Sie in `sites` des Kontos nur die Zielstandorte der Adressen, die es verwenden, und gewähren Sie ihm nur Zugriff auf die Freigabe SMS_SITE des Zielstandortservers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS 2003: Planning for SMS Account Lifecycles — &quot;Overview of Password Change Methods for SMS Accounts&quot; (Site Address: administrator-specified, changed in the operating system, then in the console); Microsoft product documentation: Configuration Manager 2007 &quot;Site Address Account&quot; (verified on the destination site server; Site to Site Connection group)</source>
        <translation>SMS 2003: Planning for SMS Account Lifecycles — „Overview of Password Change Methods for SMS Accounts“ (Site Address: vom Administrator festgelegt, im Betriebssystem und dann in der Konsole geändert); Microsoft-Produktdokumentation: Configuration Manager 2007 „Site Address Account“ (auf dem Zielstandortserver geprüft; Gruppe „Site to Site Connection“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiver matches no finding</source>
        <translation>Ausnahme passt zu keinem Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waived finding no longer occurs, or the waiver names it wrongly. A stale waiver clutters the review and would silently hide a future finding with the same id.</source>
        <translation>Der als Ausnahme akzeptierte Befund tritt nicht mehr auf, oder die Ausnahme benennt ihn falsch. Eine veraltete Ausnahme macht die Überprüfung unübersichtlich und würde einen künftigen Befund mit derselben ID stillschweigend ausblenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the waiver, or correct its finding id (rule@subject).</source>
        <translation>Entfernen Sie die Ausnahme, oder korrigieren Sie ihre Befund-ID (rule@subject).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hierarch file format: waivers</source>
        <translation>Hierarch-Dateiformat: Ausnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiver has expired</source>
        <translation>Ausnahme ist abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acceptance of the risk ended on the expiry date, so the waived finding counts again toward the verdict.</source>
        <translation>Die Akzeptanz des Risikos endete mit dem Ablaufdatum; der als Ausnahme akzeptierte Befund fließt daher wieder in das Ergebnis ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the finding, or have the risk approved again and set a new expiry date.</source>
        <translation>Beheben Sie den Befund, oder lassen Sie das Risiko erneut genehmigen und legen Sie ein neues Ablaufdatum fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hierarch file format: waivers (expires)</source>
        <translation>Hierarch-Dateiformat: Ausnahmen (expires)</translation>
    </message>
</context>
<context>
    <name>hierarch::SiteImport</name>
    <message numerus="yes">
        <location filename="../model/import/siteimport.cpp" line="+69"/>
        <source>the row has %n field(s)</source>
        <translation>
            <numerusform>die Zeile hat %n Feld</numerusform>
            <numerusform>die Zeile hat %n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; the header has %n</source>
        <translation>
            <numerusform>; die Kopfzeile hat %n</numerusform>
            <numerusform>; die Kopfzeile hat %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>column %1 has no name in the header row</source>
        <translation>Spalte %1 hat in der Kopfzeile keinen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown column %1; the columns are %2</source>
        <translation>unbekannte Spalte %1; die Spalten sind %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+239"/>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>the column %1 appears twice</source>
        <translation>die Spalte %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a file with both site columns (code) and server columns (site, roles) needs a `kind` column saying `site` or `server` on each row</source>
        <translation>eine Datei mit Standortspalten (code) und Serverspalten (site, roles) braucht eine Spalte `kind`, die in jeder Zeile `site` oder `server` angibt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the header names neither sites (a `code` column) nor servers (`name` and `site` columns)</source>
        <translation>die Kopfzeile nennt weder Standorte (eine Spalte `code`) noch Server (Spalten `name` und `site`)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a server file needs the columns `name` and `site`</source>
        <translation>eine Serverdatei braucht die Spalten `name` und `site`</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>say `site` or `server`</source>
        <translation>geben Sie `site` oder `server` an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a kind; say `site` or `server`</source>
        <translation>%1 ist keine Art; geben Sie `site` oder `server` an</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is a server column; leave it empty on a site row</source>
        <translation>%1 ist eine Serverspalte; lassen Sie sie in einer Standortzeile leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a site column; leave it empty on a server row</source>
        <translation>%1 ist eine Standortspalte; lassen Sie sie in einer Serverzeile leer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a site needs a code</source>
        <translation>ein Standort braucht einen Code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the site code %1 is already in the plan</source>
        <translation>der Standortcode %1 ist bereits im Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the site code %1 is already on row %2</source>
        <translation>der Standortcode %1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a site type; say `primary` or `secondary`</source>
        <translation>%1 ist kein Standorttyp; geben Sie `primary` oder `secondary` an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a site cannot be its own parent</source>
        <translation>ein Standort kann nicht sein eigener übergeordneter Standort sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown parent site %1: it is neither in the plan nor in this file</source>
        <translation>unbekannter übergeordneter Standort %1: er ist weder im Plan noch in dieser Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a secondary site needs a parent site</source>
        <translation>ein sekundärer Standort braucht einen übergeordneten Standort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a number of clients; write a whole number, 0 or more, without separators</source>
        <translation>%1 ist keine Clientanzahl; schreiben Sie eine ganze Zahl ab 0 ohne Trennzeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n Grenze</numerusform>
            <numerusform>%n Grenzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a server needs a name</source>
        <translation>ein Server braucht einen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server %1 is already in the plan</source>
        <translation>der Server %1 ist bereits im Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server %1 is already on row %2</source>
        <translation>der Server %1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say which site the server is in (its code)</source>
        <translation>geben Sie an, in welchem Standort der Server steht (seinen Code)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown site %1: it is neither in the plan nor in this file</source>
        <translation>unbekannter Standort %1: er ist weder im Plan noch in dieser Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown role %1</source>
        <translation>unbekannte Rolle %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the role %1 is not part of %2</source>
        <translation>die Rolle %1 gehört nicht zu %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the role %1 is listed twice</source>
        <translation>die Rolle %1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the parents make a cycle: %1</source>
        <translation>die übergeordneten Standorte bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a plan holds at most %L1 sites; this row is one too many</source>
        <translation>ein Plan fasst höchstens %L1 Standorte; diese Zeile ist eine zu viel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a plan holds at most %L1 servers; this row is one too many</source>
        <translation>ein Plan fasst höchstens %L1 Server; diese Zeile ist eine zu viel</translation>
    </message>
</context>
<context>
    <name>hierarch::Vocabulary</name>
    <message>
        <location filename="../views/theme.cpp" line="+202"/>
        <source>SMS 2003</source>
        <translation>SMS 2003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Manager 2007</source>
        <translation>Configuration Manager 2007</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perimeter network</source>
        <translation>Umkreisnetzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>hierarch::WaiveDialog</name>
    <message>
        <location filename="../views/problems/waivedialog.cpp" line="+18"/>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waive Finding</source>
        <translation>Befund als Ausnahme akzeptieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this finding as a known risk. The waiver is saved with the plan and listed in the report.</source>
        <translation>Akzeptieren Sie diesen Befund als bekanntes Risiko. Die Ausnahme wird mit dem Plan gespeichert und im Bericht aufgeführt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why the risk is acceptable, and what mitigates it</source>
        <translation>Warum das Risiko akzeptabel ist und was es mindert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finding:</source>
        <translation>Befund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Genehmigt von:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Waive</source>
        <translation>A&amp;kzeptieren</translation>
    </message>
</context>
<context>
    <name>hierarch::WaiverDialog</name>
    <message>
        <location filename="../views/lists/waiverdialog.cpp" line="+22"/>
        <source>Add Waiver</source>
        <translation>Ausnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why the risk is accepted, and until when</source>
        <translation>Warum das Risiko akzeptiert wird und bis wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. a change number</source>
        <translation>z. B. eine Änderungsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finding:</source>
        <translation>Be&amp;fund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Genehmigt von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
</context>
</TS>
