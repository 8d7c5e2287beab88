<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cloacina::ExecutionListModel</name>
    <message>
        <location filename="../models/src/executionlistmodel.cpp" line="+143"/>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing task</source>
        <translation>Fehlgeschlagene Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First error line</source>
        <translation>Erste Fehlerzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution id</source>
        <translation>Ausführungs-ID</translation>
    </message>
    <message>
        <location line="+627"/>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No runs could be loaded: %1</source>
        <translation>Es konnten keine Läufe geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs</source>
        <translation>Keine Läufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No %1 runs</source>
        <translation>Keine Läufe mit Status %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of workflow %1</source>
        <translation>von Workflow %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started since %1</source>
        <translation>gestartet seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started before %1</source>
        <translation>gestartet vor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in any tenant</source>
        <translation>in allen Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in tenant %1</source>
        <translation>in Mandant %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Widen the filters to see more.</source>
        <translation>. Filter lockern, um mehr zu sehen.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::ConnectDialog</name>
    <message>
        <location filename="../monitor/src/connectdialog.cpp" line="+79"/>
        <source>Connect to cloacina-server</source>
        <translation>Mit cloacina-server verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(new connection)</source>
        <translation>(neue Verbindung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloacinactl &amp;profile:</source>
        <translation>cloacinactl-&amp;Profil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API key (stored only in the system keychain)</source>
        <translation>API-Schlüssel (nur im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the key in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs in locally; the minted key is kept for this session only.</source>
        <translation>Meldet sich lokal an; der ausgestellte Schlüssel gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username &amp;&amp; password</source>
        <translation>Benutzername &amp;&amp; Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>No system keychain is available (%1): keys are kept in memory only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Schlüssel werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+38"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server needs an API key</source>
        <translation>Der Server verlangt einen API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused this API key</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key may not use tenant %1</source>
        <translation>Dieser Schlüssel darf Mandant %1 nicht verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2. Nothing was changed; correct the fields and connect again.</source>
        <translation>%1: %2. Nichts wurde geändert; Felder korrigieren und erneut verbinden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cloacinactl profiles unavailable: %1</source>
        <translation>cloacinactl-Profile nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::FailedRunsView</name>
    <message>
        <location filename="../monitor/src/failedrunsview.cpp" line="+56"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or cancelled</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show runs with this status</source>
        <translation>Läufe mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All workflows</source>
        <translation>Alle Workflows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact workflow name</source>
        <translation>Genauer Workflow-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs started within</source>
        <translation>Gestartete Läufe innerhalb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search: execution id, workflow, task or error text</source>
        <translation>Suche: Ausführungs-ID, Workflow, Aufgabe oder Fehlertext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters the loaded runs. Enter with a complete execution id opens that run even when it is not listed.</source>
        <translation>Filtert die geladenen Läufe. Enter mit einer vollständigen Ausführungs-ID öffnet diesen Lauf, auch wenn er nicht in der Liste steht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-refresh interval (0 = off)</source>
        <translation>Intervall der automatischen Aktualisierung (0 = aus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Last refresh: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — loading…</source>
        <translation> — wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 loaded, more on the server</source>
        <translation>%1 geladen, weitere auf dem Server</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n new</source>
        <translation>
            <numerusform>, %n neu</numerusform>
            <numerusform>, %n neu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 match the search — </source>
        <translation>Suche: %1 Treffer — </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll down to load older runs</source>
        <translation>Nach unten scrollen, um ältere Läufe zu laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every matching run is loaded</source>
        <translation>Alle passenden Läufe sind geladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No loaded run matches “%1”. Enter with a complete execution id opens that run.</source>
        <translation>Kein geladener Lauf passt zu „%1“. Enter mit einer vollständigen Ausführungs-ID öffnet diesen Lauf.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not load executions: %1</source>
        <translation>Ausführungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — HTTP %1</source>
        <translation> — HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, code &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, Code &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, request id &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>, Anfrage-ID &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Rows shown are kept; retrying on the next refresh.</source>
        <translation>. Angezeigte Zeilen bleiben erhalten; neuer Versuch bei der nächsten Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::GanttWidget</name>
    <message>
        <location filename="../monitor/src/ganttwidget.cpp" line="+225"/>
        <source>No task rows yet</source>
        <translation>Noch keine Aufgaben</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, attempt %3/%4&lt;br&gt;%5 → %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, Versuch %3/%4&lt;br&gt;%5 → %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never started</source>
        <translation>nie gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::MainWindow</name>
    <message>
        <location filename="../monitor/src/mainwindow.cpp" line="+64"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened execution %1 (not in the list)</source>
        <translation>Ausführung %1 geöffnet (nicht in der Liste)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next failure</source>
        <translation>&amp;Nächster Fehlschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous failure</source>
        <translation>&amp;Vorheriger Fehlschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open selected run</source>
        <translation>Ausgewählten Lauf ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge new failures</source>
        <translation>Neue Fehlschläge &amp;bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Desktop notifications for new failures</source>
        <translation>&amp;Desktop-Benachrichtigungen bei neuen Fehlschlägen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy execution id</source>
        <translation>Ausführungs-ID &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-run workflow…</source>
        <translation>Workflow &amp;erneut ausführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow &amp;again</source>
        <translation>Erneut &amp;verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;failures only</source>
        <translation>Nur &amp;Fehlschläge anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About cloacina-monitor</source>
        <translation>&amp;Über cloacina-monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About cloacina-monitor</source>
        <translation>Über cloacina-monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;cloacina-monitor&lt;/b&gt; %1&lt;br&gt;Failed runs at a glance and the live events of the selected run.&lt;br&gt;SDK contract %2.</source>
        <translation>&lt;b&gt;cloacina-monitor&lt;/b&gt; %1&lt;br&gt;Fehlgeschlagene Läufe auf einen Blick und die Live-Ereignisse des ausgewählten Laufs.&lt;br&gt;SDK-Vertrag %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+299"/>
        <source>cloacina-monitor</source>
        <translation>cloacina-monitor</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>cloacina-monitor — %1 (%2)</source>
        <translation>cloacina-monitor — %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all tenants</source>
        <translation>alle Mandanten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The key was not stored: no system keychain (%1)</source>
        <translation>Der Schlüssel wurde nicht gespeichert: kein Schlüsselbund (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logging in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>⚠ server %1 ≠ SDK %2</source>
        <translation>⚠ Server %1 ≠ SDK %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server and client are released in lockstep; version %1 of the server may not match this monitor&apos;s contract (%2).</source>
        <translation>Server und Client erscheinen im Gleichschritt; Version %1 des Servers passt womöglich nicht zum Vertrag dieses Monitors (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: server version %1 does not match this monitor (%2)</source>
        <translation>Warnung: Serverversion %1 passt nicht zu diesem Monitor (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key %1, role %2%3</source>
        <translation>Schlüssel %1, Rolle %2%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, admin</source>
        <translation>, Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key&apos;s role (%1) may not start workflows</source>
        <translation>Die Rolle dieses Schlüssels (%1) darf keine Workflows starten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>● Connected to %1</source>
        <translation>● Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection restored</source>
        <translation>Verbindung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Connection lost: %1 — retrying; the rows shown are kept</source>
        <translation>● Verbindung verloren: %1 — neuer Versuch läuft; angezeigte Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Started a new run of %1: %2 — following it</source>
        <translation>Neuer Lauf von %1 gestartet: %2 — wird verfolgt</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>● Unauthorized: the API key was refused (401)</source>
        <translation>● Nicht autorisiert: der API-Schlüssel wurde abgelehnt (401)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answer in time</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No further failed run</source>
        <translation>Kein weiterer fehlgeschlagener Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No earlier failed run</source>
        <translation>Kein früherer fehlgeschlagener Lauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied execution id %1</source>
        <translation>Ausführungs-ID %1 kopiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start a new execution of %1? The original run&apos;s context is not replayed.</source>
        <translation>Eine neue Ausführung von %1 starten? Der Kontext des ursprünglichen Laufs wird nicht wiederverwendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-run of %1 refused</source>
        <translation>Erneute Ausführung von %1 abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run refused: this key&apos;s role may not start workflows</source>
        <translation>Erneute Ausführung abgelehnt: die Rolle dieses Schlüssels darf keine Workflows starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run refused: the workflow is paused</source>
        <translation>Erneute Ausführung abgelehnt: der Workflow ist pausiert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No system tray here: new failures are only highlighted in the list</source>
        <translation>Kein Systembereich vorhanden: neue Fehlschläge werden nur in der Liste hervorgehoben</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new failed run(s): %1</source>
        <translation>
            <numerusform>%n neuer fehlgeschlagener Lauf: %1</numerusform>
            <numerusform>%n neue fehlgeschlagene Läufe: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New failures</source>
        <translation>Neue Fehlschläge</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::RerunDialog</name>
    <message>
        <location filename="../monitor/src/rerundialog.cpp" line="+18"/>
        <source>Re-run workflow</source>
        <translation>Workflow erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Start a &lt;b&gt;new&lt;/b&gt; execution of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;The original run&apos;s context is not replayed&lt;/b&gt;: the server does not keep it, so the new run starts with the context given below (or none). Run %2 stays as it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine &lt;b&gt;neue&lt;/b&gt; Ausführung von &lt;b&gt;%1&lt;/b&gt; starten?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Der Kontext des ursprünglichen Laufs wird nicht wiederverwendet&lt;/b&gt;: der Server bewahrt ihn nicht auf, daher startet der neue Lauf mit dem unten angegebenen Kontext (oder ohne). Lauf %2 bleibt unverändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pass a context (JSON)</source>
        <translation>Einen Kontext übergeben (JSON)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start new run</source>
        <translation>Neuen Lauf starten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not valid JSON: %1 (at character %2)</source>
        <translation>Kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::RunView</name>
    <message>
        <location filename="../monitor/src/runview.cpp" line="+87"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the execution id (Ctrl+Shift+C)</source>
        <translation>Die Ausführungs-ID kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run…</source>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow this run again (history, live socket and polling)</source>
        <translation>Diesen Lauf erneut verfolgen (Verlauf, Live-Socket und Abfragen)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter events…</source>
        <translation>Ereignisse filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow new events</source>
        <translation>Neuen Ereignissen folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll to new events while the view is at the bottom</source>
        <translation>Zu neuen Ereignissen scrollen, solange die Ansicht am Ende steht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select an event to see its data</source>
        <translation>Ein Ereignis auswählen, um seine Daten zu sehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Filter tasks by name, status or error…</source>
        <translation>Aufgaben nach Name, Status oder Fehler filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only failed and retrying tasks</source>
        <translation>Nur fehlgeschlagene Aufgaben und Aufgaben in Wiederholung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy error</source>
        <translation>Fehler kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No failed task in this run</source>
        <translation>Keine fehlgeschlagene Aufgabe in diesem Lauf</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Ctrl+Mausrad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by status</source>
        <translation>Nach Status gruppieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed and retrying tasks first, then running, waiting, completed, skipped</source>
        <translation>Zuerst fehlgeschlagene Aufgaben und Aufgaben in Wiederholung, dann laufende, wartende, abgeschlossene, übersprungene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to failed task</source>
        <translation>Zur fehlgeschlagenen Aufgabe</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>failures only</source>
        <translation>nur Fehlschläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1 of %2 events — filter active: %3. &lt;a href=&quot;clear&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>%1 von %2 Ereignissen angezeigt — Filter aktiv: %3. &lt;a href=&quot;clear&quot;&gt;Alle anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What feeds this view: live socket, REST polling, reconnecting, or ended</source>
        <translation>Was diese Ansicht speist: Live-Socket, REST-Abfragen, Neuverbindung oder beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n task(s)</source>
        <translation>
            <numerusform>, %n Aufgabe</numerusform>
            <numerusform>, %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>. Retrying; the rows shown are kept.</source>
        <translation>. Neuer Versuch läuft; angezeigte Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Following stopped; Reconnect tries again.</source>
        <translation>. Verfolgen gestoppt; „Neu verbinden“ versucht es erneut.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source> (%1 oldest trimmed)</source>
        <translation> (%1 älteste gekürzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new run of this workflow (Ctrl+R)</source>
        <translation>Einen neuen Lauf dieses Workflows starten (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Code &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request id &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Anfrage-ID &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operation %1</source>
        <translation>Operation %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Following this run: %1</source>
        <translation>Verfolgen dieses Laufs: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Failing task:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Fehlgeschlagene Aufgabe:&lt;/b&gt; keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Failure&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(%1)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Fehlschlag&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Failing task:&lt;/b&gt; %1 &lt;span style=&apos;color:gray&apos;&gt;(attempt %2/%3, %4)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Fehlgeschlagene Aufgabe:&lt;/b&gt; %1 &lt;span style=&apos;color:gray&apos;&gt;(Versuch %2/%3, %4)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Failing task:&lt;/b&gt; %1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Fehlgeschlagene Aufgabe:&lt;/b&gt; %1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the server reported no error text)</source>
        <translation>(der Server lieferte keinen Fehlertext)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the task graph: %1</source>
        <translation>Der Aufgabengraph konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>event id %1, sequence %2, via %3

</source>
        <translation>Ereignis-ID %1, Sequenz %2, über %3

</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::SecretStore</name>
    <message>
        <location filename="../monitor/src/secretstore.cpp" line="+82"/>
        <location line="+6"/>
        <source>built without QtKeychain</source>
        <translation>ohne QtKeychain gebaut</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::TaskGraphWidget</name>
    <message>
        <location filename="../monitor/src/taskgraphwidget.cpp" line="+110"/>
        <source>No task graph for this workflow</source>
        <translation>Kein Aufgabengraph für diesen Workflow</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+20"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;br&gt;after: %1</source>
        <translation>&lt;br&gt;nach: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;status: %1</source>
        <translation>&lt;br&gt;Status: %1</translation>
    </message>
</context>
<context>
    <name>Cloacina::Qml::Client</name>
    <message>
        <location filename="../qml/module/qmlclient.cpp" line="+256"/>
        <source>The context is not valid JSON: %1 (at character %2)</source>
        <translation>Der Kontext ist kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>Cloacina::Qml::Format</name>
    <message>
        <location filename="../qml/module/qmlformat.cpp" line="+90"/>
        <source>%1 error</source>
        <translation>%1-Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not valid JSON: %1 (at character %2)</source>
        <translation>Kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>Cloacina::RunEventModel</name>
    <message>
        <location filename="../models/src/runeventmodel.cpp" line="+151"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seq</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Cloacina::RunSession</name>
    <message>
        <location filename="../models/src/runmodels.cpp" line="+47"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>Cloacina::ServerSession</name>
    <message>
        <location filename="../models/src/serversession.cpp" line="+47"/>
        <source>No server to connect to</source>
        <translation>Kein Server zum Verbinden angegeben</translation>
    </message>
</context>
<context>
    <name>Cloacina::TaskListModel</name>
    <message>
        <location filename="../models/src/tasklistmodel.cpp" line="+133"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Cloacina::WorkflowResolver</name>
    <message>
        <location filename="../models/src/workflowresolver.cpp" line="+46"/>
        <source>No package of this tenant declares workflow &apos;%1&apos;, and the run&apos;s task names do not name one</source>
        <translation>Kein Paket dieses Mandanten deklariert Workflow „%1“, und die Aufgabennamen des Laufs nennen keinen</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../qml/monitor/ConnectPage.qml" line="+31"/>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not connect to %1 — %2</source>
        <translation>Verbindung mit %1 nicht möglich — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1</source>
        <translation>Verbindung mit %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server needs an API key</source>
        <translation>der Server verlangt einen API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused this API key</source>
        <translation>der Server hat diesen API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this key may not use tenant %1</source>
        <translation>dieser Schlüssel darf Mandant %1 nicht verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered with an error</source>
        <translation>der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the server</source>
        <translation>keine Antwort vom Server</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connect to cloacina-server</source>
        <translation>Mit cloacina-server verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Watch failed runs and follow a run&apos;s events live.</source>
        <translation>Fehlgeschlagene Läufe beobachten und die Ereignisse eines Laufs live verfolgen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(key from profile %1)</source>
        <translation>(Schlüssel aus Profil %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Username &amp;&amp; password</source>
        <translation>Benutzername &amp;&amp; Passwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(key already set)</source>
        <translation>(Schlüssel bereits gesetzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is kept in memory for this session only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log in and connect</source>
        <translation>Anmelden und verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/monitor/ErrorBanner.qml" line="+53"/>
        <source>%1 error</source>
        <translation>%1-Fehler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>EventRow</name>
    <message>
        <location filename="../qml/monitor/EventRow.qml" line="+62"/>
        <source> (unknown type)</source>
        <translation> (unbekannter Typ)</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <location filename="../models/src/eventtypes.cpp" line="+23"/>
        <source>Workflow started</source>
        <translation>Workflow gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow completed</source>
        <translation>Workflow abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow failed</source>
        <translation>Workflow fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow paused</source>
        <translation>Workflow pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow resumed</source>
        <translation>Workflow fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task created</source>
        <translation>Aufgabe erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task ready</source>
        <translation>Aufgabe bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task claimed</source>
        <translation>Aufgabe übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task started</source>
        <translation>Aufgabe gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task deferred</source>
        <translation>Aufgabe zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task resumed</source>
        <translation>Aufgabe fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task completed</source>
        <translation>Aufgabe abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task failed</source>
        <translation>Aufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry scheduled</source>
        <translation>Wiederholung geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task skipped</source>
        <translation>Aufgabe übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task abandoned</source>
        <translation>Aufgabe aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task reset</source>
        <translation>Aufgabe zurückgesetzt</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, retry at %1</source>
        <translation>, Wiederholung um %1</translation>
    </message>
</context>
<context>
    <name>FailedRunsPage</name>
    <message>
        <location filename="../qml/monitor/FailedRunsPage.qml" line="+57"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 s</source>
        <translation>5 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search: execution id, workflow, task or error text</source>
        <translation>Suche: Ausführungs-ID, Workflow, Aufgabe oder Fehlertext</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 runs loaded, more on the server</source>
        <translation>%1 geladen, weitere auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  %1 new</source>
        <translation>  ·  %1 neu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading runs failed</source>
        <translation>Laden der Läufe fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Load older runs</source>
        <translation>Ältere Läufe laden</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/src/format.cpp" line="+36"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/monitor/Main.qml" line="+18"/>
        <source>Cloacina Monitor — %1</source>
        <translation>Cloacina Monitor — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cloacina Monitor</source>
        <translation>Cloacina Monitor</translation>
    </message>
</context>
<context>
    <name>MonitorView</name>
    <message>
        <location filename="../qml/monitor/MonitorView.qml" line="+62"/>
        <source>server %1 ≠ contract %2</source>
        <translation>Server %1 ≠ Vertrag %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cloacina Monitor</source>
        <translation>Cloacina Monitor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  ·  tenant %2</source>
        <translation>%1  ·  Mandant %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>☀ Light</source>
        <translation>☀ Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☾ Dark</source>
        <translation>☾ Dunkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server no longer accepts the key</source>
        <translation>Der Server akzeptiert den Schlüssel nicht mehr</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../monitor/src/monitorapp.cpp" line="+170"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
</context>
<context>
    <name>RerunDialog</name>
    <message>
        <location filename="../qml/monitor/RerunDialog.qml" line="+20"/>
        <source>Re-run workflow</source>
        <translation>Workflow erneut ausführen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start new run</source>
        <translation>Neuen Lauf starten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start a new run of &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Einen neuen Lauf von &lt;b&gt;%1&lt;/b&gt; starten?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new run gets its own execution id. The context of the original run (%1) is not replayed: the workflow starts with the context below, or with none.</source>
        <translation>Der neue Lauf erhält eine eigene Ausführungs-ID. Der Kontext des ursprünglichen Laufs (%1) wird nicht wiederverwendet: der Workflow startet mit dem Kontext unten oder ohne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a context (JSON)</source>
        <translation>Einen Kontext senden (JSON)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../qml/monitor/RunPage.qml" line="+44"/>
        <source>Started run %1 (%2)</source>
        <translation>Lauf %1 gestartet (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run of %1 was refused</source>
        <translation>Erneute Ausführung von %1 wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Events arrive over the delivery socket as they happen.</source>
        <translation>Ereignisse kommen über den Zustell-Socket, sobald sie geschehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The socket is silent or unavailable: the history is fetched every few seconds.</source>
        <translation>Der Socket ist still oder nicht verfügbar: der Verlauf wird alle paar Sekunden abgerufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The socket was lost and is reconnecting; polling meanwhile.</source>
        <translation>Der Socket ging verloren und verbindet sich neu; bis dahin wird abgefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run has ended (or following stopped); nothing more will arrive.</source>
        <translation>Der Lauf ist beendet (oder das Verfolgen wurde gestoppt); es kommt nichts mehr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a run to see its events and tasks.</source>
        <translation>Einen Lauf auswählen, um seine Ereignisse und Aufgaben zu sehen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-run…</source>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This key&apos;s role (%1) may not start workflows</source>
        <translation>Die Rolle dieses Schlüssels (%1) darf keine Workflows starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 events · %2 tasks · %3 failed</source>
        <translation>%1 Ereignisse · %2 Aufgaben · %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feeding: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Following this run failed</source>
        <translation>Verfolgen dieses Laufs fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Following this run hit an error (still trying)</source>
        <translation>Beim Verfolgen dieses Laufs trat ein Fehler auf (neuer Versuch läuft)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failing task: %1</source>
        <translation>Fehlgeschlagene Aufgabe: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy error</source>
        <translation>Fehler kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter events…</source>
        <translation>Ereignisse filtern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No failure events.</source>
        <translation>Keine Fehlschlag-Ereignisse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No tasks yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
</context>
<context>
    <name>RunRow</name>
    <message>
        <location filename="../qml/monitor/RunRow.qml" line="+29"/>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>TaskGraphView</name>
    <message>
        <location filename="../qml/monitor/TaskGraphView.qml" line="+114"/>
        <source>No task graph for %1 (yet).</source>
        <translation>(Noch) kein Aufgabengraph für %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No task graph: the run&apos;s workflow is not known.</source>
        <translation>Kein Aufgabengraph: der Workflow des Laufs ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../qml/monitor/TaskRow.qml" line="+57"/>
        <source>attempt %1/%2</source>
        <translation>Versuch %1/%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../qml/monitor/TimelineView.qml" line="+45"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jump to failed task</source>
        <translation>Zur fehlgeschlagenen Aufgabe</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 · %2
%3 → %4</source>
        <translation>%1 · %2
%3 → %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 (never started)</source>
        <translation>%1 · %2 (nie gestartet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tasks yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../monitor/src/monitorapp.cpp" line="-140"/>
        <source>Failed runs and live events of a cloacina-server.</source>
        <translation>Fehlgeschlagene Läufe und Live-Ereignisse eines cloacina-server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an in-process simulator and connect to it.</source>
        <translation>Einen Simulator im Prozess starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;url&gt; (key from --profile, CLOACINA_API_KEY or the default profile).</source>
        <translation>Mit &lt;url&gt; verbinden (Schlüssel aus --profile, CLOACINA_API_KEY oder dem Standardprofil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect with this cloacinactl profile (~/.cloacina/config.toml).</source>
        <translation>Mit diesem cloacinactl-Profil verbinden (~/.cloacina/config.toml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant (default public).</source>
        <translation>Mandant (Standard: public).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the main window to &lt;file&gt; (PNG) and exit.</source>
        <translation>Das Hauptfenster in &lt;file&gt; (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait &lt;ms&gt; before the screenshot (default 3000).</source>
        <translation>&lt;ms&gt; vor dem Bildschirmfoto warten (Standard 3000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the newest failed run once the list loads.</source>
        <translation>Den neuesten fehlgeschlagenen Lauf öffnen, sobald die Liste geladen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run view tab: events, tasks, timeline or graph.</source>
        <translation>Reiter der Laufansicht: events, tasks, timeline oder graph.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List filter: Failed (default), any, or a status.</source>
        <translation>Listenfilter: Failed (Standard), any oder ein Status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only failure events.</source>
        <translation>Nur Fehlschlag-Ereignisse anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size &lt;w&gt;x&lt;h&gt; (e.g. 1280x800).</source>
        <translation>Fenstergröße &lt;w&gt;x&lt;h&gt; (z. B. 1280x800).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours: system (default), light or dark.</source>
        <translation>Farben: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--server needs an http(s) URL</source>
        <translation>--server braucht eine http(s)-URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--screenshot-delay needs a number of milliseconds</source>
        <translation>--screenshot-delay braucht eine Anzahl Millisekunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size expects &lt;width&gt;x&lt;height&gt;, e.g. 1280x800</source>
        <translation>--size erwartet &lt;Breite&gt;x&lt;Höhe&gt;, z. B. 1280x800</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--theme expects system, light or dark</source>
        <translation>--theme erwartet system, light oder dark</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot start the demo simulator: %1</source>
        <translation>der Demo-Simulator kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>built without the simulator; --demo is unavailable</source>
        <translation>ohne Simulator gebaut; --demo ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../qml/app/options.cpp" line="+17"/>
        <source>Start an in-process simulator with a workload and connect to it.</source>
        <translation>Einen Simulator mit Last im Prozess starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Qt Quick monitor for cloacina-server: failed runs, live run events, re-runs.
Server and API key: --server, then --profile, then CLOACINA_SERVER_URL and CLOACINA_API_KEY, then
the default profile of ~/.cloacina/config.toml.</source>
        <translation>Qt-Quick-Monitor für cloacina-server: fehlgeschlagene Läufe, Live-Ereignisse, erneute Ausführungen.
Server und API-Schlüssel: --server, dann --profile, dann CLOACINA_SERVER_URL und CLOACINA_API_KEY, dann
das Standardprofil aus ~/.cloacina/config.toml.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server URL to connect to at start (key from --profile, CLOACINA_API_KEY or the default profile).</source>
        <translation>Server-URL, mit der beim Start verbunden wird (Schlüssel aus --profile, CLOACINA_API_KEY oder dem Standardprofil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant (default: public).</source>
        <translation>Mandant (Standard: public).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this cloacinactl profile (~/.cloacina/config.toml).</source>
        <translation>Dieses cloacinactl-Profil verwenden (~/.cloacina/config.toml).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to &lt;file&gt; and exit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait &lt;ms&gt; before taking the screenshot (default 3000).</source>
        <translation>&lt;ms&gt; vor dem Bildschirmfoto warten (Standard 3000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the first listed run once the list has loaded.</source>
        <translation>Den ersten Lauf der Liste öffnen, sobald sie geladen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial status filter (default Failed; &apos;any&apos; for all).</source>
        <translation>Anfänglicher Statusfilter (Standard Failed; &apos;any&apos; für alle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size (default 1280x800).</source>
        <translation>Fenstergröße (Standard 1280x800).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--screenshot-delay wants milliseconds</source>
        <translation>--screenshot-delay erwartet Millisekunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size wants WIDTHxHEIGHT</source>
        <translation>--size erwartet BREITExHÖHE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--server wants an http(s) URL</source>
        <translation>--server erwartet eine http(s)-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--demo and --server exclude each other</source>
        <translation>--demo und --server schließen sich gegenseitig aus</translation>
    </message>
</context>
</TS>
