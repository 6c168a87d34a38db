#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class DurationSpinBox;
class LabDocument;
class QComboBox;
class QGroupBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class ServerTableModel;
struct LabConfig;
struct UpstreamGroup;

// Edits one upstream group: its balancing method (with a one-line
// explanation), hash key, keepalive, and its servers in an inline table.
class UpstreamEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamEditor)

public:
    explicit UpstreamEditor(LabDocument *document, QWidget *parent = nullptr);

    void setGroup(int group);
    int group() const { return m_group; }
    QTableView *serverTable() const { return m_table; }
    QComboBox *methodCombo() const { return m_method; }
    void selectServer(int row);

signals:
    void serverSelected(int group, int server);

private:
    void refresh();
    // One edit of the group (and whatever must follow it, e.g. routes after a rename).
    void editGroup(const QString &description, const QString &mergeKey,
                   const std::function<void(LabConfig &, UpstreamGroup &)> &change);
    void addServer();
    void removeServer();

    LabDocument *m_document;
    ServerTableModel *m_model;
    int m_group = -1;
    bool m_refreshing = false;
    // While the group's name is being typed: the routes (listener, route) that follow it.
    bool m_renaming = false;
    QList<std::pair<qsizetype, qsizetype>> m_renamedRoutes;
    QLineEdit *m_name;
    QComboBox *m_method;
    QLabel *m_explanation;
    QLineEdit *m_hashKey;
    QSpinBox *m_keepalive;
    QTableView *m_table;
    QLabel *m_issue;
    QGroupBox *m_health;
    DurationSpinBox *m_healthInterval;
    QSpinBox *m_healthPasses;
    QSpinBox *m_healthFails;
    QLineEdit *m_healthUri;
};
