<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+9" />
        <source>About Scholia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Read, annotate and export saved discussion threads, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Component versions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <location filename="../src/cli/annotatecommand.cpp" line="+21" />
        <source>Annotate a comment of a thread: the whole comment, or with --quote the passage of its text that reads exactly so (as "scholia show" prints the text). The annotation is saved before this command reports it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The library file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The comment's id on its site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>SOURCE_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The passage to highlight, verbatim.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-5" />
        <source>Which occurrence of the quote to take when the comment holds it more than once (default: the first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>A tag (repeat for more); "/" makes a hierarchy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>TAG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The highlight colour: %1 (default: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The thread's id, as "scholia list" prints it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+93" />
        <location line="+9" />
        <source>scholia annotate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-95" />
        <source>expected one thread id (a number from "scholia list")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>which comment? (--comment SOURCE_ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>there is no colour called "%1" (there are: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>--quote needs some text; leave it out to annotate the whole comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>--occurrence takes a number from 1 on, and goes with --quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>comment "%1" does not contain "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>comment "%1" has no occurrence %2 of "%3" (it has %4)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>scholia annotate: comment "%1" contains "%2" %n times; annotating the first (--occurrence picks another)</source>
        <translation><numerusform>scholia annotate: comment "%1" contains "%2" %n times; annotating the first (--occurrence picks another)</numerusform><numerusform>scholia annotate: comment "%1" contains "%2" %n times; annotating the first (--occurrence picks another)</numerusform></translation>
    </message>
    <message>
        <location line="+32" />
        <source>scholia annotate: thread %1 has no comment "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>annotation %1 on comment "%2" at %3–%4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>annotation %1 on comment "%2", the whole comment (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationLinkStore</name>
    <message>
        <location filename="../src/store/annotationlinkstore.cpp" line="+72" />
        <source>there is no annotation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>annotation %1 cannot be linked to itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+52" />
        <source>annotation %1 already %2 annotation %3 (link %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-14" />
        <source>cannot save the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+30" />
        <location line="+49" />
        <source>there is no link %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-59" />
        <source>cannot change link %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>cannot delete link %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>only a link that was stored can be restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>link %1 exists already; it cannot be restored over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>cannot restore link %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot restore the links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <location line="+14" />
        <source>cannot read link %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>cannot list the links of annotation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>cannot list the links of thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>cannot list the links tagged "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationLinkTypes</name>
    <message>
        <location filename="../src/core/annotationlinktype.cpp" line="+43" />
        <source>supports</source>
        <comment>link: this passage supports that one</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>rebuts</source>
        <comment>link: this passage rebuts that one</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>asks about</source>
        <comment>link: this passage is a question about that one</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>answers</source>
        <comment>link: this passage answers that one</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>makes the same point as</source>
        <comment>link: both passages say the same thing</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>supported by</source>
        <comment>link seen from its target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>rebutted by</source>
        <comment>link seen from its target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>questioned by</source>
        <comment>link seen from its target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>answered by</source>
        <comment>link seen from its target</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>same point as</source>
        <comment>link seen from its target</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../src/store/annotationstore.cpp" line="+67" />
        <source>there is no highlight colour called "%1" (there are: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <location line="+204" />
        <source>there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-202" />
        <source>thread %1 has no comment "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>"%1" stands for replies that were not saved; there is nothing to annotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a quoted passage needs its position in the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the range %1–%2 is not a passage of comment "%3", whose text is %4 characters long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the range %1–%2 cuts a character of comment "%3" in half</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the text at %1–%2 of comment "%3" is "%4", not the quoted "%5"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>cannot save the annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+38" />
        <location line="+17" />
        <location line="+101" />
        <source>there is no annotation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-128" />
        <location line="+41" />
        <source>cannot change annotation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-24" />
        <source>cannot delete annotation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>annotation %1 is %2; only a re-anchored passage can be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>only an annotation that was stored can be restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>annotation %1 exists already; it cannot be restored over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot restore annotation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>an annotation from elsewhere needs its uuid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>annotation %1 is in the library already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>cannot save the annotation from elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+54" />
        <location line="+10" />
        <source>cannot read annotation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>cannot list the annotations of thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cannot list the orphaned annotations of thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>cannot list the annotations tagged "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <location filename="../src/cli/annotationscommand.cpp" line="+123" />
        <source>List a thread's annotations in tree order: id, comment id, start, end, quote, colour, tags (comma-separated), note, state (anchored, re-anchored or orphaned), tab-separated, with tabs, line breaks and backslashes escaped as \t, \n and \\. Start and end are empty for a whole-comment annotation. "scholia annotations export [ID] -o FILE" writes them as W3C Web Annotations and "scholia annotations import FILE..." merges such files (see their --help).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Print a JSON array instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>scholia annotations: there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsExportCommand</name>
    <message>
        <location filename="../src/cli/annotationsexportcommand.cpp" line="+17" />
        <source>Write a thread's annotations, its notes and the links with an end on it — or, without a thread id, the whole library's — as W3C Web Annotations: one JSON-LD AnnotationCollection that "scholia annotations import" (or another tool) reads. Each annotation keeps its uuid, so importing the file twice adds nothing twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The thread's id, as "scholia list" prints it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>[ID]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The file to write (JSON-LD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>expected at most one thread id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>no output file given (-o FILE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location line="+4" />
        <source>scholia annotations export: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: annotations: %2, links: %3, thread notes: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsImportCommand</name>
    <message>
        <location filename="../src/cli/annotationsimportcommand.cpp" line="+18" />
        <source>Merge W3C Web Annotation files (as "scholia annotations export" writes them) into the library. Each annotation goes to its thread, found by the site and its id (a thread not in the library is named and its annotations skipped), anchored in the comment's text as it is now; one the library has already is updated when the file's is newer. Links follow. Prints one line per file: imported (anchored, moved, flagged, orphaned), updated, unchanged, skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The files to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>FILE...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>which files? (scholia annotations import FILE...)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArgumentLinkText</name>
    <message>
        <location filename="../src/render/argumentlinktext.cpp" line="+27" />
        <source>the whole comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>(comment gone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <comment>author: the whole comment</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1: “%2”</source>
        <comment>author: “quote”</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>no longer found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>%1 %2</source>
        <comment>verb claim</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2 (%3)</source>
        <comment>verb reference (claim)</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArgumentMapDot</name>
    <message>
        <location filename="../src/render/argumentmapdot.cpp" line="+163" />
        <source>+%1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>(comment gone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the whole comment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>orphaned: no longer found in the thread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+41" />
        <source>Import saved thread files into the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save threads whole from their addresses (Reddit, Hacker News, Discourse, themotte.org)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>List the threads in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Print one thread, optionally as an indented tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Print every text a comment has had across the saves of its thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Write a thread as one self-contained HTML page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Export a thread with its annotations as PDF, HTML or Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Highlight, tag or note a comment or a passage of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>List a thread's annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Link two annotations: supports, rebuts, asks, answers, same point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>List the links of a thread's annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Draw a thread's or a topic's argument map (SVG or DOT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>List the tags with how much carries each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Search the whole library (words, "phrases", -word, OR, prefix*, filters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Print every passage with a tag, across all threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Usage: scholia SUBCOMMAND [OPTIONS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>       scholia [--db PATH] [FILE...]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Without a subcommand, Scholia opens its window and imports the FILEs given, then shows the last thread imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The library file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Show the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Subcommands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Run "scholia SUBCOMMAND --help" for a subcommand's options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The library is --db PATH, else $SCHOLIA_DB, else the per-user data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>scholia: unknown subcommand "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandWriterLock</name>
    <message>
        <location filename="../src/cli/commandwriterlock.cpp" line="+16" />
        <source>When another Scholia process is writing to the library, wait until it is done instead of stopping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <location line="+13" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-8" />
        <source>%1: waiting for Scholia process %2 to stop writing to %3…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>%1: the library %2 is open for writing in another Scholia process (pid %3); nothing was written. Close that window or wait for that command to finish, then run this again (or add --wait).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentVersionsHtml</name>
    <message>
        <location filename="../src/render/commentversionshtml.cpp" line="+21" />
        <source>an unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Edited since the save of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Before that, changed from the save of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Not in the save of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Removed on the site; the text is from an earlier save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreateAnnotationCommand</name>
    <message>
        <location filename="../src/library/createannotationcommand.cpp" line="+12" />
        <source>Annotate comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Highlight</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreateLinkCommand</name>
    <message>
        <location filename="../src/library/createlinkcommand.cpp" line="+11" />
        <source>Link passages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DumpLibraryImporter</name>
    <message numerus="yes">
        <location filename="../src/library/dumplibraryimporter.cpp" line="+60" />
        <source>Cancelled after %n thread(s); the threads finished before are kept.</source>
        <translation><numerusform>Cancelled after %n thread; the threads finished before are kept.</numerusform><numerusform>Cancelled after %n threads; the threads finished before are kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+206" />
        <source>%n thread(s) skipped: the library already holds every comment the dump has for them.</source>
        <translation><numerusform>%n thread skipped: the library already holds every comment the dump has for them.</numerusform><numerusform>%n threads skipped: the library already holds every comment the dump has for them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n thread(s) are not whole in the dump (their submission or some parent comments are absent); the library marks them incomplete.</source>
        <translation><numerusform>%n thread are not whole in the dump (their submission or some parent comments are absent); the library marks them incomplete.</numerusform><numerusform>%n threads are not whole in the dump (their submission or some parent comments are absent); the library marks them incomplete.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n line(s) could not be read and were skipped:</source>
        <translation><numerusform>%n line could not be read and were skipped:</numerusform><numerusform>%n lines could not be read and were skipped:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>… and %n more.</source>
        <translation><numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <location filename="../src/library/editannotationcommand.cpp" line="+15" />
        <location line="+58" />
        <source>Edit annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-5" />
        <source>Edit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Change colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Change tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <location filename="../src/library/editlinkcommand.cpp" line="+11" />
        <source>Edit link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditThreadNotesCommand</name>
    <message>
        <location filename="../src/library/editthreadnotescommand.cpp" line="+16" />
        <source>Edit thread notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="+51" />
        <source>scholia export: a PDF needs the scholia executable's own start-up (QtWebEngine needs a GUI application object)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n page(s)</source>
        <translation><numerusform>%1: %n page</numerusform><numerusform>%1: %n pages</numerusform></translation>
    </message>
    <message>
        <location line="+49" />
        <source>The file to write (replaced whole).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>pdf, html or md (default: from the file's extension).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Only annotated comments, with their ancestors as context.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>whole (default), annotated, collapsed (as left in the view) or subtree (with --from).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>SCOPE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The comment (its site id) a subtree export starts at; implies --scope subtree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>COMMENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A4 (default) or Letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>SIZE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Page margins in millimetres (default 15).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Text size in points (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>PT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Highlights as patterns and labelled colours, for black-and-white printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>endnotes (default) or boxes (after each comment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>WHERE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Edited comments with their earlier texts: marked changes in PDF and HTML, quoted in Markdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>unknown format "%1" (pdf, html or md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>--scope is one of whole, annotated, collapsed, subtree (and not with --annotated-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>--scope subtree needs --from COMMENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>--page-size is A4 or Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>--margin is a number of millimetres from 0 to 60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>--font-size is a number of points from 6 to 24</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>--notes is endnotes or boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Export a thread with its highlights, tags and notes: a PDF to hand to someone, a self-contained HTML file (no script, nothing loaded from anywhere) or Markdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>no output file given (-o FILE)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../src/export/exportfile.cpp" line="+11" />
        <location line="+2" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraphvizSvg</name>
    <message>
        <location filename="../src/render/graphvizsvg.cpp" line="+105" />
        <source>Graphviz could not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Graphviz could not read the map: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Graphviz could not lay out the map: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Graphviz could not draw the map as SVG: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <location filename="../src/core/highlightpalette.cpp" line="+19" />
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sky blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Bluish green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Vermillion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Reddish purple</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportBatchReport</name>
    <message>
        <location filename="../src/app/importing/importbatchreport.cpp" line="+88" />
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Import cancelled: %1 of %n file(s) imported.</source>
        <translation><numerusform>Import cancelled: %1 of %n file imported.</numerusform><numerusform>Import cancelled: %1 of %n files imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported %n file(s).</source>
        <translation><numerusform>Imported %n file.</numerusform><numerusform>Imported %n files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Imported %1 of %n file(s).</source>
        <translation><numerusform>Imported %1 of %n file.</numerusform><numerusform>Imported %1 of %n files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) could not be imported.</source>
        <translation><numerusform>%n file could not be imported.</numerusform><numerusform>%n files could not be imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s).</source>
        <translation><numerusform>%n warning.</numerusform><numerusform>%n warnings.</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: warning: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+46" />
        <source>Nothing in the library changed. Check that the library file can be opened (File ▸ Backups can restore one), then import again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>A file that could not be imported changed nothing in the library. Check that it is a saved thread page or an export in a supported format (the README lists them), or save the thread again, then import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Threads with warnings were imported. A warning says what the importer left out or had to guess; if a thread looks wrong, save it again from the site and re-import it: the library merges it with the copy it has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>To finish a cancelled import, import the remaining files again; files already imported are merged, not duplicated.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="+41" />
        <source>%1: storing threads %2/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1: reading %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>%1: threads imported: %2, merged: %3, skipped as already whole: %4; comments: %5; bad lines: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Import saved thread files into the library. The format is detected from each file's content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The library file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Read every file as this format instead of detecting it (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+8" />
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-6" />
        <source>Also import the files in subfolders of a folder given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>For a community dump (.zst): import only the threads of this subreddit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Saved thread files, or folders of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>scholia import: no files given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>scholia import: no format is called "%1" (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>[%1/%2] %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%1: [%2] "%3": %n comment(s) %4</source>
        <translation><numerusform>%1: [%2] "%3": %n comment %4</numerusform><numerusform>%1: [%2] "%3": %n comments %4</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>merged into the stored thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-107" />
        <location line="+111" />
        <source>%1: warning: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFileList</name>
    <message>
        <location filename="../src/cli/importfilelist.cpp" line="+26" />
        <source>%1: no files to import in this folder%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> (--recursive imports its subfolders)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryRecovery</name>
    <message>
        <location filename="../src/app/library/libraryrecovery.cpp" line="+22" />
        <location line="+13" />
        <location line="+7" />
        <location line="+19" />
        <location line="+6" />
        <location line="+6" />
        <source>Scholia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-50" />
        <source>The library could not be opened.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>The library %1 is damaged. Scholia has not changed it.

SQLite's check said: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>There is no backup to restore. Keep a copy of the file before trying to repair it (for example with sqlite3's .recover command).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The newest backup is from %1. Restoring it keeps the damaged library in the backups folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Restore the Newest Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>The backup %1 is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The backup could not be restored.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The backup of %1 is now the library. The library it replaced is kept as %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryRelocation</name>
    <message>
        <location filename="../src/app/library/libraryrelocation.cpp" line="+17" />
        <location line="+10" />
        <source>Move Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-9" />
        <source>The library was not moved; it is still in %1.

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>The library now lives in %1, but the old file could not be removed.

%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../src/cli/linkcommand.cpp" line="+19" />
        <source>Link annotation A to annotation B, in one thread or across threads: A supports, rebuts, asks about, answers or makes the same point as B. The ids are those "scholia annotations" prints. Prints the link's id once it is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The annotation the link goes from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The annotation the link goes to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>What A does to B: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>TYPE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A note on the link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>expected two annotation ids, A and B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>--as takes one of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>scholia link: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>link %1: annotation %2 %3 annotation %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinksCommand</name>
    <message>
        <location filename="../src/cli/linkscommand.cpp" line="+86" />
        <source>List the links with an end on a thread, oldest first: link id, from annotation, type (supports, rebuts, asks, answers, same-point), to annotation, the state of each end (anchored, re-anchored or orphaned), note; tab-separated, with tabs, line breaks and backslashes escaped. An end may be on another thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Print a JSON array instead, with each end's thread, comment, author and quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>scholia links: there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../src/cli/listcommand.cpp" line="+15" />
        <source>List the threads in the library: id, site, comment count, title (tab-separated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Only the threads whose save lacks part of the thread ("more" stubs, posts or pages the saved file does not hold), with a fifth column saying what is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Only the threads with unread comments, with two more columns: how many of them are new (added or changed by a save not visited since) and how many are unread.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <location filename="../src/cli/mapcommand.cpp" line="+26" />
        <source>there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Draw the argument map of a thread (the links with an end on it) or of a topic (--tag: the links among the passages carrying the tag or a tag below it): claims as boxes, links as arrows styled by type. Writes SVG, laid out by Graphviz, or the Graphviz DOT source, as the output file's name ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The thread's id, as "scholia list" prints it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>[ID]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Draw a topic's map instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>TAG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The file to write: FILE.svg or FILE.dot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>expected a thread id or --tag TAG (one of them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>expected -o FILE.svg or -o FILE.dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+11" />
        <location line="+4" />
        <source>scholia map: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-11" />
        <source>scholia map: no links to draw ("scholia link" makes them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>%1: claims: %2, links: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <location filename="../src/library/mergetagscommand.cpp" line="+24" />
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+9" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Preference pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Reading &amp;font:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Reading font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The &amp;page's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Use the thread page's own fonts (DejaVu Sans, Noto Sans)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Font &amp;size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Font size in pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>T&amp;imes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>How comment times are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Mark read after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Seconds on screen before a comment counts as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>How long a comment stays on screen before it counts as read. Moving past it with j or k always marks it read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Only when passed with j/k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> s on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Takes effect when Scholia restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>As&amp;k before opening a link in the web browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New highlights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Colour of new highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Colour names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Li&amp;brary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Library file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Move the library to another folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Backups kept:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Number of backups kept</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintHtmlRenderer</name>
    <message>
        <location filename="../src/render/printhtmlrenderer.cpp" line="+116" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Links to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2</source>
        <comment>comments exported of all</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Reconstructed from a page saved as plain text: where comments begin and what they reply to were rebuilt from the text alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+52" />
        <source>More replies continue on the site; they are not in this save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Depth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>OP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>%1 not included</source>
        <comment>comments left out of the export</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>the whole comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Annotations no longer found in the thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The text these marked changed or vanished in a later save; they are kept as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>The argument map could not be drawn: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Argument map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadStateStore</name>
    <message>
        <location filename="../src/store/readstatestore.cpp" line="+25" />
        <location line="+76" />
        <source>there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-47" />
        <location line="+36" />
        <source>cannot change what is read in thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <location line="+32" />
        <source>cannot read what is unread in thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>cannot mark thread %1 visited</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadingModelBlock</name>
    <message>
        <location filename="../src/render/readingmodelblock.cpp" line="+39" />
        <source>No new comment below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No new comment above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No unread comment below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No unread comment above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Nothing in this thread is new since your last visit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <location filename="../src/library/recolortagcommand.cpp" line="+11" />
        <source>Recolour tag “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../src/render/relativetime.cpp" line="+9" />
        <source>in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n month(s) ago</source>
        <translation><numerusform>%n month ago</numerusform><numerusform>%n months ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n year(s) ago</source>
        <translation><numerusform>%n year ago</numerusform><numerusform>%n years ago</numerusform></translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../src/library/removeannotationcommand.cpp" line="+12" />
        <source>Delete annotation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <location filename="../src/library/removelinkcommand.cpp" line="+10" />
        <source>Remove link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <location filename="../src/library/removetagcommand.cpp" line="+22" />
        <source>Delete tag “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../src/library/renametagcommand.cpp" line="+23" />
        <source>Rename tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rename tag “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../src/cli/rendercommand.cpp" line="+35" />
        <source>Write a thread as the one HTML page the thread view shows, self-contained: the stylesheet and script are inline and the page loads nothing from anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The HTML file to write (replaced whole).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>scholia render: no output file given (-o FILE.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>scholia render: the thread stylesheet is missing from this build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <location line="+6" />
        <source>scholia render: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveArchive</name>
    <message>
        <location filename="../src/fetch/savearchive.cpp" line="+44" />
        <source>cannot create the folder %1 for the save's files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+44" />
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveCommand</name>
    <message>
        <location filename="../src/cli/savecommand.cpp" line="+38" />
        <source>The library file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Stop after N requests to the site (default %1); what is not fetched by then is reported as missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Keep the responses under DIR instead of the "saved" folder beside the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Print every request made and its answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>[%1] GET %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>      → HTTP %1, %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>  %1 requests, %2 comments so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>  waiting %1 s: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%1: [%2] "%3": %n comment(s) %4</source>
        <translation><numerusform>%1: [%2] "%3": %n comment %4</numerusform><numerusform>%1: [%2] "%3": %n comments %4</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>merged into the stored thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>  %n request(s); the responses are in %1</source>
        <translation><numerusform>  %n request; the responses are in %1</numerusform><numerusform>  %n requests; the responses are in %1</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: note: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1: warning: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Save threads from their addresses: Reddit, Hacker News, Discourse forums and rDrama-family sites (themotte.org). Each thread is fetched whole through the site's public interface, kept as the site sent it, and imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Thread addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>scholia save: no address given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+8" />
        <location line="+34" />
        <location line="+7" />
        <source>scholia save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-36" />
        <source>scholia save: --max-requests takes a number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>  nothing was saved; the library is as it was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>  the responses are kept in %1; the library is as it was</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveGaps</name>
    <message numerus="yes">
        <location filename="../src/core/savegaps.cpp" line="+38" />
        <source>%n of %1 posts are not in this save.</source>
        <translation><numerusform>%n of %1 posts is not in this save.</numerusform><numerusform>%n of %1 posts are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of %1 messages are not in this save.</source>
        <translation><numerusform>%n of %1 messages is not in this save.</numerusform><numerusform>%n of %1 messages are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of %1 answers are not in this save.</source>
        <translation><numerusform>%n of %1 answers is not in this save.</numerusform><numerusform>%n of %1 answers are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of %1 comments are not in this save.</source>
        <translation><numerusform>%n of %1 comments is not in this save.</numerusform><numerusform>%n of %1 comments are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n posts are not in this save.</source>
        <translation><numerusform>%n post is not in this save.</numerusform><numerusform>%n posts are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n messages are not in this save.</source>
        <translation><numerusform>%n message is not in this save.</numerusform><numerusform>%n messages are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n answers are not in this save.</source>
        <translation><numerusform>%n answer is not in this save.</numerusform><numerusform>%n answers are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n comments are not in this save.</source>
        <translation><numerusform>%n comment is not in this save.</numerusform><numerusform>%n comments are not in this save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>This save is not whole: it links to more in %n places it does not hold.</source>
        <translation><numerusform>This save is not whole: it links to more in %n place it does not hold.</numerusform><numerusform>This save is not whole: it links to more in %n places it does not hold.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>It also links to more in %n places it does not hold.</source>
        <translation><numerusform>It also links to more in %n place it does not hold.</numerusform><numerusform>It also links to more in %n places it does not hold.</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>incomplete save: %1 The file shows it by %2. Saving the thread from its address (File ▸ Save from Address…, or scholia save URL) fetches the rest.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::AboutDialog</name>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="+21" />
        <source>Library: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>SQLite %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>gumbo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>md4c %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>GMime %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>simdjson %1.%2.%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>KSyntaxHighlighting: built in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>KSyntaxHighlighting: not built in (no KF6SyntaxHighlighting found)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::AnnotationEditor</name>
    <message>
        <location filename="../src/app/annotating/annotationeditor.cpp" line="+37" />
        <source>Highlight colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Annotation tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>topic/subtopic, another tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Annotation note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A note on this passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::AnnotationExchange</name>
    <message>
        <location filename="../src/app/annotating/annotationexchange.cpp" line="+20" />
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Export A&amp;nnotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Write annotations, tags, notes and links as W3C Web Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Import Anno&amp;tations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Merge W3C Web Annotations made by Scholia into this library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location line="+14" />
        <location line="+5" />
        <source>Export Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <source>Export the annotations of the open thread, or of the whole library?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Whole &amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Cannot export the annotations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Exported to %1: annotations: %2, links: %3, thread notes: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+10" />
        <source>Import Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The annotations were merged into the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Some files could not be imported; nothing of those was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>%1: not imported: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::AnnotationLinkList</name>
    <message>
        <location filename="../src/app/annotating/annotationlinklist.cpp" line="+24" />
        <source>&amp;Link to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Say what this passage supports, rebuts, asks or answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Links of the selected annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Go to Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remove Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+91" />
        <source>No links yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Links (%1): Enter goes to the passage, F2 edits the link, Delete removes it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::AnnotationListModel</name>
    <message>
        <location filename="../src/app/annotating/annotationlistmodel.cpp" line="+56" />
        <source>Re-anchored: the comment changed, check that this is still the passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>%1 highlight on comment %2, last changed %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>Whole comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::AnnotationPopover</name>
    <message>
        <location filename="../src/app/annotating/annotationpopover.cpp" line="+48" />
        <source>Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Tags, separated by commas (topic/subtopic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>A note on this passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Link to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Say what this passage supports, rebuts, asks or answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>The whole comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ArgumentMapView</name>
    <message>
        <location filename="../src/app/threadview/argumentmapview.cpp" line="+36" />
        <source>Argument map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+72" />
        <source>Open a thread to see its argument map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read the argument map: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>No links in this thread yet. Select a highlight and use “Link to…” to say what it supports, rebuts, asks or answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>No links among the passages tagged “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Cannot draw the argument map: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::BackupsDialog</name>
    <message>
        <location filename="../src/app/library/backupsdialog.cpp" line="+29" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Backed up by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Library replaced by a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Before the upgrade to schema %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+9" />
        <location line="+58" />
        <location line="+3" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-68" />
        <source>Scholia backs up the library once a day while you use it and before every upgrade of its format, keeping the last %1. They are in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>The library could not be backed up.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Restore Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Replace the library with the backup of %1?

The library as it is now is kept in the backups folder. Scholia closes the library, restores the backup and opens it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::DiscourseThreadFetcher</name>
    <message>
        <location filename="../src/fetch/discoursethreadfetcher.cpp" line="+49" />
        <source>%1: the answer is not a Discourse topic (no post_stream)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+44" />
        <source>%1: the answer is not JSON (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>stopped at the request limit (%1 requests): %n post(s) not fetched</source>
        <translation><numerusform>stopped at the request limit (%1 requests): %n post not fetched</numerusform><numerusform>stopped at the request limit (%1 requests): %n posts not fetched</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>the forum did not return %n of the posts its stream lists (deleted or hidden)</source>
        <translation><numerusform>the forum did not return %n of the posts its stream lists (deleted or hidden)</numerusform><numerusform>the forum did not return %n of the posts its stream lists (deleted or hidden)</numerusform></translation>
    </message>
</context>
<context>
    <name>Scholia::ExportController</name>
    <message>
        <location filename="../src/app/export/exportcontroller.cpp" line="+73" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Markdown files (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>A PDF export is still running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Open a thread to export it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+17" />
        <location line="+7" />
        <source>Export Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-5" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ExportDialog</name>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="+35" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Show what was &amp;edited since earlier saves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Export Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The whole thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Only annotated comments, with their parents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>As collapsed in the view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The focused comment and its replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source> mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>In colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Greyscale (patterns and colour names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Numbered, at the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>In a box after each comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Comments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Edited comments carry their earlier texts: as marked changes in PDF and HTML, quoted in Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Page &amp;size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Margins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Text size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Highlights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::FetchPolicy</name>
    <message>
        <location filename="../src/fetch/fetchpolicy.cpp" line="+41" />
        <source>SCHOLIA_FETCH_TEST_ORIGIN is not a loopback address (%1); ignored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::FindBar</name>
    <message>
        <location filename="../src/app/threadview/findbar.cpp" line="+29" />
        <source>Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Text in this thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find in thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+123" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::HackerNewsThreadFetcher</name>
    <message>
        <location filename="../src/fetch/hackernewsthreadfetcher.cpp" line="+75" />
        <source>%1: Algolia's answer is not an item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>the address names comment %1; its whole story %2 was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Algolia's API failed (%1); the thread was fetched item by item from the Hacker News API instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Algolia's API failed (%1), and so did the Hacker News API</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>stopped at the request limit (%1 requests): %n item(s) not fetched</source>
        <translation><numerusform>stopped at the request limit (%1 requests): %n item not fetched</numerusform><numerusform>stopped at the request limit (%1 requests): %n items not fetched</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the Hacker News API returned no item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>%1: no such item</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ImportController</name>
    <message>
        <location filename="../src/app/importing/importcontroller.cpp" line="+30" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Import saved thread files into the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>Import Threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Saved threads (*.json *.html *.htm *.mbox *.txt *.zst);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>There were no files to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
        <source>%v of %m files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Importing file %1 of %2:
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Storing threads: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Reading the dump: %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ImportReportDialog</name>
    <message>
        <location filename="../src/app/importing/importreportdialog.cpp" line="+40" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>%1: not imported (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1: &lt;b&gt;could not be imported&lt;/b&gt;: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>%1: imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1: imported %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>(%n warning(s))</source>
        <translation><numerusform>(%n warning)</numerusform><numerusform>(%n warnings)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n more file(s) imported without warnings</source>
        <translation><numerusform>%n more file imported without warnings</numerusform><numerusform>%n more files imported without warnings</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Warnings by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n time(s), in %1</source>
        <translation><numerusform>%n time, in %1</numerusform><numerusform>%n times, in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n time(s), in %1 files</source>
        <translation><numerusform>%n time, in %1 files</numerusform><numerusform>%n times, in %1 files</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 &lt;i&gt;and others like it&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Import Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Import Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Import summary</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>&amp;Details: all %n message(s)</source>
        <translation><numerusform>&amp;Details: all %n message</numerusform><numerusform>&amp;Details: all %n messages</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show every error and warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Errors and warnings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::LibraryCommand</name>
    <message>
        <location filename="../src/library/librarycommand.cpp" line="+42" />
        <source>“%1” could not be undone or redone: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::LibraryEditor</name>
    <message>
        <location filename="../src/library/libraryeditor.cpp" line="+151" />
        <source>no thread is shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::LibraryPane</name>
    <message>
        <location filename="../src/app/library/librarypane.cpp" line="+30" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+2" />
        <source>Filter threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Show Column “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>&amp;Delete Thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Your library is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>To get threads in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>File ▸ Import… a saved page, a JSON or text export, or a mailbox;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>drop such files, or a thread's web address, on this window;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>File ▸ Save from Address… to fetch a thread by its address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The toolbar has both commands too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::LinkEditDialog</name>
    <message>
        <location filename="../src/app/annotating/linkeditdialog.cpp" line="+16" />
        <source>Edit Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Link type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Note on the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::LinkPickerDialog</name>
    <message>
        <location filename="../src/app/annotating/linkpickerdialog.cpp" line="+38" />
        <source>Link to Another Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the whole comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>From: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Link type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Find passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Search the library's annotations (empty: this thread's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Passages to link to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Note on the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>This passage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+46" />
        <source>This thread's annotations. Type to search the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>This thread has no other annotation. Type to search the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Cannot search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Annotations found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No annotation matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>(the whole comment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>#%1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>unknown author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>(no longer found in the comment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>Cannot link: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::MainToolBar</name>
    <message>
        <location filename="../src/app/maintoolbar.cpp" line="+14" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Dark Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Switch between the light and the dark theme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="+70" />
        <source>Scholia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+63" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Highlight Selection	H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Focused Comment	C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Search the Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Find in Thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Ta&amp;g This Thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mark Thread Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Mar&amp;k Thread Unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Only &amp;Annotated Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Only Ne&amp;w Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Expand All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Collapse to &amp;Top Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Collapse &amp;Below Depth…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Caret Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Go to &amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Go to &amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>To&amp;pics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Argument &amp;Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Move Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;About Scholia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Argument Map: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+24" />
        <source>Argument Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Collapse Below Depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show this many levels of replies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>Th&amp;read Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show the whole thread in a strip beside it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>The library is read-only: another Scholia process (pid %1) is writing to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The library is read-only: another Scholia process is writing to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>%1 — Scholia</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 · %n comment(s) · saved %2</source>
        <translation><numerusform>%1 · %n comment · saved %2</numerusform><numerusform>%1 · %n comments · saved %2</numerusform></translation>
    </message>
    <message>
        <location line="+31" />
        <source>Delete "%1" from the library?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>It holds %n annotation(s); they will be deleted with it.</source>
        <translation><numerusform>It holds %n annotation; they will be deleted with it.</numerusform><numerusform>It holds %n annotations; they will be deleted with it.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-10" />
        <location line="+11" />
        <location line="+8" />
        <source>Delete Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-295" />
        <source>Normal &amp;Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Go to Threa&amp;d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+279" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::NotesPane</name>
    <message>
        <location filename="../src/app/annotating/notespane.cpp" line="+33" />
        <location line="+2" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>Notes and annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+64" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-13" />
        <source>Show annotations with tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Orphaned annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Orphaned — the text they marked is no longer in the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Selected annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>&amp;Show in Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+72" />
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::PdfExportProgress</name>
    <message>
        <location filename="../src/app/export/pdfexportprogress.cpp" line="+22" />
        <source>A PDF export is still running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Preparing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Exporting PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Exported %1 (%2 pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The PDF could not be written.

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::PdfExporter</name>
    <message>
        <location filename="../src/export/pdfexporter.cpp" line="+111" />
        <source>another PDF export is still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Laying out the pages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>cannot prepare the page to print: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>the page to print could not be loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>the web engine produced no PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Writing the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>cancelled; no file was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::PoliteHttpClient</name>
    <message>
        <location filename="../src/fetch/politehttpclient.cpp" line="+79" />
        <location line="+152" />
        <source>the save was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-135" />
        <source>%1: refused: Scholia only asks %2 over HTTPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+63" />
        <source>%1's limit for this period is used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1: the server sent nothing for %2 s and was given up (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1: the response took longer than %2 s and was given up (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1: the response is larger than Scholia accepts (%2 MB for one response, %3 MB for a whole save) (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1: the server redirected to %2, which is not %3; not followed (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>: the thread is private, quarantined or needs a login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>: no such thread (deleted, or a mistyped address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>: the site's rate limit; try again later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1: HTTP %2%3%4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>%1 asked Scholia to wait (HTTP 429, Retry-After)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>; the site asks to wait %1 s before the next request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>; still limited after %1 waits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::PreferencesDialog</name>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="+36" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>As the site showed them (3 hours ago)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Exact (2026-11-24 09:30:00 UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Name for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>Moving closes the library, copies it to the new folder, checks the copy and reopens it there; the old file is removed only then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>This library was chosen with --db or SCHOLIA_DB, so it cannot be moved from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Move the Library To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+6" />
        <source>Move Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-5" />
        <source>%1 already exists. Choose a folder without a library in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Close the library, move it to %1 and reopen it there?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::RdramaThreadFetcher</name>
    <message>
        <location filename="../src/fetch/rdramathreadfetcher.cpp" line="+33" />
        <source>%1: the page has no rDrama comment or post markup</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+81" />
        <source>stopped at the request limit (%1 requests): %n link(s) to more comments not followed</source>
        <translation><numerusform>stopped at the request limit (%1 requests): %n link to more comments not followed</numerusform><numerusform>stopped at the request limit (%1 requests): %n links to more comments not followed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n "More comments" link(s) pointed to another site and were not followed</source>
        <translation><numerusform>%n "More comments" link pointed to another site and was not followed</numerusform><numerusform>%n "More comments" links pointed to another site and were not followed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n "More comments" page(s) held no replies to take</source>
        <translation><numerusform>%n "More comments" page held no reply to take</numerusform><numerusform>%n "More comments" pages held no replies to take</numerusform></translation>
    </message>
</context>
<context>
    <name>Scholia::ReadOnlyBanner</name>
    <message>
        <location filename="../src/app/library/readonlybanner.cpp" line="+12" />
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Library is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Open the library for writing if the other process has closed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>This library is open for writing in another Scholia process (pid %1). Changes are off until it closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>This library is open for writing in another Scholia process. Changes are off until it closes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::RecentImportsMenu</name>
    <message>
        <location filename="../src/app/importing/recentimportsmenu.cpp" line="+12" />
        <source>&amp;Recent Imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>No Recent Imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Clear Menu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::RedditThreadFetcher</name>
    <message>
        <location filename="../src/fetch/redditthreadfetcher.cpp" line="+20" />
        <source>%1: the response is not JSON (%2 at byte %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+54" />
        <source>%1: Reddit's answer is not a thread (expected its post and its comments)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+80" />
        <source>%1: Reddit answered with errors: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+76" />
        <source>stopped at the request limit (%1 requests): %n "more" stub(s) were not expanded</source>
        <translation><numerusform>stopped at the request limit (%1 requests): %n "more" stub was not expanded</numerusform><numerusform>stopped at the request limit (%1 requests): %n "more" stubs were not expanded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Reddit kept %n "more" stub(s) it would not expand</source>
        <translation><numerusform>Reddit kept %n "more" stub it would not expand</numerusform><numerusform>Reddit kept %n "more" stubs it would not expand</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Reddit did not return %n of the comments its stubs listed (deleted, removed or hidden)</source>
        <translation><numerusform>Reddit did not return %n of the comments its stubs listed (deleted, removed or hidden)</numerusform><numerusform>Reddit did not return %n of the comments its stubs listed (deleted, removed or hidden)</numerusform></translation>
    </message>
</context>
<context>
    <name>Scholia::SaveFromAddressController</name>
    <message>
        <location filename="../src/app/importing/savefromaddresscontroller.cpp" line="+27" />
        <source>Save from &amp;Address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Fetch a whole thread from its address and import it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <location line="+31" />
        <location line="+64" />
        <location line="+18" />
        <source>Save from Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-112" />
        <source>Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>Waiting %n second(s): %1</source>
        <translation><numerusform>Waiting %n second: %1</numerusform><numerusform>Waiting %n seconds: %1</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saving from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Asking %1 for the thread…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%1
%n request(s) made</source>
        <translation><numerusform>%1
%n request made</numerusform><numerusform>%1
%n requests made</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n comment(s) so far</source>
        <translation><numerusform>%n comment so far</numerusform><numerusform>%n comments so far</numerusform></translation>
    </message>
    <message>
        <location line="+14" />
        <source>The save from %1 was cancelled; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The thread could not be saved. Nothing was saved; the library is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Saved %1 in %n request(s); the responses are in %2</source>
        <translation><numerusform>Saved %1 in %n request; the responses are in %2</numerusform><numerusform>Saved %1 in %n requests; the responses are in %2</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>The thread was saved, but not all of it:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::SaveFromAddressDialog</name>
    <message>
        <location filename="../src/app/importing/savefromaddressdialog.cpp" line="+23" />
        <source>Save from Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>https://www.reddit.com/r/…/comments/…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Thread address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Most requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The save stops after this many requests; what it has not fetched by then is reported as missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Scholia fetches the whole thread through the site's public interface, without logging in: Reddit (its JSON pages and /api/morechildren, 10 requests a minute), Hacker News (Algolia's API, else the official one), Discourse forums (t/ID.json and posts.json) and rDrama-family sites such as themotte.org (the post page and its "More comments" pages). Each request sends only the address and Scholia's name and version. The responses are kept in the "saved" folder beside the library, then imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Most requests:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Paste the address of a thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>A thread on %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::SearchPane</name>
    <message>
        <location filename="../src/app/search/searchpane.cpp" line="+26" />
        <source>Library search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Words must all occur; "exact phrase", -word, a OR b, word*.
Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned is:incomplete
Arguments: is:rebutted is:unanswered link:TYPE (supports, rebuts, asks, answers, same-point)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+56" />
        <source>Cannot search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::SearchResultModel</name>
    <message>
        <location filename="../src/app/search/searchresultmodel.cpp" line="+55" />
        <source>more than %1 matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · best first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 · too many to rank: newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>the thread itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>your notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>your annotation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::TagTreeModel</name>
    <message>
        <location filename="../src/app/annotating/tagtreemodel.cpp" line="+33" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::TagsDialog</name>
    <message numerus="yes">
        <location filename="../src/app/annotating/tagsdialog.cpp" line="+84" />
        <source>Delete the tag “%1”? %n annotation(s) carry it; they keep their highlights and notes. Tags below it stay.</source>
        <translation><numerusform>Delete the tag “%1”? %n annotation carry it; they keep their highlights and notes. Tags below it stay.</numerusform><numerusform>Delete the tag “%1”? %n annotations carry it; they keep their highlights and notes. Tags below it stay.</numerusform></translation>
    </message>
    <message>
        <location line="+53" />
        <source>Rename Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>New name for “%1” (the tags below it follow):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+20" />
        <source>Merge Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-19" />
        <source>Merge “%1” into “%2”? Everything tagged “%1” will be tagged “%2”, and “%1” will be gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Merge “%1” into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Delete Tag</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThemeSwitcher</name>
    <message>
        <location filename="../src/app/settings/themeswitcher.cpp" line="+92" />
        <source>T&amp;heme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Follow the &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThreadBridge</name>
    <message>
        <location filename="../src/app/threadview/threadbridge.cpp" line="+106" />
        <source>A highlight has to stay inside one comment: select text in a single comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Select some text in a comment first, then press h (or use the context menu).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThreadListModel</name>
    <message>
        <location filename="../src/app/library/threadlistmodel.cpp" line="+70" />
        <source>Incomplete save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>%1 ⚠</source>
        <comment>comment count of a save that lacks part of its thread</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThreadMapStrip</name>
    <message>
        <location filename="../src/app/threadview/threadmapstrip.cpp" line="+43" />
        <source>Thread map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The whole thread in miniature: a line per comment, indented by its depth and as long as its text, with ticks for annotations, find matches, new and unread comments, and a box around the comments on screen. Click or drag to go there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+254" />
        <source>Comment %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Comments %1–%2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Annotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Holds the text found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>New since your last visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Unread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThreadNotesEditor</name>
    <message>
        <location filename="../src/app/annotating/threadnoteseditor.cpp" line="+28" />
        <source>Thread notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Your notes on this thread, in Markdown. They are saved as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Notes saving status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+46" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+50" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-33" />
        <source>Cannot read the notes: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThreadPage</name>
    <message>
        <location filename="../src/app/threadview/threadpage.cpp" line="+25" />
        <source>Open link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Open this link in your web browser?

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Do not ask again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThreadRowDelegate</name>
    <message numerus="yes">
        <location filename="../src/app/library/threadrowdelegate.cpp" line="+67" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n new</source>
        <comment>comments added or changed by a save not yet visited</comment>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n unread</source>
        <comment>comments</comment>
        <translation><numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadSaver</name>
    <message numerus="yes">
        <location filename="../src/fetch/threadsaver.cpp" line="+90" />
        <source>%1: the save failed after %n request(s): %2</source>
        <translation><numerusform>%1: the save failed after %n request: %2</numerusform><numerusform>%1: the save failed after %n requests: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadTagsDialog</name>
    <message>
        <location filename="../src/app/annotating/threadtagsdialog.cpp" line="+17" />
        <source>Thread Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Tags for “%1”, separated by commas (topic/subtopic):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Thread tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::ThreadView</name>
    <message>
        <location filename="../src/app/threadview/threadview.cpp" line="+46" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+256" />
        <source>&amp;Highlight Selection	H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate Comment	C</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::TopicExportController</name>
    <message>
        <location filename="../src/app/export/topicexportcontroller.cpp" line="+31" />
        <location line="+21" />
        <source>Export Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-21" />
        <source>Select a topic first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::TopicPassageModel</name>
    <message>
        <location filename="../src/app/topics/topicpassagemodel.cpp" line="+95" />
        <source>Untitled thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Thread %1, passages: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>%1. Note: %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>unknown author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>orphaned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>re-anchored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::TopicTagModel</name>
    <message>
        <location filename="../src/app/topics/topictagmodel.cpp" line="+29" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>%1
Passages: %2 (tagged with it directly: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1, passages: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scholia::TopicsPane</name>
    <message>
        <location filename="../src/app/topics/topicspane.cpp" line="+40" />
        <source>Export to &amp;Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+56" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sort passages by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>So&amp;rt by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Export to PDF/&amp;HTML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Argument Ma&amp;p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show the links among this topic's passages as a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <location line="+90" />
        <source>Select a topic to gather its passages from every thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-87" />
        <source>Passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+89" />
        <source>%1 · Passages: %2 · Threads: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <location line="+5" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>Export Topic to Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Topic %1.md</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Export Topic</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenCommentLimit</name>
    <message>
        <location filename="../src/render/screencommentlimit.cpp" line="+26" />
        <source>This comment is %1 characters long; the first %2 are shown here. The library keeps all of it: export the thread to read the rest.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../src/cli/searchcommand.cpp" line="+61" />
        <source>more than %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>matches: %1, best first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>matches: %1, the most recently saved first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+53" />
        <source>Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; "a phrase", -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete, is:rebutted (a passage another rebuts), is:unanswered (a question nothing answers), link:TYPE (either end of a link: supports, rebuts, asks, answers, same-point). Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>What to look for (several arguments are joined with spaces).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show at most N hits (default 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Skip the first N hits (default 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Print the page as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>(a query that excludes words goes after --: scholia search -- fish -chips)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>--limit needs a number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>--offset needs a number of at least 0</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <location filename="../src/store/searchengine.cpp" line="+183" />
        <source>cannot search the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchQueryParser</name>
    <message>
        <location filename="../src/store/searchquery.cpp" line="+87" />
        <source>"OR" needs a word after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>an excluded word needs a word or a filter to search for besides it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the query is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>"-" needs a word right after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>"OR" needs a word before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>"%1" has no letters or digits to search for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>a prefix needs at least two characters before "*"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>an excluded word cannot be a side of "OR"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>this quotation mark is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the quotation marks hold nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>unknown filter "%1:" (the filters are author:, site:, tag:, thread:, before:, after:, is: and link:; put a word in quotes to search for it as it is)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+94" />
        <source>"is:%1" is not a filter (there are is:annotated, is:orphaned, is:incomplete, is:rebutted and is:unanswered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>"link:%1" names no kind of link (there are %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-99" />
        <source>a filter cannot be excluded with "-"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>a filter cannot be a side of "OR"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>the filter "%1:" needs a value right after the colon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>"%1" is not a thread id (a number from the library list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is not a date written YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetThreadReadCommand</name>
    <message>
        <location filename="../src/library/setthreadreadcommand.cpp" line="+12" />
        <source>Mark thread read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Mark thread unread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetThreadTagsCommand</name>
    <message>
        <location filename="../src/library/setthreadtagscommand.cpp" line="+11" />
        <source>Tag thread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../src/cli/showcommand.cpp" line="+17" />
        <source>Print a thread: its post, then its comments in order, each marked when a later save made it new, edited, missing or removed on the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Indent each comment by its depth in the reply tree.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubcommandLine</name>
    <message>
        <location filename="../src/cli/subcommandline.cpp" line="+14" />
        <source>The library file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The thread's id, as "scholia list" prints it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>expected one thread id (a number from "scholia list")</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SvgSanitizer</name>
    <message>
        <location filename="../src/render/svgsanitizer.cpp" line="+126" />
        <source>the drawing is not an SVG document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>the drawing is not well-formed XML: %1 (line %2, column %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the drawing is empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagName</name>
    <message>
        <location filename="../src/core/tagname.cpp" line="+10" />
        <source>a tag needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the tag "%1" has an empty part between slashes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../src/store/tagstore.cpp" line="+61" />
        <source>cannot list the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>cannot look up the tag "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>cannot complete the tag "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <location line="+219" />
        <source>there is no tag called "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-214" />
        <location line="+30" />
        <source>there is a tag called "%1" already; merge the two instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-24" />
        <source>cannot rename the tag "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>cannot rename tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>"%1" and "%2" are the same tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>cannot merge "%1" into "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>cannot undo merging "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>there is no colour called "%1" (there are: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cannot recolour the tag "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>cannot delete the tag "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cannot restore the tag "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>there is a tag called "%1" again; it cannot be restored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <location filename="../src/cli/tagscommand.cpp" line="+16" />
        <source>List the tags in the library: name, annotations carrying it, threads carrying it, colour (tab-separated). A tag's counts are its own: "compute" does not count what "compute/export-controls" carries.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../ui/tagsdialog.ui" line="+9" />
        <location line="+7" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rename tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Merge tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Select two tags to merge the first into the second, or one to choose where it goes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Tag colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadAddress</name>
    <message>
        <location filename="../src/fetch/threadaddress.cpp" line="+45" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>not a web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>only http and https addresses can be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>a Reddit address, but not of a thread (…/comments/ID/…, or redd.it/ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>a Hacker News address, but not of an item (news.ycombinator.com/item?id=N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Scholia cannot tell which site serves this address; it saves Reddit threads, Hacker News items, Discourse topics (…/t/slug/ID) and posts of rDrama-family sites such as themotte.org (…/post/ID/slug)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadExporter</name>
    <message>
        <location filename="../src/export/threadexporter.cpp" line="+36" />
        <source>a PDF is printed by a web page, not written as text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadHistoryStore</name>
    <message>
        <location filename="../src/store/threadhistorystore.cpp" line="+55" />
        <location line="+50" />
        <source>there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-9" />
        <source>cannot read the history of thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>thread %1 has no comment "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cannot read the versions of a comment of thread %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadHtmlRenderer</name>
    <message>
        <location filename="../src/render/threadhtmlrenderer.cpp" line="+63" />
        <source>annotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>(found again after the comment changed: check it)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../src/render/scoretext.cpp" line="+16" />
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/render/threadhtmlrenderer.cpp" line="+77" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported from a page saved as plain text: the page kept no authors or times, and Scholia rebuilt where each comment begins and what it replies to from the text alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+115" />
        <source>reconstructed from text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-30" />
        <source>%n more replies not saved</source>
        <translation><numerusform>%n more reply not saved</numerusform><numerusform>%n more replies not saved</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>More replies continue on the site; they are not in this save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-190" />
        <source>Collapse or expand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Added or changed by a save you have not seen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Collapse or expand the replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+104" />
        <source>What the saved file itself says it does not hold. Saving the thread from its address (File ▸ Save from Address…) fetches the rest and merges it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+94" />
        <source>Depth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>OP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>The author of the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Where this comment begins and what it replies to were rebuilt from plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>time unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Edited %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>not in latest save</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n replies</source>
        <translation><numerusform>%n reply</numerusform><numerusform>%n replies</numerusform></translation>
    </message>
    <message>
        <location line="+35" />
        <source>Next / previous comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Next / previous comment at the same depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Parent comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Top of the thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Collapse or expand the focused comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Collapse all replies of the focused comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Highlight the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Caret mode: select text of the focused comment from the keyboard (h highlights it, Esc leaves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>In caret mode: move by character / word / sentence / line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>In caret mode: Shift makes a move extend the selection; after v, every move does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Annotate the focused comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Next / previous new comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Next / previous unread comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide the focused comment's earlier texts (an edited comment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Larger / smaller / normal text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find in this thread, next / previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Search the whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Go to the library, thread, notes or topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Import files / export this thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Undo / redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Press ? or Esc to close.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadMarkdownWriter</name>
    <message>
        <location filename="../src/render/threadmarkdownwriter.cpp" line="+93" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+96" />
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-94" />
        <source>%1 of %2</source>
        <comment>comments exported of all</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>(unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>on the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>(depth %1) </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>(see above)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Text in the save of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>Annotated: the whole comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+14" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Annotations no longer found in the thread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadNotesStore</name>
    <message>
        <location filename="../src/store/threadnotesstore.cpp" line="+22" />
        <location line="+14" />
        <source>cannot read the notes of thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cannot save the notes of thread %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadScope</name>
    <message>
        <location filename="../src/core/threadscope.cpp" line="+81" />
        <source>the thread has no comment "%1" to export from</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadTagStore</name>
    <message>
        <location filename="../src/store/threadtagstore.cpp" line="+20" />
        <source>cannot read the tags of thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>there is no thread %1 in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>cannot tag thread %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopicCommand</name>
    <message>
        <location filename="../src/cli/topiccommand.cpp" line="+111" />
        <source>Print every passage tagged TAG or a tag below it ("economics" gathers "economics/trade"), across all threads, grouped by thread: as Markdown, or as a JSON array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The tag, as "scholia tags" lists it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>md (the default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>date, thread (the default) or author.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>ORDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>expected one tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>unknown format "%1" (there are: md, json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>unknown order "%1" (there are: date, thread, author)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>scholia topic: there is no tag "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>; did you mean: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopicExporter</name>
    <message>
        <location filename="../src/export/topicexporter.cpp" line="+29" />
        <source>a PDF is printed by a web page, not written as text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopicMarkdownWriter</name>
    <message>
        <location filename="../src/render/topicmarkdownwriter.cpp" line="+71" />
        <source>unknown author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>no longer found in the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>Topic: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Exported %1 %2 Passages: %3 %2 Threads: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Untitled thread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopicPrintHtmlRenderer</name>
    <message>
        <location filename="../src/render/topicprinthtmlrenderer.cpp" line="+36" />
        <source>(comment no longer in the thread)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>found again after the comment changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>no longer found in the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Topic: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopicStore</name>
    <message>
        <location filename="../src/store/topicstore.cpp" line="+167" />
        <source>cannot count the passages of each tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>cannot gather the passages tagged "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>cannot read the linked passages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TreeTextFormatter</name>
    <message numerus="yes">
        <location filename="../src/cli/treetextformatter.cpp" line="+24" />
        <source>[%n more replies not saved]</source>
        <translation><numerusform>[%n more reply not saved]</numerusform><numerusform>[%n more replies not saved]</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>[unknown]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>[deleted]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>[deleted on the site, text from an earlier save]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>[removed]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>[removed on the site, text from an earlier save]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>[new]</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>[edited, %n earlier version(s)]</source>
        <translation><numerusform>[edited, %n earlier version]</numerusform><numerusform>[edited, %n earlier versions]</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>[not in the save of %1]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>[not in latest save]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Incomplete save: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoRedoActions</name>
    <message>
        <location filename="../src/app/annotating/undoredoactions.cpp" line="+44" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VersionsCommand</name>
    <message>
        <location filename="../src/cli/versionscommand.cpp" line="+24" />
        <source>Print every text a comment has had across the saves of its thread, oldest first, each headed by the date of its save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The thread's id, as "scholia list" prints it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The comment's id on its site, as "scholia annotations" prints it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>expected a thread id and a comment id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>scholia versions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Version %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>save unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>edited %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebAnnotationExporter</name>
    <message>
        <location filename="../src/library/webannotationexporter.cpp" line="+234" />
        <source>Scholia annotations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Scholia annotations: the whole library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebAnnotationImportReport</name>
    <message>
        <location filename="../src/library/webannotationimportreport.cpp" line="+7" />
        <source>%1: annotations: %2 imported (%3 anchored, %4 moved, %5 flagged, %6 orphaned), %7 updated, %8 unchanged, %9 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>; links: %1 imported, %2 updated, %3 unchanged, %4 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>; thread notes: %1 imported, %2 updated, %3 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>%1: skipped %2 annotation(s) of thread %3, which is not in this library (import the thread first)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message>
        <location filename="../src/library/webannotationimporter.cpp" line="+29" />
        <source>cannot read it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebAnnotationReader</name>
    <message>
        <location filename="../src/library/webannotationreader.cpp" line="+121" />
        <source>not JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>no W3C Web Annotations found (expected an AnnotationCollection, an AnnotationPage or Annotations)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/desktopsession.cpp" line="+44" />
        <source>Scholia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+59" />
        <source>Read and annotate saved discussion threads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The library file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Saved threads to import and open.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>