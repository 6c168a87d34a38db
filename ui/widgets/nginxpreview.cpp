#include "nginxpreview.h"

#include "nginxtools/nginxcheck.h"
#include "nginx/nginxexporter.h"
#include "nginxhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

NginxPreview::NginxPreview(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit)
    , m_highlighter(new NginxHighlighter(m_edit->document()))
    , m_scope(new QComboBox)
    , m_targetCombo(new QComboBox)
    , m_check(new QToolButton)
    , m_badgeSummary(new QLabel)
    , m_checkResult(new QLabel)
    , m_debounce(new QTimer(this))
    , m_fade(new QTimer(this))
    , m_checker(new NginxCheck(this))
{
    m_edit->setObjectName(u"nginxPreviewText"_s);
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->viewport()->installEventFilter(this);
    m_highlighter->updateColors(isDark(palette()));

    m_scope->setObjectName(u"previewScope"_s);
    m_scope->addItems({tr("Full nginx.conf"), tr("upstream blocks only")});
    m_targetCombo->setObjectName(u"previewTarget"_s);
    for (NginxCompatibility::Target t : NginxCompatibility::targets())
        m_targetCombo->addItem(NginxCompatibility::targetName(t), int(t));
    // The target is a setting: the last one chosen.
    const int savedTarget = QSettings().value(u"nginx/target"_s, int(m_target)).toInt();
    if (NginxCompatibility::targets().contains(NginxCompatibility::Target(savedTarget)))
        m_target = NginxCompatibility::Target(savedTarget);
    m_targetCombo->setCurrentIndex(NginxCompatibility::targets().indexOf(m_target));
    m_targetCombo->setToolTip(tr("Lines this target cannot run as written are marked"));
    auto *copy = new QToolButton;
    copy->setText(tr("Copy"));
    copy->setObjectName(u"copyNginx"_s);
    m_check->setText(tr("Check with nginx -t"));
    m_check->setObjectName(u"checkNginx"_s);
    m_badgeSummary->setWordWrap(true);
    m_checkResult->setObjectName(u"nginxCheckResult"_s);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkResult->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_targetCombo, 1);
    bar->addWidget(copy);
    bar->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_badgeSummary);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_checkResult);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &NginxPreview::regenerate);
    m_fade->setSingleShot(true);
    m_fade->setInterval(2500);
    connect(m_fade, &QTimer::timeout, this, [this] {
        m_changed.clear();
        updateSelections();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &NginxPreview::regenerate);
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_target = NginxCompatibility::Target(m_targetCombo->currentData().toInt());
        QSettings().setValue(u"nginx/target"_s, int(m_target));
        regenerate();
    });
    connect(copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(m_check, &QToolButton::clicked, this, &NginxPreview::checkWithNginx);
    connect(m_checker, &NginxCheck::finished, this, [this](bool ok, const QString &output) {
        m_check->setEnabled(true);
        m_checkResult->setText((ok ? u"✔ "_s : u"✘ "_s) + output.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        m_checkResult->setStyleSheet(ok ? u"QLabel { color: #2e7d32; }"_s : u"QLabel { color: #c62828; }"_s);
        m_checkResult->show();
        emit checkFinished(ok, output);
    });
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &NginxPreview::cursorMoved);
}

void NginxPreview::setLab(const LabConfig &lab)
{
    m_lab = lab;
    m_hasLab = true;
    m_debounce->start();
}

void NginxPreview::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        regenerate();
    }
}

QString NginxPreview::text() const
{
    return m_edit->toPlainText() + (m_edit->toPlainText().isEmpty() ? QString() : u"\n"_s);
}

bool NginxPreview::snippetOnly() const
{
    return m_scope->currentIndex() == 1;
}

void NginxPreview::setSnippetOnly(bool on)
{
    m_scope->setCurrentIndex(on ? 1 : 0);
}

void NginxPreview::setTarget(NginxCompatibility::Target target)
{
    m_targetCombo->setCurrentIndex(NginxCompatibility::targets().indexOf(target));
}

QString NginxPreview::fullConfig() const
{
    return NginxExporter::exportLab(m_lab, NginxExporter::Scope::FullConfig);
}

