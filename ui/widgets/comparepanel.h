#pragma once

#include "config/labconfig.h"

#include <QWidget>

class MethodComparison;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class CompareChart;

// Methods side by side in the app: the same seeded traffic through a copy of
// one group per balancing method (MethodComparison), against copies of the
// lab's mocks on other ports so the running lab is untouched. A table, a
// grouped bar chart of requests per server, and CSV or JSON export.
class ComparePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePanel)

public:
    explicit ComparePanel(QWidget *parent = nullptr);
    ~ComparePanel() override;

    void setLab(const LabConfig &lab, const QString &baseDirectory);
    // Ticks exactly these methods (as the list names them); empty: leaves the choice alone.
    void setMethods(const QStringList &methods);
    bool run();
    bool isRunning() const;
    bool exportTo(const QString &fileName, QString *error) const; // .csv or .json

    QComboBox *groupBox() const { return m_group; }
    QListWidget *methodList() const { return m_methods; }
    QSpinBox *requestsBox() const { return m_requests; }
    QPushButton *runButton() const { return m_run; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    MethodComparison *comparison() const { return m_comparison; }

signals:
    void finished();

private:
    void showResults();
    void exportInteractively();

    LabConfig m_lab;
    QString m_baseDirectory;
    MethodComparison *m_comparison;
    QComboBox *m_group;
    QListWidget *m_methods;
    QSpinBox *m_requests;
    QSpinBox *m_keys;
    QSpinBox *m_clients;
    QPushButton *m_run;
    QPushButton *m_export;
    QLabel *m_status;
    QTableWidget *m_table;
    CompareChart *m_chart;
};
