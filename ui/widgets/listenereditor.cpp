#include "listenereditor.h"

#include "config/lablimits.h"
#include "document/labdocument.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    , m_routes(new QTableWidget(0, 3))
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
    m_routes->horizontalHeaderItem(0)->setToolTip(tr("A path prefix such as /api/, or \"= /path\" for that path only "
                                                     "(checked first, as in nginx)"));
    m_routes->horizontalHeaderItem(1)->setToolTip(tr("The group to proxy to; \"group/uri/\" replaces the matched location "
                                                     "with /uri/, like proxy_pass http://group/uri/"));
    m_routes->horizontalHeaderItem(2)->setToolTip(tr("Answer here instead of proxying, like nginx's return: "
                                                     "\"200 ok\", \"404\", \"301 https://example.org/\", \"444\" (close)"));
    m_routes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_routes->verticalHeader()->hide();
    m_issue->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_issue->setWordWrap(true);
    m_issue->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Max &connections:"), m_maxConnections);
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

    // Each field changes only its own value; a route cell only its part of that route.
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &text) {
        editListener(tr("Change listener address"), u"listener-address"_s, [text](Listener &l) { l.address = text.trimmed(); });
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        editListener(tr("Change listener port"), u"listener-port"_s, [port](Listener &l) { l.port = port; });
    });
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
    m_routes->setRowCount(int(l.routes.size()));
    for (int i = 0; i < l.routes.size(); ++i) {
        const Route &r = l.routes[i];
        m_routes->setItem(i, 0, new QTableWidgetItem(r.nginxLocation()));
        m_routes->setItem(i, 1, new QTableWidgetItem(r.upstream + r.proxyUri));
        const QString returned = r.returnStatus != 0 ? QString(QString::number(r.returnStatus) + u' ' + r.returnText).trimmed() : QString();
        m_routes->setItem(i, 2, new QTableWidgetItem(returned));
    }
    m_refreshing = false;
    const QString issue = m_document->issueAt(u"listeners[%1]"_s.arg(m_index), true);
    m_issue->setVisible(!issue.isEmpty());
    m_issue->setText(u"⚠ "_s + issue);
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
        // nginx's spelling: "= /path" is an exact location.
        r.exact = text.startsWith(u'=');
        r.location = r.exact ? text.mid(1).trimmed() : text;
        break;
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
