// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcepackage_p.h"
#include "store_p.h"

#include <QObject>

namespace CloacinaSim {

//! Registers \a package of \a tenant as `WorkflowRegistryImpl::register_workflow` does and
//! returns its package id (empty for an unknown tenant): the same archive bytes again return the
//! active row; other bytes supersede the package's active row; bytes built before are reused
//! (`success` at once); otherwise the row is queued `pending`, claimed (`building`) after
//! \a buildStepMs and finished (`success`/`failed`) after another step, on timers of \a context.
QString registerPackage(QObject& context, Store& store, int buildStepMs, const QString& tenant,
    const SourcePackage& package, const QByteArray& archive);

} // namespace CloacinaSim
