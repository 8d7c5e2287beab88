#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

//! Test helper: reads the contract at run time (from $CLOACINA_CONTRACT_DIR) and builds JSON
//! samples and broken variants of its schemas. Independent of the generator on purpose: the
//! tests compare the generated code against this second reading of the contract.
class ContractSamples {
public:
    //! Loads openapi.json; false with \a why when the folder or file is missing or broken.
    bool load(QString* why);
    bool isLoaded() const { return !m_document.isEmpty(); }

    QStringList schemaNames() const { return m_schemas.keys(); }
    QJsonObject schema(const QString& name) const { return m_schemas.value(name).toObject(); }
    //! The operation object of \a operationId, with its method (upper case) and path template.
    QJsonObject operation(const QString& operationId, QString* method = nullptr, QString* path = nullptr) const;
    QStringList operationIds() const;
    QJsonObject document() const { return m_document; }
    //! Follows `$ref`s.
    QJsonObject deref(const QJsonObject& schema) const;

    enum class Nulls { AsNull,
        AsValue };
    //! Every property present; nullable ones null or not according to \a nulls.
    QJsonValue full(const QJsonObject& schema, Nulls nulls) const;
    //! Required properties only.
    QJsonValue minimal(const QJsonObject& schema) const;
    //! full(AsValue) plus a member unknown to the schema in every object that has properties.
    QJsonValue withUnknownMembers(const QJsonObject& schema) const;

    //! A document the decoder must refuse, and the JSON path its error must name.
    struct Mutation {
        QString description;
        QJsonValue document;
        QString path; //!< In the decoder's format: `items[0].started_at`; empty for the root.
        QString mustMention; //!< Extra text the message must contain (e.g. an allowed value).
    };
    //! Wrong types, missing required members, nulls for non-nullable members, fractional
    //! integers and unknown enum values, at every level of full(AsValue).
    QList<Mutation> mutations(const QJsonObject& schema) const;

private:
    struct Options {
        bool all = true;
        Nulls nulls = Nulls::AsValue;
        bool extras = false;
    };
    struct Node {
        QString kind; //!< string integer number boolean enum any free map struct array
        bool nullable = false;
        QJsonObject base;
    };
    struct Step {
        QString key;
        int index = -1;
    };
    Node node(const QJsonObject& schema) const;
    QJsonValue sample(const QJsonObject& schema, const Options& options) const;
    void mutate(const QJsonValue& root, const QJsonObject& schema, const QJsonValue& value,
        const QList<Step>& steps, QList<Mutation>& out) const;
    static QString pathOf(const QList<Step>& steps);
    static QJsonValue replaced(const QJsonValue& root, const QList<Step>& steps, int at, const QJsonValue* value);

    QJsonObject m_document;
    QJsonObject m_schemas;
};
