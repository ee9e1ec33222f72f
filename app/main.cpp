#include "CommandLine.h"
#include "Translator.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>

#include <cstdio>

namespace {

void write(std::FILE *stream, const QString &text)
{
    if (text.isEmpty())
        return;
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(groove::app::applicationName());
    QCoreApplication::setApplicationVersion(groove::app::applicationVersion());
    Q_INIT_RESOURCE(icons); // resources/icons.qrc lives in the static ui library
    groove::app::installTranslators(app);

    const groove::app::CommandLineOutcome outcome =
            groove::app::parseCommandLine(QCoreApplication::arguments());
    write(stdout, outcome.standardOutput);
    write(stderr, outcome.standardError);
    return outcome.exitCode;
}
