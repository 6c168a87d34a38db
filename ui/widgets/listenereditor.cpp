#include "listenereditor.h"

#include "config/directivesyntax.h"
#include "config/lablimits.h"
#include "document/labdocument.h"

#include <QCheckBox>
#include <QPlainTextEdit>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ListenerEditor::ListenerEditor(LabDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_address(new QLineEdit)
    , m_port(new QSpinBox)
    , m_maxConnections(new QSpinBox)
    , m_defaultServer(new QCheckBox(tr("default_server: answers hosts no block names")))
    , m_serverNames(new QLineEdit)
    , m_moreListens(new QLineEdit)
    , m_rewrites(new QPlainTextEdit)
    , m_headerLines(new QPlainTextEdit)
    , m_routes(new QTableWidget(0, 3))
    , m_routeTitle(new QLabel)
    , m_routeRewrites(new QPlainTextEdit)
    , m_routeHeaderLines(new QPlainTextEdit)
    , m_namesIssue(new QLabel)
    , m_listensIssue(new QLabel)
    , m_rewritesIssue(new QLabel)
    , m_headersIssue(new QLabel)
    , m_routeIssue(new QLabel)
    , m_issue(new QLabel)
{
    m_address->setObjectName(u"listenerAddress"_s);
    m_port->setObjectName(u"listenerPort"_s);
    m_port->setRange(LabLimits::Port.min, LabLimits::Port.max);
    m_port->setSpecialValueText(tr("any free port"));
    m_maxConnections->setObjectName(u"listenerMaxConnections"_s);
    m_maxConnections->setRange(LabLimits::ListenerMaxConnections.min, LabLimits::ListenerMaxConnections.max);
    m_maxConnections->setSpecialValueText(tr("no limit"));
    m_maxConnections->setToolTip(tr("Client connections open at once; past it a 503 and close (0 = no limit)"));
    m_address->setToolTip(tr("127.0.0.1 keeps the lab private to this machine"));
    m_routes->setHorizontalHeaderLabels({tr("Location"), tr("Upstream group"), tr("Or return")});
    m_routes->horizontalHeaderItem(0)->setToolTip(tr("A path prefix such as /api/; \"= /path\" for that path only "
                                                     "(checked first); \"^~ /prefix\" (no regex after it); \"~ regex\" "
                                                     "or \"~* regex\" (caseless), tried in order after the longest prefix"));
    m_routes->horizontalHeaderItem(1)->setToolTip(tr("The group to proxy to; \"group/uri/\" replaces the matched location "
                                                     "with /uri/, like proxy_pass http://group/uri/"));
    m_routes->horizontalHeaderItem(2)->setToolTip(tr("Answer here instead of proxying, like nginx's return: "
                                                     "\"200 ok\", \"404\", \"301 https://example.org/\", \"444\" (close)"));
    m_routes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_routes->verticalHeader()->hide();
    m_defaultServer->setObjectName(u"listenerDefaultServer"_s);
    m_serverNames->setObjectName(u"listenerServerNames"_s);
    m_serverNames->setPlaceholderText(tr("none: the block for requests without a host"));
    m_serverNames->setToolTip(tr("nginx's server_name: example.org *.example.org www.example.* ~^img(\\d+)\\.test$ "
                                 "(exact, then the longest wildcard, then regexes in order)"));
    m_moreListens->setObjectName(u"listenerMoreListens"_s);
    m_moreListens->setPlaceholderText(tr("[::1]:8080, 127.0.0.2:8080 default_server"));
    m_moreListens->setToolTip(tr("More listen lines of this server block, comma-separated"));
    m_rewrites->setObjectName(u"listenerRewrites"_s);
    m_routeRewrites->setObjectName(u"routeRewrites"_s);
    for (QPlainTextEdit *edit : {m_rewrites, m_routeRewrites}) {
        edit->setPlaceholderText(tr("^/old/(.*)$ /new/$1 permanent"));
        edit->setToolTip(tr("One rewrite per line: REGEX REPLACEMENT [last|break|redirect|permanent]"));
    }
    m_headerLines->setObjectName(u"listenerHeaderLines"_s);
    m_routeHeaderLines->setObjectName(u"routeHeaderLines"_s);
    for (QPlainTextEdit *edit : {m_headerLines, m_routeHeaderLines}) {
        edit->setPlaceholderText(tr("proxy_set_header Host $host\nadd_header X-Frame-Options DENY always"));
        edit->setToolTip(tr("proxy_set_header, add_header [always], proxy_hide_header, proxy_pass_header and proxy_redirect, "
                            "one per line. A level that sets any line of a kind replaces that kind from above "
                            "(the http level, written in the lab file or nginx.conf; this server; the location), as in nginx"));
    }
    for (QPlainTextEdit *edit : {m_rewrites, m_headerLines, m_routeRewrites, m_routeHeaderLines}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    }
    for (QLabel *label : {m_issue, m_namesIssue, m_listensIssue, m_rewritesIssue, m_headersIssue, m_routeIssue}) {
        label->setStyleSheet(u"QLabel { color: #c62828; }"_s);
        label->setWordWrap(true);
        label->hide();
    }
    m_namesIssue->setObjectName(u"serverNamesIssue"_s);
    m_rewritesIssue->setObjectName(u"rewritesIssue"_s);
    m_headersIssue->setObjectName(u"headerLinesIssue"_s);
    m_routeIssue->setObjectName(u"routeIssue"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_defaultServer);
    form->addRow(tr("Also &listen:"), m_moreListens);
    form->addRow(QString(), m_listensIssue);
    form->addRow(tr("Server &names:"), m_serverNames);
    form->addRow(QString(), m_namesIssue);
    form->addRow(tr("Max &connections:"), m_maxConnections);
    form->addRow(tr("Server &rewrites:"), m_rewrites);
    form->addRow(QString(), m_rewritesIssue);
    form->addRow(tr("Server &header lines:"), m_headerLines);
    form->addRow(QString(), m_headersIssue);
    auto *routeForm = new QFormLayout;
    routeForm->addRow(m_routeTitle);
    routeForm->addRow(tr("Location r&ewrites:"), m_routeRewrites);
    routeForm->addRow(tr("Location header l&ines:"), m_routeHeaderLines);
    routeForm->addRow(m_routeIssue);
    auto *add = new QPushButton(tr("Add Route"));
    auto *remove = new QPushButton(tr("Remove Route"));
    add->setObjectName(u"addRoute"_s);
    remove->setObjectName(u"removeRoute"_s);
    m_routes->setObjectName(u"routeTable"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addWidget(m_routes, 1);
    layout->addLayout(buttons);
    layout->addLayout(routeForm);

    // Each field changes only its own value; a route cell only its part of that route.
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &text) {
        editListener(tr("Change listener address"), u"listener-address"_s, [text](Listener &l) { l.address = text.trimmed(); });
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        editListener(tr("Change listener port"), u"listener-port"_s, [port](Listener &l) { l.port = port; });
    });
    connect(m_defaultServer, &QCheckBox::toggled, this, [this](bool on) {
        editListener(tr("Change default server"), u"listener-default"_s, [on](Listener &l) { l.defaultServer = on; });
    });
    connect(m_serverNames, &QLineEdit::textEdited, this, [this](const QString &text) {
        editListener(tr("Change server names"), u"listener-names"_s,
                     [text](Listener &l) { l.serverNames = DirectiveSyntax::serverNamesFromText(text); });
    });
    connect(m_moreListens, &QLineEdit::textEdited, this, [this](const QString &text) {
        editListener(tr("Change listens"), u"listener-listens"_s,
                     [text](Listener &l) { l.moreListens = DirectiveSyntax::listensFromText(text); });
    });
    connect(m_rewrites, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_rewrites->toPlainText();
        editListener(tr("Change server rewrites"), u"listener-rewrites"_s,
                     [text](Listener &l) { l.rewrites = DirectiveSyntax::rewritesFromText(text); });
    });
    connect(m_headerLines, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_headerLines->toPlainText();
        editListener(tr("Change server header lines"), u"listener-headers"_s,
                     [text](Listener &l) { l.headers = DirectiveSyntax::headerRulesFromText(text); });
    });
    connect(m_routeRewrites, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_routeRewrites->toPlainText();
        editRoute(tr("Change location rewrites"), u"route-rewrites"_s,
                  [text](Route &r) { r.rewrites = DirectiveSyntax::rewritesFromText(text); });
    });
    connect(m_routeHeaderLines, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_routeHeaderLines->toPlainText();
        editRoute(tr("Change location header lines"), u"route-headers"_s,
                  [text](Route &r) { r.headers = DirectiveSyntax::headerRulesFromText(text); });
    });
    connect(m_routes, &QTableWidget::currentCellChanged, this, [this](int row) { selectRoute(row); });
    connect(m_maxConnections, &QSpinBox::valueChanged, this, [this](int connections) {
        editListener(tr("Change listener connection limit"), u"listener-max-connections"_s,
                     [connections](Listener &l) { l.maxConnections = connections; });
    });
    connect(m_routes, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const int row = item->row();
        const int column = item->column();
        const QString text = item->text().trimmed();
        editListener(tr("Change route"), u"route"_s, [=](Listener &l) {
            if (row >= 0 && row < l.routes.size())
                setRouteCell(l.routes[row], column, text);
        });
    });
    connect(add, &QPushButton::clicked, this, [this] {
        LabConfig lab = m_document->lab();
        if (m_index < 0 || m_index >= lab.listeners.size())
            return;
        lab.listeners[m_index].routes.append(Route::proxyTo(u"/new/"_s, lab.upstreams.isEmpty() ? QString() : lab.upstreams.first().name));
        m_document->edit(lab, tr("Add route"));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        LabConfig lab = m_document->lab();
        const int row = m_routes->currentRow();
        if (m_index < 0 || m_index >= lab.listeners.size() || row < 0 || row >= lab.listeners[m_index].routes.size())
            return;
        lab.listeners[m_index].routes.removeAt(row);
        m_document->edit(lab, tr("Remove route"));
    });
    connect(document, &LabDocument::labChanged, this, &ListenerEditor::refresh);
}

