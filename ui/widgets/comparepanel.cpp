#include "comparepanel.h"

#include "methodcomparison.h"
#include "portfinder.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// A grouped bar chart: one group of bars per method, one bar per server.
class CompareChart final : public QWidget
{
    // Without Q_OBJECT, tr() would be QWidget's (context "QWidget"): lupdate files it under CompareChart.
    Q_DECLARE_TR_FUNCTIONS(CompareChart)

public:
    explicit CompareChart(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setMinimumHeight(120);
    }
    void setResults(const QStringList &servers, const QList<MethodResult> &results)
    {
        m_servers = servers;
        m_results = results;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF area = rect().adjusted(8, 8, -8, -24);
        qint64 peak = 1;
        int shown = 0;
        for (const MethodResult &r : std::as_const(m_results)) {
            if (!r.skipped.isEmpty())
                continue;
            ++shown;
            for (const QString &s : std::as_const(m_servers))
                peak = std::max(peak, r.perServer.value(s));
        }
        if (shown == 0 || m_servers.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect(), Qt::AlignCenter, tr("Run a comparison to see requests per server for each method."));
            return;
        }
        // Okabe–Ito: readable for colour-blind people too.
        static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                         QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                         QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
        const double groupWidth = area.width() / shown;
        const double barWidth = std::max(2.0, (groupWidth - 12) / double(m_servers.size()));
        int g = 0;
        for (const MethodResult &r : std::as_const(m_results)) {
            if (!r.skipped.isEmpty())
                continue;
            const double x0 = area.left() + g * groupWidth + 6;
            for (int s = 0; s < m_servers.size(); ++s) {
                const double h = area.height() * double(r.perServer.value(m_servers[s])) / double(peak);
                p.fillRect(QRectF(x0 + s * barWidth, area.bottom() - h, barWidth - 1, h), colours[s % 8]);
            }
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(x0, area.bottom() + 2, groupWidth - 12, 20), Qt::AlignHCenter | Qt::AlignTop,
                       fontMetrics().elidedText(r.spec.text, Qt::ElideRight, int(groupWidth - 12)));
            ++g;
        }
        // The legend: server colours.
        double x = area.right();
        for (int s = int(m_servers.size()) - 1; s >= 0; --s) {
            const int w = fontMetrics().horizontalAdvance(m_servers[s]) + 18;
            x -= w;
            p.fillRect(QRectF(x, area.top(), 10, 10), colours[s % 8]);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QPointF(x + 13, area.top() + 10), m_servers[s]);
        }
    }

