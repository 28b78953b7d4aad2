#pragma once
// A pass-through model whose tooltips show their text literally. Item views hand
// Qt::ToolTipRole to QToolTip, which renders anything that looks like markup; the models
// below carry text from rooms and servers (topics, recipients, error details).
#include "display_text.h"

#include <QIdentityProxyModel>

namespace nb {

class PlainToolTipProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role != Qt::ToolTipRole || !value.isValid())
            return value;
        return plainToolTip(value.toString());
    }
};

} // namespace nb
