// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage_p.h"

#include <optional>

namespace CloacinaSim {

struct MultipartResult {
    std::optional<HttpResponse> rejection; //!< axum's plain-text 400 for a missing or bad boundary
    bool found = false; //!< a part named "file" was present
    QByteArray file;
};

//! Finds the first `file` part of a multipart/form-data body.
MultipartResult readFileField(const HttpRequest& request);

} // namespace CloacinaSim
