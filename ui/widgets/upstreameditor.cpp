#include "upstreameditor.h"

#include "config/lablimits.h"
#include "document/labdocument.h"
#include "durationspinbox.h"
#include "models/servertablemodel.h"
#include "serveritemdelegate.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The combo's entries: a method and its options, as nginx spells them.
struct MethodChoice {
    BalancingMethod method;
    bool consistent, two, leastConn, lastByte;
};
const MethodChoice choices[] = {
    {BalancingMethod::RoundRobin, false, false, false, false}, {BalancingMethod::LeastConn, false, false, false, false},
    {BalancingMethod::IpHash, false, false, false, false},     {BalancingMethod::Hash, false, false, false, false},
    {BalancingMethod::Hash, true, false, false, false},        {BalancingMethod::Random, false, false, false, false},
    {BalancingMethod::Random, false, true, false, false},      {BalancingMethod::Random, false, true, true, false},
    {BalancingMethod::LeastTime, false, false, false, false},  {BalancingMethod::LeastTime, false, false, false, true},
};

int choiceOf(const UpstreamGroup &g)
{
    for (int i = 0; i < int(std::size(choices)); ++i) {
        const MethodChoice &c = choices[i];
        if (c.method != g.method)
            continue;
        if ((g.method == BalancingMethod::Hash && c.consistent != g.hashConsistent)
            || (g.method == BalancingMethod::Random && (c.two != g.randomTwo || c.leastConn != g.randomLeastConn))
            || (g.method == BalancingMethod::LeastTime && c.lastByte != g.leastTimeLastByte))
            continue;
        return i;
    }
    return 0;
}

} // namespace

