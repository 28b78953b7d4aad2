#include "power_level_table.h"

#include "matrix/user_id.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nb {

namespace {
// Keys that nest one level: the part after the first dot names the user, event type or
// notification kind (user IDs and event types contain dots themselves).
const QStringList nestedKeys = {QStringLiteral("users"), QStringLiteral("events"), QStringLiteral("notifications")};
} // namespace

bool isPowerLevelKey(const QString& key)
{
    static const QStringList plain = {QStringLiteral("events_default"), QStringLiteral("state_default"),
        QStringLiteral("users_default"), QStringLiteral("ban"), QStringLiteral("kick"), QStringLiteral("invite"),
        QStringLiteral("redact")};
    return plain.contains(key);
}

PowerLevelTable::PowerLevelTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(QStringLiteral("Add override"), this))
    , m_remove(new QPushButton(QStringLiteral("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("powerLevelTable"));
    m_add->setObjectName(QStringLiteral("addPowerLevelButton"));
    m_remove->setObjectName(QStringLiteral("removePowerLevelButton"));
    m_table->setHorizontalHeaderLabels({QStringLiteral("Key"), QStringLiteral("Level")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setToolTip(QStringLiteral("Keys: events_default, state_default, users_default, ban, kick, invite, redact, "
                                       "users.@someone:server, events.m.room.topic, notifications.room"));
    m_table->setMaximumHeight(110);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(QStringLiteral("events_default"), 50);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &PowerLevelTable::changed);
}

void PowerLevelTable::addRow(const QString& key, int level)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(QString::number(level)));
    emit changed();
}

nlohmann::json PowerLevelTable::overrides(QString* error) const
{
    nlohmann::json result = nlohmann::json::object();
    error->clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString levelText = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        bool ok = false;
        const qint64 level = levelText.toLongLong(&ok);
        // Matrix power levels are canonical-JSON integers; keep to the sane range.
        auto fail = [&](const QString& why) {
            if (error->isEmpty())
                *error = QStringLiteral("Power-level override %1: %2").arg(row + 1).arg(why);
        };
        if (!ok || level < -1000000 || level > 1000000) {
            fail(QStringLiteral("the level must be a whole number, such as 0, 50 or 100."));
            continue;
        }
        if (isPowerLevelKey(key)) {
            result[key.toStdString()] = level;
            continue;
        }
        const QString head = key.section(QLatin1Char('.'), 0, 0);
        const QString tail = key.section(QLatin1Char('.'), 1);
        if (!nestedKeys.contains(head) || tail.isEmpty()) {
            fail(QStringLiteral("\"%1\" is not a power-level key (hover the table for the list).").arg(key));
            continue;
        }
        if (head == QLatin1String("users") && !isValidUserId(tail)) {
            fail(QStringLiteral("\"%1\" is not a Matrix ID like @name:server.").arg(tail));
            continue;
        }
        result[head.toStdString()][tail.toStdString()] = level;
    }
    return result;
}

} // namespace nb
