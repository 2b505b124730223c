// Helper for tst_annotationdurability: creates annotations one after another and
// reports each id on stdout only after AnnotationStore::create returned, until the
// test kills it. Usage: annotating-child LIBRARY THREAD_ID COMMENT_ID

#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: annotating-child LIBRARY THREAD_ID COMMENT_ID\n");
        return 2;
    }
    auto store = Scholia::Library::open(arguments.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    Scholia::AnnotationStore &annotations = (*store)->annotations();
    for (int i = 0; i < 100000; ++i) {
        Scholia::Annotation draft;
        draft.threadId = arguments.at(2).toLongLong();
        draft.commentSourceId = arguments.at(3);
        draft.note = QStringLiteral("note %1").arg(i);
        draft.tags = {QStringLiteral("durable/%1").arg(i % 7)};
        const auto created = annotations.create(draft);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
            return 1;
        }
        std::printf("created %lld\n", created->id);
        std::fflush(stdout);
    }
    // Never reached in the test; do not exit (and close the library) on our own.
    for (;;)
        QThread::sleep(60);
}
