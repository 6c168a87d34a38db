<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackendsPanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/backendspanel.cpp" line="+177"/>
        <source>Add %n backend(s)</source>
        <translation>
            <numerusform>Add %n backend</numerusform>
            <numerusform>Add %n backends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/comparepanel.cpp" line="+188"/>
        <source>Done: %n method(s) compared. Fairness: Jain&apos;s index of requests per weight (1 = even); keys moved: the share of keys on another server when one server is removed.</source>
        <translation>
            <numerusform>Done: %n method compared. Fairness: Jain&apos;s index of requests per weight (1 = even); keys moved: the share of keys on another server when one server is removed.</numerusform>
            <numerusform>Done: %n methods compared. Fairness: Jain&apos;s index of requests per weight (1 = even); keys moved: the share of keys on another server when one server is removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/distributionview.cpp" line="+239"/>
        <source>Total %n request(s)</source>
        <translation>
            <numerusform>Total %n request</numerusform>
            <numerusform>Total %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/guidepanel.cpp" line="+171"/>
        <source>All %n step(s) done. Try your own changes, or open another example.</source>
        <translation>
            <numerusform>%n step done. Try your own changes, or open another example.</numerusform>
            <numerusform>All %n steps done. Try your own changes, or open another example.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/importpanel.cpp" line="+56"/>
        <source>%1: %n warning(s) (behaviour may differ), %2. Select one to see its line.</source>
        <extracomment>%2 is &quot;N note(s) (safely ignored)&quot;.</extracomment>
        <translation>
            <numerusform>%1: %n warning (behaviour may differ), %2. Select one to see its line.</numerusform>
            <numerusform>%1: %n warnings (behaviour may differ), %2. Select one to see its line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n note(s) (safely ignored)</source>
        <translation>
            <numerusform>%n note (safely ignored)</numerusform>
            <numerusform>%n notes (safely ignored)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/logpanel.cpp" line="+159"/>
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Headers are kept for the newest %n request(s).</source>
        <translation>
            <numerusform>Headers are kept for the newest %n request.</numerusform>
            <numerusform>Headers are kept for the newest %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Decisions are kept for the newest %n request(s).</source>
        <translation>
            <numerusform>Decisions are kept for the newest %n request.</numerusform>
            <numerusform>Decisions are kept for the newest %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/windows/mainwindow.cpp" line="+604"/>
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n backend</numerusform>
            <numerusform>%n backends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>Kept local: %n item(s)</source>
        <translation>
            <numerusform>Kept local: %n item</numerusform>
            <numerusform>Kept local: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⚠ %n problem(s) — the running lab keeps its last valid configuration</source>
        <translation>
            <numerusform>⚠ %n problem — the running lab keeps its last valid configuration</numerusform>
            <numerusform>⚠ %n problems — the running lab keeps its last valid configuration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n active connection(s)</source>
        <translation>
            <numerusform>%n active connection</numerusform>
            <numerusform>%n active connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The process may hold %n descriptor(s) (sockets and files) at once; past it the proxy pauses accepting for 500 ms, as nginx does.</source>
        <translation>
            <numerusform>The process may hold %n descriptor (sockets and files) at once; past it the proxy pauses accepting for 500 ms, as nginx does.</numerusform>
            <numerusform>The process may hold %n descriptors (sockets and files) at once; past it the proxy pauses accepting for 500 ms, as nginx does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NginxPreview</name>
    <message numerus="yes">
        <location filename="../ui/widgets/nginxpreview.cpp" line="+202"/>
        <source>%n line(s) with NGINX Plus settings written as comments</source>
        <translation>
            <numerusform>%n line with NGINX Plus settings written as a comment</numerusform>
            <numerusform>%n lines with NGINX Plus settings written as comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>⚠ %n line(s) need NGINX Plus</source>
        <translation>
            <numerusform>⚠ %n line needs NGINX Plus</numerusform>
            <numerusform>⚠ %n lines need NGINX Plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n line(s) need a newer nginx</source>
        <translation>
            <numerusform>⚠ %n line needs a newer nginx</numerusform>
            <numerusform>⚠ %n lines need a newer nginx</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/replaypanel.cpp" line="+59"/>
        <source>Sending %n request(s) through %1…</source>
        <translation>
            <numerusform>Sending %n request through %1…</numerusform>
            <numerusform>Sending %n requests through %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>✔ Identical for %n/%n request(s): real nginx picks the same backends with the same statuses.</source>
        <translation>
            <numerusform>✔ Identical for %n/%n request: real nginx picks the same backends with the same statuses.</numerusform>
            <numerusform>✔ Identical for %n/%n requests: real nginx picks the same backends with the same statuses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>✘ Different for %1 of %n request(s); the first at request %2.</source>
        <translation>
            <numerusform>✘ Different for %1 of %n request; the first at request %2.</numerusform>
            <numerusform>✘ Different for %1 of %n requests; the first at request %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficBar</name>
    <message numerus="yes">
        <location filename="../ui/widgets/trafficbar.cpp" line="+287"/>
        <source>last run: %n request(s)</source>
        <translation>
            <numerusform>last run: %n request</numerusform>
            <numerusform>last run: %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source> · %n client address(es)</source>
        <translation>
            <numerusform> · %n client address</numerusform>
            <numerusform> · %n client addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n client(s) in X-Forwarded-For</source>
        <translation>
            <numerusform> · %n client in X-Forwarded-For</numerusform>
            <numerusform> · %n clients in X-Forwarded-For</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>limited by %n connection(s)</source>
        <translation>
            <numerusform>limited by %n connection</numerusform>
            <numerusform>limited by %n connections</numerusform>
        </translation>
    </message>
</context>
</TS>
