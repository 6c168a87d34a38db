#include "backendspanel.h"

#include "backenditemdelegate.h"
#include "dialogs/backenddialog.h"
#include "document/labdocument.h"
#include "labrunner.h"
#include "models/backendtablemodel.h"
#include "portfinder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BackendsPanel::BackendsPanel(LabDocument *document, LabRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_runner(runner)
    , m_model(new BackendTableModel(document, runner, this))
    , m_table(new QTableView)
    , m_message(new QLabel)
    , m_refresh(new QTimer(this))
{
    m_table->setObjectName(u"backendTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BackendItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BackendTableModel::Faults, QHeaderView::Stretch);
    m_message->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name, const QString &tip, auto slot) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Start"), u"startBackend"_s, tr("Start listening (stopped = connection refused)"), &BackendsPanel::startSelected);
    button(tr("Stop"), u"stopBackend"_s, tr("Stop: requests already accepted are answered, then connections are refused"), &BackendsPanel::stopSelected);
    button(tr("Pause"), u"pauseBackend"_s, tr("Pause: accept connections but answer nothing"), &BackendsPanel::pauseSelected);
    button(tr("Resume"), u"resumeBackend"_s, tr("Answer again (held requests are answered now)"), &BackendsPanel::resumeSelected);
    buttons->addSpacing(12);
    button(tr("Add"), u"addBackend"_s, tr("Add a mock backend and a server for it"), [this] { addBackends(1, 0); });
    button(tr("Add N…"), u"addBackends"_s, tr("Add several mock backends at once"), [this] {
        bool ok = false;
        const int n = QInputDialog::getInt(this, tr("Add Backends"), tr("How many mock backends?"), 5, 1, 200, 1, &ok);
        if (ok)
            addBackends(n, 0);
    });
    button(tr("Edit…"), u"editBackend"_s, tr("Every setting of the backend: response, latency, errors, faults, timeline"), &BackendsPanel::editSelected);
    button(tr("Remove"), u"removeBackend"_s, tr("Remove the mock backend"), &BackendsPanel::removeSelected);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_model, &BackendTableModel::parseError, this, [this](const QModelIndex &, const QString &message) {
        m_message->setText(u"⚠ "_s + message);
        m_message->show();
    });
    connect(document, &LabDocument::labChanged, m_message, &QLabel::hide);
    connect(runner, &LabRunner::mockCommandFinished, this, [this](const QString &, const QString &error) {
        if (error.isEmpty())
            return;
        m_message->setText(u"⚠ "_s + error);
        m_message->show();
    });
    // Double-click edits a cell in place where it can; elsewhere (state,
    // counters) it opens the whole backend.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            editSelected();
    });
    // Counters are read lock-free twice a second; never per request.
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, m_model, &BackendTableModel::refreshCounters);
    m_refresh->start();
}

int BackendsPanel::selectedRow() const
{
    return m_table->currentIndex().row();
}

void BackendsPanel::startSelected()
{
    // Asked, not waited for: the state arrives with the runner's signals.
    if (m_model->liveBackend(selectedRow()))
        m_runner->startMock(m_model->backendName(selectedRow()));
}

void BackendsPanel::stopSelected()
{
    if (m_model->liveBackend(selectedRow()))
        m_runner->stopMock(m_model->backendName(selectedRow()));
}

void BackendsPanel::pauseSelected()
{
    if (m_model->liveBackend(selectedRow()))
        m_runner->pauseMock(m_model->backendName(selectedRow()));
}

void BackendsPanel::resumeSelected()
{
    if (m_model->liveBackend(selectedRow()))
        m_runner->resumeMock(m_model->backendName(selectedRow()));
}

void BackendsPanel::addBackends(int n, int group)
{
    LabConfig lab = m_document->lab();
    // New mocks go after the lab's highest port, on ports nothing else holds.
    int port = 9001;
    QSet<quint16> taken;
    QSet<QString> names;
    const auto take = [&](const QString &address) {
        const int p = address.section(u':', -1).toInt();
        if (p > 0 && p < 65536) {
            taken.insert(quint16(p));
            port = qMax(port, p + 1);
        }
    };
    for (const MockBackendConfig &b : lab.backends) {
        take(b.listen);
        names.insert(b.name);
    }
    for (const UpstreamGroup &g : lab.upstreams) {
        for (const UpstreamServer &s : g.servers)
            take(s.address);
    }
    for (const Listener &l : lab.listeners) {
        if (l.port > 0 && l.port < 65536)
            taken.insert(quint16(l.port));
    }
    for (int i = 0; i < n; ++i) {
        quint16 free = PortFinder::firstFree(QHostAddress::LocalHost, quint16(qMin(port, 65535)), taken);
        if (free == 0)
            free = PortFinder::firstFree(QHostAddress::LocalHost, 9001, taken);
        if (free == 0) {
            m_message->setText(u"⚠ "_s + tr("No free port is left on 127.0.0.1 for another backend."));
            m_message->show();
            break;
        }
        taken.insert(free);
        port = free + 1;
        MockBackendConfig b;
        int k = int(lab.backends.size()) + 1;
        while (names.contains(u"mock%1"_s.arg(k)))
            ++k;
        b.name = u"mock%1"_s.arg(k);
        names.insert(b.name);
        b.listen = u"127.0.0.1:%1"_s.arg(free);
        lab.backends.append(b);
        if (group >= 0 && group < lab.upstreams.size())
            lab.upstreams[group].servers.append(UpstreamServer{b.name, b.listen});
    }
    const int added = int(lab.backends.size() - m_document->lab().backends.size());
    if (added > 0)
        m_document->edit(lab, added == 1 ? tr("Add backend") : tr("Add %n backend(s)", nullptr, added));
}

void BackendsPanel::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_document->lab().backends.size())
        return;
    // Window-modal but not blocking (open(), not exec()): the lab keeps
    // running and logging while the person edits.
    auto *dialog = new BackendDialog(m_document->lab(), row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        LabConfig lab = m_document->lab();
        if (dialog->row() >= lab.backends.size())
            return;
        const QString name = lab.backends[dialog->row()].name;
        lab.replaceBackend(dialog->row(), dialog->backend());
        m_document->edit(lab, tr("Edit backend %1").arg(name));
    });
    dialog->open();
}

void BackendsPanel::removeSelected()
{
    const int row = selectedRow();
    LabConfig lab = m_document->lab();
    if (row < 0 || row >= lab.backends.size())
        return;
    const QString name = lab.backends[row].name;
    lab.backends.removeAt(row);
    m_document->edit(lab, tr("Remove backend %1").arg(name));
}
