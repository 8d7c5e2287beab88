#pragma once

#include <cloacina/error.h>

#include <QPointer>

namespace Cloacina::StreamDetail {

//! Emits a stream class's error under its name and then under its 0.1 name (\a oldSignal), and
//! failed() after both when \a fatal. Stops as soon as a slot destroyed \a stream.
template <typename Stream>
void emitError(Stream* stream, const Error& error, void (Stream::*oldSignal)(const Error&), bool fatal = false)
{
    QPointer<Stream> alive(stream);
    Q_EMIT stream->lastErrorChanged(error);
    if (!alive)
        return;
    (stream->*oldSignal)(error); // calling a signal emits it
    if (fatal && alive)
        Q_EMIT stream->failed(error);
}

} // namespace Cloacina::StreamDetail
