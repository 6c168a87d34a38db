#include "backenddialog.h"

#include "config/labvalidator.h"
#include "config/mockbehaviour.h"
#include "config/units.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum BodyKind { DefaultBody, TextBody, FileBody, FillerBody };

QSpinBox *spinBox(const LabRange<int> &range, const QString &specialText = {})
{
    auto *spin = new QSpinBox;
    spin->setRange(range.min, range.max);
    spin->setSpecialValueText(specialText);
    return spin;
}

QPlainTextEdit *lines(const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

} // namespace

BackendDialog::BackendDialog(const LabConfig &lab, int row, QWidget *parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_row(row)
    , m_backend(lab.backends.value(row))
    , m_name(new QLineEdit)
    , m_listen(new QLineEdit)
    , m_color(new QLineEdit)
    , m_autostart(new QCheckBox(tr("Start with the lab")))
    , m_paused(new QCheckBox(tr("Start paused (accept connections, answer nothing)")))
    , m_healthPath(new QLineEdit)
    , m_seed(new QLineEdit)
    , m_status(spinBox(LabLimits::HttpStatus))
    , m_headers(lines(tr("One per line: Name: value (values may use {{variables}})")))
    , m_bodyKind(new QComboBox)
    , m_bodyStack(new QStackedWidget)
    , m_body(lines(tr("Text or template: {{name}} {{port}} {{method}} {{uri}} {{header.X}} {{query.x}} {{request_id}} {{counter}} {{time}}")))
    , m_bodyFile(new QLineEdit)
    , m_bodySize(new QLineEdit)
    , m_latency(new QLineEdit)
    , m_errorRate(new QLineEdit)
    , m_errorStatus(spinBox(LabLimits::HttpStatus))
    , m_errorEvery(spinBox(LabLimits::ErrorEvery, tr("off")))
    , m_errorFirst(spinBox(LabLimits::ErrorFirst, tr("off")))
    , m_faults(new QLineEdit)
    , m_timeline(lines(tr("One step per line, e.g.\n10s stop\nat 20s: latency 800ms±200 on 30%\n40s start\n1m repeat")))
    , m_otherErrors(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Backend %1").arg(m_backend.name));
    // Object names let tests (and style sheets) reach each field.
    const QList<std::pair<QWidget *, QString>> named = {
        {m_name, u"name"_s}, {m_listen, u"listen"_s}, {m_color, u"color"_s}, {m_autostart, u"autostart"_s},
        {m_paused, u"paused"_s}, {m_healthPath, u"healthPath"_s}, {m_seed, u"seed"_s}, {m_status, u"status"_s},
        {m_headers, u"headers"_s}, {m_bodyKind, u"bodyKind"_s}, {m_body, u"body"_s}, {m_bodyFile, u"bodyFile"_s},
        {m_bodySize, u"bodySize"_s}, {m_latency, u"latency"_s}, {m_errorRate, u"errorRate"_s},
        {m_errorStatus, u"errorStatus"_s}, {m_errorEvery, u"errorEvery"_s}, {m_errorFirst, u"errorFirst"_s},
        {m_faults, u"faults"_s}, {m_timeline, u"timeline"_s}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(name);

    m_listen->setPlaceholderText(u"127.0.0.1:9001"_s);
    m_color->setPlaceholderText(tr("automatic"));
    m_healthPath->setPlaceholderText(tr("none"));
    m_seed->setPlaceholderText(tr("derived from the name"));
    m_bodySize->setPlaceholderText(u"64k"_s);
    m_bodyFile->setPlaceholderText(tr("relative to the lab file"));
    m_latency->setPlaceholderText(tr("none, 20ms, 10..50ms, normal:40ms,10ms, 40ms±10ms, lognormal:30ms,15ms; \"on 30%\""));
    m_errorRate->setPlaceholderText(tr("0.2 or 20%"));
    m_faults->setPlaceholderText(u"reset:0.1, close:0.05, drip:0.2:2k"_s);
    m_faults->setToolTip(tr("KIND:P, comma-separated; P is the probability per request (they must add up to at most 1). "
                            "Kinds: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length"));
    m_otherErrors->setObjectName(u"otherErrors"_s);
    m_otherErrors->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_otherErrors->setWordWrap(true);

    // General
    // A field with a button beside it (colour, file).
    const auto withButton = [](QWidget *field, QPushButton *button) {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(field, 1);
        row->addWidget(button);
        return box;
    };
    auto *colorButton = new QPushButton(tr("Choose…"));
    QWidget *colorBox = withButton(m_color, colorButton);
    auto *general = new QWidget;
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Name:"), withError(m_name, u"name"_s));
    generalForm->addRow(tr("&Listen:"), withError(m_listen, u"listen"_s));
    generalForm->addRow(tr("&Colour:"), withError(colorBox, u"color"_s));
    generalForm->addRow(QString(), m_autostart);
    generalForm->addRow(QString(), m_paused);
    generalForm->addRow(tr("&Health path:"), withError(m_healthPath, u"healthPath"_s));
    generalForm->addRow(tr("Random &seed:"), withError(m_seed, u"seed"_s));

    // Response
    m_bodyKind->addItems({tr("Default (a small JSON naming the backend)"), tr("Text or template"), tr("File"), tr("Filler bytes")});
    auto *browse = new QPushButton(tr("Browse…"));
    QWidget *fileBox = withButton(m_bodyFile, browse);
    m_bodyStack->addWidget(new QWidget);
    m_bodyStack->addWidget(m_body);
    m_bodyStack->addWidget(fileBox);
    m_bodyStack->addWidget(m_bodySize);
    auto *response = new QWidget;
    auto *responseForm = new QFormLayout(response);
    responseForm->addRow(tr("&Status:"), withError(m_status, u"status"_s));
    responseForm->addRow(tr("&Headers:"), withError(m_headers, u"headers"_s));
    responseForm->addRow(tr("&Body:"), withError(m_bodyKind, u"body"_s));
    responseForm->addRow(QString(), withError(m_bodyStack, u"bodyValue"_s));

    // Latency, errors, faults
    auto *failures = new QWidget;
    auto *failuresForm = new QFormLayout(failures);
    failuresForm->addRow(tr("&Latency:"), withError(m_latency, u"latency"_s));
    failuresForm->addRow(tr("Error &rate:"), withError(m_errorRate, u"errorRate"_s));
    failuresForm->addRow(tr("Error s&tatus:"), withError(m_errorStatus, u"errorStatus"_s));
    failuresForm->addRow(tr("Fail &every Nth:"), withError(m_errorEvery, u"errorEvery"_s));
    failuresForm->addRow(tr("Fail the &first N:"), withError(m_errorFirst, u"errorFirst"_s));
    failuresForm->addRow(tr("F&aults:"), withError(m_faults, u"faults"_s));

    // Timeline
    auto *timeline = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timeline);
    auto *timelineHelp = new QLabel(tr("Steps are timed from the lab's start and replay the same way every run. "
                                       "Actions: start, stop, pause, resume, status N, latency SPEC, errors RATE [STATUS], "
                                       "fault KIND:P, faults off, reset, repeat (last)."));
    timelineHelp->setWordWrap(true);
    timelineLayout->addWidget(timelineHelp);
    timelineLayout->addWidget(withError(m_timeline, u"timeline"_s), 1);

    m_tabs = new QTabWidget;
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(response, tr("Response"));
    m_tabs->addTab(failures, tr("Latency && Failures"));
    m_tabs->addTab(timeline, tr("Timeline"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabTitles.append(m_tabs->tabText(i));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_otherErrors);
    layout->addWidget(m_buttons);

    load(m_backend);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(colorButton, &QPushButton::clicked, this, &BackendDialog::chooseColor);
    connect(browse, &QPushButton::clicked, this, &BackendDialog::chooseBodyFile);
    connect(m_bodyKind, &QComboBox::currentIndexChanged, m_bodyStack, &QStackedWidget::setCurrentIndex);
    for (QLineEdit *edit : {m_name, m_listen, m_color, m_healthPath, m_seed, m_bodyFile, m_bodySize, m_latency, m_errorRate, m_faults})
        connect(edit, &QLineEdit::textChanged, this, &BackendDialog::revalidate);
    for (QPlainTextEdit *edit : {m_headers, m_body, m_timeline})
        connect(edit, &QPlainTextEdit::textChanged, this, &BackendDialog::revalidate);
    for (QSpinBox *spin : {m_status, m_errorStatus, m_errorEvery, m_errorFirst})
        connect(spin, &QSpinBox::valueChanged, this, &BackendDialog::revalidate);
    for (QCheckBox *check : {m_autostart, m_paused})
        connect(check, &QCheckBox::toggled, this, &BackendDialog::revalidate);
    connect(m_bodyKind, &QComboBox::currentIndexChanged, this, &BackendDialog::revalidate);
    revalidate();
}

QWidget *BackendDialog::withError(QWidget *field, const QString &key)
{
    auto *label = new QLabel;
    label->setObjectName(key + u"Error"_s);
    label->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    label->setWordWrap(true);
    label->hide();
    m_errorLabels.insert(key, label);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(label);
    return box;
}

void BackendDialog::load(const MockBackendConfig &b)
{
    const MockBehaviour &h = b.behaviour;
    m_name->setText(b.name);
    m_listen->setText(b.listen);
    m_color->setText(b.color);
    m_autostart->setChecked(b.autostart);
    m_paused->setChecked(b.paused);
    m_healthPath->setText(b.healthPath);
    m_seed->setText(b.seed ? QString::number(b.seed) : QString());
    m_status->setValue(h.status);
    QStringList headers;
    for (const auto &[name, value] : h.headers)
        headers.append(name + u": "_s + value);
    m_headers->setPlainText(headers.join(u'\n'));
    m_body->setPlainText(h.body);
    m_bodyFile->setText(h.bodyFile);
    m_bodySize->setText(h.bodySize >= 0 ? Units::formatSize(h.bodySize) : QString());
    const int kind = !h.body.isEmpty() ? TextBody : !h.bodyFile.isEmpty() ? FileBody : h.bodySize >= 0 ? FillerBody : DefaultBody;
    m_bodyKind->setCurrentIndex(kind);
    m_bodyStack->setCurrentIndex(kind);
    // Empty means the default (no latency); anything else is shown, even when it
    // delays nothing ("20ms on 0%"), so that OK gives back what was there.
    m_latency->setText(h.latency == MockLatency() ? QString() : MockSyntax::formatLatency(h.latency));
    m_errorRate->setText(h.errorRate > 0 ? QString::number(h.errorRate, 'g', 12) : QString());
    m_errorStatus->setValue(h.errorStatus);
    m_errorEvery->setValue(h.errorEvery);
    m_errorFirst->setValue(h.errorFirst);
    m_faults->setText(MockSyntax::formatFaultList(h.faults));
    QStringList steps;
    for (const MockTimelineStep &step : b.timeline)
        steps.append(MockSyntax::formatStep(step));
    m_timeline->setPlainText(steps.join(u'\n'));
}

void BackendDialog::revalidate()
{
    m_errors.clear();
    MockBackendConfig b = m_lab.backends.value(m_row);
    MockBehaviour &h = b.behaviour;
    QString error;
    b.name = m_name->text().trimmed();
    b.listen = m_listen->text().trimmed();
    b.color = m_color->text().trimmed();
    b.autostart = m_autostart->isChecked();
    b.paused = m_paused->isChecked();
    b.healthPath = m_healthPath->text().trimmed();
    b.seed = 0;
    if (const QString seed = m_seed->text().trimmed(); !seed.isEmpty()) {
        bool ok = false;
        b.seed = seed.toULongLong(&ok);
        if (!ok)
            m_errors.insert(u"seed"_s, tr("expected a whole number (empty or 0 = derived from the name)"));
    }
    h.status = m_status->value();
    h.headers.clear();
    const QStringList headerLines = m_headers->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < headerLines.size(); ++i) {
        const QString line = headerLines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            m_errors.insert(u"headers"_s, tr("line %1: expected \"Name: value\"").arg(i + 1));
            break;
        }
        h.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    h.body.clear();
    h.bodyFile.clear();
    h.bodySize = -1;
    switch (m_bodyKind->currentIndex()) {
    case TextBody:
        h.body = m_body->toPlainText();
        if (h.body.isEmpty())
            m_errors.insert(u"bodyValue"_s, tr("type the body (or choose the default body)"));
        break;
    case FileBody:
        h.bodyFile = m_bodyFile->text().trimmed();
        if (h.bodyFile.isEmpty())
            m_errors.insert(u"bodyValue"_s, tr("choose a file"));
        break;
    case FillerBody:
        if (const auto size = Units::parseSize(m_bodySize->text().trimmed()))
            h.bodySize = *size;
        else
            m_errors.insert(u"bodyValue"_s, tr("expected a size such as 512, 64k or 1m"));
        break;
    default:
        break;
    }
    const QString latency = m_latency->text().trimmed();
    if (const auto l = MockSyntax::parseLatency(latency.isEmpty() ? u"none"_s : latency, &error))
        h.latency = *l;
    else
        m_errors.insert(u"latency"_s, error);
    const QString rate = m_errorRate->text().trimmed();
    if (const auto r = rate.isEmpty() ? std::optional<double>(0) : MockSyntax::parseProbability(rate))
        h.errorRate = *r;
    else
        m_errors.insert(u"errorRate"_s, tr("expected a probability 0..1 such as 0.2 or 20%"));
    h.errorStatus = m_errorStatus->value();
    h.errorEvery = m_errorEvery->value();
    h.errorFirst = m_errorFirst->value();
    if (const auto faults = MockSyntax::parseFaultList(m_faults->text(), &error))
        h.faults = *faults;
    else
        m_errors.insert(u"faults"_s, error);
    b.timeline.clear();
    const QStringList stepLines = m_timeline->toPlainText().split(u'\n');
    QList<int> stepLine; // the text line of each step, for the rules' messages
    for (qsizetype i = 0; i < stepLines.size(); ++i) {
        const QString line = stepLines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (const auto step = MockSyntax::parseStep(line, &error)) {
            b.timeline.append(*step);
            stepLine.append(int(i) + 1);
        } else if (!m_errors.contains(u"timeline"_s)) {
            m_errors.insert(u"timeline"_s, tr("line %1: %2").arg(i + 1).arg(error));
        }
    }

    // Unique names and addresses are checked here, so that the message lands
    // on this backend (the lab's rules flag whichever duplicate comes second).
    for (qsizetype i = 0; i < m_lab.backends.size(); ++i) {
        if (i == m_row)
            continue;
        if (m_lab.backends[i].name == b.name)
            m_errors.insert(u"name"_s, tr("\"%1\" is used by another backend").arg(b.name));
        if (m_lab.backends[i].listen == b.listen)
            m_errors.insert(u"listen"_s, tr("%1 is used by another backend").arg(b.listen));
    }

    // The lab file's own rules, in its words, each shown at its field. Only
    // what this edit breaks counts: the rest of the lab is not this dialog's.
    LabConfig edited = m_lab;
    edited.replaceBackend(m_row, b);
    QSet<QString> before;
    for (const ConfigIssue &issue : LabValidator::validate(m_lab))
        before.insert(issue.path + u'\n' + issue.message);
    static const QHash<QString, QString> fields = {
        {u"name"_s, u"name"_s}, {u"listen"_s, u"listen"_s}, {u"color"_s, u"color"_s},
        {u"health_path"_s, u"healthPath"_s}, {u"status"_s, u"status"_s}, {u"error_status"_s, u"errorStatus"_s},
        {u"error_rate"_s, u"errorRate"_s}, {u"error_every"_s, u"errorEvery"_s}, {u"error_first"_s, u"errorFirst"_s},
        {u"faults"_s, u"faults"_s}, {u"body"_s, u"body"_s}, {u"body_size"_s, u"bodyValue"_s},
        {u"body_file"_s, u"bodyValue"_s}, {u"latency"_s, u"latency"_s}};
    const QString prefix = u"backends[%1]"_s.arg(m_row);
    QStringList others;
    for (const ConfigIssue &issue : LabValidator::validate(edited)) {
        if (before.contains(issue.path + u'\n' + issue.message) && !issue.path.startsWith(prefix))
            continue;
        if (!issue.path.startsWith(prefix + u'.')) {
            if (!issue.path.startsWith(u"backends["_s)) // another backend's: a duplicate, shown above
                others.append(issue.toString());
            continue;
        }
        QString key = issue.path.mid(prefix.size() + 1);
        QString message = issue.message;
        if (const qsizetype bracket = key.indexOf(u'['); bracket > 0) {
            const int index = key.mid(bracket + 1).chopped(1).toInt();
            key.truncate(bracket);
            if (key == u"timeline"_s && index < stepLine.size())
                message = tr("line %1: %2").arg(stepLine[index]).arg(message);
            else
                message = tr("line %1: %2").arg(index + 1).arg(message);
        }
        const QString field = fields.value(key, key);
        if (!m_errorLabels.contains(field))
            others.append(issue.toString());
        else if (!m_errors.contains(field))
            m_errors.insert(field, message);
    }
    if (!others.isEmpty())
        m_errors.insert(QString(), others.join(u'\n'));

    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = m_errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    // A tab with a problem says so in its title: OK is disabled for a reason
    // the person must be able to find.
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QWidget *page = m_tabs->widget(i);
        const bool broken = std::any_of(m_errorLabels.cbegin(), m_errorLabels.cend(),
                                        [page](const QLabel *label) { return !label->text().isEmpty() && page->isAncestorOf(label); });
        m_tabs->setTabText(i, broken ? u"⚠ "_s + m_tabTitles[i] : m_tabTitles[i]);
    }
    m_otherErrors->setText(m_errors.value(QString()));
    m_otherErrors->setVisible(m_errors.contains(QString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
    m_backend = b;
}

void BackendDialog::chooseColor()
{
    const QColor initial(m_color->text().trimmed());
    const QColor chosen = QColorDialog::getColor(initial.isValid() ? initial : QColor(Qt::white), this, tr("Backend Colour"));
    if (chosen.isValid())
        m_color->setText(chosen.name());
}

void BackendDialog::chooseBodyFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Body File"), m_bodyFile->text());
    if (!file.isEmpty())
        m_bodyFile->setText(file);
}
