#pragma once
#include <QString>

#include <optional>

//! Reads an API key from the terminal without echo, after printing \a prompt on stderr.
//! std::nullopt when stdin is not a terminal (nothing is read then). The key is never echoed,
//! and Ctrl+C during the prompt restores the terminal before the program ends.
std::optional<QString> promptForKey(const QString& prompt);