UpstreamEditor::UpstreamEditor(LabDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ServerTableModel(document, this))
    , m_name(new QLineEdit)
    , m_method(new QComboBox)
    , m_explanation(new QLabel)
    , m_hashKey(new QLineEdit)
    , m_keepalive(new QSpinBox)
    , m_table(new QTableView)
    , m_issue(new QLabel)
    , m_health(new QGroupBox(tr("Active health check (NGINX Plus, simulated)")))
    , m_healthInterval(new DurationSpinBox)
    , m_healthPasses(new QSpinBox)
    , m_healthFails(new QSpinBox)
    , m_healthUri(new QLineEdit)
{
    m_name->setObjectName(u"groupName"_s);
    m_method->setObjectName(u"methodCombo"_s);
    m_hashKey->setObjectName(u"hashKey"_s);
    m_table->setObjectName(u"serverTable"_s);
    m_method->addItems({tr("Round robin (weighted)"), u"least_conn"_s, u"ip_hash"_s, u"hash KEY"_s, u"hash KEY consistent"_s,
                        u"random"_s, u"random two"_s, u"random two least_conn"_s, tr("least_time header (NGINX Plus)"),
                        tr("least_time last_byte (NGINX Plus)")});
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_hashKey->setPlaceholderText(u"$request_uri"_s);
    m_hashKey->setToolTip(tr("nginx variables and text: $request_uri, $uri, $args, $arg_NAME, $http_NAME, $cookie_NAME, $remote_addr, $host"));
    m_keepalive->setRange(LabLimits::Keepalive.min, LabLimits::Keepalive.max);
    m_keepalive->setToolTip(tr("keepalive N: idle connections to the servers kept per worker (0 = none)"));
    m_issue->setWordWrap(true);
    m_issue->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_issue->hide();

    m_table->setModel(m_model);
    m_table->setItemDelegate(new ServerItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ServerTableModel::Address, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    m_health->setObjectName(u"healthCheck"_s);
    m_health->setCheckable(true);
    m_health->setToolTip(tr("Every interval each server gets GET uri; 'fails' failures in a row take it out, 'passes' passes bring "
                            "it back. Open source nginx has passive checks only (max_fails, fail_timeout); the export writes "
                            "this as a comment."));
    // Milliseconds, as the rules (interval=500ms is allowed); typed as nginx writes it.
    m_healthInterval->setObjectName(u"healthInterval"_s);
    m_healthInterval->setRangeMs(LabLimits::HealthIntervalMs.min, LabLimits::HealthIntervalMs.max);
    m_healthInterval->setKeyboardTracking(false); // typing "500ms" passes through 500 s: take it when done
    m_healthPasses->setObjectName(u"healthPasses"_s);
    m_healthPasses->setRange(LabLimits::HealthPasses.min, LabLimits::HealthPasses.max);
    m_healthFails->setObjectName(u"healthFails"_s);
    m_healthFails->setRange(LabLimits::HealthFails.min, LabLimits::HealthFails.max);
    m_healthUri->setObjectName(u"healthUri"_s);
    m_keepalive->setObjectName(u"keepalive"_s);
    // The fields show only when the check is on: the editor stays compact.
    auto *healthFields = new QWidget;
    auto *healthOuter = new QVBoxLayout(m_health);
    healthOuter->setContentsMargins(6, 2, 6, 2);
    healthOuter->addWidget(healthFields);
    healthFields->setVisible(false);
    connect(m_health, &QGroupBox::toggled, healthFields, &QWidget::setVisible);
    auto *healthForm = new QHBoxLayout(healthFields);
    healthForm->setContentsMargins(0, 0, 0, 0);
    healthForm->addWidget(new QLabel(tr("Every")));
    healthForm->addWidget(m_healthInterval);
    healthForm->addWidget(new QLabel(tr("GET")));
    healthForm->addWidget(m_healthUri, 1);
    healthForm->addWidget(new QLabel(tr("passes")));
    healthForm->addWidget(m_healthPasses);
    healthForm->addWidget(new QLabel(tr("fails")));
    healthForm->addWidget(m_healthFails);

    // Two columns: the editor stays short and the server table gets the room.
    auto *form = new QGridLayout;
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&Group:"), m_name), 0, 0);
    form->addWidget(m_name, 0, 1);
    form->addWidget(label(tr("&Keepalive:"), m_keepalive), 0, 2);
    form->addWidget(m_keepalive, 0, 3);
    form->addWidget(label(tr("&Method:"), m_method), 1, 0);
    form->addWidget(m_method, 1, 1);
    form->addWidget(label(tr("Hash ke&y:"), m_hashKey), 1, 2);
    form->addWidget(m_hashKey, 1, 3);
    form->addWidget(m_explanation, 2, 1, 1, 3);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(3, 1);

    auto *add = new QPushButton(tr("&Add Server"));
    add->setObjectName(u"addServer"_s);
    auto *remove = new QPushButton(tr("&Remove Server"));
    remove->setObjectName(u"removeServer"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_health);
    layout->addWidget(m_issue);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &UpstreamEditor::addServer);
    connect(remove, &QPushButton::clicked, this, &UpstreamEditor::removeServer);
    // Each field changes only its own value: the rest of the group stays exactly as it is.
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        editGroup(tr("Rename group"), u"group-name"_s, [this](LabConfig &lab, UpstreamGroup &g) {
            const QString oldName = g.name;
            // Routes follow a renamed group: the ones that pointed at it when the
            // typing began. Found again at each keystroke, they would pick up
            // another group's routes on the way ("api2", backspace: "api").
            if (!m_renaming) {
                m_renaming = true;
                m_renamedRoutes.clear();
                for (qsizetype i = 0; i < lab.listeners.size(); ++i) {
                    for (qsizetype j = 0; j < lab.listeners[i].routes.size(); ++j) {
                        if (lab.listeners[i].routes[j].upstream == oldName)
                            m_renamedRoutes.append({i, j});
                    }
                }
            }
            g.name = m_name->text().trimmed();
            for (const auto &[i, j] : std::as_const(m_renamedRoutes)) {
                if (i < lab.listeners.size() && j < lab.listeners[i].routes.size() && lab.listeners[i].routes[j].upstream == oldName)
                    lab.listeners[i].routes[j].upstream = g.name;
            }
        });
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] { m_renaming = false; });
    connect(m_hashKey, &QLineEdit::textEdited, this, [this] {
        editGroup(tr("Change hash key"), u"hash-key"_s, [this](LabConfig &, UpstreamGroup &g) { g.hashKey = m_hashKey->text().trimmed(); });
    });
    connect(m_keepalive, &QSpinBox::valueChanged, this, [this](int keepalive) {
        editGroup(tr("Change keepalive"), u"keepalive"_s, [keepalive](LabConfig &, UpstreamGroup &g) { g.keepalive = keepalive; });
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int index) {
        editGroup(tr("Change balancing method"), {}, [index](LabConfig &, UpstreamGroup &g) {
            const MethodChoice &c = choices[qMax(0, index)];
            g.method = c.method;
            g.hashConsistent = c.consistent;
            g.randomTwo = c.two;
            g.randomLeastConn = c.leastConn;
            g.leastTimeLastByte = c.lastByte;
            if (g.method != BalancingMethod::Hash)
                g.hashKey.clear();
            else if (g.hashKey.isEmpty())
                g.hashKey = u"$request_uri"_s;
        });
    });
    connect(m_health, &QGroupBox::toggled, this, [this](bool on) {
        editGroup(tr("Toggle health check"), {}, [on](LabConfig &, UpstreamGroup &g) { g.healthCheck.enabled = on; });
    });
    connect(m_healthInterval, &DurationSpinBox::valueChanged, this, [this](qint64 ms) {
        editGroup(tr("Change health check"), u"health"_s, [ms](LabConfig &, UpstreamGroup &g) { g.healthCheck.intervalMs = int(ms); });
    });
    connect(m_healthPasses, &QSpinBox::valueChanged, this, [this](int passes) {
        editGroup(tr("Change health check"), u"health"_s, [passes](LabConfig &, UpstreamGroup &g) { g.healthCheck.passes = passes; });
    });
    connect(m_healthFails, &QSpinBox::valueChanged, this, [this](int fails) {
        editGroup(tr("Change health check"), u"health"_s, [fails](LabConfig &, UpstreamGroup &g) { g.healthCheck.fails = fails; });
    });
    connect(m_healthUri, &QLineEdit::textEdited, this, [this] {
        editGroup(tr("Change health check URI"), u"health-uri"_s,
                  [this](LabConfig &, UpstreamGroup &g) { g.healthCheck.uri = m_healthUri->text().trimmed(); });
    });
    connect(document, &LabDocument::labChanged, this, &UpstreamEditor::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit serverSelected(m_group, current.row()); });
}

