#include "keyprompt.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

termios savedTerminal;

extern "C" void restoreAndExit(int)
{
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    ::_exit(2);
}

} // namespace

std::optional<QString> promptForKey(const QString& prompt)
{
    if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return std::nullopt;
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios silent = savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    auto* previousInt = ::signal(SIGINT, restoreAndExit);
    auto* previousTerm = ::signal(SIGTERM, restoreAndExit);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    ::signal(SIGINT, previousInt);
    ::signal(SIGTERM, previousTerm);
    std::fputs("\n", stderr);
    return QString::fromStdString(line).trimmed();
}
