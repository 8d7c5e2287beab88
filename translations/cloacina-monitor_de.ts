<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cloacina::AccountListModel</name>
    <message>
        <location filename="../models/src/console/accountlistmodel.cpp" line="+50"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tenant %1 has no local accounts.</source>
        <translation>Mandant %1 hat keine lokalen Konten.</translation>
    </message>
</context>
<context>
    <name>Cloacina::AccumulatorListModel</name>
    <message>
        <location filename="../models/src/console/accumulatorlistmodel.cpp" line="+65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Accumulator</source>
        <translation>Akkumulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injects</source>
        <translation>Einspeisungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactor</source>
        <translation>Reaktor</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No accumulators are running.</source>
        <translation>Es laufen keine Akkumulatoren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None of this graph&apos;s accumulators is running.</source>
        <translation>Keiner der Akkumulatoren dieses Graphen läuft.</translation>
    </message>
</context>
<context>
    <name>Cloacina::AgentListModel</name>
    <message>
        <location filename="../models/src/console/agentlistmodel.cpp" line="+34"/>
        <source>late heartbeat</source>
        <translation>verspäteter Heartbeat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>ausgelastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agents are not listed for this key. %1</source>
        <translation>Agenten werden für diesen Schlüssel nicht aufgelistet. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No execution agent is connected: runs are executed by the server itself, or the agents are down.</source>
        <translation>Kein Ausführungsagent verbunden: Läufe werden vom Server selbst ausgeführt, oder die Agenten sind ausgefallen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Agents heartbeat every 15 s; the server drops an agent after 45 s of silence.</source>
        <translation>Agenten senden alle 15 s einen Heartbeat; der Server entfernt einen Agenten nach 45 s Stille.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 free</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In flight</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last heartbeat</source>
        <translation>Letzter Heartbeat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>Cloacina::ApiKeyListModel</name>
    <message>
        <location filename="../models/src/console/apikeylistmodel.cpp" line="+44"/>
        <source>%1 (global admin)</source>
        <translation>%1 (globaler Admin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all tenants</source>
        <translation>alle Mandanten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No global API keys.</source>
        <translation>Keine globalen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenant %1 has no API keys.</source>
        <translation>Mandant %1 hat keine API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Cloacina::BackendListModel</name>
    <message>
        <location filename="../models/include/cloacinamodels/console/backendlistmodel.h" line="+42"/>
        <source>No backend to list with.</source>
        <translation>Kein Backend zum Auflisten vorhanden.</translation>
    </message>
</context>
<context>
    <name>Cloacina::CompilerStatusModel</name>
    <message>
        <location filename="../models/src/console/compilerstatusmodel.cpp" line="+17"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The compiler&apos;s state is not shown to this key. %1</source>
        <translation>Der Zustand des Compilers wird diesem Schlüssel nicht angezeigt. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported no compiler state.</source>
        <translation>Der Server hat keinen Compiler-Zustand gemeldet.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>Im Bau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last failure</source>
        <translation>Letzter Fehlschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
</context>
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
        <location line="+628"/>
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
    <name>Cloacina::FireSeriesModel</name>
    <message>
        <location filename="../models/src/console/fireseriesmodel.cpp" line="+80"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fires</source>
        <translation>Auslösungen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a graph to chart its fires.</source>
        <translation>Einen Graphen auswählen, um seine Auslösungen darzustellen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No fire counts yet.</source>
        <translation>Noch keine Auslösungen gezählt.</translation>
    </message>
</context>
<context>
    <name>Cloacina::GraphListModel</name>
    <message>
        <location filename="../models/src/console/graphlistmodel.cpp" line="+55"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accumulators</source>
        <translation>Akkumulatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fires</source>
        <translation>Auslösungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fired</source>
        <translation>Zuletzt ausgelöst</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No computation graphs are loaded.</source>
        <translation>Keine Berechnungsgraphen geladen.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor</name>
    <message>
        <location filename="../monitor/src/errorbanner.cpp" line="+38"/>
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
</context>
<context>
    <name>Cloacina::Monitor::ActionFormDialog</name>
    <message>
        <location filename="../monitor/src/console/actionformdialog.cpp" line="+107"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::AdminAccountsTab</name>
    <message>
        <location filename="../monitor/src/console/adminaccountstab.cpp" line="+23"/>
        <source>Enter a password.</source>
        <translation>Ein Passwort eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create account…</source>
        <translation>Konto anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a local account</source>
        <translation>Ein lokales Konto anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new password for the selected account</source>
        <translation>Ein neues Passwort für das ausgewählte Konto setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable the selected account: it can no longer log in</source>
        <translation>Das ausgewählte Konto deaktivieren: es kann sich nicht mehr anmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a local account of tenant &lt;b&gt;%1&lt;/b&gt; (login with username and password).</source>
        <translation>Legt ein lokales Konto des Mandanten &lt;b&gt;%1&lt;/b&gt; an (Anmeldung mit Benutzername und Passwort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs a username.</source>
        <translation>Ein Konto braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created account %1 (%2).</source>
        <translation>Konto %1 (%2) angelegt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets a new password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Setzt ein neues Passwort für &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset the password of %1.</source>
        <translation>Passwort von %1 zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable account %1? It can no longer log in.</source>
        <translation>Konto %1 deaktivieren? Es kann sich dann nicht mehr anmelden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled account %1.</source>
        <translation>Konto %1 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::AdminKeysTab</name>
    <message>
        <location filename="../monitor/src/console/adminkeystab.cpp" line="+39"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global keys</source>
        <translation>Globale Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the server&apos;s global keys instead of the tenant&apos;s</source>
        <translation>Die globalen Schlüssel des Servers statt der des Mandanten auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create key…</source>
        <translation>Schlüssel anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Create a global key</source>
        <translation>Einen globalen Schlüssel anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a key of tenant %1</source>
        <translation>Einen Schlüssel des Mandanten %1 anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke the selected key: clients using it are refused from then on</source>
        <translation>Den ausgewählten Schlüssel widerrufen: Clients, die ihn verwenden, werden ab dann abgewiesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create API key</source>
        <translation>API-Schlüssel anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a global key (valid for every tenant).</source>
        <translation>Legt einen globalen Schlüssel an (gültig für jeden Mandanten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a key of tenant &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Legt einen Schlüssel des Mandanten &lt;b&gt;%1&lt;/b&gt; an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>who or what uses it</source>
        <translation>wer oder was ihn verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key needs a name.</source>
        <translation>Ein Schlüssel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created key %1 (%2).</source>
        <translation>Schlüssel %1 (%2) angelegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke key %1 (%2)? Every client using it is refused from then on; this cannot be undone.</source>
        <translation>Schlüssel %1 (%2) widerrufen? Jeder Client, der ihn verwendet, wird ab dann abgewiesen; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Revoked key %1.</source>
        <translation>Schlüssel %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::AdminScreen</name>
    <message>
        <location filename="../monitor/src/console/adminscreen.cpp" line="+29"/>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../monitor/src/console/adminscreen.h" line="+26"/>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::AdminSecretsTab</name>
    <message>
        <location filename="../monitor/src/console/adminsecretstab.cpp" line="+28"/>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. password</source>
        <translation>z. B. password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field %1 needs a name and a value.</source>
        <translation>Feld %1 braucht einen Namen und einen Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A secret needs at least one field.</source>
        <translation>Ein Geheimnis braucht mindestens ein Feld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create secret…</source>
        <translation>Geheimnis anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Store a new secret</source>
        <translation>Ein neues Geheimnis speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the selected secret&apos;s values</source>
        <translation>Die Werte des ausgewählten Geheimnisses ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected secret</source>
        <translation>Das ausgewählte Geheimnis löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create secret</source>
        <translation>Geheimnis anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores a secret of tenant &lt;b&gt;%1&lt;/b&gt;. Values are encrypted by the server and never shown again.</source>
        <translation>Speichert ein Geheimnis des Mandanten &lt;b&gt;%1&lt;/b&gt;. Die Werte werden vom Server verschlüsselt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. warehouse_db</source>
        <translation>z. B. warehouse_db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A secret needs a name.</source>
        <translation>Ein Geheimnis braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored secret %1 (%2).</source>
        <translation>Geheimnis %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rotate secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces every value of &lt;b&gt;%1&lt;/b&gt;. Fields left out are dropped.</source>
        <translation>Ersetzt jeden Wert von &lt;b&gt;%1&lt;/b&gt;. Weggelassene Felder werden entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rotated secret %1.</source>
        <translation>Geheimnis %1 rotiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete secret %1? Workflows that read it fail until it is stored again.</source>
        <translation>Geheimnis %1 löschen? Workflows, die es lesen, schlagen fehl, bis es erneut gespeichert wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted secret %1.</source>
        <translation>Geheimnis %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::AdminTenantsTab</name>
    <message>
        <location filename="../monitor/src/console/admintenantstab.cpp" line="+22"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create tenant…</source>
        <translation>Mandant anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tenant…</source>
        <translation>Mandant entfernen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create a tenant and its first account</source>
        <translation>Einen Mandanten und sein erstes Konto anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected tenant and everything in it</source>
        <translation>Den ausgewählten Mandanten mit allem, was er enthält, entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create tenant</source>
        <translation>Mandant anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a tenant (its own database schema) with a first admin account.</source>
        <translation>Legt einen Mandanten (mit eigenem Datenbankschema) und ein erstes Admin-Konto an.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account password</source>
        <translation>Passwort des Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the server generates one</source>
        <translation>leer: der Server erzeugt eines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tenant needs a name.</source>
        <translation>Ein Mandant braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created tenant %1 with account %2.</source>
        <translation>Mandant %1 mit Konto %2 angelegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove tenant</source>
        <translation>Mandant entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tenant %1? Its schema, workflows, runs, keys, accounts and secrets are deleted.</source>
        <translation>Mandant %1 entfernen? Sein Schema, seine Workflows, Läufe, Schlüssel, Konten und Geheimnisse werden gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed tenant %1.</source>
        <translation>Mandant %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::ConnectDialog</name>
    <message>
        <location filename="../monitor/src/connectdialog.cpp" line="+80"/>
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
        <location line="+39"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+9"/>
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
    <name>Cloacina::Monitor::ConsoleNavigator</name>
    <message>
        <location filename="../monitor/src/console/consolenavigator.cpp" line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::CreateInstanceDialog</name>
    <message>
        <location filename="../monitor/src/console/createinstancedialog.cpp" line="+24"/>
        <source>New instance of %1</source>
        <translation>Neue Instanz von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. */15 * * * * (empty: runs only when started)</source>
        <translation>z. B. */15 * * * * (leer: läuft nur, wenn gestartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Europe/Berlin (empty: UTC)</source>
        <translation>z. B. Europe/Berlin (leer: UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameters (JSON object)</source>
        <translation>Parameter (JSON-Objekt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The instance needs a name.</source>
        <translation>Die Instanz braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parameters must be a JSON object: %1</source>
        <translation>Die Parameter müssen ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the instance: %1</source>
        <translation>Der Server hat die Instanz abgelehnt: %1</translation>
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
        <location line="+190"/>
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
        <location line="+42"/>
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
    <name>Cloacina::Monitor::FireChartView</name>
    <message>
        <location filename="../monitor/src/console/firechartview.cpp" line="+28"/>
        <source>Fires per minute</source>
        <translation>Auslösungen pro Minute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fires / min</source>
        <translation>Auslösungen / min</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n fire(s) in the last hour</source>
        <translation>
            <numerusform>%n Auslösung in der letzten Stunde</numerusform>
            <numerusform>%n Auslösungen in der letzten Stunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::FireReactorDialog</name>
    <message>
        <location filename="../monitor/src/console/firereactordialog.cpp" line="+9"/>
        <source>Fire %1</source>
        <translation>%1 auslösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs the graph of reactor &lt;b&gt;%1&lt;/b&gt; now. The fire is recorded as manual.</source>
        <translation>Führt den Graphen von Reaktor &lt;b&gt;%1&lt;/b&gt; jetzt aus. Die Auslösung wird als manuell erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With the inputs the reactor has cached</source>
        <translation>Mit den Eingaben, die der Reaktor zwischengespeichert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With these inputs:</source>
        <translation>Mit diesen Eingaben:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter at least one input, or fire with the cached inputs.</source>
        <translation>Mindestens eine Eingabe angeben oder mit den zwischengespeicherten Eingaben auslösen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fired %1.</source>
        <translation>%1 ausgelöst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fired %1 with %2.</source>
        <translation>%1 mit %2 ausgelöst.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::FireTriggerDialog</name>
    <message>
        <location filename="../monitor/src/console/firetriggerdialog.cpp" line="+26"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes / no</source>
        <translation>ja / nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fire %1</source>
        <translation>%1 auslösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fire %1 now? It declares no inputs; every subscribed workflow starts a run.</source>
        <translation>%1 jetzt auslösen? Er deklariert keine Eingaben; jeder abonnierte Workflow startet einen Lauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire %1 now with this event; every subscribed workflow starts a run. Fields marked * are required; empty optional fields are left out.</source>
        <translation>%1 jetzt mit diesem Ereignis auslösen; jeder abonnierte Workflow startet einen Lauf. Mit * markierte Felder sind Pflicht; leere optionale Felder werden weggelassen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fire</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The server refused the fire: %1</source>
        <translation>Der Server hat die Auslösung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::FleetScreen</name>
    <message>
        <location filename="../monitor/src/console/fleetscreen.cpp" line="+34"/>
        <source>Execution agents</source>
        <translation>Ausführungsagenten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Package compiler</source>
        <translation>Paket-Compiler</translation>
    </message>
    <message>
        <location filename="../monitor/src/console/fleetscreen.h" line="+24"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::GanttWidget</name>
    <message>
        <location filename="../monitor/src/ganttwidget.cpp" line="+224"/>
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
        <location line="+3"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::GraphTopologyView</name>
    <message>
        <location filename="../monitor/src/console/graphtopologyview.cpp" line="+27"/>
        <source>Select a graph to see its topology.</source>
        <translation>Einen Graphen auswählen, um seine Topologie zu sehen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server reports no topology for this graph.</source>
        <translation>Der Server meldet keine Topologie für diesen Graphen.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>reactor</source>
        <translation>Reaktor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accumulator</source>
        <translation>Akkumulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::GraphsScreen</name>
    <message>
        <location filename="../monitor/src/console/graphsscreen.cpp" line="+55"/>
        <source>Computation graphs</source>
        <translation>Berechnungsgraphen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fire reactor…</source>
        <translation>Reaktor auslösen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+212"/>
        <location line="+57"/>
        <source>Pause reactor</source>
        <translation>Reaktor pausieren</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+18"/>
        <source>Accumulators</source>
        <translation>Akkumulatoren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Inject event…</source>
        <translation>Ereignis einspeisen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent fires</source>
        <translation>Letzte Auslösungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All reactors</source>
        <translation>Alle Reaktoren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fires</source>
        <translation>Auslösungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactors</source>
        <translation>Reaktoren</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Reactor &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Reaktor &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fire(s) in total</source>
        <translation>
            <numerusform>%n Auslösung insgesamt</numerusform>
            <numerusform>%n Auslösungen insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;paused&lt;/b&gt;</source>
        <translation>&lt;b&gt;pausiert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;degraded&lt;/b&gt;: running without %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;beeinträchtigt&lt;/b&gt;: läuft ohne %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your key&apos;s role is read; operating a reactor needs write.</source>
        <translation>Die Rolle Ihres Schlüssels ist read; einen Reaktor zu bedienen erfordert write.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run this graph&apos;s reactor now</source>
        <translation>Den Reaktor dieses Graphen jetzt ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>Resume reactor</source>
        <translation>Reaktor fortsetzen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Let the reactor react to its inputs again</source>
        <translation>Den Reaktor wieder auf seine Eingaben reagieren lassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the reactor reacting to new inputs</source>
        <translation>Den Reaktor nicht mehr auf neue Eingaben reagieren lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send one event to the selected accumulator</source>
        <translation>Ein Ereignis an den ausgewählten Akkumulator senden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Pause reactor %1? Its graphs stop reacting to new inputs until it is resumed.</source>
        <translation>Reaktor %1 pausieren? Seine Graphen reagieren nicht mehr auf neue Eingaben, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resumed %1.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused %1.</source>
        <translation>%1 pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1 %2: %3</source>
        <translation>%2 konnte nicht %1 werden: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resume</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pause</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../monitor/src/console/graphsscreen.h" line="+38"/>
        <source>Graphs</source>
        <translation>Graphen</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::InjectAccumulatorDialog</name>
    <message>
        <location filename="../monitor/src/console/injectaccumulatordialog.cpp" line="+19"/>
        <source>Inject into %1</source>
        <translation>In %1 einspeisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends one event to accumulator &lt;b&gt;%1&lt;/b&gt; as if its source had produced it. It is counted as an operator inject.</source>
        <translation>Sendet ein Ereignis an Akkumulator &lt;b&gt;%1&lt;/b&gt;, als hätte seine Quelle es erzeugt. Es wird als Einspeisung durch den Operator gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inject</source>
        <translation>Einspeisen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the event to inject.</source>
        <translation>Das einzuspeisende Ereignis eingeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Injected %n event(s) into %1.</source>
        <translation>
            <numerusform>%n Ereignis in %1 eingespeist.</numerusform>
            <numerusform>%n Ereignisse in %1 eingespeist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::InterfaceFormDialog</name>
    <message>
        <location filename="../monitor/src/console/interfaceformdialog.cpp" line="+17"/>
        <source>Loading the declared inputs…</source>
        <translation>Die deklarierten Eingaben werden geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the declared inputs.</source>
        <translation>Die deklarierten Eingaben konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No inputs are declared.</source>
        <translation>Es sind keine Eingaben deklariert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields marked * are required.</source>
        <translation>Mit * markierte Felder sind Pflicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>JSON array, e.g. [1, 2]</source>
        <translation>JSON-Array, z. B. [1, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON object, e.g. {&quot;key&quot;: 1}</source>
        <translation>JSON-Objekt, z. B. {&quot;key&quot;: 1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any JSON value</source>
        <translation>beliebiger JSON-Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::KeySecretDialog</name>
    <message>
        <location filename="../monitor/src/console/keysecretdialog.cpp" line="+17"/>
        <source>API key %1 created</source>
        <translation>API-Schlüssel %1 angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Copy this key now.&lt;/b&gt; This is the only time it is shown: the server keeps only a hash, and the monitor does not store it.</source>
        <translation>&lt;b&gt;Diesen Schlüssel jetzt kopieren.&lt;/b&gt; Er wird nur dieses eine Mal angezeigt: der Server speichert nur einen Hash, und der Monitor speichert ihn nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::ListPane</name>
    <message>
        <location filename="../monitor/src/console/listpane.cpp" line="+116"/>
        <source>No row matches the filter.</source>
        <translation>Keine Zeile passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::MainWindow</name>
    <message>
        <location filename="../monitor/src/mainwindow.cpp" line="+86"/>
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
        <location line="+5"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+306"/>
        <source>cloacina-monitor</source>
        <translation>cloacina-monitor</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>cloacina-monitor — %1 (%2)</source>
        <translation>cloacina-monitor — %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+3"/>
        <source>Warning: server version %1 does not match this monitor (%2)</source>
        <translation>Warnung: Serverversion %1 passt nicht zu diesem Monitor (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+123"/>
        <source>Started a new run of %1: %2 — following it</source>
        <translation>Neuer Lauf von %1 gestartet: %2 — wird verfolgt</translation>
    </message>
    <message>
        <location line="-119"/>
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
        <location line="+29"/>
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
    <name>Cloacina::Monitor::OverviewScreen</name>
    <message>
        <location filename="../monitor/src/console/overviewscreen.cpp" line="+49"/>
        <location filename="../monitor/src/console/overviewscreen.h" line="+31"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workflows registered</source>
        <translation>Registrierte Workflows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs in flight</source>
        <translation>Laufende Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed · last hour</source>
        <translation>Abgeschlossen · letzte Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed · last hour</source>
        <translation>Fehlgeschlagen · letzte Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computation graphs</source>
        <translation>Berechnungsgraphen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed · last 24 h</source>
        <translation>Abgeschlossen · letzte 24 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed · last 24 h</source>
        <translation>Fehlgeschlagen · letzte 24 h</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failure rate per workflow, last 24 h (double-click: its failed runs)</source>
        <translation>Fehlerquote pro Workflow, letzte 24 h (Doppelklick: seine fehlgeschlagenen Läufe)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Double-click a workflow to list its failed runs of the last 24 h</source>
        <translation>Doppelklick auf einen Workflow listet seine fehlgeschlagenen Läufe der letzten 24 h</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open the list</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>running or pending</source>
        <translation>laufend oder wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>of %1 started</source>
        <translation>von %1 gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 live</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starting</source>
        <translation>%1 startend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The counts cover the newest %1 runs only: older runs of the last 24 h are not counted.</source>
        <translation>Die Zahlen umfassen nur die neuesten %1 Läufe: ältere Läufe der letzten 24 h werden nicht gezählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not answering /health</source>
        <translation>antwortet nicht auf /health</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alive, not ready: %1</source>
        <translation>am Leben, nicht bereit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alive and ready</source>
        <translation>am Leben und bereit</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::PaneHeader</name>
    <message>
        <location filename="../monitor/src/console/paneheader.cpp" line="+37"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh this list (F5)</source>
        <translation>Diese Liste aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not refresh: %1. Rows shown are kept; retrying on the next refresh.</source>
        <translation>Aktualisierung fehlgeschlagen: %1. Die angezeigten Zeilen bleiben erhalten; neuer Versuch bei der nächsten Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::RecentRunsStrip</name>
    <message>
        <location filename="../monitor/src/console/recentrunsstrip.cpp" line="+110"/>
        <source>No recent runs</source>
        <translation>Keine aktuellen Läufe</translation>
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
        <location line="+102"/>
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
        <location line="-126"/>
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
        <location line="+111"/>
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
        <location line="+23"/>
        <source>. Retrying; the rows shown are kept.</source>
        <translation>. Neuer Versuch läuft; angezeigte Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Following stopped; Reconnect tries again.</source>
        <translation>. Verfolgen gestoppt; „Neu verbinden“ versucht es erneut.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source> (%1 oldest trimmed)</source>
        <translation> (%1 älteste gekürzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new run of this workflow (Ctrl+R)</source>
        <translation>Einen neuen Lauf dieses Workflows starten (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>Cloacina::Monitor::RunsScreen</name>
    <message>
        <location filename="../monitor/src/console/runsscreen.h" line="+19"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::RunsTimelineChart</name>
    <message>
        <location filename="../monitor/src/console/runstimelinechart.cpp" line="+34"/>
        <source>Runs started and failed per %1 minutes, last 24 h</source>
        <translation>Gestartete und fehlgeschlagene Läufe pro %1 Minuten, letzte 24 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
    <name>Cloacina::Monitor::TriggerDetailPane</name>
    <message>
        <location filename="../monitor/src/console/triggerdetailpane.cpp" line="+77"/>
        <source>Recent fires (double click opens the run)</source>
        <translation>Letzte Auslösungen (Doppelklick öffnet den Lauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New instance…</source>
        <translation>Neue Instanz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete instance…</source>
        <translation>Instanz löschen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cron %1</source>
        <translation>Cron %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polled %1</source>
        <translation>Abgefragt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>next fire %1</source>
        <translation>nächste Auslösung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last fire %1</source>
        <translation>letzte Auslösung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never fired</source>
        <translation>nie ausgelöst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a schedule to see its fires and instances.</source>
        <translation>Einen Zeitplan auswählen, um seine Auslösungen und Instanzen zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — starts %2</source>
        <translation>%1 — startet %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load the schedule: %1</source>
        <translation>Der Zeitplan konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instances of %1</source>
        <translation>Instanzen von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (scheduled for %2)</source>
        <translation>%1 (geplant für %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::TriggersScreen</name>
    <message>
        <location filename="../monitor/src/console/triggersscreen.cpp" line="+35"/>
        <source>Triggers and schedules</source>
        <translation>Auslöser und Zeitpläne</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+125"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Fire…</source>
        <translation>Auslösen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fired; no run was started.</source>
        <translation>Ausgelöst; es wurde kein Lauf gestartet.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Fired; started %n run(s): %1</source>
        <translation>
            <numerusform>Ausgelöst; %n Lauf gestartet: %1</numerusform>
            <numerusform>Ausgelöst; %n Läufe gestartet: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Select a schedule first.</source>
        <translation>Zuerst einen Zeitplan auswählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already paused.</source>
        <translation>Bereits pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop this schedule from firing</source>
        <translation>Diesen Zeitplan nicht mehr auslösen lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paused.</source>
        <translation>Nicht pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let this schedule fire again</source>
        <translation>Diesen Zeitplan wieder auslösen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a trigger can be fired; a cron schedule fires on its clock.</source>
        <translation>Nur ein Auslöser kann ausgelöst werden; ein Cron-Zeitplan löst nach seiner Uhr aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire this trigger now, with an event typed after its interface</source>
        <translation>Diesen Auslöser jetzt auslösen, mit einem Ereignis nach seiner Schnittstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a named, optionally scheduled instance of this workflow</source>
        <translation>Eine benannte, optional geplante Instanz dieses Workflows anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an instance first.</source>
        <translation>Zuerst eine Instanz auswählen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected instance</source>
        <translation>Die ausgewählte Instanz löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause schedule</source>
        <translation>Zeitplan pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause %1? It does not fire until it is resumed.</source>
        <translation>%1 pausieren? Er löst nicht aus, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume schedule</source>
        <translation>Zeitplan fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume %1? It fires again.</source>
        <translation>%1 fortsetzen? Er löst wieder aus.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete instance %1 of %2? Its schedule stops; past runs stay listed.</source>
        <translation>Instanz %1 von %2 löschen? Ihr Zeitplan endet; vergangene Läufe bleiben aufgelistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance created.</source>
        <translation>Instanz angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance deleted.</source>
        <translation>Instanz gelöscht.</translation>
    </message>
    <message>
        <location filename="../monitor/src/console/triggersscreen.h" line="+34"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::WorkflowDetailPane</name>
    <message>
        <location filename="../monitor/src/console/workflowdetailpane.cpp" line="+36"/>
        <source>built</source>
        <translation>gebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued for the compiler</source>
        <translation>wartet auf den Compiler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>building…</source>
        <translation>wird gebaut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build failed</source>
        <translation>Build fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recent runs (newest right; click one to open it):</source>
        <translation>Letzte Läufe (neueste rechts; Klick öffnet einen Lauf):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Task graph</source>
        <translation>Aufgabengraph</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a workflow to see its build, task graph and source.</source>
        <translation>Einen Workflow auswählen, um seinen Build, Aufgabengraphen und Quelltext zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the package: %1</source>
        <translation>Das Paket konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — package %2 %3</source>
        <translation>%1 — Paket %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused: new runs are not started</source>
        <translation> · pausiert: neue Läufe werden nicht gestartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This workflow declares no tasks.</source>
        <translation>Dieser Workflow deklariert keine Aufgaben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task graph is known once the build succeeds.</source>
        <translation>Der Aufgabengraph ist bekannt, sobald der Build gelingt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What: %1</source>
        <translation>Was: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not load the source: %1</source>
        <translation>Der Quelltext konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package holds no source.</source>
        <translation>Das Paket enthält keinen Quelltext.</translation>
    </message>
</context>
<context>
    <name>Cloacina::Monitor::WorkflowsScreen</name>
    <message>
        <location filename="../monitor/src/console/workflowsscreen.cpp" line="+44"/>
        <location filename="../monitor/src/console/workflowsscreen.h" line="+32"/>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+176"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Uploaded; the package waits for the compiler (pending → building → built or failed).</source>
        <translation>Hochgeladen; das Paket wartet auf den Compiler (wartend → im Bau → gebaut oder fehlgeschlagen).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a workflow first.</source>
        <translation>Zuerst einen Workflow auswählen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only a built package can be paused, resumed or deleted.</source>
        <translation>Nur ein gebautes Paket kann pausiert, fortgesetzt oder gelöscht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a .cloacina package; its build is followed here</source>
        <translation>Ein .cloacina-Paket hochladen; sein Build wird hier verfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workflow is already paused.</source>
        <translation>Der Workflow ist bereits pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop starting new runs of this workflow</source>
        <translation>Keine neuen Läufe dieses Workflows mehr starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workflow is not paused.</source>
        <translation>Der Workflow ist nicht pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start runs of this workflow again</source>
        <translation>Läufe dieses Workflows wieder starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this version of the package</source>
        <translation>Diese Version des Pakets löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upload a workflow package</source>
        <translation>Ein Workflow-Paket hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloacina packages (*.cloacina);;All files (*)</source>
        <translation>Cloacina-Pakete (*.cloacina);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is too large to be a package (%2).</source>
        <translation>%1 ist zu groß für ein Paket (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploading %1 (%2)…</source>
        <translation>%1 wird hochgeladen (%2)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause workflow</source>
        <translation>Workflow pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause %1? No new run of it starts (schedules and triggers included) until it is resumed.</source>
        <translation>%1 pausieren? Kein neuer Lauf davon startet (auch nicht durch Zeitpläne und Auslöser), bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume workflow</source>
        <translation>Workflow fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume %1? Its schedules and triggers start runs again.</source>
        <translation>%1 fortsetzen? Seine Zeitpläne und Auslöser starten wieder Läufe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete package version</source>
        <translation>Paketversion löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete version %1 of package %2 (workflow %3)? It can no longer run; its past runs stay listed.</source>
        <translation>Version %1 von Paket %2 (Workflow %3) löschen? Sie kann nicht mehr laufen; ihre vergangenen Läufe bleiben aufgelistet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is built and ready to run.</source>
        <translation>%1 ist gebaut und bereit zur Ausführung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The build of %1 failed: %2</source>
        <translation>Der Build von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Cloacina::OverviewModel</name>
    <message>
        <location filename="../models/src/console/overviewmodel.cpp" line="+110"/>
        <source>No run started in the last 24 h.</source>
        <translation>In den letzten 24 h wurde kein Lauf gestartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Cloacina::Qml::Client</name>
    <message>
        <location filename="../qml/module/qmlclient.cpp" line="+258"/>
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
    <name>Cloacina::ReactorFireListModel</name>
    <message>
        <location filename="../models/src/console/reactorfirelistmodel.cpp" line="+63"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fired at</source>
        <translation>Ausgelöst um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a graph to see its reactor&apos;s fires.</source>
        <translation>Einen Graphen auswählen, um die Auslösungen seines Reaktors zu sehen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This reactor has not fired yet.</source>
        <translation>Dieser Reaktor hat noch nicht ausgelöst.</translation>
    </message>
</context>
<context>
    <name>Cloacina::ReactorListModel</name>
    <message>
        <location filename="../models/src/console/reactorlistmodel.cpp" line="+56"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reactor</source>
        <translation>Reaktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphs</source>
        <translation>Graphen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fires</source>
        <translation>Auslösungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fired</source>
        <translation>Zuletzt ausgelöst</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No reactors are running.</source>
        <translation>Es laufen keine Reaktoren.</translation>
    </message>
</context>
<context>
    <name>Cloacina::RefreshableListModel</name>
    <message>
        <location filename="../models/src/console/refreshablelistmodel.cpp" line="+73"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>Cloacina::RunEventModel</name>
    <message>
        <location filename="../models/src/runeventmodel.cpp" line="+164"/>
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
        <location filename="../models/src/runmodels.cpp" line="+51"/>
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
    <name>Cloacina::SecretListModel</name>
    <message>
        <location filename="../models/src/console/secretlistmodel.cpp" line="+58"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tenant %1 has no secrets.</source>
        <translation>Mandant %1 hat keine Geheimnisse.</translation>
    </message>
</context>
<context>
    <name>Cloacina::ServerSession</name>
    <message>
        <location filename="../models/src/serversession.cpp" line="+49"/>
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
    <name>Cloacina::TenantListModel</name>
    <message>
        <location filename="../models/src/console/tenantlistmodel.cpp" line="+28"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No tenants besides the public schema.</source>
        <translation>Keine Mandanten außer dem Schema public.</translation>
    </message>
</context>
<context>
    <name>Cloacina::TriggerListModel</name>
    <message>
        <location filename="../models/src/console/triggerlistmodel.cpp" line="+16"/>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+4"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next fire</source>
        <translation>Nächste Auslösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fire</source>
        <translation>Letzte Auslösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No schedule or trigger is registered in this tenant.</source>
        <translation>In diesem Mandanten ist kein Zeitplan oder Auslöser registriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>Cloacina::WorkflowFailureRateModel</name>
    <message>
        <location filename="../models/src/console/workflowfailureratemodel.cpp" line="+63"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
</context>
<context>
    <name>Cloacina::WorkflowListModel</name>
    <message>
        <location filename="../models/src/console/workflowlistmodel.cpp" line="+110"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no recent runs</source>
        <translation>keine aktuellen Läufe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No workflow is registered in this tenant. Upload a .cloacina package to add one.</source>
        <translation>In diesem Mandanten ist kein Workflow registriert. Ein .cloacina-Paket hochladen, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
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
    <name>GraphsPage</name>
    <message>
        <location filename="../qml/monitor/GraphsPage.qml" line="+61"/>
        <source>Computation graphs</source>
        <translation>Berechnungsgraphen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not list the graphs</source>
        <translation>Die Graphen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 fires</source>
        <translation>%1 Auslösungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — %2 fires in the last hour</source>
        <translation>%1 — %2 Auslösungen in der letzten Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a graph</source>
        <translation>Einen Graphen auswählen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2 fires</source>
        <translation>%1: %2 Auslösungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>max %1 / min</source>
        <translation>max. %1 / min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accumulators</source>
        <translation>Akkumulatoren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no event yet</source>
        <translation>noch kein Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last event %1 s ago</source>
        <translation>letztes Ereignis vor %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last event %1 min ago</source>
        <translation>letztes Ereignis vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/monitor/Main.qml" line="+19"/>
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
        <location filename="../qml/monitor/MonitorView.qml" line="+67"/>
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
        <location line="+10"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphs</source>
        <translation>Graphen</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>OverviewPage</name>
    <message>
        <location filename="../qml/monitor/OverviewPage.qml" line="+94"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not refresh everything; the numbers shown are kept</source>
        <translation>Nicht alles konnte aktualisiert werden; die angezeigten Zahlen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workflows registered</source>
        <translation>Registrierte Workflows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs in flight</source>
        <translation>Laufende Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running or pending</source>
        <translation>laufend oder wartend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed · last hour</source>
        <translation>Abgeschlossen · letzte Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+8"/>
        <source>of %1 started</source>
        <translation>von %1 gestartet</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Failed · last hour</source>
        <translation>Fehlgeschlagen · letzte Stunde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computation graphs</source>
        <translation>Berechnungsgraphen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 live</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 starting</source>
        <translation>%1 startend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answering /health</source>
        <translation>antwortet nicht auf /health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alive, not ready: %1</source>
        <translation>am Leben, nicht bereit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alive and ready</source>
        <translation>am Leben und bereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Completed · last 24 h</source>
        <translation>Abgeschlossen · letzte 24 h</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed · last 24 h</source>
        <translation>Fehlgeschlagen · letzte 24 h</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Runs started and failed per %1 minutes, last 24 h (peak %2)</source>
        <translation>Gestartete und fehlgeschlagene Läufe pro %1 Minuten, letzte 24 h (Spitze %2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>■ started</source>
        <translation>■ gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>■ failed</source>
        <translation>■ fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failure rate per workflow, last 24 h</source>
        <translation>Fehlerquote pro Workflow, letzte 24 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No run finished in the last 24 h.</source>
        <translation>In den letzten 24 h wurde kein Lauf beendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The counts cover the newest %1 runs only: older runs of the last 24 h are not counted.</source>
        <translation>Die Zahlen umfassen nur die neuesten %1 Läufe: ältere Läufe der letzten 24 h werden nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../monitor/src/monitorapp.cpp" line="+181"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../monitor/src/console/actionfeedback.cpp" line="+43"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (request %1)</source>
        <translation> (Anfrage %1)</translation>
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
        <location filename="../monitor/src/monitorapp.cpp" line="-150"/>
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
        <source>Console screen to show first: overview, runs, workflows, triggers, graphs, fleet or admin.</source>
        <translation>Konsolenansicht, die zuerst gezeigt wird: overview, runs, workflows, triggers, graphs, fleet oder admin.</translation>
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
        <location line="+13"/>
        <source>--size expects &lt;width&gt;x&lt;height&gt;, e.g. 1280x800</source>
        <translation>--size erwartet &lt;Breite&gt;x&lt;Höhe&gt;, z. B. 1280x800</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--theme expects system, light or dark</source>
        <translation>--theme erwartet system, light oder dark</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot start the demo simulator: %1</source>
        <translation>der Demo-Simulator kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>built without the simulator; --demo is unavailable</source>
        <translation>ohne Simulator gebaut; --demo ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="+3"/>
        <source>Page shown once connected: overview (default), runs or graphs.</source>
        <translation>Seite, die nach dem Verbinden gezeigt wird: overview (Standard), runs oder graphs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--page wants overview, runs or graphs</source>
        <translation>--page erwartet overview, runs oder graphs</translation>
    </message>
    <message>
        <location line="+7"/>
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
