<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/dialogs/aboutbox.cpp" line="+20"/>
        <source>&lt;h3&gt;Upstream Lab %1&lt;/h3&gt;&lt;p&gt;A local lab for HTTP load balancing with nginx&apos;s semantics: a reverse proxy, mock backends and a traffic generator.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. Qt is used under the GNU Lesser General Public License version 3 (LGPLv3) and linked dynamically.&lt;/p&gt;&lt;p&gt;Settings and recent files are kept in:&lt;br&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstream Lab %1&lt;/h3&gt;&lt;p&gt;Ein lokales Labor für HTTP-Lastverteilung mit der Semantik von nginx: ein Reverse Proxy, Mock-Backends und ein Traffic-Generator.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3. Qt wird unter der GNU Lesser General Public License Version 3 (LGPLv3) verwendet und dynamisch gelinkt.&lt;/p&gt;&lt;p&gt;Einstellungen und zuletzt geöffnete Dateien liegen in:&lt;br&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Upstream Lab</source>
        <translation>Über Upstream Lab</translation>
    </message>
</context>
<context>
    <name>BackendDialog</name>
    <message>
        <location filename="../ui/dialogs/backenddialog.cpp" line="+59"/>
        <source>Start with the lab</source>
        <translation>Mit dem Labor starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start paused (accept connections, answer nothing)</source>
        <translation>Pausiert starten (Verbindungen annehmen, nichts beantworten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line: Name: value (values may use {{variables}})</source>
        <translation>Einer pro Zeile: Name: Wert (Werte dürfen {{Variablen}} enthalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text or template: {{name}} {{port}} {{method}} {{uri}} {{header.X}} {{query.x}} {{request_id}} {{counter}} {{time}}</source>
        <translation>Text oder Vorlage: {{name}} {{port}} {{method}} {{uri}} {{header.X}} {{query.x}} {{request_id}} {{counter}} {{time}}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step per line, e.g.
10s stop
at 20s: latency 800ms±200 on 30%
40s start
1m repeat</source>
        <translation>Ein Schritt pro Zeile, z. B.
10s stop
at 20s: latency 800ms±200 on 30%
40s start
1m repeat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived from the name</source>
        <translation>aus dem Namen abgeleitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative to the lab file</source>
        <translation>relativ zur Labordatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, 20ms, 10..50ms, normal:40ms,10ms, 40ms±10ms, lognormal:30ms,15ms; &quot;on 30%&quot;</source>
        <translation>none, 20ms, 10..50ms, normal:40ms,10ms, 40ms±10ms, lognormal:30ms,15ms; &quot;on 30%&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.2 or 20%</source>
        <translation>0.2 oder 20%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND:P, comma-separated; P is the probability per request (they must add up to at most 1). Kinds: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length</source>
        <translation>KIND:P, durch Kommas getrennt; P ist die Wahrscheinlichkeit pro Anfrage (zusammen höchstens 1). KIND: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listen:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health path:</source>
        <translation>&amp;Health-Check-Pfad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random &amp;seed:</source>
        <translation>Zufalls-&amp;Seed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default (a small JSON naming the backend)</source>
        <translation>Standard (ein kleines JSON mit dem Namen des Backends)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text or template</source>
        <translation>Text oder Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filler bytes</source>
        <translation>Füllbytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error &amp;rate:</source>
        <translation>Fehler&amp;rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error s&amp;tatus:</source>
        <translation>Fehlers&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail &amp;every Nth:</source>
        <translation>Fehler bei &amp;jeder N-ten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail the &amp;first N:</source>
        <translation>Fehler bei den &amp;ersten N:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;aults:</source>
        <translation>&amp;Störungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps are timed from the lab&apos;s start and replay the same way every run. Actions: start, stop, pause, resume, status N, latency SPEC, errors RATE [STATUS], fault KIND:P, faults off, reset, repeat (last).</source>
        <translation>Die Schritte zählen ab dem Start des Labors und laufen bei jedem Durchlauf gleich ab. Aktionen: start, stop, pause, resume, status N, latency SPEC, errors RATE [STATUS], fault KIND:P, faults off, reset, repeat (als letzter Schritt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency &amp;&amp; Failures</source>
        <translation>Latenz &amp;&amp; Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>expected a whole number (empty or 0 = derived from the name)</source>
        <translation>ganze Zahl erwartet (leer oder 0 = aus dem Namen abgeleitet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: expected &quot;Name: value&quot;</source>
        <translation>Zeile %1: &quot;Name: Wert&quot; erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>type the body (or choose the default body)</source>
        <translation>den Body eingeben (oder den Standard-Body wählen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose a file</source>
        <translation>eine Datei wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a size such as 512, 64k or 1m</source>
        <translation>Größe erwartet, z. B. 512, 64k oder 1m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a probability 0..1 such as 0.2 or 20%</source>
        <translation>Wahrscheinlichkeit 0..1 erwartet, z. B. 0.2 oder 20%</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+44"/>
        <location line="+2"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&quot;%1&quot; is used by another backend</source>
        <translation>&quot;%1&quot; wird schon von einem anderen Backend verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is used by another backend</source>
        <translation>%1 wird schon von einem anderen Backend verwendet</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Backend Colour</source>
        <translation>Backend-Farbe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Body File</source>
        <translation>Body-Datei</translation>
    </message>
</context>
<context>
    <name>BackendTableModel</name>
    <message>
        <location filename="../ui/models/backendtablemodel.cpp" line="+89"/>
        <source>20ms | 10..50ms | normal:40ms,10ms | 40ms±10ms | lognormal:40ms,10ms [on 30%] | none</source>
        <translation>20ms | 10..50ms | normal:40ms,10ms | 40ms±10ms | lognormal:40ms,10ms [on 30%] | none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND:P, comma-separated: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length</source>
        <translation>KIND:P, durch Kommas getrennt: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on port %2</source>
        <translation>%1 auf Port %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>expected a probability 0..1 such as 0.2 or 20%</source>
        <translation>Wahrscheinlichkeit 0..1 erwartet, z. B. 0.2 oder 20%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change %1 of backend %2</source>
        <translation>%1 von Backend %2 ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faults injected</source>
        <translation>Störfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active conns</source>
        <translation>Aktive Verb.</translation>
    </message>
</context>
<context>
    <name>BackendsPanel</name>
    <message>
        <location filename="../ui/widgets/backendspanel.cpp" line="+52"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start listening (stopped = connection refused)</source>
        <translation>Auf Verbindungen warten (gestoppt = Verbindung abgelehnt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop: requests already accepted are answered, then connections are refused</source>
        <translation>Stoppen: Bereits angenommene Anfragen werden beantwortet, danach werden Verbindungen abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause: accept connections but answer nothing</source>
        <translation>Pausieren: Verbindungen annehmen, aber nichts beantworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer again (held requests are answered now)</source>
        <translation>Wieder antworten (zurückgehaltene Anfragen werden jetzt beantwortet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a mock backend and a server for it</source>
        <translation>Ein Mock-Backend und einen Server dafür hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add N…</source>
        <translation>N hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add several mock backends at once</source>
        <translation>Mehrere Mock-Backends auf einmal hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Backends</source>
        <translation>Backends hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many mock backends?</source>
        <translation>Wie viele Mock-Backends?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every setting of the backend: response, latency, errors, faults, timeline</source>
        <translation>Alle Einstellungen des Backends: Antwort, Latenz, Fehler, Störungen, Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the mock backend</source>
        <translation>Das Mock-Backend entfernen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No free port is left on 127.0.0.1 for another backend.</source>
        <translation>Auf 127.0.0.1 ist kein Port für ein weiteres Backend mehr frei.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add backend</source>
        <translation>Backend hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Add %n backend(s)</source>
        <translation>
            <numerusform>%n Backend hinzufügen</numerusform>
            <numerusform>%n Backends hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit backend %1</source>
        <translation>Backend %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove backend %1</source>
        <translation>Backend %1 entfernen</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <location filename="../ui/widgets/comparepanel.cpp" line="+63"/>
        <source>Run a comparison to see requests per server for each method.</source>
        <translation>Starten Sie einen Vergleich, um die Anfragen pro Server für jede Methode zu sehen.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location line="+47"/>
        <location line="+75"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paths /item/key-N: what hash $request_uri hashes</source>
        <translation>Pfade /item/key-N: das, was hash $request_uri hasht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client addresses: what ip_hash hashes</source>
        <translation>Client-Adressen: das, was ip_hash hasht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients:</source>
        <translation>Clients:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The same seeded traffic through a copy of the group per method, against copies of the lab&apos;s mocks on other ports: the running lab is not touched.</source>
        <translation>Derselbe reproduzierbare Traffic (fester Seed) durch je eine Kopie der Gruppe pro Methode, gegen Kopien der Mocks des Labors auf anderen Ports: Das laufende Labor bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running %1 (%2 of %3)…</source>
        <translation>%1 läuft (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Done: %n method(s) compared. Fairness: Jain&apos;s index of requests per weight (1 = even); keys moved: the share of keys on another server when one server is removed.</source>
        <translation>
            <numerusform>Fertig: %n Methode verglichen. Fairness: Jain-Index der Anfragen pro Gewicht (1 = gleichmäßig); verschobene Schlüssel: der Anteil der Schlüssel, die auf einem anderen Server landen, wenn ein Server entfernt wird.</numerusform>
            <numerusform>Fertig: %n Methoden verglichen. Fairness: Jain-Index der Anfragen pro Gewicht (1 = gleichmäßig); verschobene Schlüssel: der Anteil der Schlüssel, die auf einem anderen Server landen, wenn ein Server entfernt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comparison stopped: %1</source>
        <translation>Der Vergleich wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys moved</source>
        <translation>Verschobene Schlüssel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ComplexValue</name>
    <message>
        <location filename="../proxycore/http/complexvalue.cpp" line="+51"/>
        <source>missing &quot;}&quot; after &quot;${&quot;</source>
        <translation>fehlendes &quot;}&quot; nach &quot;${&quot;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unsupported variable &quot;$%1&quot; (supported: %2)</source>
        <translation>nicht unterstützte Variable &quot;$%1&quot; (unterstützt: %2)</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <location filename="../proxycore/engine/decisiontext.cpp" line="+62"/>
        <source>round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already tried for this request</source>
        <translation>für diese Anfrage bereits versucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draining</source>
        <translation>im Drain-Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhealthy (active health check)</source>
        <translation>ungesund (aktiver Health-Check)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed until %1 (max_fails=%2 reached within fail_timeout=%3s)</source>
        <translation>ausgefallen bis %1 (max_fails=%2 innerhalb von fail_timeout=%3s erreicht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>max_conns=%1 reached (%2 active)</source>
        <translation>max_conns=%1 erreicht (%2 aktiv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup, not in use while a primary server can take the request</source>
        <translation>backup, nicht im Einsatz, solange ein primärer Server die Anfrage annehmen kann</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: current_weight %2 + effective_weight %3 = %4, the highest (the first of equals) → chosen; minus the round&apos;s total %5 → %6</source>
        <translation>%1: current_weight %2 + effective_weight %3 = %4, der höchste (der erste unter gleichen) → gewählt; minus die Summe der Runde %5 → %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: current_weight %2 + effective_weight %3 = %4, the highest → chosen; minus the round&apos;s total %5 → %6</source>
        <translation>%1: current_weight %2 + effective_weight %3 = %4, der höchste → gewählt; minus die Summe der Runde %5 → %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: current_weight %2 + effective_weight %3 = %4</source>
        <translation>%1: current_weight %2 + effective_weight %3 = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (weight %1: lowered after failures or by slow_start)</source>
        <translation> (weight %1: nach Fehlern oder durch slow_start gesenkt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usable</source>
        <translation>verwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try %1: %2 → %3 (%4)</source>
        <translation>Versuch %1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no live upstreams: no server could take the request</source>
        <translation>no live upstreams: Kein Server konnte die Anfrage annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no primary server could take it: the backup servers are in use</source>
        <translation>kein primärer Server konnte sie annehmen: Die Backup-Server sind im Einsatz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the group&apos;s only server: it is taken unless down or full, and never marked failed</source>
        <translation>%1 ist der einzige Server der Gruppe: Er wird genommen, außer er ist down oder voll, und nie als ausgefallen markiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hash key is empty: round robin decides</source>
        <translation>der Hash-Schlüssel ist leer: Round Robin entscheidet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 found no usable server in 20 tries: round robin decides</source>
        <translation>%1 fand in 20 Versuchen keinen verwendbaren Server: Round Robin entscheidet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smooth weighted round robin → %1: the highest current_weight after adding each server&apos;s effective_weight</source>
        <translation>geglättetes gewichtetes Round Robin → %1: das höchste current_weight, nachdem jeder Server sein effective_weight addiert hat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>least_time (NGINX Plus, simulated) → %1: the lowest average time × (active + 1) / weight, %2 ms</source>
        <translation>least_time (NGINX Plus, simuliert) → %1: die niedrigste mittlere Zeit × (aktiv + 1) / Gewicht, %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>least_conn → %1: the fewest active connections per weight, %2</source>
        <translation>least_conn → %1: die wenigsten aktiven Verbindungen pro Gewicht, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 active / weight %3 = %4</source>
        <translation>%1: %2 aktiv / Gewicht %3 = %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no response timed yet, scores 0 (the best)</source>
        <translation>%1: noch keine Antwortzeit gemessen, Wert 0 (der beste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: average %2 ms × (%3 active + 1) / weight %4 = %5 ms</source>
        <translation>%1: Mittel %2 ms × (%3 aktiv + 1) / Gewicht %4 = %5 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tie: %1 servers within 1 % of the best score; smooth weighted round robin breaks it</source>
        <translation>Gleichstand: %1 Server innerhalb von 1 % des besten Werts; geglättetes gewichtetes Round Robin entscheidet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tie: %1 servers share the lowest ratio; smooth weighted round robin breaks it</source>
        <translation>Gleichstand: %1 Server teilen sich das niedrigste Verhältnis; geglättetes gewichtetes Round Robin entscheidet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0.0.0 (no IP address)</source>
        <translation>0.0.0 (keine IP-Adresse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ip_hash → %1: client address %2 hashes to %3; %3 mod total weight %4 = %5</source>
        <translation>ip_hash → %1: Client-Adresse %2 ergibt den Hash %3; %3 mod Gesamtgewicht %4 = %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip_hash → %1: client key %2 (an IPv4 address&apos;s first three octets) hashes to %3; %3 mod total weight %4 = %5</source>
        <translation>ip_hash → %1: Client-Schlüssel %2 (die ersten drei Oktette einer IPv4-Adresse) ergibt den Hash %3; %3 mod Gesamtgewicht %4 = %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>hash %1, slot %2</source>
        <translation>Hash %1, Slot %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>hash → %1: key %2 hashes to %3; %3 mod total weight %4 = %5</source>
        <translation>hash → %1: Schlüssel %2 ergibt den Hash %3; %3 mod Gesamtgewicht %4 = %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hash consistent → %1: key %2 has CRC-32 %3; the first ring point at or after it is #%4 of %5 (%6)</source>
        <translation>hash consistent → %1: Schlüssel %2 hat CRC-32 %3; der erste Ringpunkt an oder nach dieser Stelle ist #%4 von %5 (%6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ring point #%1 (%2)</source>
        <translation>Ringpunkt #%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next servers on the ring: %1</source>
        <translation>nächste Server auf dem Ring: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>random → %1: drew %2; %2 mod total weight %3 = %4</source>
        <translation>random → %1: %2 gezogen; %2 mod Gesamtgewicht %3 = %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>drew %1, slot %2</source>
        <translation>%1 gezogen, Slot %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>random two → %1: drew %2 (%3 active / weight %4) and %5 (%6 active / weight %7)</source>
        <translation>random two → %1: %2 (%3 aktiv / Gewicht %4) und %5 (%6 aktiv / Gewicht %7) gezogen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>equal load per weight: the second drawn wins, as in nginx</source>
        <translation>gleiche Last pro Gewicht: Der zweite gezogene gewinnt, wie in nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has fewer active connections per weight</source>
        <translation>%1 hat weniger aktive Verbindungen pro Gewicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: skipped, %2</source>
        <translation>%1: übersprungen, %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>connect refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid header</source>
        <translation>ungültiger Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (next_upstream %1)</source>
        <translation> (next_upstream %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no live upstreams</source>
        <translation>no live upstreams</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>answered by the proxy itself, no upstream</source>
        <translation>vom Proxy selbst beantwortet, kein Upstream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no server was picked</source>
        <translation>kein Server wurde gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pick %1: %2</source>
        <translation>Wahl %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the decision was not recorded</source>
        <translation>die Entscheidung wurde nicht aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>DirectiveSyntax</name>
    <message>
        <location filename="../proxycore/config/directivesyntax.cpp" line="+69"/>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&quot;%1&quot;: write REGEX REPLACEMENT [last|break|redirect|permanent]</source>
        <translation>&quot;%1&quot;: REGEX ERSATZ [last|break|redirect|permanent] schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&quot;%1&quot;: write proxy_set_header NAME VALUE, add_header NAME VALUE [always], proxy_hide_header NAME, proxy_pass_header NAME or proxy_redirect default|off|FROM TO</source>
        <translation>&quot;%1&quot;: proxy_set_header NAME WERT, add_header NAME WERT [always], proxy_hide_header NAME, proxy_pass_header NAME oder proxy_redirect default|off|VON NACH schreiben</translation>
    </message>
</context>
<context>
    <name>DistributionView</name>
    <message>
        <location filename="../ui/widgets/distributionview.cpp" line="+159"/>
        <source>No upstream servers</source>
        <translation>Keine Upstream-Server</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Requests per second, last %1 s</source>
        <translation>Anfragen pro Sekunde, letzte %1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>peak %1/s</source>
        <translation>Spitze %1/s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed (fail_timeout)</source>
        <translation>ausgefallen (fail_timeout)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backup in use</source>
        <translation>Backup im Einsatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Total %n request(s)</source>
        <translation>
            <numerusform>Insgesamt %n Anfrage</numerusform>
            <numerusform>Insgesamt %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  errors %1%</source>
        <translation>  Fehler %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  down</source>
        <translation>  down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  backup</source>
        <translation>  backup</translation>
    </message>
</context>
<context>
    <name>DurationSpinBox</name>
    <message>
        <location filename="../ui/widgets/durationspinbox.cpp" line="+12"/>
        <source>A duration such as 500ms, 10s, 2m, 1h or 1m30s (a bare number is seconds)</source>
        <translation>Eine Dauer wie 500ms, 10s, 2m, 1h oder 1m30s (eine bloße Zahl bedeutet Sekunden)</translation>
    </message>
</context>
<context>
    <name>ExampleLabs</name>
    <message>
        <location filename="../proxycore/config/examplelabs.cpp" line="+27"/>
        <source>three equal servers, round robin (alpha, beta, gamma in turn)</source>
        <translation>drei gleiche Server, Round Robin (alpha, beta, gamma abwechselnd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights 5/1/1: nginx&apos;s smooth sequence a a b a c a a</source>
        <translation>Gewichte 5/1/1: die geglättete Folge von nginx a a b a c a a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>three server blocks on one port chosen by Host (localhost, api.localhost, *.static.localhost), a regex location and rewrites</source>
        <translation>drei server-Blöcke auf einem Port, nach Host gewählt (localhost, api.localhost, *.static.localhost), eine location mit regulärem Ausdruck und rewrite-Regeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guided: %1</source>
        <translation>geführt: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>gamma is stopped: the first request to it fails over, then it is skipped for fail_timeout</source>
        <translation>gamma ist gestoppt: Die erste Anfrage an ihn geht per Failover weiter, danach wird er für fail_timeout übersprungen</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../ui/widgets/guidepanel.cpp" line="+22"/>
        <source>Show &amp;nginx.conf</source>
        <translation>&amp;nginx.conf zeigen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Start the e&amp;xample&apos;s traffic</source>
        <translation>Traffic des Beispiels sta&amp;rten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Begin again</source>
        <translation>Von v&amp;orn beginnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start the traffic this example was made for (it is also in the Traffic bar&apos;s presets)</source>
        <translation>Den Traffic starten, für den dieses Beispiel gemacht ist (er steht auch unter den Vorlagen der Traffic-Leiste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The example as nginx.conf: what you would write for nginx 1.22</source>
        <translation>Das Beispiel als nginx.conf: was Sie für nginx 1.22 schreiben würden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick every step and begin again</source>
        <translation>Alle Haken entfernen und von vorn beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step is ticked when the lab sees it done; tick one yourself to move on</source>
        <translation>Ein Schritt wird abgehakt, sobald das Labor sieht, dass er erledigt ist; haken Sie ihn selbst ab, um weiterzugehen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to look for</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No guide</source>
        <translation>Keine Anleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a guided example from File ▸ Examples.</source>
        <translation>Öffnen Sie ein geführtes Beispiel über Datei ▸ Beispiele.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>All %n step(s) done. Try your own changes, or open another example.</source>
        <translation>
            <numerusform>%n Schritt erledigt. Probieren Sie eigene Änderungen aus oder öffnen Sie ein anderes Beispiel.</numerusform>
            <numerusform>Alle %n Schritte erledigt. Probieren Sie eigene Änderungen aus oder öffnen Sie ein anderes Beispiel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: %2
Look for: %3</source>
        <translation>Schritt %1: %2
Achten Sie auf: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do it for me: %1</source>
        <translation>Für mich erledigen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>requests %1 of %2</source>
        <translation>Anfragen %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered %2 (stays 0)</source>
        <translation>%1 beantwortete %2 (bleibt 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 answered %2 of %3</source>
        <translation>%1 beantwortete %2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s share %2 % (%3–%4 %)</source>
        <translation>Anteil von %1 %2 % (%3–%4 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client errors %1 (stays 0)</source>
        <translation>Fehler an Clients %1 (bleibt 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client errors %1 of %2</source>
        <translation>Fehler an Clients %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retries %1 (stays 0)</source>
        <translation>Wiederholungen %1 (bleibt 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retries %1 of %2</source>
        <translation>Wiederholungen %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered by the proxy %1 of %2</source>
        <translation>vom Proxy beantwortet %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions kept %1 of %2</source>
        <translation>Sitzungen geblieben %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions moved %1 (stays 0)</source>
        <translation>Sitzungen gewechselt %1 (bleibt 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sessions moved %1 of %2</source>
        <translation>Sitzungen gewechselt %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The counts start once you have done what the step asks.</source>
        <translation>Gezählt wird, sobald Sie getan haben, was der Schritt verlangt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since this step: %1</source>
        <translation>Seit diesem Schritt: %1</translation>
    </message>
</context>
<context>
    <name>GuidedExamples</name>
    <message>
        <location filename="../proxycore/lessons/guidedexamples.cpp" line="+68"/>
        <source>Reverse proxy basics</source>
        <translation>Grundlagen des Reverse Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One listener in front of one backend. The proxy takes each request and sends it on, rewritten: Host becomes the upstream&apos;s name, X-Real-IP and X-Forwarded-For carry the client&apos;s address, and proxy_pass http://app/; cuts /shop/ off the URI. The backend echoes what it received, so the log shows both requests side by side.</source>
        <translation>Ein Listener vor einem Backend. Der Proxy nimmt jede Anfrage an und reicht sie umgeschrieben weiter: Host wird zum Namen des Upstreams, X-Real-IP und X-Forwarded-For tragen die Adresse des Clients, und proxy_pass http://app/; schneidet /shop/ von der URI ab. Das Backend schickt zurück, was es empfangen hat, daher zeigt das Protokoll beide Anfragen nebeneinander.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Example: shop visitors</source>
        <translation>Beispiel: Shop-Besucher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 requests per second to /shop/item-N from 3 client addresses</source>
        <translation>10 Anfragen pro Sekunde an /shop/item-N von 3 Client-Adressen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Start traffic: ten requests a second go to the proxy&apos;s /shop/ location.</source>
        <translation>Starten Sie den Traffic: Zehn Anfragen pro Sekunde gehen an die location /shop/ des Proxys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every request is answered by app. The topology shows the path: clients → listener → location → the app group → app.</source>
        <translation>Jede Anfrage beantwortet app. Die Topologie zeigt den Weg: Clients → Listener → location → die Gruppe app → app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a request in the Request Log.</source>
        <translation>Wählen Sie eine Anfrage im Anfrageprotokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details show the request as the client sent it beside the request as app received it. The proxy&apos;s lines are blue: Host: app (nginx&apos;s default, $proxy_host), X-Real-IP and X-Forwarded-For with the client&apos;s address, and GET /item-N — proxy_pass http://app/; replaced the matched /shop/ with /.</source>
        <translation>Die Details zeigen die Anfrage, wie der Client sie gesendet hat, neben der Anfrage, wie app sie empfangen hat. Die Zeilen des Proxys sind blau: Host: app (Standard von nginx, $proxy_host), X-Real-IP und X-Forwarded-For mit der Adresse des Clients und GET /item-N — proxy_pass http://app/; hat das passende /shop/ durch / ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the client&apos;s Host on: proxy_set_header Host $host.</source>
        <translation>Geben Sie den Host des Clients weiter: proxy_set_header Host $host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a newer request: app now receives the host the client asked for, 127.0.0.1 ($host is the name without the port; $http_host would pass the field as sent). Applications that build links or pick a site from Host need this. Written in the listener&apos;s Server header lines instead, this one line replaces every proxy_set_header line the server would inherit: X-Real-IP and X-Forwarded-For are gone, as in nginx.</source>
        <translation>Wählen Sie eine neuere Anfrage: app erhält jetzt den Host, den der Client angefragt hat, 127.0.0.1 ($host ist der Name ohne Port; $http_host würde das Feld so weitergeben, wie es gesendet wurde). Anwendungen, die aus Host Links bauen oder eine Site wählen, brauchen das. Schreiben Sie die Zeile stattdessen in die Header-Zeilen im Server des Listeners, ersetzt diese eine Zeile alle proxy_set_header-Zeilen, die der Server erben würde: X-Real-IP und X-Forwarded-For fehlen dann, wie in nginx.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set Host $host</source>
        <translation>Host $host setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop app in the Backends panel (or from its card&apos;s menu).</source>
        <translation>Stoppen Sie app im Bereich Backends (oder über das Menü seiner Karte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With its only server gone, the proxy answers 502 Bad Gateway itself: each request tries app, the connection is refused, and there is no other server. (nginx never marks the only server of a group failed: it keeps trying it.)</source>
        <translation>Ohne seinen einzigen Server antwortet der Proxy selbst mit 502 Bad Gateway: Jede Anfrage versucht app, die Verbindung wird abgelehnt, und es gibt keinen anderen Server. (nginx markiert den einzigen Server einer Gruppe nie als ausgefallen: Es versucht ihn weiter.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start app again.</source>
        <translation>Starten Sie app wieder.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next request connects: the clients get their answers at once.</source>
        <translation>Die nächste Anfrage kommt durch: Die Clients bekommen sofort ihre Antworten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log&apos;s Tries column: one server per request, ✓ when it answered, ✗ when it failed.</source>
        <translation>Die Spalte Versuche im Protokoll: ein Server pro Anfrage, ✓ wenn er geantwortet hat, ✗ wenn er ausgefallen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx.conf: the same lab as an nginx configuration, with the proxy_set_header lines the lab applies.</source>
        <translation>nginx.conf: dasselbe Labor als nginx-Konfiguration, mit den proxy_set_header-Zeilen, die das Labor anwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reverse proxy in front of an app</source>
        <translation>Ein Reverse Proxy vor einer Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One address, three locations: /api/ goes to the api group with proxy_pass http://api/; (the /api/ prefix is cut off), everything else to the web group, and location = /healthz is answered by the proxy itself with return 200 &quot;ok&quot;; — no backend involved.</source>
        <translation>Eine Adresse, drei locations: /api/ geht mit proxy_pass http://api/; an die Gruppe api (das Präfix /api/ wird abgeschnitten), alles andere an die Gruppe web, und location = /healthz beantwortet der Proxy selbst mit return 200 &quot;ok&quot;; — ohne Backend.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Example: app visitors</source>
        <translation>Beispiel: Besucher der Anwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 requests per second for /api/users/N, / and /healthz</source>
        <translation>30 Anfragen pro Sekunde für /api/users/N, / und /healthz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Start traffic: requests for /api/users/N, / and /healthz arrive at one address.</source>
        <translation>Starten Sie den Traffic: Anfragen für /api/users/N, / und /healthz kommen an einer Adresse an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/api/ requests go to api1 and api2 in turn, / to web, and /healthz never reaches a server: the log&apos;s Tries column is empty for it.</source>
        <translation>Anfragen an /api/ gehen abwechselnd an api1 und api2, / an web, und /healthz erreicht nie einen Server: Die Spalte Versuche im Protokoll ist dafür leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an /api/ request in the Request Log (type api in its filter).</source>
        <translation>Wählen Sie eine Anfrage an /api/ im Anfrageprotokoll (tippen Sie api in seinen Filter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client asked for /api/users/N; api1 or api2 received /users/N. A proxy_pass with a URI (http://api/) replaces the part of the path the location matched.</source>
        <translation>Der Client hat /api/users/N angefragt; api1 oder api2 hat /users/N empfangen. Ein proxy_pass mit URI (http://api/) ersetzt den Teil des Pfads, auf den die location gepasst hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the listener&apos;s routes, change the /api/ route&apos;s group from api/ to api (no trailing slash).</source>
        <translation>Ändern Sie in den Routen des Listeners die Gruppe der Route /api/ von api/ zu api (ohne abschließenden Schrägstrich).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a newer /api/ request: the backend now receives /api/users/N unchanged. proxy_pass without a URI passes the client&apos;s URI as it is.</source>
        <translation>Wählen Sie eine neuere Anfrage an /api/: Das Backend erhält jetzt /api/users/N unverändert. proxy_pass ohne URI gibt die URI des Clients so weiter, wie sie ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use proxy_pass http://api;</source>
        <translation>proxy_pass http://api; verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop web in the Backends panel.</source>
        <translation>Stoppen Sie web im Bereich Backends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/ now gets 502 Bad Gateway while /api/ keeps working, and /healthz still says ok: a health endpoint the proxy answers itself says nothing about the app behind it.</source>
        <translation>/ bekommt jetzt 502 Bad Gateway, während /api/ weiter funktioniert, und /healthz sagt immer noch ok: Ein Health-Endpunkt, den der Proxy selbst beantwortet, sagt nichts über die Anwendung dahinter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start web again.</source>
        <translation>Starten Sie web wieder.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/ is answered again.</source>
        <translation>/ wird wieder beantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx.conf: one server block with three locations; location = /healthz is matched before the prefixes.</source>
        <translation>nginx.conf: ein server-Block mit drei locations; location = /healthz wird vor den Präfixen geprüft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup servers</source>
        <translation>Backup-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two primaries, alpha and beta, share the requests; spare is a backup server: nginx sends it nothing while a primary can answer, and everything when none can. The servers have fail_timeout=3s (nginx&apos;s default is 10s) so that a recovered server is back soon.</source>
        <translation>Zwei primäre Server, alpha und beta, teilen sich die Anfragen; spare ist ein Backup-Server: nginx schickt ihm nichts, solange ein primärer Server antworten kann, und alles, wenn keiner es kann. Die Server haben fail_timeout=3s (Standard von nginx: 10s), damit ein erholter Server bald zurück ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+51"/>
        <source>Example: steady 40/s</source>
        <translation>Beispiel: gleichmäßig 40/s</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>40 requests per second over 4 connections</source>
        <translation>40 Anfragen pro Sekunde über 4 Verbindungen</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+51"/>
        <location line="+137"/>
        <source>Press Start traffic.</source>
        <translation>Starten Sie den Traffic.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>alpha and beta take turns. spare&apos;s card says backup, waiting, and its count stays at 0.</source>
        <translation>alpha und beta wechseln sich ab. Die Karte von spare zeigt Backup wartet, und sein Zähler bleibt bei 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop alpha in the Backends panel (or from its card&apos;s menu).</source>
        <translation>Stoppen Sie alpha im Bereich Backends (oder über das Menü seiner Karte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beta takes every request. The first request sent to alpha was refused and retried on beta (the log shows alpha ✗ → beta ✓); then alpha is skipped for fail_timeout. spare still takes nothing: one primary is enough.</source>
        <translation>beta übernimmt jede Anfrage. Die erste Anfrage an alpha wurde abgelehnt und auf beta wiederholt (das Protokoll zeigt alpha ✗ → beta ✓); danach wird alpha für fail_timeout übersprungen. spare bekommt weiterhin nichts: Ein primärer Server genügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop beta too, with alpha still stopped.</source>
        <translation>Stoppen Sie auch beta, während alpha noch gestoppt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With both primaries down, spare takes every request. The clients see no errors: a refused try moves on to the next server.</source>
        <translation>Sind beide primären Server weg, übernimmt spare jede Anfrage. Die Clients sehen keine Fehler: Ein abgelehnter Versuch geht zum nächsten Server weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start alpha again.</source>
        <translation>Starten Sie alpha wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within fail_timeout (3 s here) the proxy tries alpha again, and the traffic returns to it: spare waits again.</source>
        <translation>Innerhalb von fail_timeout (hier 3 s) versucht der Proxy alpha erneut, und der Traffic kehrt zu ihm zurück: spare wartet wieder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Distribution tab: each server&apos;s state over time — up, failed, backup in use.</source>
        <translation>Der Reiter Verteilung: der Zustand jedes Servers über die Zeit — aktiv, ausgefallen, Backup im Einsatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx.conf: server … backup; a backup cannot be used with hash, ip_hash or random.</source>
        <translation>nginx.conf: server … backup; ein Backup ist mit hash, ip_hash oder random nicht möglich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handling down servers</source>
        <translation>Umgang mit ausgefallenen Servern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gamma&apos;s mock fails 30 % of its requests with 502 Bad Gateway. What the clients see depends on proxy_next_upstream: by default (error timeout) a refused connection is retried on another server but a 502 answer is passed on. gamma&apos;s max_fails=3 and fail_timeout=3s (nginx&apos;s defaults are 1 and 10s) take a failing server out for a while; down takes it out by hand.</source>
        <translation>Der Mock von gamma beantwortet 30 % seiner Anfragen mit 502 Bad Gateway. Was die Clients sehen, hängt von proxy_next_upstream ab: Standardmäßig (error timeout) wird eine abgelehnte Verbindung auf einem anderen Server wiederholt, eine Antwort 502 aber weitergegeben. max_fails=3 und fail_timeout=3s von gamma (Standard von nginx: 1 und 10s) nehmen einen fehlerhaften Server eine Weile heraus; down nimmt ihn von Hand heraus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About one request in ten gets 502 Bad Gateway: gamma&apos;s. 502 is not in the default proxy_next_upstream error timeout, so the proxy passes the answer on.</source>
        <translation>Etwa jede zehnte Anfrage bekommt 502 Bad Gateway: die von gamma. 502 gehört nicht zum Standard proxy_next_upstream error timeout, also gibt der Proxy die Antwort weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry failed answers: add http_502 to proxy_next_upstream.</source>
        <translation>Fehlgeschlagene Antworten wiederholen: Fügen Sie http_502 zu proxy_next_upstream hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clients see no more errors: a 502 from gamma is retried on the next server (the log shows gamma ✗ → alpha ✓). It now counts as a failure too: after three within fail_timeout (max_fails=3) gamma rests for fail_timeout — its card says failed until … — and gets fewer requests.</source>
        <translation>Die Clients sehen keine Fehler mehr: Ein 502 von gamma wird auf dem nächsten Server wiederholt (das Protokoll zeigt gamma ✗ → alpha ✓). Er zählt jetzt auch als Fehlschlag: Nach dreien innerhalb von fail_timeout (max_fails=3) pausiert gamma für fail_timeout — seine Karte zeigt ausgefallen bis … — und bekommt weniger Anfragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set proxy_next_upstream error timeout http_502</source>
        <translation>proxy_next_upstream error timeout http_502 setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take gamma out by hand: mark it down (⏻ on its card, or Down in the group editor).</source>
        <translation>Nehmen Sie gamma von Hand heraus: Markieren Sie ihn als down (⏻ auf seiner Karte oder Down im Gruppeneditor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gamma gets nothing at all, so nothing is retried: down is for maintenance, nginx does not even try the server.</source>
        <translation>gamma bekommt gar nichts mehr, also wird nichts wiederholt: down ist für Wartung gedacht, nginx versucht den Server nicht einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now crash a server: stop alpha in the Backends panel.</source>
        <translation>Lassen Sie jetzt einen Server abstürzen: Stoppen Sie alpha im Bereich Backends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refused connection is an error, retried by default: the clients still see no errors. alpha is failed and tried again after each fail_timeout; beta takes the requests.</source>
        <translation>Eine abgelehnte Verbindung ist ein error und wird standardmäßig wiederholt: Die Clients sehen weiterhin keine Fehler. alpha ist ausgefallen und wird nach jedem fail_timeout erneut versucht; beta übernimmt die Anfragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn retries off: proxy_next_upstream off.</source>
        <translation>Schalten Sie Wiederholungen ab: proxy_next_upstream off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each time the proxy tries alpha again (every fail_timeout) a client gets 502 Bad Gateway: with retries off nobody else is asked. That is why the default retries errors and timeouts.</source>
        <translation>Jedes Mal, wenn der Proxy alpha erneut versucht (jedes fail_timeout), bekommt ein Client 502 Bad Gateway: Ohne Wiederholungen wird kein anderer gefragt. Deshalb wiederholt der Standard Fehler und Timeouts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set proxy_next_upstream off</source>
        <translation>proxy_next_upstream off setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a retried request: Why this server lists each try and why a server was skipped (down, failed until …, already tried).</source>
        <translation>Wählen Sie eine wiederholte Anfrage: Warum dieser Server listet jeden Versuch auf und warum ein Server übersprungen wurde (down, ausgefallen bis …, schon versucht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx.conf: proxy_next_upstream in each location, max_fails and fail_timeout on each server.</source>
        <translation>nginx.conf: proxy_next_upstream in jeder location, max_fails und fail_timeout an jedem Server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balancing algorithms compared</source>
        <translation>Balancing-Algorithmen im Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One group, five methods. alpha has weight 2; gamma answers in 100 ms while alpha and beta answer at once. Switch the group&apos;s method step by step and watch the shares move, then let Compare send the same seeded traffic through each method side by side.</source>
        <translation>Eine Gruppe, fünf Methoden. alpha hat Gewicht 2; gamma antwortet in 100 ms, alpha und beta sofort. Wechseln Sie Schritt für Schritt die Methode der Gruppe und beobachten Sie, wie sich die Anteile verschieben; dann schickt Vergleichen denselben reproduzierbaren Traffic durch jede Methode nebeneinander.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Example: 30 clients, 100 keys</source>
        <translation>Beispiel: 30 Clients, 100 Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 requests per second from 30 client addresses over 100 paths /item/key-N</source>
        <translation>50 Anfragen pro Sekunde von 30 Client-Adressen über 100 Pfade /item/key-N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Start traffic. The group starts with round robin, nginx&apos;s default.</source>
        <translation>Starten Sie den Traffic. Die Gruppe beginnt mit Round Robin, dem Standard von nginx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alpha takes half of the requests (weight 2 of 4), beta and gamma a quarter each: smooth weighted round robin follows the weights and ignores gamma&apos;s slowness.</source>
        <translation>alpha bekommt die Hälfte der Anfragen (Gewicht 2 von 4), beta und gamma je ein Viertel: Geglättetes gewichtetes Round Robin folgt den Gewichten und übergeht die Langsamkeit von gamma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the group to least_conn (Method in the group editor).</source>
        <translation>Stellen Sie die Gruppe auf least_conn um (Methode im Gruppeneditor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gamma holds each request longer, so it has more in flight and least_conn sends it fewer; alpha and beta share the rest by weight.</source>
        <translation>gamma hält jede Anfrage länger, hat also mehr laufende Anfragen, und least_conn schickt ihm weniger; alpha und beta teilen sich den Rest nach Gewicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use least_conn</source>
        <translation>least_conn verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to ip_hash.</source>
        <translation>Stellen Sie auf ip_hash um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each client address now always reaches the same server (ip_hash keys on the first three octets). The shares follow how the 30 addresses hash, roughly by weight.</source>
        <translation>Jede Client-Adresse erreicht jetzt immer denselben Server (ip_hash verwendet die ersten drei Oktette als Schlüssel). Die Anteile folgen den Hashes der 30 Adressen, ungefähr nach Gewicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use ip_hash</source>
        <translation>ip_hash verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to hash $request_uri consistent (hash KEY consistent, key $request_uri).</source>
        <translation>Stellen Sie auf hash $request_uri consistent um (hash KEY consistent, Schlüssel $request_uri).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each path always goes to the same server: servers and keys sit on one ring, a key belongs to the next server point after it.</source>
        <translation>Jeder Pfad geht immer an denselben Server: Server und Schlüssel liegen auf einem Ring, ein Schlüssel gehört zum nächsten Serverpunkt nach ihm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use hash $request_uri consistent</source>
        <translation>hash $request_uri consistent verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark beta down: a server removed.</source>
        <translation>Markieren Sie beta als down: ein Server weniger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only beta&apos;s paths move, to the next server on the ring; every other path stays where it was. Without consistent, most paths would move.</source>
        <translation>Nur die Pfade von beta wechseln, zum nächsten Server auf dem Ring; jeder andere Pfad bleibt, wo er war. Ohne consistent würden die meisten Pfade wechseln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring beta back (untick down) and switch to random two least_conn.</source>
        <translation>Holen Sie beta zurück (Haken bei down entfernen) und stellen Sie auf random two least_conn um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two servers drawn at random by weight, the one with fewer requests in flight wins: nearly least_conn&apos;s result without comparing every server.</source>
        <translation>Zwei Server werden zufällig nach Gewicht gezogen, der mit weniger laufenden Anfragen gewinnt: fast das Ergebnis von least_conn, ohne jeden Server zu vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use random two least_conn</source>
        <translation>random two least_conn verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Compare tab (Lab ▸ Compare Methods) and press Compare.</source>
        <translation>Öffnen Sie den Reiter Vergleich (Labor ▸ Methoden vergleichen) und drücken Sie Vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seeded traffic through each method, one after another on copies of the mocks: round_robin follows the weights, least_conn and random two least_conn spare slow gamma, ip_hash and hash follow their keys, and Keys moved shows how many keys change server when one server goes: far fewer with consistent.</source>
        <translation>Derselbe reproduzierbare Traffic durch jede Methode, nacheinander auf Kopien der Mocks: round_robin folgt den Gewichten, least_conn und random two least_conn schonen den langsamen gamma, ip_hash und hash folgen ihren Schlüsseln, und Verschobene Schlüssel zeigt, wie viele Schlüssel den Server wechseln, wenn ein Server wegfällt: mit consistent weit weniger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a request: Why this server shows each method&apos;s numbers (current_weight, connections per weight, the hash and its slot or ring point, the two random draws).</source>
        <translation>Wählen Sie eine Anfrage: Warum dieser Server zeigt die Zahlen jeder Methode (current_weight, Verbindungen pro Gewicht, den Hash und seinen Slot oder Ringpunkt, die zwei Zufallsziehungen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sticky sessions without NGINX Plus</source>
        <translation>Sticky Sessions ohne NGINX Plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus has sticky cookie; open-source nginx gets the effect from hash $cookie_session: the session cookie the application set picks the server, so a visitor stays where their session is. Twenty visitors keep their cookies (session=s0 … s19). fail_timeout=3s here (nginx&apos;s default is 10s).</source>
        <translation>NGINX Plus hat sticky cookie; Open-Source-nginx erreicht dieselbe Wirkung mit hash $cookie_session: Das Sitzungs-Cookie, das die Anwendung gesetzt hat, wählt den Server, also bleibt ein Besucher dort, wo seine Sitzung ist. Zwanzig Besucher behalten ihre Cookies (session=s0 … s19). Hier fail_timeout=3s (Standard von nginx: 10s).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Example: 20 visitors with cookies</source>
        <translation>Beispiel: 20 Besucher mit Cookies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 requests per second from 20 visitors, each sending its own session cookie</source>
        <translation>50 Anfragen pro Sekunde von 20 Besuchern, jeder mit seinem eigenen Sitzungs-Cookie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each visitor&apos;s requests land on one server. Select a request and read Why this server: the key is the cookie&apos;s value, and its hash picks the server.</source>
        <translation>Die Anfragen jedes Besuchers landen auf einem Server. Wählen Sie eine Anfrage und lesen Sie Warum dieser Server: Der Schlüssel ist der Wert des Cookies, und sein Hash wählt den Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the group to round robin, to see what stickiness prevents.</source>
        <translation>Stellen Sie die Gruppe auf Round Robin um, um zu sehen, was die Bindung verhindert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors now hop from server to server: a session kept in one server&apos;s memory would be lost on the next request.</source>
        <translation>Die Besucher springen jetzt von Server zu Server: Eine Sitzung im Speicher eines Servers ginge bei der nächsten Anfrage verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use round robin</source>
        <translation>Round Robin verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch back to hash $cookie_session.</source>
        <translation>Stellen Sie zurück auf hash $cookie_session um.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every visitor stays on one server again.</source>
        <translation>Jeder Besucher bleibt wieder auf einem Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use hash $cookie_session</source>
        <translation>hash $cookie_session verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop app2 in the Backends panel.</source>
        <translation>Stoppen Sie app2 im Bereich Backends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only app2&apos;s visitors move (their first request is refused and retried, then app2 is skipped); everyone else stays. The sessions app2 held are lost: the price of keeping them on one server.</source>
        <translation>Nur die Besucher von app2 wechseln (ihre erste Anfrage wird abgelehnt und wiederholt, danach wird app2 übersprungen); alle anderen bleiben. Die Sitzungen, die app2 hielt, sind verloren: der Preis dafür, sie auf einem Server zu halten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start app2 again.</source>
        <translation>Starten Sie app2 wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After fail_timeout app2 gets its visitors back. Requests without the cookie (a first visit) have an empty key, which nginx balances by round robin.</source>
        <translation>Nach fail_timeout bekommt app2 seine Besucher zurück. Anfragen ohne das Cookie (ein erster Besuch) haben einen leeren Schlüssel, den nginx per Round Robin verteilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hash … consistent keeps most visitors in place when servers are added or removed from the group; without it most of them move.</source>
        <translation>hash … consistent hält die meisten Besucher an ihrem Platz, wenn Server zur Gruppe hinzukommen oder aus ihr entfernt werden; ohne consistent wechseln die meisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx.conf: hash $cookie_session; in the upstream block — no NGINX Plus directive needed.</source>
        <translation>nginx.conf: hash $cookie_session; im upstream-Block — keine Direktive von NGINX Plus nötig.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../ui/widgets/importpanel.cpp" line="+57"/>
        <source>%1: everything was imported.</source>
        <translation>%1: Alles wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%1: %n warning(s) (behaviour may differ), %2. Select one to see its line.</source>
        <extracomment>%2 is &quot;N note(s) (safely ignored)&quot;.</extracomment>
        <translation>
            <numerusform>%1: %n Warnung (Verhalten kann abweichen), %2. Einen Eintrag auswählen, um seine Zeile zu sehen.</numerusform>
            <numerusform>%1: %n Warnungen (Verhalten kann abweichen), %2. Einen Eintrag auswählen, um seine Zeile zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n note(s) (safely ignored)</source>
        <translation>
            <numerusform>%n Hinweis (gefahrlos ignoriert)</numerusform>
            <numerusform>%n Hinweise (gefahrlos ignoriert)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(cannot read %1)</source>
        <translation>(%1 kann nicht gelesen werden)</translation>
    </message>
</context>
<context>
    <name>LabConfig</name>
    <message>
        <location filename="../proxycore/config/labconfig.cpp" line="+20"/>
        <source>Demo lab</source>
        <translation>Demo-Labor</translation>
    </message>
</context>
<context>
    <name>LabExposure</name>
    <message>
        <location filename="../proxycore/config/labexposure.cpp" line="+144"/>
        <source>%1 (that is %2)</source>
        <translation>%1 (d. h. %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend %1 serves the file %2, outside the lab&apos;s folder (%3)</source>
        <translation>Backend %1 liefert die Datei %2 aus, außerhalb des Labor-Ordners (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the proxy listens on %1, reachable from other machines (%2)</source>
        <translation>der Proxy lauscht auf %1, erreichbar von anderen Rechnern (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend %1 listens on %2, reachable from other machines (%3)</source>
        <translation>Backend %1 lauscht auf %2, erreichbar von anderen Rechnern (%3)</translation>
    </message>
</context>
<context>
    <name>LabJson</name>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="+26"/>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+167"/>
        <location line="+243"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a duration such as &quot;10s&quot; or &quot;500ms&quot;</source>
        <translation>muss eine Dauer wie &quot;10s&quot; oder &quot;500ms&quot; sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be whole seconds such as &quot;10s&quot; (nginx rejects milliseconds here)</source>
        <translation>muss aus ganzen Sekunden bestehen, z. B. &quot;10s&quot; (nginx lehnt hier Millisekunden ab)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a size such as &quot;1m&quot;, &quot;64k&quot; or a number of bytes</source>
        <translation>muss eine Größe wie &quot;1m&quot;, &quot;64k&quot; oder eine Anzahl Bytes sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be &quot;Name: value&quot; or {&quot;name&quot;, &quot;value&quot;, &quot;always&quot;}</source>
        <translation>muss &quot;Name: Wert&quot; oder {&quot;name&quot;, &quot;value&quot;, &quot;always&quot;} sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an object {&quot;regex&quot;, &quot;replacement&quot;, &quot;flag&quot;}</source>
        <translation>muss ein Objekt {&quot;regex&quot;, &quot;replacement&quot;, &quot;flag&quot;} sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be &quot;last&quot;, &quot;break&quot;, &quot;redirect&quot;, &quot;permanent&quot; or &quot;&quot;</source>
        <translation>muss &quot;last&quot;, &quot;break&quot;, &quot;redirect&quot;, &quot;permanent&quot; oder &quot;&quot; sein</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be a status or a range such as &quot;200-399&quot;</source>
        <translation>muss ein Status oder ein Bereich wie &quot;200-399&quot; sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be one of round_robin, least_conn, ip_hash, hash, random, least_time</source>
        <translation>muss eines von round_robin, least_conn, ip_hash, hash, random, least_time sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;header&quot; or &quot;last_byte&quot;</source>
        <translation>muss &quot;header&quot; oder &quot;last_byte&quot; sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;&quot; or &quot;least_conn&quot;</source>
        <translation>muss &quot;&quot; oder &quot;least_conn&quot; sein</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown condition &quot;%1&quot; (nginx accepts %2)</source>
        <translation>unbekannte Bedingung &quot;%1&quot; (nginx akzeptiert %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;off&quot; cannot be combined with other conditions</source>
        <translation>&quot;off&quot; kann nicht mit anderen Bedingungen kombiniert werden</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+12"/>
        <location line="+371"/>
        <source>must be a string &quot;Name: value&quot;</source>
        <translation>muss eine Zeichenkette &quot;Name: Wert&quot; sein</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>is replaced by the proxy_set_header lines (Host: $host)</source>
        <translation>wird durch die proxy_set_header-Zeilen ersetzt (Host: $host)</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>must be a string such as &quot;reset:0.1&quot;</source>
        <translation>muss eine Zeichenkette wie &quot;reset:0.1&quot; sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a string such as &quot;10s stop&quot;</source>
        <translation>muss eine Zeichenkette wie &quot;10s stop&quot; sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number 0..2^53</source>
        <translation>muss eine ganze Zahl 0..2^53 sein</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a lab file must hold a JSON object</source>
        <translation>eine Labordatei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required (this version reads format %1)</source>
        <translation>ist erforderlich (diese Version liest Format %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is %1, but this version of Upstream Lab reads format %2</source>
        <translation>ist %1, aber diese Version von Upstream Lab liest Format %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>must be &quot;=&quot;, &quot;^~&quot;, &quot;~&quot;, &quot;~*&quot; or &quot;&quot; (and agree with &quot;exact&quot;)</source>
        <translation>muss &quot;=&quot;, &quot;^~&quot;, &quot;~&quot;, &quot;~*&quot; oder &quot;&quot; sein (und zu &quot;exact&quot; passen)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>file is too large for a lab (over 16 MiB)</source>
        <translation>die Datei ist zu groß für ein Labor (über 16 MiB)</translation>
    </message>
</context>
<context>
    <name>LabRunner</name>
    <message>
        <location filename="../backends/labrunner.cpp" line="+154"/>
        <source>no mock backend %1 is running</source>
        <translation>kein Mock-Backend %1 läuft</translation>
    </message>
</context>
<context>
    <name>LabValidator</name>
    <message>
        <location filename="../proxycore/config/labvalidator.cpp" line="+118"/>
        <location line="+47"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+212"/>
        <source>must be a name of letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>muss ein Name aus Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;.&apos; sein</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>&quot;%1&quot; is used by another upstream</source>
        <translation>&quot;%1&quot; wird schon von einem anderen Upstream verwendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is required by the hash method (e.g. &quot;$request_uri&quot;)</source>
        <translation>wird von der Methode hash benötigt (z. B. &quot;$request_uri&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+117"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>must be a path starting with &quot;/&quot;</source>
        <translation>muss ein Pfad sein, der mit &quot;/&quot; beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a status or range within %1</source>
        <translation>muss ein Status oder ein Bereich innerhalb von %1 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an upstream needs at least one server (nginx: no servers are inside upstream)</source>
        <translation>ein Upstream braucht mindestens einen Server (nginx: no servers are inside upstream)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an IP address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation>muss eine IP-Adresse mit Port sein, z. B. &quot;127.0.0.1:9001&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is used by another server of this upstream</source>
        <translation>&quot;%1&quot; wird schon von einem anderen Server dieses Upstreams verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be %1 (0 turns failure accounting off)</source>
        <translation>muss %1 sein (0 schaltet die Fehlerzählung ab)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <location line="+85"/>
        <source>must be %1 (0 means no limit)</source>
        <translation>muss %1 sein (0 bedeutet unbegrenzt)</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>the %1 method does not support &quot;slow_start&quot; (NGINX Plus allows it with round robin and least_conn only)</source>
        <translation>die Methode %1 unterstützt &quot;slow_start&quot; nicht (NGINX Plus erlaubt es nur mit Round Robin und least_conn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 method does not support &quot;backup&quot; (nginx: balancing method does not support parameter &quot;backup&quot;)</source>
        <translation>die Methode %1 unterstützt &quot;backup&quot; nicht (nginx: balancing method does not support parameter &quot;backup&quot;)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1..%1 (or 0 for any free port)</source>
        <translation>muss 1..%1 sein (oder 0 für einen beliebigen freien Port)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a status code %1 (444 closes the connection)</source>
        <translation>muss ein Statuscode %1 sein (444 schließt die Verbindung)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must start with &quot;/&quot;</source>
        <translation>muss mit &quot;/&quot; beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate location &quot;%1&quot;</source>
        <translation>doppelte location &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a redirect (%1) needs the URL to send in Location</source>
        <translation>eine Weiterleitung (%1) braucht die URL für den Location-Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a location either returns or proxies to an upstream, not both</source>
        <translation>eine location antwortet entweder selbst (return) oder leitet an einen Upstream weiter, nicht beides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no upstream named &quot;%1&quot;</source>
        <translation>kein Upstream namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a redirect URL must not contain line breaks</source>
        <translation>eine Weiterleitungs-URL darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a location that returns does not proxy</source>
        <translation>eine location mit return leitet nicht weiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a regular-expression location cannot replace a part of the URI (nginx: &quot;proxy_pass&quot; cannot have URI part in location given by regular expression); use variables such as &quot;/v2/$1&quot;</source>
        <translation>eine location mit regulärem Ausdruck kann keinen Teil der URI ersetzen (nginx: &quot;proxy_pass&quot; cannot have URI part in location given by regular expression); Variablen verwenden, z. B. &quot;/v2/$1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must not be negative (0 means no limit)</source>
        <translation>darf nicht negativ sein (0 bedeutet unbegrenzt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be %1 (0 means one per core)</source>
        <translation>muss %1 sein (0 bedeutet einer pro Kern)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an address or a CIDR such as &quot;127.0.0.0/8&quot;</source>
        <translation>muss eine Adresse oder ein CIDR-Bereich wie &quot;127.0.0.0/8&quot; sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a header name such as X-Real-IP or X-Forwarded-For</source>
        <translation>muss ein Header-Name wie X-Real-IP oder X-Forwarded-For sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real_ip_header needs at least one trusted address (set_real_ip_from)</source>
        <translation>real_ip_header braucht mindestens eine vertrauenswürdige Adresse (set_real_ip_from)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is used by another backend</source>
        <translation>&quot;%1&quot; wird schon von einem anderen Backend verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation>muss eine Adresse mit Port sein, z. B. &quot;127.0.0.1:9001&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is used by another backend</source>
        <translation>%1 wird schon von einem anderen Backend verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>must be an HTTP status %1</source>
        <translation>muss ein HTTP-Status %1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a probability 0..1</source>
        <translation>muss eine Wahrscheinlichkeit 0..1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>must not be negative (0 = off)</source>
        <translation>darf nicht negativ sein (0 = aus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the probabilities add up to more than 1</source>
        <translation>die Wahrscheinlichkeiten ergeben zusammen mehr als 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give only one of body, body_file and body_size</source>
        <translation>nur eines von body, body_file und body_size angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most 1t</source>
        <translation>darf höchstens 1t sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number 0..2^53</source>
        <translation>muss eine ganze Zahl 0..2^53 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a colour &quot;#RRGGBB&quot;</source>
        <translation>muss eine Farbe &quot;#RRGGBB&quot; sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must start with &quot;/&quot; (or be empty for none)</source>
        <translation>muss mit &quot;/&quot; beginnen (oder leer sein für keinen)</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+14"/>
        <location line="+294"/>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+308"/>
        <source>a header value must not contain line breaks</source>
        <translation>ein Header-Wert darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>&quot;always&quot; belongs to add_header</source>
        <translation>&quot;always&quot; gehört zu add_header</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;off&quot; cannot be combined with other entries</source>
        <translation>&quot;off&quot; lässt sich nicht mit anderen Einträgen kombinieren</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>must be an IP address such as &quot;127.0.0.1&quot; or &quot;::1&quot;</source>
        <translation>muss eine IP-Adresse wie &quot;127.0.0.1&quot; oder &quot;::1&quot; sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this server block already listens on %1 (nginx: duplicate listen)</source>
        <translation>dieser server-Block lauscht bereits auf %1 (nginx: duplicate listen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already has a default server (%2)</source>
        <translation>%1 hat bereits einen default_server (%2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a path such as &quot;/&quot; or &quot;/v2/&quot; (no spaces, &quot;#&quot;, and &quot;?&quot; only with variables)</source>
        <translation>muss ein Pfad wie &quot;/&quot; oder &quot;/v2/&quot; sein (ohne Leerzeichen und &quot;#&quot;, &quot;?&quot; nur mit Variablen)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>steps must be in time order</source>
        <translation>die Schritte müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeat must be the last step, at a time after 0</source>
        <translation>repeat muss der letzte Schritt sein, zu einem Zeitpunkt nach 0</translation>
    </message>
</context>
<context>
    <name>ListenerEditor</name>
    <message>
        <location filename="../ui/widgets/listenereditor.cpp" line="+48"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client connections open at once; past it a 503 and close (0 = no limit)</source>
        <translation>Gleichzeitig offene Client-Verbindungen; darüber hinaus 503 und Verbindung schließen (0 = unbegrenzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>127.0.0.1 keeps the lab private to this machine</source>
        <translation>127.0.0.1 hält das Labor privat auf diesem Rechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream group</source>
        <translation>Upstream-Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Or return</source>
        <translation>Oder return</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>default_server: answers hosts no block names</source>
        <translation>default_server: beantwortet Hosts, die kein Block nennt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A path prefix such as /api/; &quot;= /path&quot; for that path only (checked first); &quot;^~ /prefix&quot; (no regex after it); &quot;~ regex&quot; or &quot;~* regex&quot; (caseless), tried in order after the longest prefix</source>
        <translation>Ein Pfadpräfix wie /api/; &quot;= /path&quot; nur für genau diesen Pfad (wird zuerst geprüft); &quot;^~ /prefix&quot; (danach keine regulären Ausdrücke); &quot;~ regex&quot; oder &quot;~* regex&quot; (ohne Groß-/Kleinschreibung), der Reihe nach nach dem längsten Präfix versucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The group to proxy to; &quot;group/uri/&quot; replaces the matched location with /uri/, like proxy_pass http://group/uri/</source>
        <translation>Die Gruppe, an die weitergeleitet wird; &quot;gruppe/uri/&quot; ersetzt die passende location durch /uri/, wie proxy_pass http://gruppe/uri/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer here instead of proxying, like nginx&apos;s return: &quot;200 ok&quot;, &quot;404&quot;, &quot;301 https://example.org/&quot;, &quot;444&quot; (close)</source>
        <translation>Hier antworten statt weiterzuleiten, wie return in nginx: &quot;200 ok&quot;, &quot;404&quot;, &quot;301 https://example.org/&quot;, &quot;444&quot; (Verbindung schließen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: the block for requests without a host</source>
        <translation>keine: der Block für Anfragen ohne Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx&apos;s server_name: example.org *.example.org www.example.* ~^img(\d+)\.test$ (exact, then the longest wildcard, then regexes in order)</source>
        <translation>server_name von nginx: example.org *.example.org www.example.* ~^img(\d+)\.test$ (exakt, dann die längste Wildcard, dann reguläre Ausdrücke der Reihe nach)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[::1]:8080, 127.0.0.2:8080 default_server</source>
        <translation>[::1]:8080, 127.0.0.2:8080 default_server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More listen lines of this server block, comma-separated</source>
        <translation>Weitere listen-Zeilen dieses server-Blocks, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>^/old/(.*)$ /new/$1 permanent</source>
        <translation>^/alt/(.*)$ /neu/$1 permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One rewrite per line: REGEX REPLACEMENT [last|break|redirect|permanent]</source>
        <translation>Ein rewrite pro Zeile: REGEX ERSATZ [last|break|redirect|permanent]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proxy_set_header Host $host
add_header X-Frame-Options DENY always</source>
        <translation>proxy_set_header Host $host
add_header X-Frame-Options DENY always</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy_set_header, add_header [always], proxy_hide_header, proxy_pass_header and proxy_redirect, one per line. A level that sets any line of a kind replaces that kind from above (the http level, written in the lab file or nginx.conf; this server; the location), as in nginx</source>
        <translation>proxy_set_header, add_header [always], proxy_hide_header, proxy_pass_header und proxy_redirect, eine pro Zeile. Eine Ebene, die irgendeine Zeile einer Art setzt, ersetzt diese Art von oben (die http-Ebene, in der Labordatei oder der nginx.conf geschrieben; dieser Server; die location), wie in nginx</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also &amp;listen:</source>
        <translation>&amp;Weitere listen-Zeilen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;names:</source>
        <translation>Server&amp;namen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;connections:</source>
        <translation>Max. &amp;Verbindungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;rewrites:</source>
        <translation>rewr&amp;ite-Regeln im Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;header lines:</source>
        <translation>Header-&amp;Zeilen im Server:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location r&amp;ewrites:</source>
        <translation>rewrite-Regeln in der lo&amp;cation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location header l&amp;ines:</source>
        <translation>Header-Zeilen in der l&amp;ocation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Route</source>
        <translation>Route entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change listener address</source>
        <translation>Listener-Adresse ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change listener port</source>
        <translation>Listener-Port ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change default server</source>
        <translation>default_server ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change server names</source>
        <translation>Servernamen ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change listens</source>
        <translation>listen-Zeilen ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change server rewrites</source>
        <translation>rewrite-Regeln des Servers ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change server header lines</source>
        <translation>Header-Zeilen des Servers ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change location rewrites</source>
        <translation>rewrite-Regeln der location ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change location header lines</source>
        <translation>Header-Zeilen der location ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change listener connection limit</source>
        <translation>Verbindungslimit des Listeners ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change route</source>
        <translation>Route ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove route</source>
        <translation>Route entfernen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Select a location to edit its rewrites and header lines.</source>
        <translation>Wählen Sie eine location, um ihre rewrite-Regeln und Header-Zeilen zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>location %1</source>
        <translation>location %1</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../ui/widgets/logpanel.cpp" line="+47"/>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Filter: URI, client, server, status…</source>
        <translation>Filter: URI, Client, Server, Status…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle Statuscodes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors and retries</source>
        <translation>Fehler und Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Scroll to the newest request as it arrives</source>
        <translation>Zur neuesten Anfrage scrollen, sobald sie eintrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request to see its headers, timings and attempts.</source>
        <translation>Eine Anfrage auswählen, um ihre Header, Zeiten und Versuche zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1 · upstream group &lt;b&gt;%2&lt;/b&gt; · %3 in, %4 out</source>
        <extracomment>%3 and %4 are &quot;N byte(s)&quot;.</extracomment>
        <translation>Gestartet %1 · Upstream-Gruppe &lt;b&gt;%2&lt;/b&gt; · %3 empfangen, %4 gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Headers are kept for the newest %n request(s).</source>
        <translation>
            <numerusform>Header werden nur für die neueste %n Anfrage aufbewahrt.</numerusform>
            <numerusform>Header werden nur für die neuesten %n Anfragen aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(shown above, decoded)</source>
        <translation>(oben dekodiert angezeigt)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>As the client sent it</source>
        <translation>Wie der Client sie gesendet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the backend received it</source>
        <translation>Wie das Backend sie empfangen hat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As %1 received it</source>
        <translation>Wie %1 sie empfangen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blue: set or changed by the proxy (Host, X-Real-IP, X-Forwarded-For, the URI after proxy_pass); grey: what it changed; struck out: not passed on (hop-by-hop fields such as Connection).</source>
        <translation>Blau: vom Proxy gesetzt oder geändert (Host, X-Real-IP, X-Forwarded-For, die URI nach proxy_pass); grau: was er geändert hat; durchgestrichen: nicht weitergegeben (Hop-by-Hop-Felder wie Connection).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>next_upstream %1: %2</source>
        <translation>next_upstream %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Decisions are kept for the newest %n request(s).</source>
        <translation>
            <numerusform>Entscheidungen werden nur für die neueste %n Anfrage aufbewahrt.</numerusform>
            <numerusform>Entscheidungen werden nur für die neuesten %n Anfragen aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Response headers (to the client)</source>
        <translation>Antwort-Header (an den Client)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Why this server</source>
        <translation>Warum dieser Server</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pick %1</source>
        <translation>Wahl %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick %1: %2</source>
        <translation>Wahl %1: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Export Request Log</source>
        <translation>Anfrageprotokoll exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="+108"/>
        <location line="+285"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Build a lab&lt;/h3&gt;&lt;p&gt;Select a listener or an upstream group on the left to edit it. Every change applies to the running lab at once (requests in flight finish on the old configuration) and can be undone with Ctrl+Z.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Backends&lt;/b&gt; panel starts, stops, pauses, slows and breaks the mock servers; the &lt;b&gt;nginx.conf&lt;/b&gt; panel shows the lab as a config that runs on real nginx.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ein Labor aufbauen&lt;/h3&gt;&lt;p&gt;Wählen Sie links einen Listener oder eine Upstream-Gruppe, um sie zu bearbeiten. Jede Änderung gilt sofort für das laufende Labor (laufende Anfragen werden noch mit der alten Konfiguration beendet) und lässt sich mit Strg+Z rückgängig machen.&lt;/p&gt;&lt;p&gt;Der Bereich &lt;b&gt;Backends&lt;/b&gt; startet, stoppt, pausiert, verlangsamt und stört die Mock-Server; der Bereich &lt;b&gt;nginx.conf&lt;/b&gt; zeigt das Labor als Konfiguration, die auf echtem nginx läuft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to copy the URL</source>
        <translation>Klicken, um die URL zu kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Request Log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx.conf</source>
        <translation>nginx.conf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Warnings</source>
        <translation>Import-Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx Replay</source>
        <translation>nginx-Gegenprobe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Lab</source>
        <translation>&amp;Neues Labor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Lab…</source>
        <translation>Labor ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xamples</source>
        <translation>B&amp;eispiele</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo lab (no guide)</source>
        <translation>Demo-Labor (ohne Anleitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted round robin (no guide)</source>
        <translation>Gewichtetes Round Robin (ohne Anleitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive failover (no guide)</source>
        <translation>Passives Failover (ohne Anleitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual hosts (no guide)</source>
        <translation>Virtuelle Hosts (ohne Anleitung)</translation>
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
        <location line="+2"/>
        <source>&amp;Import nginx.conf…</source>
        <translation>nginx.conf &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export nginx.conf…</source>
        <translation>nginx.conf e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Backends…</source>
        <translation>&amp;Backends hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Backends</source>
        <translation>Backends hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many mock backends (each also a server of the first group)?</source>
        <translation>Wie viele Mock-Backends (jedes zugleich ein Server der ersten Gruppe)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy nginx.conf</source>
        <translation>nginx.conf kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Clear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check with &amp;nginx -t</source>
        <translation>Mit &amp;nginx -t prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in &amp;Log</source>
        <translation>Im &amp;Protokoll suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx &amp;Binary…</source>
        <translation>nginx-&amp;Programm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;System (%1)</source>
        <translation>&amp;System (%1)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the lab has problems: %1</source>
        <translation>das Labor hat Probleme: %1</translation>
    </message>
    <message>
        <location line="+414"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream Lab will be in %1 from its next start.</source>
        <translation>Upstream Lab verwendet ab dem nächsten Start die Sprache „%1“.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no example named %1</source>
        <translation>kein Beispiel namens %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports in use elsewhere, so the example uses others: %1</source>
        <translation>Ports sind anderweitig belegt, daher verwendet das Beispiel andere: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The traffic starts once the lab runs.</source>
        <translation>Der Traffic startet, sobald das Labor läuft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Guide: %1</source>
        <translation>Anleitung: %1</translation>
    </message>
    <message>
        <location line="-820"/>
        <source>Cannot apply the change: %1</source>
        <translation>Die Änderung kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>Upstream Lab — %1</source>
        <translation>Upstream Lab — %1</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>● Running</source>
        <translation>● Läuft</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>○ Stopped</source>
        <translation>○ Gestoppt</translation>
    </message>
    <message>
        <location line="-566"/>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start/Stop &amp;Traffic</source>
        <translation>&amp;Traffic starten/stoppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send One &amp;Request</source>
        <translation>Eine &amp;Anfrage senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare &amp;Methods</source>
        <translation>&amp;Methoden vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay through n&amp;ginx…</source>
        <translation>&amp;Gegenprobe mit nginx…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Upstream Lab</source>
        <translation>&amp;Über Upstream Lab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This Lab Reaches Outside</source>
        <translation>Dieses Labor greift nach außen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks for more than a lab on this machine needs:

%2</source>
        <translation>%1 verlangt mehr, als ein Labor auf diesem Rechner braucht:

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow it only if you trust where this file came from. &quot;Keep it local&quot; runs the lab with those servers on loopback (same ports) and without those files.</source>
        <translation>Erlauben Sie das nur, wenn Sie der Herkunft dieser Datei vertrauen. „Lokal halten“ startet das Labor mit diesen Servern auf Loopback (gleiche Ports) und ohne diese Dateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it local</source>
        <translation>Lokal halten</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>◌ Starting…</source>
        <translation>◌ Startet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Running (applying the edit…)</source>
        <translation>● Läuft (Änderung wird übernommen…)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>⚠ Reaches outside: %1</source>
        <translation>⚠ Greift nach außen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kept local: %n item(s)</source>
        <translation>
            <numerusform>Lokal gehalten: %n Eintrag</numerusform>
            <numerusform>Lokal gehalten: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose to keep this lab local; not bound or served as the file asks:
%1</source>
        <translation>Sie haben dieses Labor lokal gehalten; nicht so gebunden oder ausgeliefert, wie die Datei es verlangt:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>⚠ %n problem(s) — the running lab keeps its last valid configuration</source>
        <translation>
            <numerusform>⚠ %n Problem — das laufende Labor behält seine letzte gültige Konfiguration</numerusform>
            <numerusform>⚠ %n Probleme — das laufende Labor behält seine letzte gültige Konfiguration</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · open files limit %1</source>
        <translation> · Limit offener Dateien %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Labor „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New lab</source>
        <translation>Neues Labor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save Lab</source>
        <translation>Labor speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save lab</source>
        <translation>Labor kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import nginx.conf</source>
        <translation>nginx.conf importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nginx configs (*.conf);;All files (*)</source>
        <translation>nginx-Konfigurationen (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot import nginx.conf</source>
        <translation>nginx.conf kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export nginx.conf</source>
        <translation>nginx.conf exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nginx configs (*.conf)</source>
        <translation>nginx-Konfigurationen (*.conf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nginx Binary</source>
        <translation>nginx-Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path of nginx for &quot;Check with nginx -t&quot; (empty: find it):</source>
        <translation>Pfad von nginx für „Mit nginx -t prüfen“ (leer: automatisch suchen):</translation>
    </message>
    <message>
        <location line="-720"/>
        <location line="+322"/>
        <source>Cannot start the lab: %1</source>
        <translation>Das Labor kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upstreams</source>
        <translation>Upstreams</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mock backends</source>
        <translation>Mock-Backends</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n Backend</numerusform>
            <numerusform>%n Backends</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active connection(s)</source>
        <translation>
            <numerusform>%n aktive Verbindung</numerusform>
            <numerusform>%n aktive Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The process may hold %n descriptor(s) (sockets and files) at once; past it the proxy pauses accepting for 500 ms, as nginx does.</source>
        <translation>
            <numerusform>Der Prozess darf %n Deskriptor (Sockets und Dateien) gleichzeitig halten; darüber hinaus nimmt der Proxy 500 ms lang keine Verbindungen an, wie nginx.</numerusform>
            <numerusform>Der Prozess darf %n Deskriptoren (Sockets und Dateien) gleichzeitig halten; darüber hinaus nimmt der Proxy 500 ms lang keine Verbindungen an, wie nginx.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open Lab</source>
        <translation>Labor öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Labs (*.json)</source>
        <translation>Labore (*.json)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot open lab</source>
        <translation>Labor kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>MethodComparison</name>
    <message>
        <location filename="../backends/methodcomparison.cpp" line="+64"/>
        <source>&quot;%1&quot;: hash needs a key, e.g. hash:$request_uri</source>
        <translation>&quot;%1&quot;: hash braucht einen Schlüssel, z. B. hash:$request_uri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>&quot;%1&quot;: expected random, random:two or random:two:least_conn</source>
        <translation>&quot;%1&quot;: erwartet random, random:two oder random:two:least_conn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: expected least_time:header or least_time:last_byte</source>
        <translation>&quot;%1&quot;: erwartet least_time:header oder least_time:last_byte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown method &quot;%1&quot; (expected round_robin, least_conn, ip_hash, hash:KEY[:consistent], random[:two[:least_conn]], least_time[:header|:last_byte])</source>
        <translation>unbekannte Methode &quot;%1&quot; (erwartet: round_robin, least_conn, ip_hash, hash:KEY[:consistent], random[:two[:least_conn]], least_time[:header|:last_byte])</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the lab has no upstream group</source>
        <translation>das Labor hat keine Upstream-Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the lab has no upstream group &quot;%1&quot;</source>
        <translation>das Labor hat keine Upstream-Gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no methods to compare</source>
        <translation>keine Methoden zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>MockBackend</name>
    <message>
        <location filename="../backends/mockbackend.cpp" line="+104"/>
        <source>%1: body file %2 is larger than 64 MiB (use body_size for bandwidth tests)</source>
        <translation>%1: Body-Datei %2 ist größer als 64 MiB (für Bandbreitentests body_size verwenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot read body file %2: %3</source>
        <translation>%1: Body-Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: invalid listen address &quot;%2&quot;</source>
        <translation>%1: ungültige listen-Adresse &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot listen on %2: %3</source>
        <translation>%1: kann nicht auf %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>MockSyntax</name>
    <message>
        <location filename="../proxycore/config/mockbehaviour.cpp" line="+61"/>
        <source>expected a latency such as &quot;20ms&quot;, &quot;10..50ms&quot;, &quot;normal:40ms,10ms&quot;, &quot;40ms±10ms&quot;, &quot;lognormal:40ms,10ms&quot; or &quot;none&quot;, optionally followed by &quot;on 30%&quot;</source>
        <translation>Latenz erwartet, z. B. &quot;20ms&quot;, &quot;10..50ms&quot;, &quot;normal:40ms,10ms&quot;, &quot;40ms±10ms&quot;, &quot;lognormal:40ms,10ms&quot; oder &quot;none&quot;, optional gefolgt von &quot;on 30%&quot;</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>expected a fault KIND:PROBABILITY such as &quot;reset:0.1&quot; (kinds: %1; drip takes a rate too: &quot;drip:0.1:2k&quot; = 2 KiB/s)</source>
        <translation>Störung KIND:PROBABILITY erwartet, z. B. &quot;reset:0.1&quot; (Arten: %1; drip nimmt zusätzlich eine Rate: &quot;drip:0.1:2k&quot; = 2 KiB/s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the probability must be 0..1 or a percentage, e.g. 0.1 or 10%</source>
        <translation>die Wahrscheinlichkeit muss 0..1 oder ein Prozentwert sein, z. B. 0.1 oder 10%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only drip takes a rate (bytes per second, e.g. &quot;drip:0.1:2k&quot;)</source>
        <translation>nur drip nimmt eine Rate (Bytes pro Sekunde, z. B. &quot;drip:0.1:2k&quot;)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>expected a step such as &quot;10s stop&quot; or &quot;at 20s: latency 800ms±200 on 30%&quot; (actions: start, stop, pause, resume, status N, latency SPEC, errors RATE [STATUS] | errors off, fault KIND:P, faults off, reset, repeat)</source>
        <translation>Schritt erwartet, z. B. &quot;10s stop&quot; oder &quot;at 20s: latency 800ms±200 on 30%&quot; (Aktionen: start, stop, pause, resume, status N, latency SPEC, errors RATE [STATUS] | errors off, fault KIND:P, faults off, reset, repeat)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>status takes an HTTP status %1..%2</source>
        <translation>status nimmt einen HTTP-Status %1..%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>errors takes a rate and an optional status, e.g. &quot;errors 0.3 503&quot;, or &quot;errors off&quot;</source>
        <translation>errors nimmt eine Rate und optional einen Status, z. B. &quot;errors 0.3 503&quot;, oder &quot;errors off&quot;</translation>
    </message>
</context>
<context>
    <name>NextUpstreamConditions</name>
    <message>
        <location filename="../proxycore/config/nextupstreamconditions.cpp" line="+12"/>
        <source>connecting, sending the request or reading the response head failed</source>
        <translation>Verbindungsaufbau, Senden der Anfrage oder Lesen des Antwortkopfs fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting, sending the request or reading the response head timed out</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau, Senden der Anfrage oder Lesen des Antwortkopfs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s response head was empty or invalid</source>
        <translation>der Antwortkopf des Servers war leer oder ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 500</source>
        <translation>der Server antwortete mit 500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 502</source>
        <translation>der Server antwortete mit 502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 503</source>
        <translation>der Server antwortete mit 503</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 504</source>
        <translation>der Server antwortete mit 504</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered 403 (not counted as a failure)</source>
        <translation>der Server antwortete mit 403 (zählt nicht als Fehlschlag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered 404 (not counted as a failure)</source>
        <translation>der Server antwortete mit 404 (zählt nicht als Fehlschlag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 429</source>
        <translation>der Server antwortete mit 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POST, LOCK and PATCH are retried too, even after the request reached a server</source>
        <translation>POST, LOCK und PATCH werden ebenfalls wiederholt, auch wenn die Anfrage bereits einen Server erreicht hat</translation>
    </message>
</context>
<context>
    <name>NginxCompatibility</name>
    <message>
        <location filename="../ui/nginxtools/nginxcompatibility.cpp" line="+35"/>
        <source>nginx 1.14 (Ubuntu 18.04)</source>
        <translation>nginx 1.14 (Ubuntu 18.04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx 1.18 (Debian 11, Ubuntu 22.04)</source>
        <translation>nginx 1.18 (Debian 11, Ubuntu 22.04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx 1.22 (Debian 12)</source>
        <translation>nginx 1.22 (Debian 12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx 1.26 and newer</source>
        <translation>nginx 1.26 und neuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus</source>
        <translation>NGINX Plus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NGINX Plus: add %1 to this server line (the export writes it as a comment for open source)</source>
        <translation>NGINX Plus: %1 in diese server-Zeile aufnehmen (der Export schreibt es für Open Source als Kommentar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs NGINX Plus: %1. Open source has no weight ramp: bring the server back with a low weight and raise it by hand.</source>
        <translation>Braucht NGINX Plus: %1. Open Source kennt keinen Gewichtsanstieg: Den Server mit niedrigem Gewicht zurückholen und dieses von Hand erhöhen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs NGINX Plus: drain. Open source: mark the server down (requests in flight still finish).</source>
        <translation>Braucht NGINX Plus: drain. Open Source: den Server als down markieren (laufende Anfragen werden noch beendet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs NGINX Plus: %1.</source>
        <translation>Braucht NGINX Plus: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NGINX Plus: write health_check in the location and a match block (see the comment above)</source>
        <translation>NGINX Plus: health_check in die location schreiben und einen match-Block anlegen (siehe Kommentar oben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs NGINX Plus: active health checks. Open source has passive checks only: max_fails and fail_timeout.</source>
        <translation>Braucht NGINX Plus: aktive Health-Checks. Open Source hat nur passive Prüfungen: max_fails und fail_timeout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NGINX Plus: replace least_conn with the least_time line in this comment</source>
        <translation>NGINX Plus: least_conn durch die least_time-Zeile aus diesem Kommentar ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs NGINX Plus: least_time. The export uses least_conn, the nearest open-source method.</source>
        <translation>Braucht NGINX Plus: least_time. Der Export verwendet least_conn, die nächstliegende Open-Source-Methode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs a newer nginx than %1: %2</source>
        <translation>Braucht ein neueres nginx als %1: %2</translation>
    </message>
</context>
<context>
    <name>NginxConfParser</name>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="+125"/>
        <source>unexpected end of file inside a quoted string</source>
        <translation>unerwartetes Dateiende in einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected &quot;%1&quot; after a quoted string</source>
        <translation>unerwartetes &quot;%1&quot; nach einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>includes nested too deeply (a loop?)</source>
        <translation>include-Dateien zu tief verschachtelt (eine Schleife?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+198"/>
        <source>file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>unexpected end of file, expecting &quot;}&quot;</source>
        <translation>unerwartetes Dateiende, &quot;}&quot; erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>unexpected &quot;}&quot;</source>
        <translation>unerwartetes &quot;}&quot;</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unexpected end of file, expecting &quot;;&quot; or &quot;}&quot;</source>
        <translation>unerwartetes Dateiende, &quot;;&quot; oder &quot;}&quot; erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid number of arguments in &quot;include&quot; directive</source>
        <translation>ungültige Anzahl von Argumenten in der Direktive &quot;include&quot;</translation>
    </message>
</context>
<context>
    <name>NginxExporter</name>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="+69"/>
        <source>smooth weighted round robin (nginx&apos;s default: no directive)</source>
        <translation>geglättetes gewichtetes Round Robin (Standard von nginx: keine Direktive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewest requests in flight per weight; ties by round robin</source>
        <translation>wenigste laufende Anfragen pro Gewicht; bei Gleichstand Round Robin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client address (first three octets of IPv4) picks the server</source>
        <translation>die Client-Adresse (bei IPv4 die ersten drei Oktette) wählt den Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ketama consistent hashing: few keys move when servers change</source>
        <translation>konsistentes Hashing (Ketama): Ändern sich die Server, wandern nur wenige Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key&apos;s CRC-32 picks a weight slot</source>
        <translation>der CRC-32 des Schlüssels wählt einen Gewichts-Slot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two random servers, the less loaded wins</source>
        <translation>zwei zufällige Server, der weniger ausgelastete gewinnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weighted random</source>
        <translation>gewichteter Zufall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NGINX Plus: least_time %1; (lowest average response time and fewest active
connections). Open source has no timing-based method: least_conn is the nearest.</source>
        <translation>NGINX Plus: least_time %1; (niedrigste mittlere Antwortzeit und wenigste aktive
Verbindungen). Open Source hat keine zeitbasierte Methode: least_conn kommt am nächsten.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source># NGINX Plus: slow_start ramps this server&apos;s weight up after it recovers; open
</source>
        <translation># NGINX Plus: slow_start erhöht das Gewicht dieses Servers nach der Erholung schrittweise;
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># source has no ramp (bring it back with a low weight and raise it by hand).
</source>
        <translation># Open Source kann das nicht (mit niedrigem Gewicht zurückholen und von Hand erhöhen).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># NGINX Plus: drain sends no new requests to this server; in open source, mark it down.
</source>
        <translation># NGINX Plus: drain schickt diesem Server keine neuen Anfragen; in Open Source: down setzen.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source># NGINX Plus active health check (open source has passive checks only:
</source>
        <translation># Aktiver Health-Check von NGINX Plus (Open Source hat nur passive Prüfungen:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># max_fails and fail_timeout). In Plus, in the location: health_check
</source>
        <translation># max_fails und fail_timeout). In Plus, in der location: health_check
</translation>
    </message>
    <message>
        <location line="+68"/>
        <source># Upstream blocks only: paste them into the http { } block of your nginx.conf.
</source>
        <translation># Nur upstream-Blöcke: in den http { }-Block Ihrer nginx.conf einfügen.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source># Target: nginx 1.22 open source. Check it with: nginx -t -c FILE
</source>
        <translation># Ziel: nginx 1.22 Open Source. Prüfen mit: nginx -t -c DATEI
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># The lab&apos;s mock backends (Upstream Lab starts them; nginx ignores these lines):
</source>
        <translation># Die Mock-Backends des Labors (Upstream Lab startet sie; nginx ignoriert diese Zeilen):
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Client side: limits and timeouts (nginx&apos;s names and defaults).
</source>
        <translation># Client-Seite: Limits und Timeouts (Namen und Standardwerte von nginx).
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source># The client address comes from a header sent by these trusted addresses (realip).
</source>
        <translation># Die Client-Adresse stammt aus einem Header, den diese vertrauenswürdigen Adressen senden (realip).
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source># Upgrades (WebSocket...) pass through; without one, Connection stays empty for keepalive.
</source>
        <translation># Upgrades (WebSocket …) werden durchgereicht; ohne Upgrade bleibt Connection für keepalive leer.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># $upstream_addr lists every server tried, $upstream_status each answer;
</source>
        <translation># $upstream_addr nennt jeden versuchten Server, $upstream_status jede Antwort;
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># use it with: access_log /var/log/nginx/upstream.log upstreamlab;
</source>
        <translation># verwenden mit: access_log /var/log/nginx/upstream.log upstreamlab;
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># The lab speaks HTTP/1.1 to upstreams; the Connection line decides keep-alive.
</source>
        <translation># Das Labor spricht HTTP/1.1 mit Upstreams; die Connection-Zeile entscheidet über Keep-alive.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source># The lab refuses connections past max_connections with a 503; nginx has no
</source>
        <translation># Das Labor lehnt Verbindungen über max_connections mit 503 ab; nginx hat dafür
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># per-listener equivalent (worker_connections limits each worker in total).
</source>
        <translation># keine Entsprechung pro Listener (worker_connections begrenzt jeden Worker insgesamt).
</translation>
    </message>
    <message>
        <location line="-119"/>
        <source># The lab&apos;s X-Upstream-Name names the server; nginx knows only its address:
</source>
        <translation># X-Upstream-Name des Labors nennt den Server; nginx kennt nur seine Adresse:
</translation>
    </message>
</context>
<context>
    <name>NginxImporter</name>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="+90"/>
        <source>invalid number of arguments in &quot;%1&quot; directive</source>
        <translation>ungültige Anzahl von Argumenten in der Direktive &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;events&quot; is accepted and ignored (the lab has its own event loop)</source>
        <translation>&quot;events&quot; wird akzeptiert und ignoriert (das Labor hat eine eigene Ereignisschleife)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid value &quot;%1&quot; in &quot;worker_processes&quot;</source>
        <translation>ungültiger Wert &quot;%1&quot; in &quot;worker_processes&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker_processes becomes the lab&apos;s worker threads; balancing state is shared by all of them, as with an upstream zone</source>
        <translation>worker_processes wird zur Zahl der Worker-Threads des Labors; der Balancing-Zustand wird von allen geteilt, wie mit einer zone im upstream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is process-level and ignored</source>
        <translation>&quot;%1&quot; betrifft den Prozess und wird ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; (TCP/mail proxying) is not modelled; skipped</source>
        <translation>&quot;%1&quot; (TCP-/Mail-Proxy) wird nicht nachgebildet; übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+127"/>
        <location line="+118"/>
        <location line="+115"/>
        <source>&quot;%1&quot; is not modelled; ignored</source>
        <translation>&quot;%1&quot; wird nicht nachgebildet; ignoriert</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>mock backend comment: %1</source>
        <translation>Mock-Backend-Kommentar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+526"/>
        <source>host not found in upstream &quot;%1&quot;</source>
        <translation>Host in upstream &quot;%1&quot; nicht gefunden</translation>
    </message>
    <message>
        <location line="-508"/>
        <location line="+253"/>
        <location line="+115"/>
        <source>&quot;%1&quot; is accepted and ignored</source>
        <translation>&quot;%1&quot; wird akzeptiert und ignoriert</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>the upgrade map is built in: the lab passes Upgrade requests through</source>
        <translation>die Upgrade-map ist eingebaut: Das Labor reicht Upgrade-Anfragen durch</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>load balancing method redefined</source>
        <translation>Balancing-Methode neu definiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load balancing method redefined: in nginx 1.22 a method after &quot;keepalive&quot; turns keepalive off (put the method first)</source>
        <translation>Balancing-Methode neu definiert: In nginx 1.22 schaltet eine Methode nach &quot;keepalive&quot; keepalive ab (die Methode zuerst angeben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid number of arguments in &quot;server&quot; directive</source>
        <translation>ungültige Anzahl von Argumenten in der Direktive &quot;server&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unix sockets are not supported by the lab: &quot;%1&quot;</source>
        <translation>Unix-Sockets unterstützt das Labor nicht: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lab needs an IP address (or localhost) with a port, not &quot;%1&quot;</source>
        <translation>das Labor braucht eine IP-Adresse (oder localhost) mit Port, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>balancing method does not support parameter &quot;backup&quot;</source>
        <translation>die Balancing-Methode unterstützt den Parameter &quot;backup&quot; nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;slow_start&quot; is NGINX Plus only (open source rejects it); the lab simulates it</source>
        <translation>&quot;slow_start&quot; gibt es nur in NGINX Plus (Open Source lehnt es ab); das Labor simuliert es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;drain&quot; is NGINX Plus only (open source rejects it); the lab simulates it</source>
        <translation>&quot;drain&quot; gibt es nur in NGINX Plus (Open Source lehnt es ab); das Labor simuliert es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is NGINX Plus only (nginx 1.22 open source rejects it); ignored</source>
        <translation>&quot;%1&quot; gibt es nur in NGINX Plus (nginx 1.22 Open Source lehnt es ab); ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+5"/>
        <location line="+323"/>
        <location line="+20"/>
        <location line="+17"/>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation>ungültiger Parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-381"/>
        <source> (the lab takes weights %1)</source>
        <translation> (das Labor akzeptiert Gewichte %1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>invalid parameter &quot;%1&quot; (nginx 1.22 open source knows least_conn)</source>
        <translation>ungültiger Parameter &quot;%1&quot; (nginx 1.22 Open Source kennt least_conn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid value &quot;%1&quot; in &quot;keepalive&quot;</source>
        <translation>ungültiger Wert &quot;%1&quot; in &quot;keepalive&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;zone&quot; is implied: the lab always shares balancing state between workers</source>
        <translation>&quot;zone&quot; ist implizit: Das Labor teilt den Balancing-Zustand immer zwischen den Workern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; in an upstream is not modelled; the lab keeps idle upstream connections 60s and for up to keepalive_requests requests</source>
        <translation>&quot;%1&quot; in einem upstream wird nicht nachgebildet; das Labor hält ungenutzte Upstream-Verbindungen 60s lang und für bis zu keepalive_requests Anfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;least_time&quot; is NGINX Plus only in 1.22; the lab simulates it</source>
        <translation>&quot;least_time&quot; gibt es in 1.22 nur in NGINX Plus; das Labor simuliert es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is NGINX Plus only in 1.22; ignored</source>
        <translation>&quot;%1&quot; gibt es in 1.22 nur in NGINX Plus; ignoriert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate upstream &quot;%1&quot;</source>
        <translation>doppelter upstream &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>duplicate listen %1:%2</source>
        <translation>doppeltes listen %1:%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the server&apos;s return (line %1) answers first; this rewrite is never used</source>
        <translation>das return des server-Blocks (Zeile %1) antwortet zuerst; diese rewrite-Regel wird nie verwendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;$hostname&quot; (this machine&apos;s name) is not modelled; ignored</source>
        <translation>&quot;$hostname&quot; (der Name dieses Rechners) wird nicht nachgebildet; ignoriert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a server-level rewrite with a flag stops before the server&apos;s return in nginx; the lab&apos;s server answers with the return for every URI</source>
        <translation>eine rewrite-Regel mit Flag auf server-Ebene hält in nginx vor dem return des server-Blocks an; der Server des Labors antwortet für jede URI mit dem return</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>invalid location modifier &quot;%1&quot;</source>
        <translation>ungültiger location-Modifikator &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>invalid number of arguments in &quot;location&quot; directive</source>
        <translation>ungültige Anzahl von Argumenten in der Direktive &quot;location&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>named locations (&quot;%1&quot;) are only reached by try_files and error_page, which the lab does not model; skipped</source>
        <translation>benannte locations (&quot;%1&quot;) werden nur über try_files und error_page erreicht, die das Labor nicht nachbildet; übersprungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the return on line %1 answers first; this rewrite is never used</source>
        <translation>das return in Zeile %1 antwortet zuerst; diese rewrite-Regel wird nie verwendet</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>proxy_pass with variables in the host is not supported (the URI part may use them)</source>
        <translation>proxy_pass mit Variablen im Host wird nicht unterstützt (der URI-Teil darf sie verwenden)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the lab always speaks HTTP/1.1 to upstreams; the Connection line decides whether a connection is kept</source>
        <translation>das Labor spricht mit Upstreams immer HTTP/1.1; die Connection-Zeile entscheidet, ob eine Verbindung gehalten wird</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>unix sockets are not supported by the lab</source>
        <translation>Unix-Sockets unterstützt das Labor nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nginx listens on all addresses here; the lab binds 127.0.0.1 (loopback) — change the listener to expose it</source>
        <translation>nginx lauscht hier auf allen Adressen; das Labor bindet 127.0.0.1 (Loopback) — den Listener ändern, um es von außen erreichbar zu machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid listen address &quot;%1&quot;</source>
        <translation>ungültige listen-Adresse &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nginx listens on all IPv6 addresses here; the lab binds ::1 (loopback) — change the listener to expose it</source>
        <translation>nginx lauscht hier auf allen IPv6-Adressen; das Labor bindet ::1 (Loopback) — den Listener ändern, um es von außen erreichbar zu machen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listen parameter &quot;%1&quot; is accepted and ignored</source>
        <translation>listen-Parameter &quot;%1&quot; wird akzeptiert und ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listen parameter &quot;%1&quot; is not supported (plain HTTP/1.1 only)</source>
        <translation>listen-Parameter &quot;%1&quot; wird nicht unterstützt (nur einfaches HTTP/1.1)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the server&apos;s return (line %1) answers first; this location is never used</source>
        <translation>das return des server-Blocks (Zeile %1) antwortet zuerst; diese location wird nie verwendet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>invalid return code &quot;%1&quot;</source>
        <translation>ungültiger return-Code &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>nested locations are not modelled; skipped</source>
        <translation>verschachtelte locations werden nicht nachgebildet; übersprungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>return answers before proxy_pass is reached; the location returns</source>
        <translation>return antwortet, bevor proxy_pass erreicht wird; die location antwortet mit return</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>location &quot;%1&quot; does not proxy_pass to an upstream; skipped</source>
        <translation>location &quot;%1&quot; leitet nicht per proxy_pass an einen upstream weiter; übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;proxy_pass&quot; cannot have URI part in location given by regular expression</source>
        <translation>&quot;proxy_pass&quot; kann in einer location mit regulärem Ausdruck keinen URI-Teil haben</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>health_check match blocks are not read; the lab expects a 2xx or 3xx status</source>
        <translation>match-Blöcke für health_check werden nicht gelesen; das Labor erwartet einen Status 2xx oder 3xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;health_check&quot; is NGINX Plus only; the lab simulates it for &quot;%1&quot;</source>
        <translation>&quot;health_check&quot; gibt es nur in NGINX Plus; das Labor simuliert es für &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>proxy_redirect with spaces is not modelled; ignored</source>
        <translation>proxy_redirect mit Leerzeichen wird nicht nachgebildet; ignoriert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only http:// upstreams are supported, not &quot;%1&quot;</source>
        <translation>nur http://-Upstreams werden unterstützt, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>proxy_pass to an address becomes the one-server upstream &quot;%1&quot;</source>
        <translation>proxy_pass auf eine Adresse wird zum upstream &quot;%1&quot; mit einem Server</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this location&apos;s proxy settings differ from an earlier one&apos;s; the lab uses one set for all locations (the first)</source>
        <translation>die Proxy-Einstellungen dieser location weichen von denen einer früheren ab; das Labor verwendet einen Satz für alle locations (den ersten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid value &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>ungültiger Wert &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>invalid value in &quot;%1&quot;</source>
        <translation>ungültiger Wert in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;updating&quot; only matters with a cache; ignored</source>
        <translation>&quot;updating&quot; wirkt nur mit einem Cache; ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid value &quot;%1&quot; in &quot;proxy_next_upstream&quot;</source>
        <translation>ungültiger Wert &quot;%1&quot; in &quot;proxy_next_upstream&quot;</translation>
    </message>
</context>
<context>
    <name>NginxPreview</name>
    <message>
        <location filename="../ui/widgets/nginxpreview.cpp" line="+54"/>
        <source>Full nginx.conf</source>
        <translation>Vollständige nginx.conf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upstream blocks only</source>
        <translation>nur upstream-Blöcke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lines this target cannot run as written are marked</source>
        <translation>Zeilen, die dieses Ziel nicht wie geschrieben ausführen kann, sind markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check with nginx -t</source>
        <translation>Mit nginx -t prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n line(s) with NGINX Plus settings written as comments</source>
        <translation>
            <numerusform>%n Zeile mit NGINX-Plus-Einstellungen als Kommentar geschrieben</numerusform>
            <numerusform>%n Zeilen mit NGINX-Plus-Einstellungen als Kommentare geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>⚠ %n line(s) need NGINX Plus</source>
        <translation>
            <numerusform>⚠ %n Zeile braucht NGINX Plus</numerusform>
            <numerusform>⚠ %n Zeilen brauchen NGINX Plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n line(s) need a newer nginx</source>
        <translation>
            <numerusform>⚠ %n Zeile braucht ein neueres nginx</numerusform>
            <numerusform>⚠ %n Zeilen brauchen ein neueres nginx</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Runs as is on %1</source>
        <translation>✔ Läuft unverändert auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — hover a marked line for the alternative</source>
        <translation> — für die Alternative mit der Maus auf eine markierte Zeile zeigen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No nginx binary found. Install nginx, or set its path in Settings.</source>
        <translation>Kein nginx-Programm gefunden. Installieren Sie nginx oder geben Sie seinen Pfad in den Einstellungen an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running %1 -t …</source>
        <translation>%1 -t läuft …</translation>
    </message>
</context>
<context>
    <name>NginxReplay</name>
    <message>
        <location filename="../backends/nginxreplay.cpp" line="+40"/>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>upstream %1 uses least_time (NGINX Plus); nginx runs it as least_conn</source>
        <translation>upstream %1 verwendet least_time (NGINX Plus); nginx führt ihn als least_conn aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upstream %1 has an active health check (NGINX Plus); nginx has passive checks only</source>
        <translation>upstream %1 hat einen aktiven Health-Check (NGINX Plus); nginx hat nur passive Prüfungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server %1 in %2 has slow_start (NGINX Plus); nginx gives it its full weight at once</source>
        <translation>server %1 in %2 hat slow_start (NGINX Plus); nginx gibt ihm sofort sein volles Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server %1 in %2 drains (NGINX Plus); nginx keeps sending it requests</source>
        <translation>server %1 in %2 ist im Drain-Modus (NGINX Plus); nginx schickt ihm weiterhin Anfragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx is not installed (looked for /usr/sbin/nginx and nginx on the PATH; --nginx PATH names one)</source>
        <translation>nginx ist nicht installiert (gesucht: /usr/sbin/nginx und nginx im PATH; --nginx PFAD gibt eines an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no nginx at %1</source>
        <translation>kein nginx unter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the lab has no listener to send requests to</source>
        <translation>das Labor hat keinen Listener, an den Anfragen gehen könnten</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+51"/>
        <location line="+50"/>
        <location line="+26"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nginx did not start: %1</source>
        <translation>nginx ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>upstreamlab</source>
        <translation>upstreamlab</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+1"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 #%2 %3 %4 from %5: nginx %6 · upstreamlab %7</source>
        <translation>%1 #%2 %3 %4 von %5: nginx %6 · upstreamlab %7</translation>
    </message>
</context>
<context>
    <name>PortFinder</name>
    <message>
        <location filename="../backends/portfinder.cpp" line="+62"/>
        <source>%1 → a free port</source>
        <translation>%1 → ein freier Port</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>ProxyEngine</name>
    <message>
        <location filename="../proxycore/engine/proxyengine.cpp" line="+126"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>and the old listeners could not listen again: %1</source>
        <translation>und die bisherigen Listener konnten nicht erneut lauschen: %1</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../ui/widgets/replaypanel.cpp" line="+21"/>
        <location line="+71"/>
        <source>&amp;Replay</source>
        <translation>&amp;Gegenprobe</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Client addresses the requests come from (ip_hash sees them)</source>
        <translation>Client-Adressen, von denen die Anfragen kommen (ip_hash sieht sie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs the lab in real nginx and in Upstream Lab, each before copies of its mocks on other ports, sends both the same requests one at a time, and compares which backend answered each.</source>
        <translation>Führt das Labor in echtem nginx und in Upstream Lab aus, jeweils vor Kopien seiner Mocks auf anderen Ports, schickt beiden nacheinander dieselben Anfragen und vergleicht, welches Backend jede beantwortet hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients:</source>
        <translation>Clients:</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sending %n request(s) through %1…</source>
        <translation>
            <numerusform>Sende %n Anfrage durch %1…</numerusform>
            <numerusform>Sende %n Anfragen durch %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>✔ Identical for %n/%n request(s): real nginx picks the same backends with the same statuses.</source>
        <translation>
            <numerusform>✔ Identisch für %n/%n Anfrage: Echtes nginx wählt dieselben Backends mit denselben Statuscodes.</numerusform>
            <numerusform>✔ Identisch für %n/%n Anfragen: Echtes nginx wählt dieselben Backends mit denselben Statuscodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>✘ Different for %1 of %n request(s); the first at request %2.</source>
        <translation>
            <numerusform>✘ Unterschiede bei %1 von %n Anfrage; der erste bei Anfrage %2.</numerusform>
            <numerusform>✘ Unterschiede bei %1 von %n Anfragen; der erste bei Anfrage %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot replay: %1</source>
        <translation>Gegenprobe nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nginx open source cannot run this lab as the lab does:</source>
        <translation>nginx Open Source kann dieses Labor nicht so ausführen wie Upstream Lab:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not replay: %1</source>
        <translation>Gegenprobe fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="+83"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ResponseRules</name>
    <message>
        <location filename="../proxycore/routing/responserules.cpp" line="+40"/>
        <location line="+81"/>
        <source>must be &quot;default&quot;, &quot;off&quot; or &quot;FROM TO&quot;</source>
        <translation>muss &quot;default&quot;, &quot;off&quot; oder &quot;VON NACH&quot; sein</translation>
    </message>
</context>
<context>
    <name>RewriteRules</name>
    <message>
        <location filename="../proxycore/routing/rewriterules.cpp" line="+76"/>
        <source>empty replacement</source>
        <translation>leerer Ersatz</translation>
    </message>
</context>
<context>
    <name>RouteRegex</name>
    <message>
        <location filename="../proxycore/routing/routeregex.cpp" line="+30"/>
        <source>empty regular expression</source>
        <translation>leerer regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck &quot;%1&quot;: %2 an Position %3</translation>
    </message>
</context>
<context>
    <name>ScriptValue</name>
    <message>
        <location filename="../proxycore/routing/scriptvalue.cpp" line="+72"/>
        <location line="+25"/>
        <source>invalid variable name in &quot;%1&quot;</source>
        <translation>ungültiger Variablenname in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the closing bracket in &quot;%1&quot; variable is missing</source>
        <translation>die schließende Klammer in der Variable &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid variable name &quot;%1&quot;</source>
        <translation>ungültiger Variablenname &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unsupported variable &quot;$%1&quot; (supported: %2)</source>
        <translation>nicht unterstützte Variable &quot;$%1&quot; (unterstützt: %2)</translation>
    </message>
</context>
<context>
    <name>ServerName</name>
    <message>
        <location filename="../proxycore/routing/servername.cpp" line="+26"/>
        <source>empty regex in server name &quot;%1&quot;</source>
        <translation>leerer regulärer Ausdruck im Servernamen &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>server name &quot;%1&quot; is invalid</source>
        <translation>Servername &quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid server name or wildcard &quot;%1&quot;</source>
        <translation>ungültiger Servername oder ungültige Wildcard &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <location filename="../ui/models/servertablemodel.cpp" line="+89"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NGINX Plus only (simulated here). The export writes it as a comment with the open-source alternative.</source>
        <translation>Nur NGINX Plus (hier simuliert). Der Export schreibt es als Kommentar mit der Open-Source-Alternative.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>weight=N: share of requests (%1)</source>
        <translation>weight=N: Anteil an den Anfragen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_fails=N: failed attempts within fail_timeout that mark the server failed (0 = never)</source>
        <translation>max_fails=N: fehlgeschlagene Versuche innerhalb von fail_timeout, nach denen der Server als ausgefallen gilt (0 = nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail_timeout=Ns: the window for max_fails, and how long a failed server rests</source>
        <translation>fail_timeout=Ns: das Zeitfenster für max_fails und wie lange ein ausgefallener Server pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_conns=N: at most N connections at once (0 = unlimited)</source>
        <translation>max_conns=N: höchstens N gleichzeitige Verbindungen (0 = unbegrenzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup: used only when every primary server is unavailable</source>
        <translation>backup: wird nur verwendet, wenn kein primärer Server verfügbar ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down: never used</source>
        <translation>down: wird nie verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slow_start=Ns (NGINX Plus): ramp the weight up after recovery</source>
        <translation>slow_start=Ns (NGINX Plus): das Gewicht nach der Erholung schrittweise erhöhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drain (NGINX Plus): no new requests</source>
        <translation>drain (NGINX Plus): keine neuen Anfragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max fails</source>
        <translation>Max. Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail timeout</source>
        <translation>Fehler-Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max conns</source>
        <translation>Max. Verb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow start (Plus)</source>
        <translation>Slow Start (Plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain (Plus)</source>
        <translation>Drain (Plus)</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../ui/widgets/topologyview.cpp" line="+158"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+490"/>
        <source>UP</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRAINING</source>
        <translation>DRAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNHEALTHY</source>
        <translation>UNGESUND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKUP waiting</source>
        <translation>BACKUP wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKUP in use</source>
        <translation>BACKUP im Einsatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED until %1 (%2 s)</source>
        <translation>AUSGEFALLEN bis %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mock stopped</source>
        <translation>Mock gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock paused</source>
        <translation>Mock pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mock broken</source>
        <translation>Mock gestört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock slowed</source>
        <translation>Mock verlangsamt</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+20"/>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 requests per second</source>
        <translation>%1 Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % errors</source>
        <translation>%1 % Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 in flight</source>
        <translation>etwa %1 in Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock latency %1</source>
        <translation>Mock-Latenz %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mark %1 down</source>
        <translation>%1 als down markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 up</source>
        <translation>down für %1 aufheben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make %1 a backup</source>
        <translation>%1 zum Backup machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make %1 a primary server</source>
        <translation>%1 zum primären Server machen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weight of %1: %2</source>
        <translation>Gewicht von %1: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Slow %1 by %2 ms</source>
        <translation>%1 um %2 ms verlangsamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break %1: %2 errors</source>
        <translation>%1 stören: Fehler %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Break %1: reset connections</source>
        <translation>%1 stören: Verbindungen zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Break %1: never answer</source>
        <translation>%1 stören: nie antworten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark &amp;Up</source>
        <translation>down a&amp;ufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark &amp;Down</source>
        <translation>Als &amp;down markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make &amp;Primary</source>
        <translation>Zum &amp;primären Server machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make &amp;Backup</source>
        <translation>Zum &amp;Backup machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop D&amp;raining</source>
        <translation>D&amp;rain beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;rain (NGINX Plus)</source>
        <translation>D&amp;rain (NGINX Plus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drain %1</source>
        <translation>Drain für %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop draining %1</source>
        <translation>Drain für %1 beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weight +1</source>
        <translation>&amp;Gewicht +1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight −&amp;1</source>
        <translation>Gewicht −&amp;1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mock %1</source>
        <translation>Mock %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ause</source>
        <translation>P&amp;ausieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rest&amp;ore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Break: 500 errors</source>
        <translation>Stören: Fehler 500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break: 502 errors</source>
        <translation>Stören: Fehler 502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break: reset connections</source>
        <translation>Stören: Verbindungen zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break: never answer (timeout)</source>
        <translation>Stören: nie antworten (Timeout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow: +100 ms</source>
        <translation>Verlangsamen: +100 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow: +500 ms</source>
        <translation>Verlangsamen: +500 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow: +2 s</source>
        <translation>Verlangsamen: +2 s</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Mark up (D)</source>
        <translation>down aufheben (D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark down (D)</source>
        <translation>Als down markieren (D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make primary (B)</source>
        <translation>Zum primären Server machen (B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make backup (B)</source>
        <translation>Zum Backup machen (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight −1 (−)</source>
        <translation>Gewicht −1 (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight +1 (+)</source>
        <translation>Gewicht +1 (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server and mock actions (M)</source>
        <translation>Server- und Mock-Aktionen (M)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The lab has no listeners or upstream groups yet</source>
        <translation>Das Labor hat noch keine Listener oder Upstream-Gruppen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1/%2 up</source>
        <translation>%1/%2 aktiv</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>backup in use</source>
        <translation>Backup im Einsatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backups: used only when all primaries are down</source>
        <translation>Backups: nur im Einsatz, wenn alle primären Server ausfallen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>▼ more (scroll)</source>
        <translation>▼ mehr (scrollen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▲ scroll up</source>
        <translation>▲ nach oben scrollen</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1/s (%2 %) · %3 % err</source>
        <translation>%1/s (%2 %) · %3 % Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>≈%1 in flight</source>
        <translation>≈%1 laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · mock %1</source>
        <translation> · Mock %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1/s · %2 % err · %3</source>
        <translation>%1/s · %2 % Fehler · %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx / failed</source>
        <translation>5xx / fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dots: ● 1 in %1 · ✕ %2</source>
        <translation>Punkte: ● 1 je %1 · ✕ %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sampled</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
</context>
<context>
    <name>TrafficBar</name>
    <message>
        <location filename="../ui/widgets/trafficbar.cpp" line="+36"/>
        <source>Steady 20/s</source>
        <translation>Gleichmäßig 20/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>20 requests per second over 4 connections</source>
        <translation>20 Anfragen pro Sekunde über 4 Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy 200/s</source>
        <translation>Hohe Last 200/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>200 requests per second over 20 connections</source>
        <translation>200 Anfragen pro Sekunde über 20 Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst</source>
        <translation>Lastspitzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>300 requests per second for 2 s every 10 s, 1 per second between</source>
        <translation>300 Anfragen pro Sekunde für 2 s alle 10 s, dazwischen 1 pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp up</source>
        <translation>Ansteigend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From 10 to 300 requests per second over 60 s, then steady</source>
        <translation>Von 10 auf 300 Anfragen pro Sekunde in 60 s, dann gleichbleibend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 000 clients</source>
        <translation>1 000 Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>100 requests per second from 1 000 client addresses (for ip_hash)</source>
        <translation>100 Anfragen pro Sekunde von 1 000 Client-Adressen (für ip_hash)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 keys</source>
        <translation>100 Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>100 requests per second over 100 paths /item/key-N (for hash $request_uri)</source>
        <translation>100 Anfragen pro Sekunde über 100 Pfade /item/key-N (für hash $request_uri)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send &amp;One</source>
        <translation>Einzeln &amp;senden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A traffic preset; rate and connections can be changed while it runs</source>
        <translation>Eine Traffic-Vorlage; Rate und Verbindungen lassen sich während des Laufs ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target rate (open loop: requests are due at this rate whatever the answers do)</source>
        <translation>Zielrate (offene Schleife: Anfragen werden in dieser Rate fällig, egal wie die Antworten ausfallen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> conn</source>
        <translation> Verb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections carrying the traffic</source>
        <translation>Verbindungen, über die der Traffic läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send one request and select it in the log (Ctrl+R)</source>
        <translation>Eine Anfrage senden und im Protokoll auswählen (Strg+R)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Traffic did not start: %1</source>
        <translation>Traffic wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Start the lab to send traffic</source>
        <translation>Starten Sie das Labor, um Traffic zu senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>last run: %n request(s)</source>
        <translation>
            <numerusform>letzter Lauf: %n Anfrage</numerusform>
            <numerusform>letzter Lauf: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>● RUNNING %1:%2</source>
        <translation>● LÄUFT %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 req/s · %3 in flight</source>
        <translation>%1/%2 Anfr./s · %3 laufend</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · %n client address(es)</source>
        <translation>
            <numerusform> · %n Client-Adresse</numerusform>
            <numerusform> · %n Client-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n client(s) in X-Forwarded-For</source>
        <translation>
            <numerusform> · %n Client in X-Forwarded-For</numerusform>
            <numerusform> · %n Clients in X-Forwarded-For</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p50 %1 ms · p99 %2 ms (5 s)</source>
        <translation>p50 %1 ms · p99 %2 ms (5 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>errors %1 %</source>
        <translation>Fehler %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>limited by %n connection(s)</source>
        <translation>
            <numerusform>begrenzt durch %n Verbindung</numerusform>
            <numerusform>begrenzt durch %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below target</source>
        <translation>unter dem Ziel</translation>
    </message>
</context>
<context>
    <name>TrafficGenerator</name>
    <message>
        <location filename="../proxycore/traffic/trafficgenerator.cpp" line="+42"/>
        <source>the target %1 is not on this machine: the generator sends only to loopback addresses (127.0.0.0/8, ::1)</source>
        <translation>das Ziel %1 liegt nicht auf diesem Rechner: Der Generator sendet nur an Loopback-Adressen (127.0.0.0/8, ::1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the target has no port</source>
        <translation>das Ziel hat keinen Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>concurrency must be 1–100000</source>
        <translation>die Parallelität muss 1–100000 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rate must be 0 (closed loop) to 10000000 requests per second</source>
        <translation>die Rate muss 0 (geschlossene Schleife) bis 10000000 Anfragen pro Sekunde sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requests and duration must not be negative</source>
        <translation>Anfragen und Dauer dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request body must be 0–64 MiB</source>
        <translation>der Anfrage-Body muss 0–64 MiB groß sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keys must be 0–10000000</source>
        <translation>die Zahl der Schlüssel muss 0–10000000 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Zipf exponent must be above 0 and at most 10</source>
        <translation>der Zipf-Exponent muss größer als 0 und höchstens 10 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clients must be 0–64516 (one /24 network each)</source>
        <translation>die Zahl der Clients muss 0–64516 sein (je ein /24-Netz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout must be at least 1 ms</source>
        <translation>das Timeout muss mindestens 1 ms betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threads must be 1–64</source>
        <translation>die Zahl der Threads muss 1–64 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the method &quot;%1&quot; is not an HTTP token</source>
        <translation>die Methode &quot;%1&quot; ist kein HTTP-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path must start with / and contain no spaces or line breaks</source>
        <translation>der Pfad muss mit / beginnen und darf keine Leerzeichen oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each path (alternatives are separated by |) must start with /</source>
        <translation>jeder Pfad (Alternativen werden durch | getrennt) muss mit / beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>der Header &quot;%1&quot; hat nicht die Form &quot;Name: Wert&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>traffic is already running</source>
        <translation>Traffic läuft bereits</translation>
    </message>
</context>
<context>
    <name>UpstreamEditor</name>
    <message>
        <location filename="../ui/widgets/upstreameditor.cpp" line="+69"/>
        <source>Active health check (NGINX Plus, simulated)</source>
        <translation>Aktiver Health-Check (NGINX Plus, simuliert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Round robin (weighted)</source>
        <translation>Round Robin (gewichtet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>least_time header (NGINX Plus)</source>
        <translation>least_time header (NGINX Plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>least_time last_byte (NGINX Plus)</source>
        <translation>least_time last_byte (NGINX Plus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx variables and text: $request_uri, $uri, $args, $arg_NAME, $http_NAME, $cookie_NAME, $remote_addr, $host</source>
        <translation>nginx-Variablen und Text: $request_uri, $uri, $args, $arg_NAME, $http_NAME, $cookie_NAME, $remote_addr, $host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keepalive N: idle connections to the servers kept per worker (0 = none)</source>
        <translation>keepalive N: ungenutzte Verbindungen zu den Servern, die jeder Worker offen hält (0 = keine)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every interval each server gets GET uri; &apos;fails&apos; failures in a row take it out, &apos;passes&apos; passes bring it back. Open source nginx has passive checks only (max_fails, fail_timeout); the export writes this as a comment.</source>
        <translation>In jedem Intervall bekommt jeder Server GET uri; &apos;fails&apos; Fehlschläge in Folge nehmen ihn heraus, &apos;passes&apos; Erfolge holen ihn zurück. Open-Source-nginx hat nur passive Prüfungen (max_fails, fail_timeout); der Export schreibt dies als Kommentar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keepalive:</source>
        <translation>&amp;Keepalive:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash ke&amp;y:</source>
        <translation>Hash-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change hash key</source>
        <translation>Hash-Schlüssel ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change keepalive</source>
        <translation>keepalive ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change balancing method</source>
        <translation>Balancing-Methode ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Toggle health check</source>
        <translation>Health-Check ein-/ausschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Change health check</source>
        <translation>Health-Check ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change health check URI</source>
        <translation>Health-Check-URI ändern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Each server in turn, in proportion to its weight (nginx&apos;s smooth weighted round robin).</source>
        <translation>Jeder Server der Reihe nach, im Verhältnis zu seinem Gewicht (das geglättete gewichtete Round Robin von nginx).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server with the fewest active connections relative to its weight; ties go round robin.</source>
        <translation>Der Server mit den wenigsten aktiven Verbindungen im Verhältnis zu seinem Gewicht; bei Gleichstand Round Robin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s address (IPv4: first three octets) always picks the same server.</source>
        <translation>Die Adresse des Clients (IPv4: die ersten drei Oktette) wählt immer denselben Server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key (e.g. $request_uri) always picks the same server; adding a server remaps most keys.</source>
        <translation>Ein Schlüssel (z. B. $request_uri) wählt immer denselben Server; ein zusätzlicher Server ordnet die meisten Schlüssel neu zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketama consistent hashing: adding or removing a server remaps only its share of keys.</source>
        <translation>Konsistentes Hashing (Ketama): Hinzufügen oder Entfernen eines Servers ordnet nur dessen Anteil der Schlüssel neu zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A random server, in proportion to weight.</source>
        <translation>Ein zufälliger Server, im Verhältnis zum Gewicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two random servers; the one with fewer connections wins.</source>
        <translation>Zwei zufällige Server; der mit weniger Verbindungen gewinnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two random servers; the one with fewer connections wins (explicit least_conn).</source>
        <translation>Zwei zufällige Server; der mit weniger Verbindungen gewinnt (ausdrücklich least_conn).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus, simulated: the lowest average time to the response head × connections. Exported as least_conn.</source>
        <translation>NGINX Plus, simuliert: die niedrigste mittlere Zeit bis zum Antwortkopf × Verbindungen. Exportiert als least_conn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus, simulated: the lowest average time to the last byte × connections. Exported as least_conn.</source>
        <translation>NGINX Plus, simuliert: die niedrigste mittlere Zeit bis zum letzten Byte × Verbindungen. Exportiert als least_conn.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add server %1</source>
        <translation>Server %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove server %1</source>
        <translation>Server %1 entfernen</translation>
    </message>
</context>
</TS>
