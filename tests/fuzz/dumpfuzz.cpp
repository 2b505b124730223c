// The community dump target: bytes → (unpacked by ZstdStreamReader when they start as a
// zstd frame) → NdjsonLineReader → DumpRecordReader → DumpStaging → DumpThreadAssembler,
// the path of DumpLibraryImporter without the library. Checked: the lines are the input's
// lines, whatever the pieces; a record read survives staging unchanged; every thread
// assembled keeps the promises of an imported thread.

#include "fuzzinvariant.h"
#include "fuzztargets.h"
#include "threadinvariants.h"

#include "import/parallelsanitizer.h"
#include "import/pushshift/dumprecordcodec.h"
#include "import/pushshift/dumprecordreader.h"
#include "import/pushshift/dumpstaging.h"
#include "import/pushshift/dumpthreadassembler.h"
#include "import/pushshift/ndjsonlinereader.h"
#include "import/pushshift/zstdstreamreader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

namespace Scholia::Fuzz {

namespace {

// Small enough that the fuzzer reaches the too-long path with inputs of a few KiB.
constexpr qsizetype maxLineBytes = 4096;
// A zstd frame of a few bytes may unpack to gigabytes: the fuzzer reads only this much.
constexpr qsizetype maxUnpackedBytes = qsizetype(4) << 20;

QByteArray serialized(const DumpRecord &record)
{
    QByteArray bytes;
    DumpRecordCodec::append(record, bytes);
    return bytes;
}

// The input's lines as the reader must give them: split at "\n", one "\r" dropped, the
// empty rest after a final "\n" not a line, a line over the limit reported without bytes.
QList<NdjsonLineReader::Line> expectedLines(const QByteArray &input)
{
    QList<NdjsonLineReader::Line> lines;
    QList<QByteArray> parts = input.split('\n');
    if (parts.last().isEmpty())
        parts.removeLast();
    for (const QByteArray &part : parts) {
        NdjsonLineReader::Line line;
        line.number = lines.size() + 1;
        line.tooLong = part.size() > maxLineBytes;
        line.bytes = line.tooLong ? QByteArray() : part;
        if (line.bytes.endsWith('\r'))
            line.bytes.chop(1);
        lines << line;
    }
    return lines;
}

void requireSameLine(const NdjsonLineReader::Line &got, const NdjsonLineReader::Line &expected)
{
    FuzzInvariant::require(got.number == expected.number && got.tooLong == expected.tooLong
                               && got.bytes == expected.bytes,
                           "NdjsonLineReader gave another line than the input holds",
                           QStringLiteral("line %1 (expected %2), too long %3 (expected %4), bytes:\n%5\nexpected:\n%6")
                               .arg(got.number)
                               .arg(expected.number)
                               .arg(got.tooLong)
                               .arg(expected.tooLong)
                               .arg(QString::fromLatin1(got.bytes.toHex()), QString::fromLatin1(expected.bytes.toHex())));
}

// The bytes in pieces whose sizes the input's own bytes choose, so that lines are cut
// anywhere, as the zstd reader's pieces cut them.
QList<NdjsonLineReader::Line> linesInPieces(const QByteArray &input)
{
    NdjsonLineReader reader(maxLineBytes);
    QList<NdjsonLineReader::Line> lines;
    NdjsonLineReader::Line line;
    qsizetype at = 0;
    while (at < input.size()) {
        const qsizetype piece = 1 + (uchar(input.at(at)) * 37) % 9000;
        reader.append(QByteArrayView(input).sliced(at, qMin(piece, input.size() - at)));
        at += piece;
        while (reader.next(line))
            lines << line;
    }
    if (reader.finish(line))
        lines << line;
    return lines;
}

// Unpacks with the importer's reader, which reads files: the input goes to one first.
QByteArray unpacked(const QByteArray &input)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.zst"));
    {
        QFile file(path);
        FuzzInvariant::require(file.open(QIODevice::WriteOnly) && file.write(input) == input.size(),
                               "cannot write the fuzz input to a temporary file");
    }
    ZstdStreamReader reader;
    QByteArray text;
    if (!reader.open(path))
        return text;
    QByteArray piece;
    while (text.size() < maxUnpackedBytes) {
        const Result<void> read = reader.read(piece);
        FuzzInvariant::require(reader.compressedRead() <= reader.compressedSize(),
                               "ZstdStreamReader counted more bytes than the file has");
        if (!read || piece.isEmpty())
            break;
        text += piece;
    }
    return text;
}

} // namespace

int fuzzPushshiftDump(const uint8_t *data, size_t size)
{
    FuzzInvariant::ensureCoreApplication();
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (ZstdStreamReader::isZstd(input))
        input = unpacked(input);

    const QList<NdjsonLineReader::Line> lines = linesInPieces(input);
    const QList<NdjsonLineReader::Line> expected = expectedLines(input);
    FuzzInvariant::require(lines.size() == expected.size(), "NdjsonLineReader gave another number of lines",
                           QStringLiteral("%1, expected %2").arg(lines.size()).arg(expected.size()));
    for (qsizetype i = 0; i < lines.size(); ++i)
        requireSameLine(lines[i], expected[i]);

    DumpRecordReader records;
    DumpStaging staging;
    FuzzInvariant::require(bool(staging.open()), "cannot open the staging file");
    QSet<QByteArray> staged; // each record's bytes, to compare what staging gives back
    for (const NdjsonLineReader::Line &line : lines) {
        if (line.tooLong)
            continue;
        const Result<DumpRecord> record = records.read(line.bytes);
        if (!record)
            continue;
        FuzzInvariant::require(!record->id.isEmpty() && !record->threadId.isEmpty(),
                               "a record was read without its id or its thread's");
        FuzzInvariant::require(bool(staging.add(*record)), "cannot stage a record");
        const QByteArray bytes = serialized(*record);
        DumpRecord decoded;
        FuzzInvariant::require(DumpRecordCodec::read(bytes, decoded) && serialized(decoded) == bytes,
                               "a record does not survive its staging codec");
        FuzzInvariant::require(!DumpRecordCodec::read(QByteArrayView(bytes).chopped(1), decoded),
                               "the staging codec read a record from fewer bytes than it wrote");
        staged.insert(bytes);
    }

    static ParallelSanitizer sanitizer(1); // the fuzzer's one thread: no workers to join
    DumpThreadAssembler assembler(sanitizer);
    for (const DumpStaging::Thread &thread : staging.threads()) {
        Result<DumpStaging::Records> read = staging.read(thread);
        FuzzInvariant::require(bool(read), "cannot read a staged thread back");
        for (const DumpRecord &comment : read->comments)
            FuzzInvariant::require(comment.threadId == thread.id && staged.contains(serialized(comment)),
                                   "staging gave back a comment that was not staged for this thread");
        if (read->submission)
            FuzzInvariant::require(read->submission->id == thread.id && staged.contains(serialized(*read->submission)),
                                   "staging gave back a submission that was not staged for this thread");
        ThreadInvariants::check(assembler.assemble(thread.id, std::move(read.value())));
    }
    return 0;
}

} // namespace Scholia::Fuzz
