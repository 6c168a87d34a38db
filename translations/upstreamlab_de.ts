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
    <name>ExportCommand</name>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="26"/>
        <source>Write a lab as an nginx.conf that nginx 1.22 runs as is (or only its upstream blocks).
The lab is validated first with nginx&apos;s own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="28"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="29"/>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="30"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="31"/>
        <source>Only the upstream blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="33"/>
        <source>The lab to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="43"/>
        <source>upstreamlab export-nginx: expected one lab file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportcommand.cpp" line="60"/>
        <source>upstreamlab export-nginx: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HashKey</name>
    <message>
        <location filename="../proxycore/http/hashkey.cpp" line="80"/>
        <source>missing &quot;}&quot; after &quot;${&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/http/hashkey.cpp" line="111"/>
        <source>unsupported variable &quot;$%1&quot; (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="25"/>
        <source>Read an nginx.conf (with its includes) as a lab. What the lab does not model is listed
on standard error as &quot;FILE:LINE: warning: …&quot; (or &quot;note&quot; for what is safely ignored);
syntax errors name the file, line and column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="28"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="29"/>
        <source>Write the lab to FILE (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="30"/>
        <source>LAB.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="32"/>
        <source>The nginx configuration to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="42"/>
        <source>upstreamlab import-nginx: expected one nginx config file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabJson</name>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="47"/>
        <source>unknown key (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="61"/>
        <location filename="../proxycore/config/labjson.cpp" line="321"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="71"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="82"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="98"/>
        <source>must be a duration such as &quot;10s&quot; or &quot;500ms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="114"/>
        <source>must be whole seconds such as &quot;10s&quot; (nginx rejects milliseconds here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="129"/>
        <source>must be a size such as &quot;1m&quot;, &quot;64k&quot; or a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="139"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="150"/>
        <location filename="../proxycore/config/labjson.cpp" line="171"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="185"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="218"/>
        <source>must be a status or a range such as &quot;200-399&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="236"/>
        <source>must be one of round_robin, least_conn, ip_hash, hash, random, least_time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="241"/>
        <source>must be &quot;header&quot; or &quot;last_byte&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="251"/>
        <source>must be &quot;&quot; or &quot;least_conn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="304"/>
        <source>unknown condition &quot;%1&quot; (nginx accepts error, timeout, invalid_header, http_500, http_502, http_503, http_504, http_403, http_404, http_429, non_idempotent, off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="309"/>
        <source>&quot;off&quot; cannot be combined with other conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="466"/>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="471"/>
        <source>a lab file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="483"/>
        <source>is required (this version reads format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="485"/>
        <source>is %1, but this version of Upstream Lab reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="570"/>
        <source>file is too large for a lab (over 16 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="601"/>
        <location filename="../proxycore/config/labjson.cpp" line="648"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="608"/>
        <location filename="../proxycore/config/labjson.cpp" line="748"/>
        <source>must be a name of letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="610"/>
        <source>&quot;%1&quot; is used by another upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="616"/>
        <source>is required by the hash method (e.g. &quot;$request_uri&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="624"/>
        <source>must be 100ms..1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="626"/>
        <location filename="../proxycore/config/labjson.cpp" line="628"/>
        <source>must be 1..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="630"/>
        <source>must be a path starting with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="632"/>
        <source>must be a status or range within 100..599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="635"/>
        <source>must be 0..10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="637"/>
        <source>an upstream needs at least one server (nginx: no servers are inside upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="646"/>
        <source>must be an IP address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="650"/>
        <source>&quot;%1&quot; is used by another server of this upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="653"/>
        <source>must be 1..1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="655"/>
        <source>must be 0..1000 (0 turns failure accounting off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="657"/>
        <source>must be 0s..7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="659"/>
        <location filename="../proxycore/config/labjson.cpp" line="684"/>
        <source>must be 0..1000000 (0 means no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="662"/>
        <source>must be 0s..1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="664"/>
        <source>the %1 method does not support &quot;slow_start&quot; (NGINX Plus allows it with round robin and least_conn only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="667"/>
        <source>the %1 method does not support &quot;backup&quot; (nginx: balancing method does not support parameter &quot;backup&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="680"/>
        <source>must be an IP address such as &quot;127.0.0.1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="682"/>
        <source>must be 1..65535 (or 0 for any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="687"/>
        <source>%1 is used by another listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="694"/>
        <source>must start with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="696"/>
        <source>duplicate location &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="699"/>
        <source>no upstream named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="706"/>
        <source>must be 0s..1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="706"/>
        <source>must be 1ms..1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="716"/>
        <source>must be 0..10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="718"/>
        <source>must not be negative (0 means no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="720"/>
        <source>must be 64..1048576</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="722"/>
        <source>must be 1024..4194304</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="724"/>
        <source>must be 0..1000 (0 means no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="726"/>
        <source>must be 0..64 (0 means one per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="730"/>
        <source>must be an address or a CIDR such as &quot;127.0.0.0/8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="737"/>
        <source>must be a header name such as X-Real-IP or X-Forwarded-For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="739"/>
        <source>real_ip_header needs at least one trusted address (set_real_ip_from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="750"/>
        <source>&quot;%1&quot; is used by another backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="754"/>
        <source>must be an address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="756"/>
        <source>%1 is used by another backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="760"/>
        <source>must be an HTTP status 100..599</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Usage: upstreamlab [LAB.json]
       upstreamlab COMMAND [options]

Upstream Lab: a local HTTP load-balancing lab with nginx&apos;s semantics.
Without a command, opens the desktop app on LAB.json (default: the demo lab).

Commands:
  run [LAB.json] [--example NAME]   run a lab headless, printing its access log
  proxy -c nginx.conf [-t]          run the proxy from an nginx config (-t: only check it)
  export-nginx LAB.json [-o FILE] [--snippet]
                                    write the lab as an nginx.conf (nginx 1.22)
  import-nginx FILE [-o LAB.json]   read an nginx.conf as a lab, listing what it cannot model

Options:
  -h, --help       show this help
  -v, --version    show the version

Run &apos;upstreamlab COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>upstreamlab: unknown command or file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="119"/>
        <source>Cannot open lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="39"/>
        <location filename="../ui/windows/mainwindow.cpp" line="106"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="39"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="90"/>
        <source>&amp;Open Lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="93"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="96"/>
        <source>&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="97"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="99"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="101"/>
        <source>Send 10 &amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="103"/>
        <source>&amp;Clear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="119"/>
        <source>Upstream Lab — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="131"/>
        <source>Cannot start the lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="151"/>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="157"/>
        <source>location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="157"/>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="159"/>
        <source>Upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="163"/>
        <source>weight=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="171"/>
        <source>Mock backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="174"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="174"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="186"/>
        <source>Running — proxy on http://%1:%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="190"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="190"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="194"/>
        <source>⚠ Reachable from other machines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="195"/>
        <source>These listeners are not on a loopback address (127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="198"/>
        <source>%1 requests · %2 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="204"/>
        <source>Open Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="204"/>
        <source>Labs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="209"/>
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
        <location filename="../backends/mockbackend.cpp" line="40"/>
        <source>%1: cannot listen on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxConfParser</name>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="125"/>
        <source>unexpected end of file inside a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="143"/>
        <source>unexpected &quot;%1&quot; after a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="190"/>
        <source>includes nested too deeply (a loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="199"/>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="397"/>
        <source>file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="227"/>
        <source>unexpected end of file, expecting &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="234"/>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="268"/>
        <source>unexpected &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="240"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="267"/>
        <source>unexpected end of file, expecting &quot;;&quot; or &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="273"/>
        <source>invalid number of arguments in &quot;include&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxExporter</name>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="60"/>
        <source>smooth weighted round robin (nginx&apos;s default: no directive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="61"/>
        <source>fewest requests in flight per weight; ties by round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="62"/>
        <source>client address (first three octets of IPv4) picks the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="64"/>
        <source>ketama consistent hashing: few keys move when servers change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="65"/>
        <source>the key&apos;s CRC-32 picks a weight slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="67"/>
        <source>two random servers, the less loaded wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="67"/>
        <source>weighted random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="69"/>
        <source>NGINX Plus: least_time %1; (lowest average response time and fewest active
connections). Open source has no timing-based method: least_conn is the nearest.
upstreamlab-method least_time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="116"/>
        <source># NGINX Plus: slow_start ramps this server&apos;s weight up after it recovers; open
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="117"/>
        <source># source has no ramp (bring it back with a low weight and raise it by hand).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="121"/>
        <source># NGINX Plus: drain sends no new requests to this server; in open source, mark it down.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="139"/>
        <source># NGINX Plus active health check (open source has passive checks only:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="140"/>
        <source># max_fails and fail_timeout). In Plus, in the location: health_check
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="176"/>
        <source># nginx configuration generated by Upstream Lab %1 from the lab &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="181"/>
        <source># Upstream blocks only: paste them into the http { } block of your nginx.conf.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="190"/>
        <source># Target: nginx 1.22 open source. Check it with: nginx -t -c FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="193"/>
        <source># The lab&apos;s mock backends (Upstream Lab starts them; nginx ignores these lines):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="201"/>
        <source># Client side: limits and timeouts (nginx&apos;s names and defaults).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="212"/>
        <source># The client address comes from a header sent by these trusted addresses (realip).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="219"/>
        <source># Upgrades (WebSocket...) pass through; without one, Connection stays empty for keepalive.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="222"/>
        <source># $upstream_addr lists every server tried, $upstream_status each answer;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="223"/>
        <source># use it with: access_log /var/log/nginx/upstream.log upstreamlab;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="239"/>
        <source># The lab refuses connections past max_connections with a 503; nginx has no
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="240"/>
        <source># per-listener equivalent (worker_connections limits each worker in total).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="247"/>
        <source># HTTP/1.1 without &quot;Connection: close&quot; so upstream keepalive works.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="264"/>
        <source># The lab&apos;s X-Upstream-Name names the server; nginx knows only its address:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxImporter</name>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="82"/>
        <source>invalid number of arguments in &quot;%1&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="123"/>
        <source>&quot;events&quot; is accepted and ignored (the lab has its own event loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="132"/>
        <source>invalid value &quot;%1&quot; in &quot;worker_processes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="133"/>
        <source>worker_processes becomes the lab&apos;s worker threads; balancing state is shared by all of them, as with an upstream zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="136"/>
        <source>&quot;%1&quot; is process-level and ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="138"/>
        <source>&quot;%1&quot; (TCP/mail proxying) is not modelled; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="140"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="193"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="330"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="421"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="470"/>
        <source>&quot;%1&quot; is not modelled; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="169"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="532"/>
        <source>host not found in upstream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="183"/>
        <source>&quot;%1&quot; is accepted and ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="185"/>
        <source>the upgrade map is built in: the lab passes Upgrade requests through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="215"/>
        <source>load balancing method redefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="218"/>
        <source>load balancing method redefined: in nginx 1.22 a method after &quot;keepalive&quot; turns keepalive off (put the method first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="226"/>
        <source>invalid number of arguments in &quot;server&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="232"/>
        <source>unix sockets are not supported by the lab: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="234"/>
        <source>the lab needs an IP address (or localhost) with a port, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="252"/>
        <source>balancing method does not support parameter &quot;backup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="261"/>
        <source>&quot;slow_start&quot; is NGINX Plus only (open source rejects it); the lab simulates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="264"/>
        <source>&quot;drain&quot; is NGINX Plus only (open source rejects it); the lab simulates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="266"/>
        <source>&quot;%1&quot; is NGINX Plus only (nginx 1.22 open source rejects it); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="268"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="273"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="300"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="305"/>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="274"/>
        <source> (the lab takes weights 1..1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="310"/>
        <source>invalid parameter &quot;%1&quot; (nginx 1.22 open source knows least_conn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="317"/>
        <source>invalid value &quot;%1&quot; in &quot;keepalive&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="319"/>
        <source>&quot;zone&quot; is implied: the lab always shares balancing state between workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="321"/>
        <source>&quot;%1&quot; in an upstream is not modelled; the lab keeps idle upstream connections 60s and for up to keepalive_requests requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="326"/>
        <source>&quot;least_time&quot; is NGINX Plus only in 1.22; the lab simulates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="328"/>
        <source>&quot;%1&quot; is NGINX Plus only in 1.22; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="361"/>
        <source>duplicate upstream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="378"/>
        <source>more than one &quot;listen&quot; in a server: the lab uses the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="384"/>
        <source>unix sockets are not supported by the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="392"/>
        <source>nginx listens on all addresses here; the lab binds 127.0.0.1 (loopback) — change the listener to expose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="397"/>
        <source>invalid listen address &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="410"/>
        <source>listen parameter &quot;%1&quot; is accepted and ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="412"/>
        <source>listen parameter &quot;%1&quot; is not supported (plain HTTP/1.1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="417"/>
        <source>&quot;server_name&quot; is ignored: each lab listener has one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="430"/>
        <source>another server on %1:%2 (server_name routing is not modelled); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="447"/>
        <source>exact-match location &quot;= %1&quot; is treated as a prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="449"/>
        <source>regular-expression and named locations are not modelled; &quot;%1&quot; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="454"/>
        <source>location &quot;%1&quot; is not a prefix; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="468"/>
        <source>nested locations are not modelled; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="474"/>
        <source>location &quot;%1&quot; does not proxy_pass to an upstream; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="501"/>
        <source>health_check match blocks are not read; the lab expects a 2xx or 3xx status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="503"/>
        <source>&quot;health_check&quot; is NGINX Plus only; the lab simulates it for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="510"/>
        <source>only http:// upstreams are supported, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="515"/>
        <source>proxy_pass with variables is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="520"/>
        <source>the URI part &quot;%1&quot; of proxy_pass is not modelled: requests keep their URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="546"/>
        <source>proxy_pass to an address becomes the one-server upstream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="562"/>
        <source>this location&apos;s proxy settings differ from an earlier one&apos;s; the lab uses one set for all locations (the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="571"/>
        <source>invalid value &quot;%1&quot; in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="591"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="596"/>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="604"/>
        <source>invalid value in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="622"/>
        <source>&quot;updating&quot; only matters with a cache; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="624"/>
        <source>invalid value &quot;%1&quot; in &quot;proxy_next_upstream&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="642"/>
        <source>proxy_set_header %1 &quot;%2&quot; is not modelled (the lab sends Host, X-Real-IP, X-Forwarded-For and X-Forwarded-Proto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="646"/>
        <source>the lab always speaks HTTP/1.1 with keep-alive to upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="652"/>
        <source>&quot;add_header&quot; is not modelled; ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyCommand</name>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="26"/>
        <source>Run Upstream Lab&apos;s proxy from an nginx configuration (headless, until SIGTERM or Ctrl-C).
What the lab does not model is listed first, with file and line. Mock backends are not
started: the upstream servers must be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="29"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="30"/>
        <source>The nginx configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="30"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="31"/>
        <source>Only check the configuration, like nginx -t; exit 1 on errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="32"/>
        <source>Do not print notes or the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="43"/>
        <source>upstreamlab proxy: give the configuration with -c FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="55"/>
        <source>upstreamlab proxy: configuration file %1 test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="59"/>
        <source>upstreamlab proxy: the configuration file %1 syntax is ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="60"/>
        <source>upstreamlab proxy: configuration file %1 test is successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="71"/>
        <source>proxy listening on http://%1:%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="73"/>
        <source>upstreamlab proxy: warning: %1 is not a loopback address; other machines can reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="76"/>
        <source>Press Ctrl-C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/proxycommand.cpp" line="86"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyEngine</name>
    <message>
        <location filename="../proxycore/engine/proxyengine.cpp" line="98"/>
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
        <location filename="../app/commands/runcommand.cpp" line="31"/>
        <source>Run a lab headless: its mock backends and the proxy, printing one access-log line per request.
Without LAB.json, runs the built-in demo: the proxy on 127.0.0.1:8080 balancing
alpha, beta and gamma on 127.0.0.1:9001-9003 by round robin. Stop with Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="34"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="36"/>
        <source>The lab to run (default: the built-in demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="38"/>
        <source>Run a built-in example lab: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="39"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="40"/>
        <source>List the built-in example labs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="41"/>
        <source>Do not print the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="62"/>
        <source>upstreamlab run: expected at most one lab file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="66"/>
        <source>upstreamlab run: give either LAB.json or --example, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="72"/>
        <source>upstreamlab run: unknown example &quot;%1&quot; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="90"/>
        <source>upstreamlab run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="94"/>
        <source>Upstream Lab %1 — running &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="96"/>
        <source>backend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="97"/>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="97"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="101"/>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="102"/>
        <source>listening on http://%1:%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="116"/>
        <source>location %1 → upstream %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="122"/>
        <source>upstreamlab run: warning: %1 is not a loopback address; other machines can reach this lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="125"/>
        <source>Press Ctrl-C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/runcommand.cpp" line="137"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
