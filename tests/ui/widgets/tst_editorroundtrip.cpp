// Every editor, opened on a lab with unusual but valid values in every field
// and committed without a change, leaves the lab exactly as it was; changing
// one field changes only that field. Real widgets, offscreen, driven with keys.

#include "config/labjson.h"
#include "config/lablimits.h"
#include "dialogs/backenddialog.h"
#include "document/labdocument.h"
#include "labrunner.h"
#include "models/backendtablemodel.h"
#include "models/servertablemodel.h"
#include "widgets/backendspanel.h"
#include "widgets/durationspinbox.h"
#include "widgets/listenereditor.h"
#include "widgets/upstreameditor.h"

#include <QAbstractSpinBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

MockTimelineStep step(const QString &text)
{
    QString error;
    const auto s = MockSyntax::parseStep(text, &error);
    if (!s)
        qFatal("bad step %s: %s", qPrintable(text), qPrintable(error));
    return *s;
}

// Nothing here is a default, and much is at or near a limit.
LabConfig unusualLab()
{
    LabConfig lab;
    lab.name = u"Odd values"_s;

    UpstreamGroup hashed;
    hashed.name = u"odd.group-1"_s;
    hashed.method = BalancingMethod::Hash;
    hashed.hashKey = u"$cookie_user$arg_x"_s;
    hashed.hashConsistent = true;
    hashed.keepalive = LabLimits::Keepalive.max - 1;
    hashed.healthCheck = {true, 500, 7, 3, u"/healthz?deep=1"_s, 200, 204};
    UpstreamServer a;
    a.name = u"a-1"_s;
    a.address = u"127.0.0.1:19001"_s;
    a.weight = 997;
    a.maxFails = 0;
    a.failTimeoutSec = 6 * 86'400; // 6 days: beyond the old editor's 86 400 s
    a.maxConns = LabLimits::MaxConns.max - 1;
    a.down = true;
    UpstreamServer b;
    b.name = u"b_2"_s;
    b.address = u"127.0.0.1:19002"_s;
    b.weight = LabLimits::Weight.max;
    b.maxFails = LabLimits::MaxFails.max;
    b.failTimeoutSec = LabLimits::FailTimeoutSec.max; // 7 days
    hashed.servers = {a, b};

    UpstreamGroup weighted;
    weighted.name = u"plus"_s;
    weighted.method = BalancingMethod::LeastTime;
    weighted.leastTimeLastByte = true;
    weighted.keepalive = 0;
    weighted.healthCheck.enabled = false; // a lab file keeps an unchecked health check's values only as defaults
    UpstreamServer c = a;
    c.name = u"c"_s;
    c.weight = 3;
    c.maxFails = 13;
    c.failTimeoutSec = 91; // "91s", not a whole minute
    c.maxConns = 0;
    c.down = false;
    c.backup = true;
    c.slowStartSec = LabLimits::SlowStartSec.max - 1;
    c.drain = true;
    UpstreamServer d = b;
    d.name = u"d"_s;
    d.failTimeoutSec = 0;
    d.slowStartSec = 1;
    weighted.servers = {c, d};

    UpstreamGroup random;
    random.name = u"random2"_s;
    random.method = BalancingMethod::Random;
    random.randomTwo = true;
    random.randomLeastConn = true;
    random.keepalive = 1;
    random.healthCheck = {true, LabLimits::HealthIntervalMs.min, 100, 100, u"/"_s, 100, 599};
    UpstreamServer e = b;
    e.name = u"e"_s;
    e.weight = 1;
    e.failTimeoutSec = 3'600; // "1h"
    random.servers = {e};
    lab.upstreams = {hashed, weighted, random};

    Listener listener;
    listener.address = u"127.0.0.1"_s;
    listener.port = 18'081;
    listener.maxConnections = 777;
    Route proxied = Route::proxyTo(u"/api/"_s, hashed.name);
    proxied.proxyUri = u"/v2/"_s;
    listener.serverNames = {u"example.org"_s, u"*.example.org"_s, u"~^img(\\d+)\\.test$"_s};
    listener.defaultServer = true;
    listener.moreListens = {{u"::1"_s, 18'081, true}, {u"127.0.0.2"_s, 18'082, false}};
    listener.rewrites = {{u"^/old/(.*)$"_s, u"/new/$1?a=\"b c\""_s, RewriteRule::Flag::Permanent},
                         {u"^/x y$"_s, u"/z?"_s, RewriteRule::Flag::None}};
    listener.headers.proxySetHeader = {{u"Host"_s, u"$host"_s, false}, {u"Accept-Encoding"_s, QString(), false}};
    listener.headers.addHeader = {{u"X-A"_s, u"two words"_s, true}};
    listener.headers.proxyHideHeader = {u"X-Powered-By"_s};
    listener.headers.proxyRedirect = {u"http://a/ /b/"_s};
    Route images = Route::returning(u"\\.(png|jpe?g)$"_s, 200, u"image $1"_s);
    images.match = LocationMatch::RegexCaseless;
    images.rewrites = {{u"^/i/(.*)$"_s, u"/img/$1"_s, RewriteRule::Flag::Break}};
    images.headers.addHeader = {{u"Cache-Control"_s, u"max-age=60"_s, false}};
    images.headers.proxyPassHeader = {u"Server"_s};
    listener.routes = {proxied, Route::proxyTo(u"/"_s, weighted.name), Route::proxyTo(u"/r/"_s, random.name),
                       Route::returning(u"/healthz"_s, 204, QString(), true),
                       Route::returning(u"/old/"_s, 308, u"https://example.org$request_uri"_s),
                       Route::returning(u"/drop"_s, 444, QString()), images};
    Listener second;
    second.address = u"::1"_s;
    second.port = LabLimits::Port.max;
    second.routes = {Route::proxyTo(u"/"_s, hashed.name)};
    lab.listeners = {listener, second};

    // No editor shows these; every edit must still carry them through.
    lab.proxy.connectTimeoutMs = 1;
    lab.proxy.readTimeoutMs = 86'400'000;
    lab.proxy.keepaliveTimeoutMs = 0;
    lab.proxy.keepaliveRequests = 9;
    lab.proxy.clientMaxBodySize = 0;
    lab.proxy.nextUpstream = NextError | NextHttp429 | NextNonIdempotent;
    lab.proxy.nextUpstreamTries = 1000;
    lab.proxy.nextUpstreamTimeoutMs = 1500;
    lab.proxy.workers = 3;
    lab.proxy.realIpHeader = u"X-Forwarded-For"_s;
    lab.proxy.realIpFrom = {u"10.0.0.0/8"_s};
    lab.proxy.realIpRecursive = true;

    MockBackendConfig m1;
    m1.name = u"m.1_b-2"_s;
    m1.listen = u"127.0.0.1:19001"_s;
    m1.autostart = false;
    m1.paused = true;
    m1.color = u"#12abef"_s;
    m1.seed = LabLimits::Seed.max;
    m1.healthPath = u"/hc"_s;
    MockBehaviour &h1 = m1.behaviour;
    h1.status = 218;
    h1.headers = {{u"X-Odd"_s, u"{{request_id}} x"_s}, {u"Cache-Control"_s, u"no-store"_s}};
    h1.body = u"hello {{name}}\nsecond line"_s;
    h1.latency = {MockLatency::Kind::LogNormal, 40, 10, 0.3};
    h1.errorRate = 0.125; // a default double editor rounds it to 0.13
    h1.errorStatus = LabLimits::HttpStatus.max;
    h1.errorEvery = 1'234'567; // beyond the old editor's 1 000 000
    h1.errorFirst = 3;
    h1.faults = {{MockFault::Kind::Reset, 0.05, 1024}, {MockFault::Kind::Drip, 0.1, 3072}};
    m1.timeline = {step(u"1500ms pause"_s), step(u"10s resume"_s), step(u"at 20s: latency 800ms±200 on 30%"_s),
                   step(u"40s errors 0.5 503"_s), step(u"1m30s repeat"_s)};

    MockBackendConfig m2;
    m2.name = u"m2"_s;
    m2.listen = u"127.0.0.1:19002"_s;
    m2.behaviour.status = LabLimits::HttpStatus.min;
    m2.behaviour.bodySize = 12'345;
    m2.behaviour.latency = {MockLatency::Kind::Fixed, 20, 0, 0}; // "20ms on 0%": written, though it delays nothing
    m2.behaviour.errorStatus = 404;
    m2.healthPath.clear();

    MockBackendConfig m3;
    m3.name = u"m3"_s;
    m3.listen = u"[::1]:19003"_s;
    m3.behaviour.bodyFile = u"bodies/big.bin"_s;
    m3.behaviour.latency = {MockLatency::Kind::None, 0, 0, 0.3}; // "none on 30%"
    m3.behaviour.errorEvery = 2;
    lab.backends = {m1, m2, m3};
    return lab;
}

