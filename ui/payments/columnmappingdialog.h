#pragma once

#include "reconciliation/dmsparser.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace dp::ui {

// Which column of a DMS export holds what, asked when its header is not recognized (PAY-8): a preview of the
// file's first lines, one choice per role (date and amount required), the order of day and month, and the DMS's
// name, under which the mapping is remembered for its next exports.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const QString& fileName, const recon::DmsFilePreview& preview, const QString& dmsName,
                        QWidget* parent = nullptr);
    recon::DmsColumnMapping mapping() const;
    QString dmsName() const;
    // The combo box of a role ("date", "time", "ro", "customer", "amount", "type", "reference"), for tests.
    QComboBox* roleBox(const QString& role) const;

private:
    void tryAccept();

    QList<QPair<QString, QComboBox*>> m_roles;
    QComboBox* m_dateOrder = nullptr;
    QCheckBox* m_hasHeader = nullptr;
    QLineEdit* m_dmsName = nullptr;
    QLabel* m_dateError = nullptr;
    QLabel* m_amountError = nullptr;
};

} // namespace dp::ui
