#include "durationspinbox.h"

#include "config/units.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

DurationSpinBox::DurationSpinBox(QWidget *parent)
    : QAbstractSpinBox(parent)
{
    setToolTip(tr("A duration such as 500ms, 10s, 2m, 1h or 1m30s (a bare number is seconds)"));
    connect(lineEdit(), &QLineEdit::textEdited, this, &DurationSpinBox::textEdited);
    connect(this, &QAbstractSpinBox::editingFinished, this, &DurationSpinBox::applyText);
    showValue();
}

qint64 DurationSpinBox::bounded(qint64 ms) const
{
    const qint64 clamped = qBound(m_minimum, ms, m_maximum);
    const qint64 rounded = clamped / m_granularity * m_granularity;
    return rounded < m_minimum ? rounded + m_granularity : rounded;
}

bool DurationSpinBox::acceptable(qint64 ms) const
{
    return ms >= m_minimum && ms <= m_maximum && ms % m_granularity == 0;
}

void DurationSpinBox::setValueMs(qint64 ms)
{
    const qint64 value = bounded(ms);
    const bool changed = value != m_value;
    m_value = value;
    showValue();
    if (changed)
        emit valueChanged(m_value);
}

void DurationSpinBox::setRangeMs(qint64 minimum, qint64 maximum)
{
    m_minimum = minimum;
    m_maximum = qMax(minimum, maximum);
    setValueMs(m_value);
    updateGeometry();
}

void DurationSpinBox::setGranularityMs(qint64 ms)
{
    m_granularity = qMax<qint64>(1, ms);
    m_step = qMax(m_step, m_granularity);
    setValueMs(m_value);
}

void DurationSpinBox::stepBy(int steps)
{
    setValueMs(m_value + steps * m_step);
    lineEdit()->selectAll();
}

QAbstractSpinBox::StepEnabled DurationSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    StepEnabled enabled = StepNone;
    if (m_value < m_maximum)
        enabled |= StepUpEnabled;
    if (m_value > m_minimum)
        enabled |= StepDownEnabled;
    return enabled;
}

QValidator::State DurationSpinBox::validate(QString &input, int &) const
{
    // Digits and nginx's units only; anything else cannot become a duration.
    for (QChar c : std::as_const(input)) {
        if (!c.isDigit() && !QStringView(u"mshdw").contains(c))
            return QValidator::Invalid;
    }
    const auto ms = Units::parseDurationMs(input);
    return ms && acceptable(*ms) ? QValidator::Acceptable : QValidator::Intermediate;
}

void DurationSpinBox::fixup(QString &input) const
{
    input = Units::formatDurationMs(m_value);
}

void DurationSpinBox::textEdited(const QString &text)
{
    if (!keyboardTracking())
        return;
    const auto ms = Units::parseDurationMs(text);
    if (!ms || !acceptable(*ms) || *ms == m_value)
        return;
    m_value = *ms;
    emit valueChanged(m_value);
}

void DurationSpinBox::applyText()
{
    const auto ms = Units::parseDurationMs(lineEdit()->text());
    if (ms && acceptable(*ms))
        setValueMs(*ms);
    else
        showValue(); // whatever was typed, the box ends showing the value it holds
}

void DurationSpinBox::showValue()
{
    const QString text = Units::formatDurationMs(m_value);
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
}

QSize DurationSpinBox::sizeHint() const
{
    // The base class measures no text for a custom spin box: add the widest.
    QSize size = QAbstractSpinBox::sizeHint();
    int text = 0;
    for (const qint64 ms : {m_minimum, m_maximum, qint64(1500)})
        text = qMax(text, fontMetrics().horizontalAdvance(Units::formatDurationMs(ms) + u"  "_s));
    size.rwidth() += text;
    return size;
}

QSize DurationSpinBox::minimumSizeHint() const
{
    QSize size = QAbstractSpinBox::minimumSizeHint();
    size.rwidth() += fontMetrics().horizontalAdvance(u"1500ms "_s);
    return size;
}