// The first line where the two labs' JSON differ, for a failure message.
QString difference(const LabConfig &got, const LabConfig &want)
{
    const QStringList a = QString::fromUtf8(LabJson::toJson(got)).split(u'\n');
    const QStringList b = QString::fromUtf8(LabJson::toJson(want)).split(u'\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return u"line %1: got \"%2\", want \"%3\""_s.arg(i + 1).arg(a.value(i).trimmed(), b.value(i).trimmed());
    }
    return got == want ? QString() : u"the labs differ in a field the JSON does not write"_s;
}

// Opens the cell's editor as a person would and commits it unchanged (Return).
bool commitCellUnchanged(QAbstractItemView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    view->edit(index);
    QPointer<QWidget> editor = view->indexWidget(index);
    if (!editor)
        return false;
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop, then drops the editor.
    return QTest::qWaitFor([&] { return editor.isNull(); }, 5000);
}

// Types a field's text again over itself, as a person would, then Return.
void retype(QWidget *field)
{
    auto *line = qobject_cast<QLineEdit *>(field);
    if (!line)
        line = field->findChild<QLineEdit *>();
    QVERIFY(line);
    const QString text = line->text();
    QVERIFY(!text.isEmpty());
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(line->text(), text);
}

} // namespace

class tst_EditorRoundTrip final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverTableKeepsEveryValue();
    void groupFieldsKeepEveryValue();
    void renamingAGroupChangesOnlyItsNameAndRoutes();
    void renamingThroughAnotherGroupsNameKeepsTheRoutesApart();
    void listenerEditorKeepsEveryValue();
    void backendDialogKeepsEveryValue();
    void backendTableKeepsEveryValue();
    void editorsTakeWhatTheRulesAllow();
};