void UpstreamEditor::setGroup(int group)
{
    m_group = group;
    m_renaming = false;
    m_model->setGroup(group);
    refresh();
}

void UpstreamEditor::selectServer(int row)
{
    m_table->selectRow(row);
}

void UpstreamEditor::refresh()
{
    const LabConfig &lab = m_document->lab();
    if (m_group < 0 || m_group >= lab.upstreams.size())
        return;
    const UpstreamGroup &g = lab.upstreams[m_group];
    m_refreshing = true;
    if (m_name->text() != g.name)
        m_name->setText(g.name);
    m_method->setCurrentIndex(choiceOf(g));
    if (m_hashKey->text() != g.hashKey)
        m_hashKey->setText(g.hashKey);
    m_keepalive->setValue(g.keepalive);
    m_health->setChecked(g.healthCheck.enabled);
    m_healthInterval->setValueMs(g.healthCheck.intervalMs);
    m_healthPasses->setValue(g.healthCheck.passes);
    m_healthFails->setValue(g.healthCheck.fails);
    if (m_healthUri->text() != g.healthCheck.uri)
        m_healthUri->setText(g.healthCheck.uri);
    m_refreshing = false;

    static const char *const explanations[] = {
        QT_TR_NOOP("Each server in turn, in proportion to its weight (nginx's smooth weighted round robin)."),
        QT_TR_NOOP("The server with the fewest active connections relative to its weight; ties go round robin."),
        QT_TR_NOOP("The client's address (IPv4: first three octets) always picks the same server."),
        QT_TR_NOOP("A key (e.g. $request_uri) always picks the same server; adding a server remaps most keys."),
        QT_TR_NOOP("Ketama consistent hashing: adding or removing a server remaps only its share of keys."),
        QT_TR_NOOP("A random server, in proportion to weight."),
        QT_TR_NOOP("Two random servers; the one with fewer connections wins."),
        QT_TR_NOOP("Two random servers; the one with fewer connections wins (explicit least_conn)."),
        QT_TR_NOOP("NGINX Plus, simulated: the lowest average time to the response head × connections. Exported as least_conn."),
        QT_TR_NOOP("NGINX Plus, simulated: the lowest average time to the last byte × connections. Exported as least_conn."),
    };
    m_explanation->setText(tr(explanations[m_method->currentIndex()]));
    const bool hash = g.method == BalancingMethod::Hash;
    m_hashKey->setEnabled(hash);

    const QString path = u"upstreams[%1]"_s.arg(m_group);
    QStringList groupIssues;
    for (const ConfigIssue &issue : m_document->issues()) {
        if (issue.path.startsWith(path + u'.') && !issue.path.startsWith(path + u".servers["))
            groupIssues << issue.path.mid(path.size() + 1) + u": "_s + issue.message;
        else if (issue.path.startsWith(path + u".servers["))
            groupIssues << issue.path.mid(path.size() + 1) + u": "_s + issue.message;
    }
    m_issue->setVisible(!groupIssues.isEmpty());
    m_issue->setText(u"⚠ "_s + groupIssues.join(u"\n⚠ "_s));
    m_hashKey->setStyleSheet(m_document->issueAt(path + u".hash_key"_s).isEmpty() ? QString() : u"QLineEdit { background: #f6c8c8; }"_s);
    m_hashKey->setToolTip(m_document->issueAt(path + u".hash_key"_s));
}

