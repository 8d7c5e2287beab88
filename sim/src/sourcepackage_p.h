// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store_p.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace CloacinaSim {

//! What an uploaded fidius source package (`.cloacina`) holds: its `package.toml` and the
//! text files of its source tree (paths relative to the package directory).
struct SourcePackage {
    QString name; //!< `[package] name`
    QString version; //!< `[package] version`
    QString workflowName; //!< `[metadata] workflow_name`; empty when the manifest has none
    QString description; //!< `[metadata] description`
    QString language; //!< `[metadata] language`, or inferred from the layout ("rust"/"python")
    QVector<SourceFile> files; //!< UTF-8 text files up to 1 MiB, sorted by path
};

//! Reads a package the way the server's registry does before it queues the build: the bytes
//! must start with the bzip2 magic, hold a tar with a top-level directory that contains
//! `package.toml` (no links, no `..` or absolute paths, size and entry limits), and the
//! manifest must name the package and version and let the language be known. On failure
//! returns nullopt and sets *error to the registry's message (the server answers it as
//! 400 `upload_failed`).
std::optional<SourcePackage> readSourcePackage(const QByteArray& data, QString* error);

//! What the simulated compiler makes of a package.
struct BuildOutcome {
    bool ok = false;
    QString error; //!< build_error when !ok
    QString workflowName; //!< the executable workflow name the sources declare
    QVector<TaskNode> tasks;
};

//! Derives the workflow from the sources instead of compiling them: Rust packages declare it
//! with `#[workflow(name = "…")]` and `#[task(id = "…", dependencies = […])]` in `src/`,
//! Python packages with `[metadata] workflow_name` and `@cloaca.task(id=…, dependencies=[…])`
//! under `workflow/`. A package that declares no workflow or no task, or a task depending on
//! an undeclared one, fails with a compiler-style error.
BuildOutcome buildSourcePackage(const SourcePackage& package);

} // namespace CloacinaSim
