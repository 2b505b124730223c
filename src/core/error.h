#pragma once

#include <QString>

namespace Scholia {

// What went wrong and where: enough for a message like
// "thread.json: reddit-json: expected an array (at byte 0)".
struct Error
{
    QString message;
    QString file;   // the input file, when there is one
    QString format; // the importer's format name, when one was involved
    qint64 byteOffset = -1;
    QString location; // a path inside the document, e.g. "[1].data.children[3]"
    bool cancelled = false; // the user stopped the work; not a failure to report

    static Error of(const QString &message) { return Error{message, {}, {}, -1, {}, false}; }
    static Error cancellation(const QString &message)
    {
        return Error{message, {}, {}, -1, {}, true};
    }
    Error &inFile(const QString &path);
    Error &inFormat(const QString &name);
    Error &atByte(qint64 offset);
    Error &at(const QString &documentPath);

    // "FILE: FORMAT: MESSAGE (at byte N)" with the parts that are known.
    QString toString() const;
};

} // namespace Scholia
