#pragma once

#include "config/labconfig.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

// Every setting of one mock backend: address, start-up state, response,
// latency, errors, faults and the chaos timeline. Each field says at once
// what is wrong with it (the same words as the lab file's rules); OK stays
// disabled until nothing is.
class BackendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendDialog)

public:
    // `lab` is the lab the backend lives in (for the rules that involve the
    // other backends); `row` is the backend's index in lab.backends.
    BackendDialog(const LabConfig &lab, int row, QWidget *parent = nullptr);

    int row() const { return m_row; }
    // The backend as edited; meaningful when isValid().
    MockBackendConfig backend() const { return m_backend; }
    bool isValid() const { return m_errors.isEmpty(); }
    // What is wrong with a field ("latency", "timeline", …); empty when fine.
    QString fieldError(const QString &field) const { return m_errors.value(field); }

private:
    void load(const MockBackendConfig &b);
    void revalidate();
    QWidget *withError(QWidget *field, const QString &key);
    void chooseColor();
    void chooseBodyFile();

    LabConfig m_lab;
    int m_row;
    MockBackendConfig m_backend;
    QHash<QString, QString> m_errors;
    QHash<QString, QLabel *> m_errorLabels;

    QLineEdit *m_name;
    QLineEdit *m_listen;
    QLineEdit *m_color;
    QCheckBox *m_autostart;
    QCheckBox *m_paused;
    QLineEdit *m_healthPath;
    QLineEdit *m_seed;
    QSpinBox *m_status;
    QPlainTextEdit *m_headers;
    QComboBox *m_bodyKind;
    QStackedWidget *m_bodyStack;
    QPlainTextEdit *m_body;
    QLineEdit *m_bodyFile;
    QLineEdit *m_bodySize;
    QLineEdit *m_latency;
    QLineEdit *m_errorRate;
    QSpinBox *m_errorStatus;
    QSpinBox *m_errorEvery;
    QSpinBox *m_errorFirst;
    QLineEdit *m_faults;
    QPlainTextEdit *m_timeline;
    QTabWidget *m_tabs = nullptr;
    QStringList m_tabTitles;
    QLabel *m_otherErrors;
    QDialogButtonBox *m_buttons;
};