void tst_EditorRoundTrip::initTestCase()
{
    // The fixture is valid, and the lab file keeps it exactly: what the editors
    // must keep is what a lab can hold.
    const LabConfig lab = unusualLab();
    QStringList issues;
    for (const ConfigIssue &issue : LabValidator::validate(lab))
        issues.append(issue.toString());
    QVERIFY2(issues.isEmpty(), qPrintable(issues.join(u'\n')));
    const LabLoadResult loaded = LabJson::fromJson(LabJson::toJson(lab), u"odd.json"_s);
    QVERIFY2(loaded.ok, qPrintable(loaded.errorText));
    QVERIFY2(loaded.lab == lab, qPrintable(difference(loaded.lab, lab)));
}

void tst_EditorRoundTrip::serverTableKeepsEveryValue()
{
    const LabConfig lab = unusualLab();
    LabDocument document;
    document.reset(lab);
    UpstreamEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTableView *table = editor.serverTable();
    const int editable[] = {ServerTableModel::Name,    ServerTableModel::Address,     ServerTableModel::Weight,
                            ServerTableModel::MaxFails, ServerTableModel::FailTimeout, ServerTableModel::MaxConns,
                            ServerTableModel::SlowStart};
    for (int g = 0; g < lab.upstreams.size(); ++g) {
        editor.setGroup(g);
        QCOMPARE(table->model()->rowCount(), int(lab.upstreams[g].servers.size()));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (const int column : editable) {
                const QModelIndex index = table->model()->index(row, column);
                QVERIFY2(commitCellUnchanged(table, index), qPrintable(u"group %1 row %2 column %3"_s.arg(g).arg(row).arg(column)));
                QVERIFY2(document.lab() == lab, qPrintable(u"group %1 row %2 column %3: %4"_s.arg(g).arg(row).arg(column)
                                                               .arg(difference(document.lab(), lab))));
            }
        }
    }
    QCOMPARE(document.undoStack()->count(), 0); // not even an edit that changed nothing
    // Six days reads as nginx writes it.
    editor.setGroup(0);
    QCOMPARE(table->model()->index(0, ServerTableModel::FailTimeout).data().toString(), u"144h"_s);
}