void ListenerEditor::setListener(int index)
{
    m_index = index;
    refresh();
}

void ListenerEditor::refresh()
{
    const LabConfig &lab = m_document->lab();
    if (m_index < 0 || m_index >= lab.listeners.size())
        return;
    const Listener &l = lab.listeners[m_index];
    m_refreshing = true;
    if (m_address->text() != l.address)
        m_address->setText(l.address);
    m_port->setValue(l.port);
    m_maxConnections->setValue(l.maxConnections);
    m_defaultServer->setChecked(l.defaultServer);
    // Text being typed stays as typed while it means what the lab holds.
    if (DirectiveSyntax::serverNamesFromText(m_serverNames->text()) != l.serverNames)
        m_serverNames->setText(DirectiveSyntax::serverNames(l.serverNames));
    if (DirectiveSyntax::listensFromText(m_moreListens->text()) != l.moreListens)
        m_moreListens->setText(DirectiveSyntax::listens(l.moreListens));
    if (DirectiveSyntax::rewritesFromText(m_rewrites->toPlainText()) != l.rewrites)
        m_rewrites->setPlainText(DirectiveSyntax::rewrites(l.rewrites));
    if (!(DirectiveSyntax::headerRulesFromText(m_headerLines->toPlainText()) == l.headers))
        m_headerLines->setPlainText(DirectiveSyntax::headerRules(l.headers));
    m_routes->setRowCount(int(l.routes.size()));
    for (int i = 0; i < l.routes.size(); ++i) {
        const Route &r = l.routes[i];
        m_routes->setItem(i, 0, new QTableWidgetItem(r.nginxLocation()));
        m_routes->setItem(i, 1, new QTableWidgetItem(r.upstream + r.proxyUri));
        const QString returned = r.returnStatus != 0 ? QString(QString::number(r.returnStatus) + u' ' + r.returnText).trimmed() : QString();
        m_routes->setItem(i, 2, new QTableWidgetItem(returned));
    }
    if (m_route >= l.routes.size())
        m_route = int(l.routes.size()) - 1;
    m_refreshing = false;
    selectRoute(m_route);
    const QString path = u"listeners[%1]"_s.arg(m_index);
    QStringList rewriteErrors;
    DirectiveSyntax::rewritesFromText(m_rewrites->toPlainText(), &rewriteErrors);
    QStringList headerErrors;
    DirectiveSyntax::headerRulesFromText(m_headerLines->toPlainText(), &headerErrors);
    showIssue(m_namesIssue, path + u".server_name"_s);
    showIssue(m_listensIssue, path + u".also_listen"_s);
    showIssue(m_rewritesIssue, path + u".rewrite"_s, rewriteErrors);
    QString headerIssue;
    for (const QString &key : {u"proxy_set_header"_s, u"add_header"_s, u"proxy_hide_header"_s, u"proxy_pass_header"_s,
                               u"proxy_redirect"_s}) {
        if (headerIssue.isEmpty())
            headerIssue = m_document->issueAt(path + u'.' + key, true);
    }
    headerErrors.append(headerIssue);
    headerErrors.removeAll(QString());
    m_headersIssue->setVisible(!headerErrors.isEmpty());
    m_headersIssue->setText(u"⚠ "_s + headerErrors.join(u'\n'));
    const QString issue = m_document->issueAt(path, true);
    m_issue->setVisible(!issue.isEmpty());
    m_issue->setText(u"⚠ "_s + issue);
}