void NginxPreview::regenerate()
{
    if (!m_hasLab)
        return;
    m_export = NginxExporter::exportWithMap(m_lab, snippetOnly() ? NginxExporter::Scope::UpstreamsOnly
                                                                  : NginxExporter::Scope::FullConfig);
    m_shownGroups.clear();
    for (const UpstreamGroup &g : std::as_const(m_lab.upstreams))
        m_shownGroups << g.name;
    QString config = m_export.text;
    if (config.endsWith(u'\n'))
        config.chop(1);
    const QString old = m_edit->toPlainText();
    if (config != old || m_badges.isEmpty()) {
        // Lines that are new since the last text are marked for a moment.
        QHash<QString, int> before;
        for (const QString &line : old.split(u'\n'))
            ++before[line];
        m_changed.clear();
        const QStringList lines = config.split(u'\n');
        if (!old.isEmpty()) {
            for (int i = 0; i < lines.size(); ++i) {
                if (before.value(lines[i]) > 0)
                    --before[lines[i]];
                else
                    m_changed << i;
            }
        }
        if (config != old) {
            const int value = m_edit->verticalScrollBar()->value();
            m_moving = true;
            m_edit->setPlainText(config);
            m_moving = false;
            m_edit->verticalScrollBar()->setValue(value);
            if (!m_changed.isEmpty()) {
                m_edit->setTextCursor(QTextCursor(m_edit->document()->findBlockByNumber(m_changed.first())));
                m_edit->ensureCursorVisible();
                m_fade->start();
            }
        }
    }
    m_badges = NginxCompatibility::badges(m_export, m_target);
    int plus = 0;
    for (const auto &b : std::as_const(m_badges))
        plus += b.plus;
    const int newer = int(m_badges.size()) - plus;
    QStringList summary;
    if (plus)
        summary << (m_target == NginxCompatibility::Target::Plus ? tr("%n line(s) with NGINX Plus settings written as comments", nullptr, plus)
                                                                 : tr("⚠ %n line(s) need NGINX Plus", nullptr, plus));
    if (newer)
        summary << tr("⚠ %n line(s) need a newer nginx", nullptr, newer);
    m_badgeSummary->setText(summary.isEmpty() ? tr("✔ Runs as is on %1").arg(NginxCompatibility::targetName(m_target))
                                              : summary.join(u" · "_s) + tr(" — hover a marked line for the alternative"));
    updateSelections();
}

void NginxPreview::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto lineSelection = [this](int line, const QColor &color) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_edit->document()->findBlockByNumber(line));
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        return s;
    };
    const bool dark = isDark(palette());
    for (const auto &b : std::as_const(m_badges))
        selections << lineSelection(b.line, b.plus ? (dark ? QColor(0x5b, 0x3a, 0x00) : QColor(0xff, 0xe9, 0xb8))
                                                   : (dark ? QColor(0x5a, 0x1d, 0x1d) : QColor(0xfd, 0xd5, 0xd5)));
    for (int line : std::as_const(m_changed))
        selections << lineSelection(line, dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xcd, 0xf3, 0xd6));
    if (m_focusLine >= 0)
        selections << lineSelection(m_focusLine, palette().color(QPalette::Highlight).lighter(dark ? 80 : 170));
    m_edit->setExtraSelections(selections);
}

int NginxPreview::lineOfServer(const QString &group, int server) const
{
    using Kind = NginxExport::Object::Kind;
    const int index = int(m_shownGroups.indexOf(group));
    if (index < 0)
        return -1;
    const int line = server < 0 ? -1 : m_export.lineOf(Kind::Server, index, server);
    return line >= 0 ? line : m_export.lineOf(Kind::Upstream, index);
}

void NginxPreview::showServer(const QString &group, int server)
{
    flush();
    m_focusLine = lineOfServer(group, server);
    if (m_focusLine >= 0) {
        m_moving = true;
        m_edit->setTextCursor(QTextCursor(m_edit->document()->findBlockByNumber(m_focusLine)));
        m_edit->centerCursor();
        m_moving = false;
    }
    updateSelections();
}

void NginxPreview::cursorMoved()
{
    if (m_moving)
        return;
    // Which upstream block and server line is the cursor on?
    using Kind = NginxExport::Object::Kind;
    const int line = m_edit->textCursor().blockNumber();
    const NginxExport::Object *object = m_export.objectAt(line);
    if (!object || (object->kind != Kind::Upstream && object->kind != Kind::Server))
        return;
    m_focusLine = line;
    updateSelections();
    emit serverActivated(m_shownGroups.value(object->index), object->kind == Kind::Server ? object->subIndex : -1);
}

void NginxPreview::checkWithNginx()
{
    const QString binary = NginxCheck::findBinary(m_nginxBinary);
    if (binary.isEmpty()) {
        m_checkResult->setText(tr("No nginx binary found. Install nginx, or set its path in Settings."));
        m_checkResult->setStyleSheet(QString());
        m_checkResult->show();
        emit checkFinished(false, m_checkResult->text());
        return;
    }
    m_check->setEnabled(false);
    m_checkResult->setText(tr("Running %1 -t …").arg(binary));
    m_checkResult->setStyleSheet(QString());
    m_checkResult->show();
    m_checker->start(fullConfig(), binary);
}

bool NginxPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int line = m_edit->cursorForPosition(help->pos()).blockNumber();
        for (const auto &b : std::as_const(m_badges)) {
            if (b.line == line) {
                QToolTip::showText(help->globalPos(), b.text, m_edit->viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void NginxPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->updateColors(isDark(palette()));
        updateSelections();
    }
    QWidget::changeEvent(event);
}
