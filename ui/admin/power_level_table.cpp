#include "power_level_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nb {

PowerLevelTable::PowerLevelTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add override"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("powerLevelTable"));
    m_table->setAccessibleName(tr("Power level overrides"));
    // Tab leaves the table (arrow keys move between cells), as everywhere in the app.
    m_table->setTabKeyNavigation(false);
    m_add->setObjectName(QStringLiteral("addPowerLevelButton"));
    m_remove->setObjectName(QStringLiteral("removePowerLevelButton"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Level")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setToolTip(tr("Keys: events_default, state_default, users_default, ban, kick, invite, redact, "
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

QList<PowerLevelOverrideRow> PowerLevelTable::rows() const
{
    QList<PowerLevelOverrideRow> rows;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows.push_back({m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString(),
            m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString()});
    return rows;
}

} // namespace nb
