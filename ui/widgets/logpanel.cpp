#include "logpanel.h"

#include "config/labconfig.h"
#include "engine/decisiontext.h"
#include "models/requestfiltermodel.h"
#include "models/requestlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}
} // namespace

LogPanel::LogPanel(RequestLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_filter(new RequestFilterModel(log, this))
    , m_view(new QTableView)
    , m_text(new QLineEdit)
    , m_status(new QComboBox)
    , m_server(new QComboBox)
    , m_follow(new QCheckBox(tr("&Follow")))
    , m_details(new QTextBrowser)
{
    m_view->setObjectName(u"logView"_s);
    m_text->setObjectName(u"logFilter"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_server->setObjectName(u"serverFilter"_s);
    m_details->setObjectName(u"requestDetails"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights keep the view virtual: no per-row size queries.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(RequestLogModel::Uri, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(RequestLogModel::Time, 100);
    m_view->setColumnWidth(RequestLogModel::Client, 130);
    m_view->setColumnWidth(RequestLogModel::Method, 60);
    m_view->setColumnWidth(RequestLogModel::Status, 55);
    m_view->setColumnWidth(RequestLogModel::Upstream, 90);
    m_view->setColumnWidth(RequestLogModel::Tries, 170);
    m_view->setColumnWidth(RequestLogModel::Duration, 80);

    m_text->setPlaceholderText(tr("Filter: URI, client, server, status…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(180);
    m_status->addItems({tr("All statuses"), tr("2xx"), tr("3xx"), tr("4xx"), tr("5xx"), tr("Errors and retries")});
    m_server->addItem(tr("All servers"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Scroll to the newest request as it arrives"));
    m_details->setPlaceholderText(tr("Select a request to see its headers, timings and attempts."));

    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    clear->setObjectName(u"clearLog"_s);
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export CSV…"));
    exportButton->setObjectName(u"exportCsv"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_server);
    bar->addWidget(m_follow);
    bar->addWidget(clear);
    bar->addWidget(exportButton);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 90});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_text, &QLineEdit::textChanged, m_filter, &RequestFilterModel::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setStatusFilter(RequestFilterModel::StatusFilter(i)); });
    connect(m_server, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setServer(i <= 0 ? QString() : m_server->itemText(i)); });
    connect(clear, &QToolButton::clicked, m_log, &RequestLogModel::clear);
    connect(exportButton, &QToolButton::clicked, this, &LogPanel::exportCsvInteractively);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogPanel::showDetails);
    // One scroll per batch (the model inserts a batch at once).
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });
}

void LogPanel::setServers(const LabConfig &lab)
{
    const QString current = m_server->currentIndex() > 0 ? m_server->currentText() : QString();
    QStringList names;
    for (const UpstreamGroup &g : lab.upstreams) {
        for (const UpstreamServer &s : g.servers) {
            if (!names.contains(s.name))
                names << s.name;
        }
    }
    m_server->blockSignals(true);
    m_server->clear();
    m_server->addItem(tr("All servers"));
    m_server->addItems(names);
    const int index = m_server->findText(current);
    m_server->setCurrentIndex(qMax(0, index));
    m_server->blockSignals(false);
    if (index < 0 && !current.isEmpty())
        m_filter->setServer({});
}