void tst_EditorRoundTrip::groupFieldsKeepEveryValue()
{
    const LabConfig lab = unusualLab();
    LabDocument document;
    document.reset(lab);
    UpstreamEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (int g = 0; g < lab.upstreams.size(); ++g) {
        editor.setGroup(g);
        const auto *interval = editor.findChild<DurationSpinBox *>(u"healthInterval"_s);
        QCOMPARE(interval->valueMs(), qint64(lab.upstreams[g].healthCheck.intervalMs));
        QStringList fields{u"groupName"_s, u"keepalive"_s};
        if (lab.upstreams[g].healthCheck.enabled) // the fields show only then
            fields << u"healthInterval"_s << u"healthPasses"_s << u"healthFails"_s << u"healthUri"_s;
        if (lab.upstreams[g].method == BalancingMethod::Hash)
            fields.append(u"hashKey"_s);
        if (lab.upstreams[g].keepalive == 0)
            fields.removeOne(u"keepalive"_s); // shown as 0; typing "0" again is no different
        for (const QString &name : std::as_const(fields)) {
            auto *field = editor.findChild<QWidget *>(name);
            QVERIFY2(field, qPrintable(name));
            retype(field);
            QVERIFY2(document.lab() == lab, qPrintable(u"group %1 %2: %3"_s.arg(g).arg(name, difference(document.lab(), lab))));
        }
        // The health check off and on again: only `enabled` moves, and back.
        auto *health = editor.findChild<QGroupBox *>(u"healthCheck"_s);
        health->setChecked(!health->isChecked());
        QCOMPARE(document.lab().upstreams[g].healthCheck.enabled, !lab.upstreams[g].healthCheck.enabled);
        health->setChecked(!health->isChecked());
        QVERIFY2(document.lab() == lab, qPrintable(u"group %1 health toggle: %2"_s.arg(g).arg(difference(document.lab(), lab))));
    }
}

void tst_EditorRoundTrip::renamingAGroupChangesOnlyItsNameAndRoutes()
{
    // Renaming once rewrote every field of the group from the widgets: the
    // health check's 500ms came back as 1s.
    const LabConfig lab = unusualLab();
    LabDocument document;
    document.reset(lab);
    UpstreamEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setGroup(0);
    auto *name = editor.findChild<QLineEdit *>(u"groupName"_s);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, u"renamed"_s);
    QTest::keyClick(name, Qt::Key_Return);

    LabConfig expected = lab;
    expected.upstreams[0].name = u"renamed"_s;
    expected.listeners[0].routes[0].upstream = u"renamed"_s;
    expected.listeners[1].routes[0].upstream = u"renamed"_s;
    QVERIFY2(document.lab() == expected, qPrintable(difference(document.lab(), expected)));
    QCOMPARE(document.lab().upstreams[0].healthCheck.intervalMs, 500);
    QVERIFY(document.isValid());

    // The other groups too, each with its own odd values.
    for (int g = 1; g < lab.upstreams.size(); ++g) {
        editor.setGroup(g);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u"-x"_s);
        QTest::keyClick(name, Qt::Key_Return);
        expected.upstreams[g].name += u"-x"_s;
        for (Listener &l : expected.listeners) {
            for (Route &r : l.routes) {
                if (r.upstream == lab.upstreams[g].name)
                    r.upstream = expected.upstreams[g].name;
            }
        }
        QVERIFY2(document.lab() == expected, qPrintable(u"group %1: %2"_s.arg(g).arg(difference(document.lab(), expected))));
    }
}

void tst_EditorRoundTrip::renamingThroughAnotherGroupsNameKeepsTheRoutesApart()
{
    // "api2" → backspace → "api" (another group's name) → "api3": the routes of
    // "api" stay with "api".
    LabConfig lab = unusualLab();
    lab.upstreams[1].name = u"api"_s;
    lab.upstreams[2].name = u"api2"_s;
    lab.listeners[0].routes[1].upstream = u"api"_s;
    lab.listeners[0].routes[2].upstream = u"api2"_s;
    LabDocument document;
    document.reset(lab);
    UpstreamEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setGroup(2);
    auto *name = editor.findChild<QLineEdit *>(u"groupName"_s);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!document.isValid()); // two groups named "api" for a moment
    QTest::keyClicks(name, u"3"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document.lab().upstreams[2].name, u"api3"_s);
    QCOMPARE(document.lab().listeners[0].routes[1].upstream, u"api"_s);
    QCOMPARE(document.lab().listeners[0].routes[2].upstream, u"api3"_s);
    QVERIFY(document.isValid());
}

