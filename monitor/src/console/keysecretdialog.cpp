#include "keysecretdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

KeySecretDialog::KeySecretDialog(const QString& keyName, const QString& secret, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keySecretDialog"));
    setWindowTitle(tr("API key %1 created").arg(keyName));
    auto* layout = new QVBoxLayout(this);
    auto* warning = new QLabel(
        tr("<b>Copy this key now.</b> This is the only time it is shown: the server keeps only a hash, "
           "and the monitor does not store it."),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* row = new QHBoxLayout;
    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(QStringLiteral("keySecret"));
    m_secret->setReadOnly(true);
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    m_secret->selectAll();
    row->addWidget(m_secret, 1);
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyKey"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });
    row->addWidget(m_copy);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    // Closing wipes the text: a re-opened dialog could not show it again anyway.
    connect(this, &QDialog::finished, this, [this] { m_secret->clear(); });
}

KeySecretDialog::~KeySecretDialog() = default;

} // namespace Cloacina::Monitor