void LogPanel::showDetails()
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const RequestRecord &r = m_log->record(index.row());
    QString html;
    html += u"<p><b>%1 %2</b> → <b>%3</b> %4 · %5 ms · %6</p>"_s.arg(
        QString::fromLatin1(r.method).toHtmlEscaped(), QString::fromLatin1(r.uri).toHtmlEscaped(), QString::number(r.status),
        r.error.toHtmlEscaped(), QString::number(r.durationUs / 1000.0, 'f', 2), r.client.toHtmlEscaped());
    if (!r.stricterThanNginx.isEmpty()) // engine text, like nginx's error log (not translated)
        html += u"<p style='color:#8a5a00'>"_s + r.stricterThanNginx.toHtmlEscaped() + u"</p>"_s;
    // Counts past INT_MAX only choose the plural form; the number itself is exact.
    const auto bytes = [](qint64 n) { return tr("%1 byte(s)", nullptr, int(std::min<qint64>(n, INT_MAX))).arg(n); };
    //: %3 and %4 are "N byte(s)".
    html += u"<p>"_s + tr("Started %1 · upstream group <b>%2</b> · %3 in, %4 out")
                           .arg(QDateTime::fromMSecsSinceEpoch(r.startMs).toString(u"HH:mm:ss.zzz"_s), r.upstream.toHtmlEscaped(),
                                bytes(r.bytesIn), bytes(r.bytesOut))
        + u"</p>"_s;
    html += u"<table border=0 cellspacing=0 cellpadding=2><tr><th align=left>#</th><th align=left>"_s + tr("Server")
        + u"</th><th align=left>"_s + tr("Address") + u"</th><th align=left>"_s + tr("Outcome") + u"</th><th align=left>"_s
        + tr("Status") + u"</th><th align=right>"_s + tr("Time") + u"</th></tr>"_s;
    for (int i = 0; i < r.attempts.size(); ++i) {
        const UpstreamAttempt &a = r.attempts[i];
        const bool ok = a.outcome == UpstreamAttempt::Outcome::Ok;
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td style='color:%4'>%5</td><td>%6</td><td align=right>%7 ms</td></tr>"_s.arg(
            QString::number(i + 1), a.server.toHtmlEscaped(), a.address.toHtmlEscaped(), ok ? u"#2e7d32"_s : u"#c62828"_s,
            UpstreamAttempt::outcomeText(a.outcome).toHtmlEscaped(), a.status ? QString::number(a.status) : u"–"_s,
            QString::number(a.durationUs / 1000.0, 'f', 2));
    }
    html += u"</table>"_s;
    html += whyThisServer(r);
    const QByteArray received = receivedRequest(r);
    if (!received.isEmpty())
        html += requestsSideBySide(r.requestHead, received, r.attempts.isEmpty() ? QString() : r.attempts.last().server);
    else if (!r.requestHead.isEmpty())
        html += u"<p><b>"_s + tr("Request headers") + u"</b></p><pre>"_s + QString::fromLatin1(r.requestHead).toHtmlEscaped() + u"</pre>"_s;
    if (r.requestHead.isEmpty() && r.responseHead.isEmpty())
        html += u"<p><i>"_s + tr("Headers are kept for the newest %n request(s).", nullptr, RequestLogModel::HeadersKept) + u"</i></p>"_s;
    if (!r.responseHead.isEmpty()) {
        QString head = QString::fromLatin1(r.responseHead);
        if (!received.isEmpty()) {
            // The echo is shown decoded above; its base64 would only be noise here.
            const QString name = QString::fromLatin1(MockBehaviour::ReceivedRequestHeader) + u':';
            const qsizetype at = head.indexOf(name, 0, Qt::CaseInsensitive);
            const qsizetype end = at < 0 ? -1 : head.indexOf(u"\r\n"_s, at);
            if (end > at)
                head.replace(at + name.size(), end - at - name.size(), u' ' + tr("(shown above, decoded)"));
        }
        html += u"<p><b>"_s + tr("Response headers (to the client)") + u"</b></p><pre>"_s + head.toHtmlEscaped() + u"</pre>"_s;
    }
    m_details->setHtml(html);
    emit requestInspected();
}

QByteArray LogPanel::receivedRequest(const RequestRecord &r)
{
    const QByteArray name = QByteArray(QByteArray(MockBehaviour::ReceivedRequestHeader).toLower() + ':');
    for (const QByteArray &line : r.responseHead.split('\n')) {
        if (line.toLower().startsWith(name))
            return QByteArray::fromBase64(line.mid(name.size()).trimmed());
    }
    return {};
}