private:
    QStringList m_servers;
    QList<MethodResult> m_results;
};

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent)
    , m_comparison(new MethodComparison(this))
    , m_group(new QComboBox)
    , m_methods(new QListWidget)
    , m_requests(new QSpinBox)
    , m_keys(new QSpinBox)
    , m_clients(new QSpinBox)
    , m_run(new QPushButton(tr("&Compare")))
    , m_export(new QPushButton(tr("Export…")))
    , m_status(new QLabel)
    , m_table(new QTableWidget)
    , m_chart(new CompareChart)
{
    setObjectName(u"comparePanel"_s);
    m_group->setObjectName(u"compareGroup"_s);
    m_methods->setObjectName(u"compareMethods"_s);
    m_run->setObjectName(u"compareRun"_s);
    const QStringList methods = {u"round_robin"_s, u"least_conn"_s, u"ip_hash"_s, u"hash:$request_uri"_s,
                                 u"hash:$request_uri:consistent"_s, u"random"_s, u"random:two"_s,
                                 u"random:two:least_conn"_s, u"least_time:header"_s, u"least_time:last_byte"_s};
    for (const QString &m : methods) {
        auto *item = new QListWidgetItem(m, m_methods);
        item->setCheckState(m.startsWith(u"least_time"_s) || m == u"random:two"_s ? Qt::Unchecked : Qt::Checked);
    }
    m_methods->setMaximumWidth(230);
    m_requests->setRange(10, 1000000);
    m_requests->setValue(3000);
    m_requests->setSingleStep(1000);
    m_keys->setRange(1, 100000);
    m_keys->setValue(100);
    m_keys->setToolTip(tr("Paths /item/key-N: what hash $request_uri hashes"));
    m_clients->setRange(1, 64516);
    m_clients->setValue(100);
    m_clients->setToolTip(tr("Client addresses: what ip_hash hashes"));
    m_export->setEnabled(false);
    m_status->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Requests:"), m_requests);
    form->addRow(tr("Keys:"), m_keys);
    form->addRow(tr("Clients:"), m_clients);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_methods, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_export);
    left->addLayout(buttons);
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(250);

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_table);
    right->addWidget(m_chart);
    auto *rightBox = new QVBoxLayout;
    rightBox->setContentsMargins(0, 0, 0, 0);
    rightBox->addWidget(m_status);
    rightBox->addWidget(right, 1);
    auto *rightWidget = new QWidget;
    rightWidget->setLayout(rightBox);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addWidget(rightWidget, 1);
    m_status->setText(tr("The same seeded traffic through a copy of the group per method, against copies of the "
                         "lab's mocks on other ports: the running lab is not touched."));

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (isRunning())
            m_comparison->stop();
        else
            run();
    });
    connect(m_export, &QPushButton::clicked, this, &ComparePanel::exportInteractively);
    connect(m_comparison, &MethodComparison::methodStarted, this, [this](int i) {
        m_status->setText(tr("Running %1 (%2 of %3)…").arg(m_comparison->results()[i].spec.text).arg(i + 1).arg(m_comparison->results().size()));
    });
    connect(m_comparison, &MethodComparison::methodFinished, this, &ComparePanel::showResults);
    connect(m_comparison, &MethodComparison::finished, this, [this] {
        m_run->setText(tr("&Compare"));
        m_export->setEnabled(!m_comparison->results().isEmpty());
        m_status->setText(m_comparison->errorText().isEmpty()
                              ? tr("Done: %n method(s) compared. Fairness: Jain's index of requests per weight (1 = even); "
                                   "keys moved: the share of keys on another server when one server is removed.",
                                   nullptr, int(m_comparison->results().size()))
                              : tr("The comparison stopped: %1").arg(m_comparison->errorText()));
        showResults();
        emit finished();
    });
}

ComparePanel::~ComparePanel() = default;

bool ComparePanel::isRunning() const
{
    return m_comparison->isRunning();
}

void ComparePanel::setLab(const LabConfig &lab, const QString &baseDirectory)
{
    m_lab = lab;
    m_baseDirectory = baseDirectory;
    const QString current = m_group->currentText();
    m_group->clear();
    for (const UpstreamGroup &g : lab.upstreams)
        m_group->addItem(g.name);
    if (const int i = m_group->findText(current); i >= 0)
        m_group->setCurrentIndex(i);
    m_run->setEnabled(!lab.upstreams.isEmpty());
}

