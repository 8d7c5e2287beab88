// Loads the installed QML module `Cloacina` (QML_IMPORT_PATH points at it) and creates a
// Client from QML. Exits 1 with the QML errors when the import or the creation fails.
#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import Cloacina 1.0\nClient { url: \"http://127.0.0.1:9\"; tenant: \"acme\" }\n",
        QUrl(QStringLiteral("qrc:/qmlcheck.qml")));
    std::unique_ptr<QObject> object(component.create());
    if (!object) {
        std::fprintf(stderr, "cannot create Client from QML: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    std::printf("qml: %s tenant=%s\n", object->metaObject()->className(),
        qPrintable(object->property("tenant").toString()));
    return object->property("tenant").toString() == QLatin1String("acme") ? 0 : 1;
}