QString LogPanel::requestsSideBySide(const QByteArray &sent, const QByteArray &received, const QString &server)
{
    // Lines only one side has are marked: what the proxy added or changed, and what it dropped.
    const auto lines = [](const QByteArray &head) {
        QList<QByteArray> out;
        for (const QByteArray &line : head.split('\n')) {
            if (!line.trimmed().isEmpty())
                out.append(line.endsWith('\r') ? line.chopped(1) : line);
        }
        return out;
    };
    const QList<QByteArray> client = lines(sent);
    const QList<QByteArray> backend = lines(received);
    // A field's name ("host"); the request line has none.
    const auto nameOf = [](const QByteArray &line) {
        const qsizetype colon = line.indexOf(':');
        return colon > 0 && !line.left(colon).contains(' ') ? line.left(colon).trimmed().toLower() : QByteArray();
    };
    QSet<QByteArray> backendNames;
    for (const QByteArray &l : backend)
        backendNames.insert(nameOf(l));
    const auto line = [](const QByteArray &text, const QString &style) -> QString {
        const QString escaped = QString::fromLatin1(text).toHtmlEscaped();
        return (style.isEmpty() ? escaped : u"<span style='%1'>%2</span>"_s.arg(style, escaped)) + u'\n';
    };
    // The client's side: what the proxy changed is grey, what it did not pass on is struck out.
    QString sentColumn = u"<pre>"_s;
    for (const QByteArray &l : client) {
        const bool kept = backend.contains(l);
        const bool changed = !kept && backendNames.contains(nameOf(l));
        sentColumn += line(l, kept ? QString() : changed ? u"color:#888888"_s : u"color:#888888; text-decoration:line-through"_s);
    }
    sentColumn += u"</pre>"_s;
    // The backend's side: what the proxy set or changed is blue.
    QString receivedColumn = u"<pre>"_s;
    for (const QByteArray &l : backend) {
        const bool same = client.contains(l);
        receivedColumn += line(l, same ? QString() : u"color:#1565c0; font-weight:bold"_s);
    }
    receivedColumn += u"</pre>"_s;
    QString html = u"<table border=0 cellspacing=0 cellpadding=4><tr><th align=left>"_s + tr("As the client sent it")
        + u"</th><th align=left>"_s
        + (server.isEmpty() ? tr("As the backend received it") : tr("As %1 received it").arg(server.toHtmlEscaped()))
        + u"</th></tr><tr><td valign=top>"_s + sentColumn + u"</td><td valign=top>"_s + receivedColumn + u"</td></tr></table>"_s;
    html += u"<p><i>"_s
        + tr("Blue: set or changed by the proxy (Host, X-Real-IP, X-Forwarded-For, the URI after proxy_pass); grey: "
             "what it changed; struck out: not passed on (hop-by-hop fields such as Connection).")
        + u"</i></p>"_s;
    return html;
}

QString LogPanel::whyThisServer(const RequestRecord &r)
{
    if (r.upstream.isEmpty())
        return {};
    QString html = u"<p><b>"_s + tr("Why this server") + u"</b></p>"_s;
    const QString chain = DecisionText::chain(r);
    if (!chain.isEmpty())
        html += u"<p>"_s + chain.toHtmlEscaped() + u"</p>"_s;
    // What each proxy_next_upstream condition in the chain means.
    if (const quint32 retried = DecisionText::retriedUnder(r)) {
        html += u"<ul>"_s;
        for (const NextUpstreamConditions::Condition &c : NextUpstreamConditions::all()) {
            if (retried & c.flag)
                html += u"<li>"_s
                    + tr("next_upstream %1: %2").arg(QString(c.name), NextUpstreamConditions::description(c.flag)).toHtmlEscaped()
                    + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    if (!r.hasDecisions())
        return html + u"<p><i>"_s + tr("Decisions are kept for the newest %n request(s).", nullptr, RequestLogModel::HeadersKept)
            + u"</i></p>"_s;
    int pick = 0;
    auto addPick = [&](const PickDecision &d, const QString &server) {
        ++pick;
        html += u"<p>"_s
            + (server.isEmpty() ? tr("Pick %1").arg(pick) : tr("Pick %1: %2").arg(pick).arg(server)).toHtmlEscaped()
            + u"</p><ul>"_s;
        for (const QString &line : DecisionText::lines(d))
            html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    };
    for (const UpstreamAttempt &a : r.attempts) {
        if (a.decision)
            addPick(*a.decision, a.server);
    }
    if (r.failedPick)
        addPick(*r.failedPick, {});
    return html;
}

bool LogPanel::exportCsv(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QByteArray out = "time,client,method,uri,status,upstream,server,tries,duration_ms,error\n";
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const RequestRecord &r = m_log->record(m_filter->mapToSource(m_filter->index(row, 0)).row());
        const QStringList fields{QDateTime::fromMSecsSinceEpoch(r.startMs).toString(Qt::ISODateWithMs),
                                 r.client,
                                 QString::fromLatin1(r.method),
                                 QString::fromLatin1(r.uri),
                                 QString::number(r.status),
                                 r.upstream,
                                 r.attempts.isEmpty() ? QString() : r.attempts.last().server,
                                 r.triesText(),
                                 QString::number(r.durationUs / 1000.0, 'f', 3),
                                 r.error};
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out += escaped.join(u',').toUtf8() + '\n';
    }
    file.write(out);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void LogPanel::exportCsvInteractively()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Request Log"), u"requests.csv"_s, tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, &error))
        QMessageBox::warning(this, tr("Export Request Log"), tr("Cannot write %1: %2").arg(fileName, error));
}
