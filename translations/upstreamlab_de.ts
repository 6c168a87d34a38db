<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExampleLabs</name>
    <message>
        <location filename="../proxycore/config/examplelabs.cpp" line="23"/>
        <source>three equal servers, round robin (alpha, beta, gamma in turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/examplelabs.cpp" line="25"/>
        <source>weights 5/1/1: nginx&apos;s smooth sequence a a b a c a a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/examplelabs.cpp" line="27"/>
        <source>two primaries and a backup; stop both primaries to see the backup take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/examplelabs.cpp" line="29"/>
        <source>gamma is stopped: the first request to it fails over, then it is skipped for fail_timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabJson</name>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="45"/>
        <source>unknown key (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="59"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="69"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="80"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="96"/>
        <source>must be a duration such as &quot;10s&quot; or &quot;500ms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="112"/>
        <source>must be whole seconds such as &quot;10s&quot; (nginx rejects milliseconds here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="127"/>
        <source>must be a size such as &quot;1m&quot;, &quot;64k&quot; or a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="137"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="148"/>
        <location filename="../proxycore/config/labjson.cpp" line="169"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="183"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="211"/>
        <source>must be one of round_robin, least_conn, ip_hash, hash, random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="221"/>
        <source>must be &quot;&quot; or &quot;least_conn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="273"/>
        <source>unknown condition &quot;%1&quot; (nginx accepts error, timeout, invalid_header, http_500, http_502, http_503, http_504, http_403, http_404, http_429, non_idempotent, off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="278"/>
        <source>&quot;off&quot; cannot be combined with other conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="405"/>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="410"/>
        <source>a lab file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="422"/>
        <source>is required (this version reads format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="424"/>
        <source>is %1, but this version of Upstream Lab reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="507"/>
        <source>file is too large for a lab (over 16 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="538"/>
        <location filename="../proxycore/config/labjson.cpp" line="563"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="545"/>
        <location filename="../proxycore/config/labjson.cpp" line="641"/>
        <source>must be a name of letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="547"/>
        <source>&quot;%1&quot; is used by another upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="550"/>
        <source>is required by the hash method (e.g. &quot;$request_uri&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="552"/>
        <source>must be 0..10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="554"/>
        <source>an upstream needs at least one server (nginx: no servers are inside upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="561"/>
        <source>must be an IP address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="565"/>
        <source>&quot;%1&quot; is used by another server of this upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="568"/>
        <source>must be 1..1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="570"/>
        <source>must be 0..1000 (0 turns failure accounting off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="572"/>
        <source>must be 0s..7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="574"/>
        <source>must be 0..1000000 (0 means no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="576"/>
        <source>the %1 method does not support &quot;backup&quot; (nginx: balancing method does not support parameter &quot;backup&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="589"/>
        <source>must be an IP address such as &quot;127.0.0.1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="591"/>
        <source>must be 1..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="594"/>
        <source>%1 is used by another listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="601"/>
        <source>must start with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="603"/>
        <source>duplicate location &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="606"/>
        <source>no upstream named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="613"/>
        <source>must be 0s..1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="613"/>
        <source>must be 1ms..1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="623"/>
        <source>must be 0..10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="625"/>
        <source>must not be negative (0 means no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="627"/>
        <source>must be 64..1048576</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="629"/>
        <source>must be 1024..4194304</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="631"/>
        <source>must be 0..1000 (0 means no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="633"/>
        <source>must be 0..64 (0 means one per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="643"/>
        <source>&quot;%1&quot; is used by another backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="647"/>
        <source>must be an address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="649"/>
        <source>%1 is used by another backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="653"/>
        <source>must be an HTTP status 100..599</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Usage: upstreamlab [LAB.json]
       upstreamlab COMMAND [options]

Upstream Lab: a local HTTP load-balancing lab with nginx&apos;s semantics.
Without a command, opens the desktop app on LAB.json (default: the demo lab).

Commands:
  run [LAB.json] [--example NAME]   run a lab headless, printing its access log

Options:
  -h, --help       show this help
  -v, --version    show the version

Run &apos;upstreamlab COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>upstreamlab: unknown command or file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="107"/>
        <source>Cannot open lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="38"/>
        <location filename="../ui/windows/mainwindow.cpp" line="102"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="38"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="85"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="86"/>
        <source>&amp;Open Lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="89"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="92"/>
        <source>&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="93"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="95"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="97"/>
        <source>Send 10 &amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="99"/>
        <source>&amp;Clear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="115"/>
        <source>Upstream Lab — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="127"/>
        <source>Cannot start the lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="147"/>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="153"/>
        <source>location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="153"/>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="155"/>
        <source>Upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="159"/>
        <source>weight=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="167"/>
        <source>Mock backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="170"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="170"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="182"/>
        <source>Running — proxy on http://%1:%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="186"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="186"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="190"/>
        <source>%1 requests · %2 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="196"/>
        <source>Open Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="196"/>
        <source>Labs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="201"/>
        <source>Cannot open lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBackend</name>
    <message>
        <location filename="../backends/mockbackend.cpp" line="31"/>
        <source>%1: invalid listen address &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backends/mockbackend.cpp" line="38"/>
        <source>%1: cannot listen on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyEngine</name>
    <message>
        <location filename="../proxycore/engine/proxyengine.cpp" line="69"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="77"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="100"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="101"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="102"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="103"/>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="105"/>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="106"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="107"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="29"/>
        <source>Run a lab headless: its mock backends and the proxy, printing one access-log line per request.
Without LAB.json, runs the built-in demo: the proxy on 127.0.0.1:8080 balancing
alpha, beta and gamma on 127.0.0.1:9001-9003 by round robin. Stop with Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="33"/>
        <source>The lab to run (default: the built-in demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="35"/>
        <source>Run a built-in example lab: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="36"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="37"/>
        <source>List the built-in example labs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="38"/>
        <source>Do not print the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="51"/>
        <source>upstreamlab run: expected at most one lab file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="55"/>
        <source>upstreamlab run: give either LAB.json or --example, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="61"/>
        <source>upstreamlab run: unknown example &quot;%1&quot; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="79"/>
        <source>upstreamlab run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="83"/>
        <source>Upstream Lab %1 — running &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="85"/>
        <source>backend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="86"/>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="86"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="90"/>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="91"/>
        <source>listening on http://%1:%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="105"/>
        <source>location %1 → upstream %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="110"/>
        <source>Press Ctrl-C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="122"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