void ListenerEditor::showIssue(QLabel *label, const QString &path, const QStringList &syntaxErrors)
{
    QStringList lines = syntaxErrors;
    const QString issue = m_document->issueAt(path, true);
    if (!issue.isEmpty())
        lines.append(issue);
    label->setVisible(!lines.isEmpty());
    label->setText(u"⚠ "_s + lines.join(u'\n'));
}

void ListenerEditor::selectRoute(int row)
{
    const LabConfig &lab = m_document->lab();
    const bool valid = m_index >= 0 && m_index < lab.listeners.size() && row >= 0 && row < lab.listeners[m_index].routes.size();
    m_route = valid ? row : -1;
    m_routeRewrites->setEnabled(valid);
    m_routeHeaderLines->setEnabled(valid);
    const QScopedValueRollback guard(m_refreshing, true);
    if (!valid) {
        m_routeTitle->setText(tr("Select a location to edit its rewrites and header lines."));
        m_routeRewrites->clear();
        m_routeHeaderLines->clear();
        m_routeIssue->hide();
        return;
    }
    const Route &r = lab.listeners[m_index].routes[row];
    m_routeTitle->setText(tr("location %1").arg(r.nginxLocation()));
    if (DirectiveSyntax::rewritesFromText(m_routeRewrites->toPlainText()) != r.rewrites)
        m_routeRewrites->setPlainText(DirectiveSyntax::rewrites(r.rewrites));
    if (!(DirectiveSyntax::headerRulesFromText(m_routeHeaderLines->toPlainText()) == r.headers))
        m_routeHeaderLines->setPlainText(DirectiveSyntax::headerRules(r.headers));
    QStringList errors;
    DirectiveSyntax::rewritesFromText(m_routeRewrites->toPlainText(), &errors);
    DirectiveSyntax::headerRulesFromText(m_routeHeaderLines->toPlainText(), &errors);
    showIssue(m_routeIssue, u"listeners[%1].routes[%2]"_s.arg(m_index).arg(row), errors);
}