void tst_EditorRoundTrip::listenerEditorKeepsEveryValue()
{
    const LabConfig lab = unusualLab();
    LabDocument document;
    document.reset(lab);
    ListenerEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (int i = 0; i < lab.listeners.size(); ++i) {
        editor.setListener(i);
        QTableWidget *routes = editor.routeTable();
        QCOMPARE(routes->rowCount(), int(lab.listeners[i].routes.size()));
        const int edits = document.undoStack()->count();
        for (int row = 0; row < routes->rowCount(); ++row) {
            for (int column = 0; column < routes->columnCount(); ++column) {
                QVERIFY2(commitCellUnchanged(routes, routes->model()->index(row, column)),
                         qPrintable(u"listener %1 row %2 column %3"_s.arg(i).arg(row).arg(column)));
                QVERIFY2(document.lab() == lab, qPrintable(u"listener %1 row %2 column %3: %4"_s.arg(i).arg(row).arg(column)
                                                               .arg(difference(document.lab(), lab))));
            }
        }
        QCOMPARE(document.undoStack()->count(), edits); // not even an edit that changed nothing
        QStringList fields = {u"listenerAddress"_s, u"listenerPort"_s};
        if (lab.listeners[i].maxConnections)
            fields.append(u"listenerMaxConnections"_s);
        if (!lab.listeners[i].serverNames.isEmpty())
            fields += {u"listenerServerNames"_s, u"listenerMoreListens"_s};
        for (const QString &name : fields) {
            retype(editor.findChild<QWidget *>(name));
            QVERIFY2(document.lab() == lab, qPrintable(u"listener %1 %2: %3"_s.arg(i).arg(name, difference(document.lab(), lab))));
        }
        // The line editors: their own text, committed again, is the same lab.
        for (int row = -1; row < routes->rowCount(); ++row) {
            editor.selectRoute(row);
            for (const char *name : {"listenerRewrites", "listenerHeaderLines", "routeRewrites", "routeHeaderLines"}) {
                auto *text = editor.findChild<QPlainTextEdit *>(QLatin1StringView(name));
                QVERIFY(text);
                text->setPlainText(text->toPlainText());
                QVERIFY2(document.lab() == lab, qPrintable(u"listener %1 row %2 %3: %4"_s.arg(i).arg(row).arg(QLatin1StringView(name),
                                                                                                            difference(document.lab(), lab))));
            }
        }
    }
    // A route cell changes only its part of its route.
    editor.setListener(0);
    QTableWidget *routes = editor.routeTable();
    routes->item(6, 0)->setText(u"~ \\.gif$"_s);
    LabConfig regex = lab;
    regex.listeners[0].routes[6].match = LocationMatch::Regex;
    regex.listeners[0].routes[6].location = u"\\.gif$"_s;
    QVERIFY2(document.lab() == regex, qPrintable(difference(document.lab(), regex)));
    document.undoStack()->undo();
    QVERIFY(document.lab() == lab);
    routes->item(4, 2)->setText(u"301 https://example.com/"_s);
    LabConfig expected = lab;
    expected.listeners[0].routes[4].returnStatus = 301;
    expected.listeners[0].routes[4].returnText = u"https://example.com/"_s;
    QVERIFY2(document.lab() == expected, qPrintable(difference(document.lab(), expected)));
}

