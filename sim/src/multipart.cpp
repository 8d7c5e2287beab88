// SPDX-License-Identifier: Apache-2.0
#include "multipart_p.h"

namespace CloacinaSim {

MultipartResult readFileField(const HttpRequest& request)
{
    MultipartResult result;
    const QByteArray type = request.header("content-type");
    const int b = type.indexOf("boundary=");
    if (!type.toLower().startsWith("multipart/form-data") || b < 0) {
        result.rejection
            = HttpResponse::text(400, "Invalid `boundary` for `multipart/form-data` request");
        return result;
    }
    QByteArray boundary = type.mid(b + 9);
    const int semicolon = boundary.indexOf(';');
    if (semicolon >= 0)
        boundary.truncate(semicolon);
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray& body = request.body;
    int pos = body.indexOf(delimiter);
    while (pos >= 0) {
        int start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            break; // closing delimiter
        start = body.indexOf("\r\n", start);
        if (start < 0)
            break;
        start += 2;
        const int headEnd = body.indexOf("\r\n\r\n", start);
        if (headEnd < 0)
            break;
        const QByteArray head = body.mid(start, headEnd - start).toLower();
        const int next = body.indexOf("\r\n" + delimiter, headEnd + 4);
        if (next < 0)
            break;
        if (head.contains("name=\"file\"")) {
            result.found = true;
            result.file = body.mid(headEnd + 4, next - headEnd - 4);
            return result;
        }
        pos = next + 2;
    }
    return result;
}

} // namespace CloacinaSim