void ListenerEditor::editRoute(const QString &description, const QString &mergeKey, const std::function<void(Route &)> &change)
{
    const int row = m_route;
    editListener(description, mergeKey + QString::number(row) + u'-', [row, change](Listener &l) {
        if (row >= 0 && row < l.routes.size())
            change(l.routes[row]);
    });
}

void ListenerEditor::editListener(const QString &description, const QString &mergeKey, const std::function<void(Listener &)> &change)
{
    LabConfig lab = m_document->lab();
    if (m_refreshing || m_index < 0 || m_index >= lab.listeners.size())
        return;
    change(lab.listeners[m_index]);
    m_document->edit(lab, description, mergeKey + QString::number(m_index));
}

void ListenerEditor::setRouteCell(Route &r, int column, const QString &text)
{
    switch (column) {
    case 0:
    {
        // nginx's spelling: "= /path", "^~ /prefix", "~ regex", "~* regex".
        const std::optional<LocationMatch> match = Route::matchFromModifier(text.section(u' ', 0, 0));
        if (match && *match != LocationMatch::Prefix && text.contains(u' ')) {
            r.match = *match;
            r.location = text.section(u' ', 1).trimmed();
        } else {
            r.match = LocationMatch::Prefix;
            r.location = text;
        }
        break;
    }
    case 1: {
        // "group" or "group/uri", as after proxy_pass http://
        const qsizetype slash = text.indexOf(u'/');
        r.upstream = slash < 0 ? text : text.left(slash);
        r.proxyUri = slash < 0 ? QString() : text.mid(slash);
        break;
    }
    case 2: {
        // "CODE [TEXT]"; a code that is not a number is kept as -1, which
        // the lab's rules report at the field.
        const QString code = text.section(u' ', 0, 0);
        bool ok = false;
        const int status = code.toInt(&ok);
        const int before = r.returnStatus;
        r.returnStatus = text.isEmpty() ? 0 : ok && status > 0 ? status : -1;
        r.returnText = text.section(u' ', 1).trimmed();
        if (r.returnStatus > 0 && before <= 0)
            r.upstream.clear(); // it answers now instead of proxying
        break;
    }
    default:
        break;
    }
}
