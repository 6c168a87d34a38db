#pragma once

#include <QAbstractSpinBox>

// A duration in nginx's spelling ("500ms", "10s", "2m", "1m30s"; a bare
// number is seconds): a whole-seconds QSpinBox cannot show 500 ms, and one in
// milliseconds makes 7 days unreadable. The value is in milliseconds, within a
// range and a granularity (1000: whole seconds, as nginx's fail_timeout).
// Text that does not read as an allowed value is not taken: the box keeps
// its last value and shows it again when editing ends. With keyboardTracking
// off, typed text counts only when editing ends (Return, focus out, or
// applyText() from an item delegate, which takes the Return itself).
class DurationSpinBox final : public QAbstractSpinBox
{
    Q_OBJECT
    Q_PROPERTY(qint64 valueMs READ valueMs WRITE setValueMs NOTIFY valueChanged USER true)

public:
    explicit DurationSpinBox(QWidget *parent = nullptr);

    qint64 valueMs() const { return m_value; }
    // Clamped to the range and rounded to the granularity, like QSpinBox::setValue.
    void setValueMs(qint64 ms);
    void setRangeMs(qint64 minimum, qint64 maximum);
    qint64 minimumMs() const { return m_minimum; }
    qint64 maximumMs() const { return m_maximum; }
    void setGranularityMs(qint64 ms);
    qint64 granularityMs() const { return m_granularity; }
    // What the arrows and PgUp/PgDown add (default: one second).
    void setSingleStepMs(qint64 ms) { m_step = ms; }
    // Takes the typed text as the value if the rules allow it, else shows the value again.
    void applyText();

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void valueChanged(qint64 ms);

protected:
    StepEnabled stepEnabled() const override;

private:
    qint64 bounded(qint64 ms) const;
    bool acceptable(qint64 ms) const;
    void textEdited(const QString &text);
    void showValue();

    qint64 m_value = 0;
    qint64 m_minimum = 0;
    qint64 m_maximum = 3'600'000;
    qint64 m_granularity = 1;
    qint64 m_step = 1000;
};