void ComparePanel::setMethods(const QStringList &methods)
{
    if (methods.isEmpty())
        return;
    for (int i = 0; i < m_methods->count(); ++i)
        m_methods->item(i)->setCheckState(methods.contains(m_methods->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

bool ComparePanel::run()
{
    QList<MethodSpec> specs;
    for (int i = 0; i < m_methods->count(); ++i) {
        if (m_methods->item(i)->checkState() == Qt::Checked)
            specs.append(*MethodSpec::parse(m_methods->item(i)->text(), nullptr));
    }
    TrafficOptions traffic;
    traffic.requests = m_requests->value();
    traffic.keys = m_keys->value();
    traffic.clients = m_clients->value() > 1 ? m_clients->value() : 0;
    traffic.pathTemplate = "/item/{key}";
    QString error;
    if (!m_comparison->start(PortFinder::withMocksRelocated(m_lab), m_group->currentText(), specs, traffic, m_baseDirectory, &error)) {
        m_status->setText(tr("Cannot compare: %1").arg(error));
        return false;
    }
    m_run->setText(tr("Stop"));
    m_export->setEnabled(false);
    return true;
}

void ComparePanel::showResults()
{
    const QStringList servers = m_comparison->serverNames();
    QStringList headers{tr("Method")};
    headers << servers;
    headers << tr("Fairness") << tr("p50 ms") << tr("p99 ms") << tr("Errors") << tr("Retries") << tr("Keys moved");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QList<MethodResult> done;
    int rows = 0;
    for (const MethodResult &r : m_comparison->results()) {
        if (r.stats.completed() > 0 || !r.skipped.isEmpty())
            done.append(r);
    }
    m_table->setRowCount(int(done.size()));
    for (const MethodResult &r : std::as_const(done)) {
        int c = 0;
        const auto cell = [&](const QString &text, bool number = true) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(rows, c++, item);
        };
        cell(r.spec.text, false);
        if (!r.skipped.isEmpty()) {
            cell(tr("not run: %1").arg(r.skipped), false);
            m_table->setSpan(rows, 1, 1, int(headers.size()) - 1);
            ++rows;
            continue;
        }
        for (const QString &s : servers)
            cell(QString::number(r.perServer.value(s)));
        cell(QString::number(r.fairness, 'f', 3));
        cell(QString::number(double(r.stats.latency().valueAtQuantile(0.5)) / 1000.0, 'f', 2));
        cell(QString::number(double(r.stats.latency().valueAtQuantile(0.99)) / 1000.0, 'f', 2));
        cell(QString::number(r.stats.errors() + r.stats.serverErrors()));
        cell(QString::number(r.retries));
        cell(r.keysMoved < 0 ? u"–"_s : u"%1 %"_s.arg(r.keysMoved * 100.0, 0, 'f', 1));
        ++rows;
    }
    m_table->resizeColumnsToContents();
    m_chart->setResults(servers, done);
}

bool ComparePanel::exportTo(const QString &fileName, QString *error) const
{
    QByteArray data;
    if (fileName.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        data = QJsonDocument(m_comparison->toJson()).toJson();
    } else {
        // CSV: one row per method, the table's columns.
        const QStringList servers = m_comparison->serverNames();
        QStringList head{u"method"_s};
        for (const QString &s : servers)
            head << s;
        head << u"fairness"_s << u"p50_ms"_s << u"p99_ms"_s << u"errors"_s << u"retries"_s << u"keys_moved"_s << u"skipped"_s;
        data = head.join(u',').toUtf8() + '\n';
        for (const MethodResult &r : m_comparison->results()) {
            QStringList row{u"\""_s + r.spec.text + u"\""_s};
            for (const QString &s : servers)
                row << QString::number(r.perServer.value(s));
            row << QString::number(r.fairness, 'f', 4) << QString::number(double(r.stats.latency().valueAtQuantile(0.5)) / 1000.0, 'f', 3)
                << QString::number(double(r.stats.latency().valueAtQuantile(0.99)) / 1000.0, 'f', 3)
                << QString::number(r.stats.errors() + r.stats.serverErrors()) << QString::number(r.retries)
                << (r.keysMoved < 0 ? QString() : QString::number(r.keysMoved, 'f', 4))
                << (r.skipped.isEmpty() ? QString() : u"\""_s + QString(r.skipped).replace(u'"', u"\"\""_s) + u"\""_s);
            data += row.join(u',').toUtf8() + '\n';
        }
    }
    QSaveFile f(fileName);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void ComparePanel::exportInteractively()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Comparison"), u"comparison.csv"_s,
                                                          tr("CSV files (*.csv);;JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error))
        QMessageBox::warning(this, tr("Export Comparison"), tr("Cannot write %1: %2").arg(fileName, error));
}