void tst_EditorRoundTrip::backendDialogKeepsEveryValue()
{
    const LabConfig lab = unusualLab();
    LabDocument document;
    document.reset(lab);
    LabRunner runner; // never started: the dialog edits the lab, not a running mock
    BackendsPanel panel(&document, &runner);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int row = 0; row < lab.backends.size(); ++row) {
        panel.table()->selectRow(row);
        QTest::mouseClick(panel.findChild<QToolButton *>(u"editBackend"_s), Qt::LeftButton);
        QPointer<BackendDialog> dialog = panel.findChild<BackendDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(u"backend %1: %2"_s.arg(row).arg(dialog->fieldError(QString()))));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY2(document.lab() == lab, qPrintable(u"backend %1: %2"_s.arg(row).arg(difference(document.lab(), lab))));
    }
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_EditorRoundTrip::backendTableKeepsEveryValue()
{
    const LabConfig lab = unusualLab();
    LabDocument document;
    document.reset(lab);
    LabRunner runner;
    BackendsPanel panel(&document, &runner);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *table = panel.table();
    for (int row = 0; row < lab.backends.size(); ++row) {
        for (int column = BackendTableModel::Name; column <= BackendTableModel::Faults; ++column) {
            QVERIFY2(commitCellUnchanged(table, table->model()->index(row, column)),
                     qPrintable(u"row %1 column %2"_s.arg(row).arg(column)));
            QVERIFY2(document.lab() == lab,
                     qPrintable(u"row %1 column %2: %3"_s.arg(row).arg(column).arg(difference(document.lab(), lab))));
        }
    }
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_EditorRoundTrip::editorsTakeWhatTheRulesAllow()
{
    const LabConfig lab = unusualLab();
    LabDocument document;
    document.reset(lab);
    UpstreamEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setGroup(1);

    // fail_timeout: 7 days typed in nginx's words; milliseconds are not taken (nginx rejects them here).
    QTableView *table = editor.serverTable();
    const QModelIndex failTimeout = table->model()->index(0, ServerTableModel::FailTimeout);
    const auto typeInto = [table](const QModelIndex &index, const QString &text) {
        table->setCurrentIndex(index);
        table->edit(index);
        QPointer<QWidget> cell = table->indexWidget(index);
        QVERIFY(cell);
        QTest::keyClick(cell, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(cell, text);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(cell.isNull());
    };
    typeInto(failTimeout, u"7d"_s);
    QCOMPARE(document.lab().upstreams[1].servers[0].failTimeoutSec, LabLimits::FailTimeoutSec.max);
    typeInto(failTimeout, u"1500ms"_s);
    QCOMPARE(document.lab().upstreams[1].servers[0].failTimeoutSec, LabLimits::FailTimeoutSec.max);
    typeInto(failTimeout, u"8d"_s); // beyond the rule: not taken either
    QCOMPARE(document.lab().upstreams[1].servers[0].failTimeoutSec, LabLimits::FailTimeoutSec.max);
    typeInto(failTimeout, u"1m30s"_s);
    QCOMPARE(document.lab().upstreams[1].servers[0].failTimeoutSec, 90);

    // The health check's interval in milliseconds, down to the rule's 100ms.
    editor.setGroup(0);
    auto *interval = editor.findChild<DurationSpinBox *>(u"healthInterval"_s);
    QCOMPARE(interval->minimumMs(), qint64(LabLimits::HealthIntervalMs.min));
    QCOMPARE(interval->maximumMs(), qint64(LabLimits::HealthIntervalMs.max));
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(interval, u"250ms"_s);
    QTest::keyClick(interval, Qt::Key_Return);
    QCOMPARE(document.lab().upstreams[0].healthCheck.intervalMs, 250);
    QTest::keyClick(interval, Qt::Key_Up); // a second more
    QCOMPARE(document.lab().upstreams[0].healthCheck.intervalMs, 1250);
    QCOMPARE(interval->text(), u"1250ms"_s);

    // Every spin box of the editors has its range from the named limits.
    const auto range = [](QWidget *parent, const QString &name) {
        auto *spin = parent->findChild<QSpinBox *>(name);
        return spin ? std::pair(spin->minimum(), spin->maximum()) : std::pair(-1, -1);
    };
    QCOMPARE(range(&editor, u"keepalive"_s), std::pair(LabLimits::Keepalive.min, LabLimits::Keepalive.max));
    QCOMPARE(range(&editor, u"healthPasses"_s), std::pair(LabLimits::HealthPasses.min, LabLimits::HealthPasses.max));
    QCOMPARE(range(&editor, u"healthFails"_s), std::pair(LabLimits::HealthFails.min, LabLimits::HealthFails.max));
    ListenerEditor listener(&document);
    QCOMPARE(range(&listener, u"listenerPort"_s), std::pair(LabLimits::Port.min, LabLimits::Port.max));
    QCOMPARE(range(&listener, u"listenerMaxConnections"_s),
             std::pair(LabLimits::ListenerMaxConnections.min, LabLimits::ListenerMaxConnections.max));
    BackendDialog dialog(lab, 0);
    QCOMPARE(range(&dialog, u"status"_s), std::pair(LabLimits::HttpStatus.min, LabLimits::HttpStatus.max));
    QCOMPARE(range(&dialog, u"errorStatus"_s), std::pair(LabLimits::HttpStatus.min, LabLimits::HttpStatus.max));
    QCOMPARE(range(&dialog, u"errorEvery"_s), std::pair(LabLimits::ErrorEvery.min, LabLimits::ErrorEvery.max));
    QCOMPARE(range(&dialog, u"errorFirst"_s), std::pair(LabLimits::ErrorFirst.min, LabLimits::ErrorFirst.max));
}

QTEST_MAIN(tst_EditorRoundTrip)
#include "tst_editorroundtrip.moc"