void UpstreamEditor::editGroup(const QString &description, const QString &mergeKey,
                               const std::function<void(LabConfig &, UpstreamGroup &)> &change)
{
    if (m_refreshing || m_group < 0 || m_group >= m_document->lab().upstreams.size())
        return;
    LabConfig lab = m_document->lab();
    change(lab, lab.upstreams[m_group]);
    m_document->edit(lab, description, mergeKey.isEmpty() ? QString() : mergeKey + QString::number(m_group));
}

void UpstreamEditor::addServer()
{
    if (m_group < 0)
        return;
    LabConfig lab = m_document->lab();
    UpstreamGroup &g = lab.upstreams[m_group];
    UpstreamServer s;
    QSet<QString> addresses;
    QSet<QString> names;
    int port = 9001;
    for (const UpstreamServer &existing : g.servers) {
        addresses.insert(existing.address);
        names.insert(existing.name);
        port = qMax(port, existing.address.section(u':', -1).toInt() + 1);
    }
    // The lab's first mock backend that is not in the group yet is what a
    // person adding a server most likely means; otherwise the next port.
    const auto mock = std::find_if(lab.backends.cbegin(), lab.backends.cend(),
                                   [&](const MockBackendConfig &b) { return !addresses.contains(b.listen); });
    if (mock != lab.backends.cend()) {
        s.address = mock->listen;
        s.name = mock->name;
    } else {
        s.address = u"127.0.0.1:%1"_s.arg(port);
    }
    for (int k = int(g.servers.size()) + 1; s.name.isEmpty() || names.contains(s.name); ++k)
        s.name = u"server%1"_s.arg(k);
    g.servers.append(s);
    m_document->edit(lab, tr("Add server %1").arg(s.name));
    m_table->selectRow(int(g.servers.size()) - 1);
}

void UpstreamEditor::removeServer()
{
    const int row = m_table->currentIndex().row();
    if (m_group < 0 || row < 0)
        return;
    LabConfig lab = m_document->lab();
    const QString name = lab.upstreams[m_group].servers[row].name;
    lab.upstreams[m_group].servers.removeAt(row);
    m_document->edit(lab, tr("Remove server %1").arg(name));
}
