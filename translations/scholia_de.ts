<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+9"/>
        <source>About Scholia</source>
        <translation>Über Scholia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read, annotate and export saved discussion threads, offline.</source>
        <translation>Gespeicherte Diskussions-Threads offline lesen, annotieren und exportieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component versions</source>
        <translation>Komponentenversionen</translation>
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <location filename="../src/cli/annotatecommand.cpp" line="+21"/>
        <source>Annotate a comment of a thread: the whole comment, or with --quote the passage of its text that reads exactly so (as &quot;scholia show&quot; prints the text). The annotation is saved before this command reports it.</source>
        <translation>Einen Kommentar eines Threads annotieren: den ganzen Kommentar oder mit --quote die Textstelle, die genau so lautet (wie „scholia show“ den Text ausgibt). Die Anmerkung ist gespeichert, bevor dieser Befehl sie meldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment&apos;s id on its site.</source>
        <translation>Die Kennung des Kommentars auf seiner Website.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE_ID</source>
        <translation>QUELL_ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passage to highlight, verbatim.</source>
        <translation>Die zu markierende Textstelle, wörtlich.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Which occurrence of the quote to take when the comment holds it more than once (default: the first).</source>
        <translation>Welches Vorkommen des Zitats genommen wird, wenn der Kommentar es mehrmals enthält (Vorgabe: das erste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag (repeat for more); &quot;/&quot; makes a hierarchy.</source>
        <translation>Ein Schlagwort (für mehrere wiederholen); „/“ bildet eine Hierarchie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The highlight colour: %1 (default: %2).</source>
        <translation>Die Markierungsfarbe: %1 (Vorgabe: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>Die Kennung des Threads, wie „scholia list“ sie ausgibt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+93"/>
        <location line="+9"/>
        <source>scholia annotate: %1</source>
        <translation>scholia annotate: %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>expected one thread id (a number from &quot;scholia list&quot;)</source>
        <translation>genau eine Thread-Kennung erwartet (eine Zahl aus „scholia list“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which comment? (--comment SOURCE_ID)</source>
        <translation>welcher Kommentar? (--comment QUELL_ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no colour called &quot;%1&quot; (there are: %2)</source>
        <translation>es gibt keine Farbe namens „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--quote needs some text; leave it out to annotate the whole comment</source>
        <translation>--quote braucht Text; ohne die Option wird der ganze Kommentar annotiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--occurrence takes a number from 1 on, and goes with --quote</source>
        <translation>--occurrence nimmt eine Zahl ab 1 und gehört zu --quote</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>comment &quot;%1&quot; does not contain &quot;%2&quot;</source>
        <translation>Kommentar „%1“ enthält „%2“ nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment &quot;%1&quot; has no occurrence %2 of &quot;%3&quot; (it has %4)</source>
        <translation>Kommentar „%1“ hat kein %2. Vorkommen von „%3“ (nur %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>scholia annotate: comment &quot;%1&quot; contains &quot;%2&quot; %n times; annotating the first (--occurrence picks another)</source>
        <translation>
            <numerusform>scholia annotate: Kommentar „%1“ enthält „%2“ %n-mal; das erste wird annotiert (--occurrence wählt ein anderes)</numerusform>
            <numerusform>scholia annotate: Kommentar „%1“ enthält „%2“ %n-mal; das erste wird annotiert (--occurrence wählt ein anderes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>scholia annotate: thread %1 has no comment &quot;%2&quot;</source>
        <translation>scholia annotate: Thread %1 hat keinen Kommentar „%2“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>annotation %1 on comment &quot;%2&quot; at %3–%4 (%5)</source>
        <translation>Anmerkung %1 zu Kommentar „%2“ bei %3–%4 (%5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>annotation %1 on comment &quot;%2&quot;, the whole comment (%3)</source>
        <translation>Anmerkung %1 zu Kommentar „%2“, der ganze Kommentar (%3)</translation>
    </message>
</context>
<context>
    <name>AnnotationLinkStore</name>
    <message>
        <location filename="../src/store/annotationlinkstore.cpp" line="+72"/>
        <source>there is no annotation %1</source>
        <translation>es gibt keine Anmerkung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotation %1 cannot be linked to itself</source>
        <translation>Anmerkung %1 kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>annotation %1 already %2 annotation %3 (link %4)</source>
        <translation>die Verknüpfung %4 besteht bereits: Anmerkung %1 %2 Anmerkung %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>cannot save the link</source>
        <translation>die Verknüpfung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <location line="+49"/>
        <source>there is no link %1</source>
        <translation>es gibt keine Verknüpfung %1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>cannot change link %1</source>
        <translation>Verknüpfung %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot delete link %1</source>
        <translation>Verknüpfung %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>only a link that was stored can be restored</source>
        <translation>nur eine gespeicherte Verknüpfung kann wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link %1 exists already; it cannot be restored over</source>
        <translation>Verknüpfung %1 besteht bereits; sie kann nicht überschrieben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot restore link %1: %2</source>
        <translation>Verknüpfung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot restore the links</source>
        <translation>die Verknüpfungen können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>cannot read link %1</source>
        <translation>Verknüpfung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot list the links of annotation %1</source>
        <translation>die Verknüpfungen von Anmerkung %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot list the links of thread %1</source>
        <translation>die Verknüpfungen von Thread %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot list the links tagged &quot;%1&quot;</source>
        <translation>die Verknüpfungen mit dem Schlagwort „%1“ können nicht aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>AnnotationLinkTypes</name>
    <message>
        <location filename="../src/core/annotationlinktype.cpp" line="+43"/>
        <source>supports</source>
        <comment>link: this passage supports that one</comment>
        <translation>stützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuts</source>
        <comment>link: this passage rebuts that one</comment>
        <translation>widerlegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asks about</source>
        <comment>link: this passage is a question about that one</comment>
        <translation>fragt nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answers</source>
        <comment>link: this passage answers that one</comment>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>makes the same point as</source>
        <comment>link: both passages say the same thing</comment>
        <translation>sagt dasselbe wie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>supported by</source>
        <comment>link seen from its target</comment>
        <translation>gestützt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebutted by</source>
        <comment>link seen from its target</comment>
        <translation>widerlegt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>questioned by</source>
        <comment>link seen from its target</comment>
        <translation>hinterfragt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered by</source>
        <comment>link seen from its target</comment>
        <translation>beantwortet von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same point as</source>
        <comment>link seen from its target</comment>
        <translation>dasselbe wie</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../src/store/annotationstore.cpp" line="+67"/>
        <source>there is no highlight colour called &quot;%1&quot; (there are: %2)</source>
        <translation>es gibt keine Markierungsfarbe namens „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+204"/>
        <source>there is no thread %1 in the library</source>
        <translation>es gibt keinen Thread %1 in der Bibliothek</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>thread %1 has no comment &quot;%2&quot;</source>
        <translation>Thread %1 hat keinen Kommentar „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; stands for replies that were not saved; there is nothing to annotate</source>
        <translation>„%1“ steht für Antworten, die nicht gespeichert wurden; hier gibt es nichts zu annotieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted passage needs its position in the comment</source>
        <translation>eine zitierte Textstelle braucht ihre Position im Kommentar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the range %1–%2 is not a passage of comment &quot;%3&quot;, whose text is %4 characters long</source>
        <translation>der Bereich %1–%2 ist keine Textstelle von Kommentar „%3“, dessen Text %4 Zeichen lang ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the range %1–%2 cuts a character of comment &quot;%3&quot; in half</source>
        <translation>der Bereich %1–%2 teilt ein Zeichen von Kommentar „%3“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text at %1–%2 of comment &quot;%3&quot; is &quot;%4&quot;, not the quoted &quot;%5&quot;</source>
        <translation>der Text bei %1–%2 von Kommentar „%3“ lautet „%4“, nicht wie zitiert „%5“</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot save the annotation</source>
        <translation>die Anmerkung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <location line="+17"/>
        <location line="+101"/>
        <source>there is no annotation %1</source>
        <translation>es gibt keine Anmerkung %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+41"/>
        <source>cannot change annotation %1</source>
        <translation>Anmerkung %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>cannot delete annotation %1</source>
        <translation>Anmerkung %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>annotation %1 is %2; only a re-anchored passage can be confirmed</source>
        <translation>Anmerkung %1 ist %2; nur eine neu verankerte Textstelle kann bestätigt werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only an annotation that was stored can be restored</source>
        <translation>nur eine gespeicherte Anmerkung kann wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotation %1 exists already; it cannot be restored over</source>
        <translation>Anmerkung %1 existiert bereits; sie kann nicht überschrieben werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot restore annotation %1</source>
        <translation>Anmerkung %1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an annotation from elsewhere needs its uuid</source>
        <translation>eine Anmerkung von anderswo braucht ihre UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotation %1 is in the library already</source>
        <translation>Anmerkung %1 ist bereits in der Bibliothek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the annotation from elsewhere</source>
        <translation>die Anmerkung von anderswo kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+10"/>
        <source>cannot read annotation %1</source>
        <translation>Anmerkung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot list the annotations of thread %1</source>
        <translation>die Anmerkungen von Thread %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot list the orphaned annotations of thread %1</source>
        <translation>die verwaisten Anmerkungen von Thread %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot list the annotations tagged &quot;%1&quot;</source>
        <translation>die Anmerkungen mit dem Schlagwort „%1“ können nicht aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>List a thread&apos;s annotations in tree order: id, comment id, start, end, quote, colour, tags (comma-separated), note, state (anchored, re-anchored or orphaned), tab-separated, with tabs, line breaks and backslashes escaped as \t, \n and \\. Start and end are empty for a whole-comment annotation.</source>
        <translation type="vanished">Die Anmerkungen eines Threads in Baumreihenfolge auflisten: Kennung, Kommentar-Kennung, Anfang, Ende, Zitat, Farbe, Schlagwörter (durch Kommas getrennt), Notiz, Zustand (anchored, re-anchored oder orphaned), durch Tabulatoren getrennt; Tabulatoren, Zeilenumbrüche und Backslashes werden als \t, \n und \\ geschrieben. Anfang und Ende sind bei einer Anmerkung zum ganzen Kommentar leer.</translation>
    </message>
    <message>
        <location filename="../src/cli/annotationscommand.cpp" line="+123"/>
        <source>List a thread&apos;s annotations in tree order: id, comment id, start, end, quote, colour, tags (comma-separated), note, state (anchored, re-anchored or orphaned), tab-separated, with tabs, line breaks and backslashes escaped as \t, \n and \\. Start and end are empty for a whole-comment annotation. &quot;scholia annotations export [ID] -o FILE&quot; writes them as W3C Web Annotations and &quot;scholia annotations import FILE...&quot; merges such files (see their --help).</source>
        <translation>Die Anmerkungen eines Threads in Baumreihenfolge auflisten: Kennung, Kommentar-Kennung, Anfang, Ende, Zitat, Farbe, Schlagwörter (durch Kommas getrennt), Notiz, Zustand (anchored, re-anchored oder orphaned), durch Tabulatoren getrennt; Tabulatoren, Zeilenumbrüche und Backslashes werden als \t, \n und \\ geschrieben. Anfang und Ende sind bei einer Anmerkung zum ganzen Kommentar leer. „scholia annotations export [ID] -o DATEI“ schreibt sie als W3C Web Annotations, und „scholia annotations import DATEI...“ übernimmt solche Dateien (siehe deren --help).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a JSON array instead.</source>
        <translation>Stattdessen ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scholia annotations: there is no thread %1 in the library</source>
        <translation>scholia annotations: es gibt keinen Thread %1 in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>AnnotationsExportCommand</name>
    <message>
        <location filename="../src/cli/annotationsexportcommand.cpp" line="+17"/>
        <source>Write a thread&apos;s annotations, its notes and the links with an end on it — or, without a thread id, the whole library&apos;s — as W3C Web Annotations: one JSON-LD AnnotationCollection that &quot;scholia annotations import&quot; (or another tool) reads. Each annotation keeps its uuid, so importing the file twice adds nothing twice.</source>
        <translation>Die Anmerkungen eines Threads, seine Notizen und die Verknüpfungen mit einem Ende darin – oder, ohne Thread-Kennung, die der ganzen Bibliothek – als W3C Web Annotations schreiben: eine JSON-LD-AnnotationCollection, die „scholia annotations import“ (oder ein anderes Werkzeug) liest. Jede Anmerkung behält ihre UUID, sodass zweimaliges Importieren der Datei nichts doppelt hinzufügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>Die Kennung des Threads, wie „scholia list“ sie ausgibt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (JSON-LD).</source>
        <translation>Die zu schreibende Datei (JSON-LD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected at most one thread id</source>
        <translation>höchstens eine Thread-Kennung erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no output file given (-o FILE)</source>
        <translation>keine Ausgabedatei angegeben (-o DATEI)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>scholia annotations export: %1</source>
        <translation>scholia annotations export: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: annotations: %2, links: %3, thread notes: %4</source>
        <translation>%1: Anmerkungen: %2, Verknüpfungen: %3, Thread-Notizen: %4</translation>
    </message>
</context>
<context>
    <name>AnnotationsImportCommand</name>
    <message>
        <location filename="../src/cli/annotationsimportcommand.cpp" line="+18"/>
        <source>Merge W3C Web Annotation files (as &quot;scholia annotations export&quot; writes them) into the library. Each annotation goes to its thread, found by the site and its id (a thread not in the library is named and its annotations skipped), anchored in the comment&apos;s text as it is now; one the library has already is updated when the file&apos;s is newer. Links follow. Prints one line per file: imported (anchored, moved, flagged, orphaned), updated, unchanged, skipped.</source>
        <translation>Dateien mit W3C Web Annotations (wie „scholia annotations export“ sie schreibt) in die Bibliothek übernehmen. Jede Anmerkung kommt zu ihrem Thread, der über Website und Kennung gefunden wird (ein Thread, der nicht in der Bibliothek ist, wird genannt und seine Anmerkungen übersprungen), und wird im Text des Kommentars verankert, wie er jetzt lautet; eine Anmerkung, die die Bibliothek schon hat, wird aktualisiert, wenn die aus der Datei neuer ist. Danach folgen die Verknüpfungen. Gibt eine Zeile pro Datei aus: importiert (verankert, verschoben, zur Prüfung markiert, verwaist), aktualisiert, unverändert, übersprungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The files to import.</source>
        <translation>Die zu importierenden Dateien.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>which files? (scholia annotations import FILE...)</source>
        <translation>welche Dateien? (scholia annotations import DATEI...)</translation>
    </message>
</context>
<context>
    <name>ArgumentLinkText</name>
    <message>
        <location filename="../src/render/argumentlinktext.cpp" line="+27"/>
        <source>the whole comment</source>
        <translation>der ganze Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(comment gone)</source>
        <translation>(Kommentar nicht mehr vorhanden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>author: the whole comment</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2”</source>
        <comment>author: “quote”</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer found</source>
        <translation>nicht mehr gefunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <comment>verb claim</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <comment>verb reference (claim)</comment>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ArgumentMapDot</name>
    <message>
        <location filename="../src/render/argumentmapdot.cpp" line="+163"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(comment gone)</source>
        <translation>(Kommentar nicht mehr vorhanden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the whole comment: %1</source>
        <translation>der ganze Kommentar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>orphaned: no longer found in the thread</source>
        <translation>verwaist: im Thread nicht mehr gefunden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+41"/>
        <source>Import saved thread files into the library</source>
        <translation>Gespeicherte Thread-Dateien in die Bibliothek importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save threads whole from their addresses (Reddit, Hacker News, Discourse, themotte.org)</source>
        <translation>Threads vollständig von ihrer Adresse speichern (Reddit, Hacker News, Discourse, themotte.org)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the threads in the library</source>
        <translation>Die Threads der Bibliothek auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one thread, optionally as an indented tree</source>
        <translation>Einen Thread ausgeben, wahlweise als eingerückten Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every text a comment has had across the saves of its thread</source>
        <translation>Jeden Text ausgeben, den ein Kommentar über die Fassungen seines Threads hatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a thread as one self-contained HTML page</source>
        <translation>Einen Thread als eigenständige HTML-Seite schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a thread with its annotations as PDF, HTML or Markdown</source>
        <translation>Einen Thread mit seinen Anmerkungen als PDF, HTML oder Markdown exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight, tag or note a comment or a passage of it</source>
        <translation>Einen Kommentar oder eine Textstelle daraus markieren, verschlagworten oder mit einer Notiz versehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List a thread&apos;s annotations</source>
        <translation>Die Anmerkungen eines Threads auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link two annotations: supports, rebuts, asks, answers, same point</source>
        <translation>Zwei Anmerkungen verknüpfen: stützt, widerlegt, fragt, beantwortet, sagt dasselbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the links of a thread&apos;s annotations</source>
        <translation>Die Verknüpfungen der Anmerkungen eines Threads auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a thread&apos;s or a topic&apos;s argument map (SVG or DOT)</source>
        <translation>Die Argumentkarte eines Threads oder Themas zeichnen (SVG oder DOT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the tags with how much carries each</source>
        <translation>Die Schlagwörter auflisten, mit ihrer Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole library (words, &quot;phrases&quot;, -word, OR, prefix*, filters)</source>
        <translation>Die ganze Bibliothek durchsuchen (Wörter, &quot;Phrasen&quot;, -Wort, OR, Präfix*, Filter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every passage with a tag, across all threads</source>
        <translation>Alle Textstellen mit einem Schlagwort ausgeben, über alle Threads hinweg</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: scholia SUBCOMMAND [OPTIONS]</source>
        <translation>Aufruf: scholia UNTERBEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       scholia [--db PATH] [FILE...]</source>
        <translation>       scholia [--db PFAD] [DATEI...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a subcommand, Scholia opens its window and imports the FILEs given, then shows the last thread imported.</source>
        <translation>Ohne Unterbefehl öffnet Scholia sein Fenster, importiert die angegebenen DATEIen und zeigt dann den zuletzt importierten Thread.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: scholia [SUBCOMMAND] [OPTIONS]</source>
        <translation type="vanished">Aufruf: scholia [UNTERBEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Without a subcommand, Scholia opens its window.</source>
        <translation type="vanished">Ohne Unterbefehl öffnet Scholia sein Fenster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &quot;scholia SUBCOMMAND --help&quot; for a subcommand&apos;s options.</source>
        <translation>„scholia UNTERBEFEHL --help“ zeigt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is --db PATH, else $SCHOLIA_DB, else the per-user data folder.</source>
        <translation>Die Bibliothek ist --db PFAD, sonst $SCHOLIA_DB, sonst der Datenordner des Benutzers.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>scholia: unknown subcommand &quot;%1&quot;</source>
        <translation>scholia: unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>CommandWriterLock</name>
    <message>
        <location filename="../src/cli/commandwriterlock.cpp" line="+16"/>
        <source>When another Scholia process is writing to the library, wait until it is done instead of stopping.</source>
        <translation>Wenn ein anderer Scholia-Prozess in die Bibliothek schreibt, warten, bis er fertig ist, statt abzubrechen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: waiting for Scholia process %2 to stop writing to %3…</source>
        <translation>%1: Warten, bis Scholia-Prozess %2 das Schreiben in %3 beendet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the library %2 is open for writing in another Scholia process (pid %3); nothing was written. Close that window or wait for that command to finish, then run this again (or add --wait).</source>
        <translation>%1: Die Bibliothek %2 ist in einem anderen Scholia-Prozess (PID %3) zum Schreiben geöffnet; es wurde nichts geschrieben. Das Fenster schließen oder warten, bis der Befehl fertig ist, und es dann erneut ausführen (oder --wait angeben).</translation>
    </message>
</context>
<context>
    <name>CommentVersionsHtml</name>
    <message>
        <location filename="../src/render/commentversionshtml.cpp" line="+21"/>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edited since the save of %1</source>
        <translation>Bearbeitet seit der Speicherung vom %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before that, changed from the save of %1</source>
        <translation>Davor geändert gegenüber der Speicherung vom %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not in the save of %1</source>
        <translation>Nicht in der Speicherung vom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed on the site; the text is from an earlier save</source>
        <translation>Auf der Website entfernt; der Text stammt aus einer früheren Speicherung</translation>
    </message>
</context>
<context>
    <name>CreateAnnotationCommand</name>
    <message>
        <location filename="../src/library/createannotationcommand.cpp" line="+12"/>
        <source>Annotate comment</source>
        <translation>Kommentar annotieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
</context>
<context>
    <name>CreateLinkCommand</name>
    <message>
        <location filename="../src/library/createlinkcommand.cpp" line="+11"/>
        <source>Link passages</source>
        <translation>Textstellen verknüpfen</translation>
    </message>
</context>
<context>
    <name>DeferredCommentsWriter</name>
    <message>
        <source>More comments appear as you read on…</source>
        <translation type="vanished">Weitere Kommentare erscheinen beim Weiterlesen…</translation>
    </message>
</context>
<context>
    <name>DumpLibraryImporter</name>
    <message numerus="yes">
        <location filename="../src/library/dumplibraryimporter.cpp" line="+60"/>
        <source>Cancelled after %n thread(s); the threads finished before are kept.</source>
        <translation>
            <numerusform>Nach %n Thread abgebrochen; die zuvor fertigen Threads bleiben erhalten.</numerusform>
            <numerusform>Nach %n Threads abgebrochen; die zuvor fertigen Threads bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+206"/>
        <source>%n thread(s) skipped: the library already holds every comment the dump has for them.</source>
        <translation>
            <numerusform>%n Thread übersprungen: Die Bibliothek enthält schon jeden Kommentar, den der Dump dazu hat.</numerusform>
            <numerusform>%n Threads übersprungen: Die Bibliothek enthält schon jeden Kommentar, den der Dump dazu hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n thread(s) are not whole in the dump (their submission or some parent comments are absent); the library marks them incomplete.</source>
        <translation>
            <numerusform>%n Thread ist im Dump nicht vollständig (Beitrag oder einige Elternkommentare fehlen); die Bibliothek markiert ihn als unvollständig.</numerusform>
            <numerusform>%n Threads sind im Dump nicht vollständig (Beitrag oder einige Elternkommentare fehlen); die Bibliothek markiert sie als unvollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wurde übersprungen:</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und wurden übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <location filename="../src/library/editannotationcommand.cpp" line="+15"/>
        <location line="+58"/>
        <source>Edit annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <location filename="../src/library/editlinkcommand.cpp" line="+11"/>
        <source>Edit link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditThreadNotesCommand</name>
    <message>
        <location filename="../src/library/editthreadnotescommand.cpp" line="+16"/>
        <source>Edit thread notes</source>
        <translation>Thread-Notizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="+51"/>
        <source>scholia export: a PDF needs the scholia executable&apos;s own start-up (QtWebEngine needs a GUI application object)</source>
        <translation>scholia export: Ein PDF braucht den eigenen Programmstart von scholia (QtWebEngine braucht ein GUI-Anwendungsobjekt)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n Seite</numerusform>
            <numerusform>%1: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file to write (replaced whole).</source>
        <translation>Die zu schreibende Datei (wird vollständig ersetzt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html or md (default: from the file&apos;s extension).</source>
        <translation>pdf, html oder md (Vorgabe: nach der Dateiendung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only annotated comments, with their ancestors as context.</source>
        <translation>Nur annotierte Kommentare, mit ihren Vorgängern als Kontext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole (default), annotated, collapsed (as left in the view) or subtree (with --from).</source>
        <translation>whole (Vorgabe), annotated, collapsed (wie in der Ansicht eingeklappt) oder subtree (mit --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCOPE</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment (its site id) a subtree export starts at; implies --scope subtree.</source>
        <translation>Der Kommentar (seine Website-Kennung), bei dem ein Teilbaum-Export beginnt; setzt --scope subtree voraus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMENT</source>
        <translation>KOMMENTAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (Vorgabe) oder Letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page margins in millimetres (default 15).</source>
        <translation>Seitenränder in Millimetern (Vorgabe 15).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size in points (default 10).</source>
        <translation>Schriftgröße in Punkt (Vorgabe 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PT</source>
        <translation>PT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlights as patterns and labelled colours, for black-and-white printing.</source>
        <translation>Markierungen als Muster und beschriftete Farben, für den Schwarzweißdruck.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endnotes (default) or boxes (after each comment).</source>
        <translation>endnotes (Vorgabe) oder boxes (nach jedem Kommentar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited comments with their earlier texts: marked changes in PDF and HTML, quoted in Markdown.</source>
        <translation>Bearbeitete Kommentare mit ihren früheren Texten: markierte Änderungen in PDF und HTML, zitiert in Markdown.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown format &quot;%1&quot; (pdf, html or md)</source>
        <translation>unbekanntes Format „%1“ (pdf, html oder md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--scope is one of whole, annotated, collapsed, subtree (and not with --annotated-only)</source>
        <translation>--scope ist whole, annotated, collapsed oder subtree (und nicht zusammen mit --annotated-only)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scope subtree needs --from COMMENT</source>
        <translation>--scope subtree braucht --from KOMMENTAR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--page-size is A4 or Letter</source>
        <translation>--page-size ist A4 oder Letter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--margin is a number of millimetres from 0 to 60</source>
        <translation>--margin ist eine Zahl von Millimetern zwischen 0 und 60</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--font-size is a number of points from 6 to 24</source>
        <translation>--font-size ist eine Zahl von Punkten zwischen 6 und 24</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--notes is endnotes or boxes</source>
        <translation>--notes ist endnotes oder boxes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export a thread with its highlights, tags and notes: a PDF to hand to someone, a self-contained HTML file (no script, nothing loaded from anywhere) or Markdown.</source>
        <translation>Einen Thread mit seinen Markierungen, Schlagwörtern und Notizen exportieren: als PDF zum Weitergeben, als eigenständige HTML-Datei (kein Skript, nichts wird von irgendwoher geladen) oder als Markdown.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no output file given (-o FILE)</source>
        <translation>keine Ausgabedatei angegeben (-o DATEI)</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../src/export/exportfile.cpp" line="+11"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>GraphvizSvg</name>
    <message>
        <location filename="../src/render/graphvizsvg.cpp" line="+105"/>
        <source>Graphviz could not start</source>
        <translation>Graphviz konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz could not read the map: %1</source>
        <translation>Graphviz konnte die Karte nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Graphviz could not lay out the map: %1</source>
        <translation>Graphviz konnte die Karte nicht anordnen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Graphviz could not draw the map as SVG: %1</source>
        <translation>Graphviz konnte die Karte nicht als SVG zeichnen: %1</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <location filename="../src/core/highlightpalette.cpp" line="+19"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluish green</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermillion</source>
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reddish purple</source>
        <translation>Rotviolett</translation>
    </message>
</context>
<context>
    <name>ImportBatchReport</name>
    <message>
        <location filename="../src/app/importing/importbatchreport.cpp" line="+88"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Import cancelled: %1 of %n file(s) imported.</source>
        <translation>
            <numerusform>Import abgebrochen: %1 von %n Datei importiert.</numerusform>
            <numerusform>Import abgebrochen: %1 von %n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>%1 von %n Datei importiert.</numerusform>
            <numerusform>%1 von %n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing in the library changed. Check that the library file can be opened (File ▸ Backups can restore one), then import again.</source>
        <translation>In der Bibliothek hat sich nichts geändert. Prüfen Sie, ob sich die Bibliotheksdatei öffnen lässt (Datei ▸ Sicherungen kann eine wiederherstellen), und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file that could not be imported changed nothing in the library. Check that it is a saved thread page or an export in a supported format (the README lists them), or save the thread again, then import it again.</source>
        <translation>Eine Datei, die nicht importiert werden konnte, hat nichts an der Bibliothek geändert. Prüfen Sie, ob sie eine gespeicherte Thread-Seite oder ein Export in einem unterstützten Format ist (die README nennt sie), oder speichern Sie den Thread neu, und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads with warnings were imported. A warning says what the importer left out or had to guess; if a thread looks wrong, save it again from the site and re-import it: the library merges it with the copy it has.</source>
        <translation>Threads mit Warnungen wurden importiert. Eine Warnung sagt, was der Import ausgelassen hat oder raten musste; sieht ein Thread falsch aus, speichern Sie ihn neu von der Website und importieren Sie ihn erneut: Die Bibliothek führt ihn mit ihrer Kopie zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To finish a cancelled import, import the remaining files again; files already imported are merged, not duplicated.</source>
        <translation>Um einen abgebrochenen Import abzuschließen, importieren Sie die übrigen Dateien erneut; bereits importierte Dateien werden zusammengeführt, nicht verdoppelt.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="+41"/>
        <source>%1: storing threads %2/%3</source>
        <translation>%1: Threads werden gespeichert %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reading %2 %</source>
        <translation>%1: wird gelesen %2 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: threads imported: %2, merged: %3, skipped as already whole: %4; comments: %5; bad lines: %6</source>
        <translation>%1: importierte Threads: %2, zusammengeführt: %3, übersprungen (schon vollständig): %4; Kommentare: %5; fehlerhafte Zeilen: %6</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import saved thread files into the library. The format is detected from each file&apos;s content.</source>
        <translation>Gespeicherte Thread-Dateien in die Bibliothek importieren. Das Format wird am Inhalt jeder Datei erkannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every file as this format instead of detecting it (%1).</source>
        <translation>Jede Datei in diesem Format lesen, statt es zu erkennen (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Also import the files in subfolders of a folder given.</source>
        <translation>Auch die Dateien in Unterordnern eines angegebenen Ordners importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a community dump (.zst): import only the threads of this subreddit.</source>
        <translation>Für einen Community-Dump (.zst): nur die Threads dieses Subreddits importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved thread files, or folders of them.</source>
        <translation>Gespeicherte Thread-Dateien oder Ordner mit solchen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>scholia import: no files given</source>
        <translation>scholia import: keine Dateien angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scholia import: no format is called &quot;%1&quot; (known: %2)</source>
        <translation>scholia import: es gibt kein Format namens „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: [%2] &quot;%3&quot;: %n comment(s) %4</source>
        <translation>
            <numerusform>%1: [%2] „%3“: %n Kommentar %4</numerusform>
            <numerusform>%1: [%2] „%3“: %n Kommentare %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merged into the stored thread</source>
        <translation>in den gespeicherten Thread übernommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+111"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
</context>
<context>
    <name>ImportFileList</name>
    <message>
        <location filename="../src/cli/importfilelist.cpp" line="+26"/>
        <source>%1: no files to import in this folder%2</source>
        <translation>%1: keine Dateien zum Importieren in diesem Ordner%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (--recursive imports its subfolders)</source>
        <translation> (--recursive importiert seine Unterordner)</translation>
    </message>
</context>
<context>
    <name>LibraryRecovery</name>
    <message>
        <location filename="../src/app/library/libraryrecovery.cpp" line="+22"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Scholia</source>
        <translation>Scholia</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The library could not be opened.

%1</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library %1 is damaged. Scholia has not changed it.

SQLite&apos;s check said: %2</source>
        <translation>Die Bibliothek %1 ist beschädigt. Scholia hat sie nicht verändert.

Die Prüfung von SQLite ergab: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no backup to restore. Keep a copy of the file before trying to repair it (for example with sqlite3&apos;s .recover command).</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Vor einem Reparaturversuch (zum Beispiel mit dem Befehl .recover von sqlite3) sollte eine Kopie der Datei angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The newest backup is from %1. Restoring it keeps the damaged library in the backups folder.</source>
        <translation>Die neueste Sicherung ist vom %1. Beim Wiederherstellen bleibt die beschädigte Bibliothek im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the Newest Backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup %1 is gone.</source>
        <translation>Die Sicherung %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be restored.

%1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup of %1 is now the library. The library it replaced is kept as %2.</source>
        <translation>Die Sicherung vom %1 ist jetzt die Bibliothek. Die ersetzte Bibliothek wird als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>LibraryRelocation</name>
    <message>
        <location filename="../src/app/library/libraryrelocation.cpp" line="+17"/>
        <location line="+10"/>
        <source>Move Library</source>
        <translation>Bibliothek verschieben</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The library was not moved; it is still in %1.

%2</source>
        <translation>Die Bibliothek wurde nicht verschoben; sie liegt weiterhin in %1.

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library now lives in %1, but the old file could not be removed.

%2</source>
        <translation>Die Bibliothek liegt jetzt in %1, aber die alte Datei konnte nicht entfernt werden.

%2</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../src/cli/linkcommand.cpp" line="+19"/>
        <source>Link annotation A to annotation B, in one thread or across threads: A supports, rebuts, asks about, answers or makes the same point as B. The ids are those &quot;scholia annotations&quot; prints. Prints the link&apos;s id once it is saved.</source>
        <translation>Anmerkung A mit Anmerkung B verknüpfen, in einem Thread oder über Threads hinweg: A stützt B, widerlegt B, fragt nach B, beantwortet B oder sagt dasselbe wie B. Die Kennungen sind die, die „scholia annotations“ ausgibt. Gibt die Kennung der Verknüpfung aus, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation the link goes from.</source>
        <translation>Die Anmerkung, von der die Verknüpfung ausgeht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation the link goes to.</source>
        <translation>Die Anmerkung, zu der die Verknüpfung führt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What A does to B: %1.</source>
        <translation>Was A mit B tut: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on the link.</source>
        <translation>Eine Notiz zur Verknüpfung.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected two annotation ids, A and B</source>
        <translation>zwei Anmerkungs-Kennungen erwartet, A und B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--as takes one of %1</source>
        <translation>--as nimmt einen der Werte %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>scholia link: %1</source>
        <translation>scholia link: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link %1: annotation %2 %3 annotation %4</source>
        <translation>Verknüpfung %1: Anmerkung %2 %3 Anmerkung %4</translation>
    </message>
</context>
<context>
    <name>LinksCommand</name>
    <message>
        <location filename="../src/cli/linkscommand.cpp" line="+86"/>
        <source>List the links with an end on a thread, oldest first: link id, from annotation, type (supports, rebuts, asks, answers, same-point), to annotation, the state of each end (anchored, re-anchored or orphaned), note; tab-separated, with tabs, line breaks and backslashes escaped. An end may be on another thread.</source>
        <translation>Die Verknüpfungen mit einem Ende in einem Thread auflisten, älteste zuerst: Verknüpfungs-Kennung, Ausgangsanmerkung, Typ (supports, rebuts, asks, answers, same-point), Zielanmerkung, der Zustand jedes Endes (anchored, re-anchored oder orphaned), Notiz; durch Tabulatoren getrennt, Tabulatoren, Zeilenumbrüche und Backslashes maskiert. Ein Ende kann in einem anderen Thread liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a JSON array instead, with each end&apos;s thread, comment, author and quote.</source>
        <translation>Stattdessen ein JSON-Array ausgeben, mit Thread, Kommentar, Autor und Zitat jedes Endes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scholia links: there is no thread %1 in the library</source>
        <translation>scholia links: es gibt keinen Thread %1 in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../src/cli/listcommand.cpp" line="+15"/>
        <source>List the threads in the library: id, site, comment count, title (tab-separated).</source>
        <translation>Die Threads der Bibliothek auflisten: Kennung, Website, Anzahl der Kommentare, Titel (durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the threads whose save lacks part of the thread (&quot;more&quot; stubs, posts or pages the saved file does not hold), with a fifth column saying what is missing.</source>
        <translation>Nur die Threads, deren Fassung unvollständig ist („more“-Platzhalter, Beiträge oder Seiten, die nicht in der gespeicherten Datei stehen), mit einer fünften Spalte, die angibt, was fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the threads with unread comments, with two more columns: how many of them are new (added or changed by a save not visited since) and how many are unread.</source>
        <translation>Nur die Threads mit ungelesenen Kommentaren, mit zwei weiteren Spalten: wie viele davon neu sind (hinzugefügt oder geändert durch eine seither nicht besuchte Fassung) und wie viele ungelesen.</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <location filename="../src/cli/mapcommand.cpp" line="+26"/>
        <source>there is no thread %1 in the library</source>
        <translation>es gibt keinen Thread %1 in der Bibliothek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw the argument map of a thread (the links with an end on it) or of a topic (--tag: the links among the passages carrying the tag or a tag below it): claims as boxes, links as arrows styled by type. Writes SVG, laid out by Graphviz, or the Graphviz DOT source, as the output file&apos;s name ends.</source>
        <translation>Die Argumentkarte eines Threads (die Verknüpfungen mit einem Ende darin) oder eines Themas (--tag: die Verknüpfungen zwischen den Textstellen mit dem Schlagwort oder einem untergeordneten Schlagwort) zeichnen: Aussagen als Kästen, Verknüpfungen als nach Typ gestaltete Pfeile. Schreibt SVG, von Graphviz angeordnet, oder den Graphviz-DOT-Quelltext, je nach Endung des Namens der Ausgabedatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>Die Kennung des Threads, wie „scholia list“ sie ausgibt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a topic&apos;s map instead.</source>
        <translation>Stattdessen die Karte eines Themas zeichnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: FILE.svg or FILE.dot.</source>
        <translation>Die zu schreibende Datei: DATEI.svg oder DATEI.dot.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a thread id or --tag TAG (one of them)</source>
        <translation>eine Thread-Kennung oder --tag SCHLAGWORT erwartet (eines von beiden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected -o FILE.svg or -o FILE.dot</source>
        <translation>-o DATEI.svg oder -o DATEI.dot erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>scholia map: %1</source>
        <translation>scholia map: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>scholia map: no links to draw (&quot;scholia link&quot; makes them)</source>
        <translation>scholia map: keine Verknüpfungen zu zeichnen („scholia link“ legt sie an)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: claims: %2, links: %3</source>
        <translation>%1: Aussagen: %2, Verknüpfungen: %3</translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <location filename="../src/library/mergetagscommand.cpp" line="+24"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Schlagwort „%1“ mit „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+9"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading &amp;font:</source>
        <translation>Lese&amp;schrift:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;page&apos;s own</source>
        <translation>Die der S&amp;eite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the thread page&apos;s own fonts (DejaVu Sans, Noto Sans)</source>
        <translation>Die eigenen Schriften der Thread-Seite verwenden (DejaVu Sans, Noto Sans)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Font size in pixels</source>
        <translation>Schriftgröße in Pixeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;imes:</source>
        <translation>&amp;Zeitangaben:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How comment times are shown</source>
        <translation>Wie die Zeiten der Kommentare angezeigt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark read after:</source>
        <translation>Als gelesen mar&amp;kieren nach:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds on screen before a comment counts as read</source>
        <translation>Sekunden auf dem Bildschirm, bis ein Kommentar als gelesen gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a comment stays on screen before it counts as read. Moving past it with j or k always marks it read.</source>
        <translation>Wie lange ein Kommentar auf dem Bildschirm bleibt, bis er als gelesen gilt. Wer mit j oder k an ihm vorbeigeht, hat ihn immer gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when passed with j/k</source>
        <translation>Nur beim Weitergehen mit j/k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s on screen</source>
        <translation> s auf dem Bildschirm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect when Scholia restarts.</source>
        <translation>Wird beim nächsten Start von Scholia wirksam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As&amp;k before opening a link in the web browser</source>
        <translation>Vor dem Öffnen eines Links im Webbrowser &amp;nachfragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Markierungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New highlights:</source>
        <translation>&amp;Neue Markierungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour of new highlights</source>
        <translation>Farbe neuer Markierungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour names</source>
        <translation>Farbnamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Library file</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the library to another folder</source>
        <translation>Die Bibliothek in einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Aufbewahrte Sicherungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of backups kept</source>
        <translation>Anzahl aufbewahrter Sicherungen</translation>
    </message>
</context>
<context>
    <name>PrintHtmlRenderer</name>
    <message>
        <location filename="../src/render/printhtmlrenderer.cpp" line="+116"/>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links to</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <comment>comments exported of all</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconstructed from a page saved as plain text: where comments begin and what they reply to were rebuilt from the text alone.</source>
        <translation>Rekonstruiert aus einer als reiner Text gespeicherten Seite: Wo Kommentare beginnen und worauf sie antworten, wurde allein aus dem Text erschlossen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>More replies continue on the site; they are not in this save</source>
        <translation>Weitere Antworten gibt es auf der Website; sie sind nicht in dieser Fassung gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Depth %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 not included</source>
        <comment>comments left out of the export</comment>
        <translation>%1 nicht enthalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the whole comment</source>
        <translation>der ganze Kommentar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Annotations no longer found in the thread</source>
        <translation>Anmerkungen, die im Thread nicht mehr gefunden werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text these marked changed or vanished in a later save; they are kept as written.</source>
        <translation>Der markierte Text hat sich in einer späteren Fassung geändert oder ist verschwunden; die Anmerkungen bleiben wie geschrieben erhalten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The argument map could not be drawn: %1</source>
        <translation>Die Argumentkarte konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Argument map</source>
        <translation>Argumentkarte</translation>
    </message>
</context>
<context>
    <name>ReadStateStore</name>
    <message>
        <location filename="../src/store/readstatestore.cpp" line="+25"/>
        <location line="+76"/>
        <source>there is no thread %1 in the library</source>
        <translation>Thread %1 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+36"/>
        <source>cannot change what is read in thread %1</source>
        <translation>was in Thread %1 gelesen ist, kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+32"/>
        <source>cannot read what is unread in thread %1</source>
        <translation>was in Thread %1 ungelesen ist, kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot mark thread %1 visited</source>
        <translation>Thread %1 kann nicht als besucht markiert werden</translation>
    </message>
</context>
<context>
    <name>ReadingModelBlock</name>
    <message>
        <location filename="../src/render/readingmodelblock.cpp" line="+39"/>
        <source>No new comment below</source>
        <translation>Kein neuer Kommentar weiter unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new comment above</source>
        <translation>Kein neuer Kommentar weiter oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread comment below</source>
        <translation>Kein ungelesener Kommentar weiter unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread comment above</source>
        <translation>Kein ungelesener Kommentar weiter oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in this thread is new since your last visit</source>
        <translation>In diesem Thread ist seit Ihrem letzten Besuch nichts neu</translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <location filename="../src/library/recolortagcommand.cpp" line="+11"/>
        <source>Recolour tag “%1”</source>
        <translation>Schlagwort „%1“ umfärben</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../src/render/relativetime.cpp" line="+9"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../src/library/removeannotationcommand.cpp" line="+12"/>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <location filename="../src/library/removelinkcommand.cpp" line="+10"/>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <location filename="../src/library/removetagcommand.cpp" line="+22"/>
        <source>Delete tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../src/library/renametagcommand.cpp" line="+23"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tag “%1”</source>
        <translation>Schlagwort „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../src/cli/rendercommand.cpp" line="+35"/>
        <source>Write a thread as the one HTML page the thread view shows, self-contained: the stylesheet and script are inline and the page loads nothing from anywhere.</source>
        <translation>Einen Thread als die eine HTML-Seite schreiben, die die Thread-Ansicht zeigt, eigenständig: Stylesheet und Skript sind eingebettet, und die Seite lädt nichts von irgendwoher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HTML file to write (replaced whole).</source>
        <translation>Die zu schreibende HTML-Datei (wird vollständig ersetzt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scholia render: no output file given (-o FILE.html)</source>
        <translation>scholia render: keine Ausgabedatei angegeben (-o DATEI.html)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scholia render: the thread stylesheet is missing from this build</source>
        <translation>scholia render: Das Stylesheet für Threads fehlt in diesem Build</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+6"/>
        <source>scholia render: cannot write %1: %2</source>
        <translation>scholia render: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SaveArchive</name>
    <message>
        <location filename="../src/fetch/savearchive.cpp" line="+44"/>
        <source>cannot create the folder %1 for the save&apos;s files</source>
        <translation>der Ordner %1 für die gespeicherten Dateien kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>SaveCommand</name>
    <message>
        <location filename="../src/cli/savecommand.cpp" line="+38"/>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after N requests to the site (default %1); what is not fetched by then is reported as missing.</source>
        <translation>Nach N Anfragen an die Website aufhören (Vorgabe %1); was bis dahin nicht abgerufen ist, wird als fehlend gemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the responses under DIR instead of the &quot;saved&quot; folder beside the library.</source>
        <translation>Die Serverantworten unter ORDNER statt im Ordner „saved“ neben der Bibliothek aufbewahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every request made and its answer.</source>
        <translation>Jede gestellte Anfrage und ihre Antwort ausgeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1] GET %2</source>
        <translation>[%1] GET %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>      → HTTP %1, %2 bytes</source>
        <translation>      → HTTP %1, %2 Bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 requests, %2 comments so far</source>
        <translation>  bisher %1 Anfragen, %2 Kommentare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  waiting %1 s: %2</source>
        <translation>  %1 s Wartezeit: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1: [%2] &quot;%3&quot;: %n comment(s) %4</source>
        <translation>
            <numerusform>%1: [%2] „%3“: %n Kommentar %4</numerusform>
            <numerusform>%1: [%2] „%3“: %n Kommentare %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merged into the stored thread</source>
        <translation>in den gespeicherten Thread übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n request(s); the responses are in %1</source>
        <translation>
            <numerusform>  %n Anfrage; die Serverantworten liegen in %1</numerusform>
            <numerusform>  %n Anfragen; die Serverantworten liegen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: note: %2</source>
        <translation>%1: Hinweis: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save threads from their addresses: Reddit, Hacker News, Discourse forums and rDrama-family sites (themotte.org). Each thread is fetched whole through the site&apos;s public interface, kept as the site sent it, and imported.</source>
        <translation>Threads von ihrer Adresse speichern: Reddit, Hacker News, Discourse-Foren und Websites der rDrama-Familie (themotte.org). Jeder Thread wird vollständig über die öffentliche Schnittstelle der Website abgerufen, so aufbewahrt, wie die Website ihn geschickt hat, und importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thread addresses.</source>
        <translation>Adressen der Threads.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scholia save: no address given</source>
        <translation>scholia save: keine Adresse angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+34"/>
        <location line="+7"/>
        <source>scholia save: %1</source>
        <translation>scholia save: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>scholia save: --max-requests takes a number of at least 1</source>
        <translation>scholia save: --max-requests braucht eine Zahl von mindestens 1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  nothing was saved; the library is as it was</source>
        <translation>  es wurde nichts gespeichert; die Bibliothek ist unverändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  the responses are kept in %1; the library is as it was</source>
        <translation>  die Serverantworten bleiben in %1; die Bibliothek ist unverändert</translation>
    </message>
</context>
<context>
    <name>SaveGaps</name>
    <message numerus="yes">
        <location filename="../src/core/savegaps.cpp" line="+38"/>
        <source>%n of %1 posts are not in this save.</source>
        <translation>
            <numerusform>%n von %1 Beiträgen fehlt in dieser Fassung.</numerusform>
            <numerusform>%n von %1 Beiträgen fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 messages are not in this save.</source>
        <translation>
            <numerusform>%n von %1 Nachrichten fehlt in dieser Fassung.</numerusform>
            <numerusform>%n von %1 Nachrichten fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 answers are not in this save.</source>
        <translation>
            <numerusform>%n von %1 Antworten fehlt in dieser Fassung.</numerusform>
            <numerusform>%n von %1 Antworten fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 comments are not in this save.</source>
        <translation>
            <numerusform>%n von %1 Kommentaren fehlt in dieser Fassung.</numerusform>
            <numerusform>%n von %1 Kommentaren fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n posts are not in this save.</source>
        <translation>
            <numerusform>%n Beitrag fehlt in dieser Fassung.</numerusform>
            <numerusform>%n Beiträge fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n messages are not in this save.</source>
        <translation>
            <numerusform>%n Nachricht fehlt in dieser Fassung.</numerusform>
            <numerusform>%n Nachrichten fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n answers are not in this save.</source>
        <translation>
            <numerusform>%n Antwort fehlt in dieser Fassung.</numerusform>
            <numerusform>%n Antworten fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comments are not in this save.</source>
        <translation>
            <numerusform>%n Kommentar fehlt in dieser Fassung.</numerusform>
            <numerusform>%n Kommentare fehlen in dieser Fassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This save is not whole: it links to more in %n places it does not hold.</source>
        <translation>
            <numerusform>Diese Fassung ist unvollständig: An %n Stelle verweist sie auf Weiteres, das sie nicht enthält.</numerusform>
            <numerusform>Diese Fassung ist unvollständig: An %n Stellen verweist sie auf Weiteres, das sie nicht enthält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It also links to more in %n places it does not hold.</source>
        <translation>
            <numerusform>Außerdem verweist sie an %n Stelle auf Weiteres, das sie nicht enthält.</numerusform>
            <numerusform>Außerdem verweist sie an %n Stellen auf Weiteres, das sie nicht enthält.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incomplete save: %1 The file shows it by %2. Saving the thread from its address (File ▸ Save from Address…, or scholia save URL) fetches the rest.</source>
        <translation>unvollständige Fassung: %1 Die Datei zeigt das an durch: %2. Wird der Thread von seiner Adresse gespeichert (Datei ▸ Von Adresse speichern… oder scholia save URL), wird der Rest abgerufen.</translation>
    </message>
</context>
<context>
    <name>Scholia::AboutDialog</name>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="+21"/>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gumbo %1</source>
        <translation>gumbo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>md4c %1</source>
        <translation>md4c %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GMime %1</source>
        <translation>GMime %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simdjson %1.%2.%3</source>
        <translation>simdjson %1.%2.%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KSyntaxHighlighting: built in</source>
        <translation>KSyntaxHighlighting: eingebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KSyntaxHighlighting: not built in (no KF6SyntaxHighlighting found)</source>
        <translation>KSyntaxHighlighting: nicht eingebaut (kein KF6SyntaxHighlighting gefunden)</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationEditor</name>
    <message>
        <location filename="../src/app/annotating/annotationeditor.cpp" line="+37"/>
        <source>Highlight colour</source>
        <translation>Markierungsfarbe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotation tags</source>
        <translation>Schlagwörter der Anmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic/subtopic, another tag</source>
        <translation>Thema/Unterthema, weiteres Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotation note</source>
        <translation>Notiz der Anmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on this passage</source>
        <translation>Eine Notiz zu dieser Textstelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationExchange</name>
    <message>
        <location filename="../src/app/annotating/annotationexchange.cpp" line="+20"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export A&amp;nnotations…</source>
        <translation>A&amp;nmerkungen exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write annotations, tags, notes and links as W3C Web Annotations</source>
        <translation>Anmerkungen, Schlagwörter, Notizen und Verknüpfungen als W3C Web Annotations schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Anno&amp;tations…</source>
        <translation>Anmerkungen impor&amp;tieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge W3C Web Annotations made by Scholia into this library</source>
        <translation>Von Scholia erstellte W3C Web Annotations in diese Bibliothek übernehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>Export Annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Export the annotations of the open thread, or of the whole library?</source>
        <translation>Die Anmerkungen des geöffneten Threads oder der ganzen Bibliothek exportieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Thread</source>
        <translation>&amp;Geöffneter Thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole &amp;Library</source>
        <translation>Ganze &amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot export the annotations: %1</source>
        <translation>Die Anmerkungen können nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1: annotations: %2, links: %3, thread notes: %4</source>
        <translation>Nach %1 exportiert: Anmerkungen: %2, Verknüpfungen: %3, Thread-Notizen: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotations were merged into the library.</source>
        <translation>Die Anmerkungen wurden in die Bibliothek übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files could not be imported; nothing of those was changed.</source>
        <translation>Einige Dateien konnten nicht importiert werden; an ihnen wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationLinkList</name>
    <message>
        <location filename="../src/app/annotating/annotationlinklist.cpp" line="+24"/>
        <source>&amp;Link to…</source>
        <translation>&amp;Verknüpfen mit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what this passage supports, rebuts, asks or answers</source>
        <translation>Angeben, was diese Textstelle stützt, widerlegt, erfragt oder beantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links of the selected annotation</source>
        <translation>Verknüpfungen der ausgewählten Anmerkung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Go to Passage</source>
        <translation>Zur &amp;Textstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Link…</source>
        <translation>Verknüpfung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No links yet.</source>
        <translation>Noch keine Verknüpfungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links (%1): Enter goes to the passage, F2 edits the link, Delete removes it</source>
        <translation>Ver&amp;knüpfungen (%1): Eingabe springt zur Textstelle, F2 bearbeitet die Verknüpfung, Entf entfernt sie</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationListModel</name>
    <message>
        <location filename="../src/app/annotating/annotationlistmodel.cpp" line="+56"/>
        <source>Re-anchored: the comment changed, check that this is still the passage</source>
        <translation>Neu verankert: Der Kommentar hat sich geändert, bitte prüfen, ob dies noch die Textstelle ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 highlight on comment %2, last changed %3</source>
        <translation>Markierung (%1) auf Kommentar %2, zuletzt geändert %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Whole comment</source>
        <translation>Ganzer Kommentar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationPopover</name>
    <message>
        <location filename="../src/app/annotating/annotationpopover.cpp" line="+48"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tags, separated by commas (topic/subtopic)</source>
        <translation>Schlagwörter: Thema/Unterthema, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this passage</source>
        <translation>Eine Notiz zu dieser Textstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link to…</source>
        <translation>&amp;Verknüpfen mit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what this passage supports, rebuts, asks or answers</source>
        <translation>Angeben, was diese Textstelle stützt, widerlegt, erfragt oder beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole comment</source>
        <translation>Der ganze Kommentar</translation>
    </message>
</context>
<context>
    <name>Scholia::ArgumentMapView</name>
    <message>
        <location filename="../src/app/threadview/argumentmapview.cpp" line="+36"/>
        <source>Argument map</source>
        <translation>Argumentkarte</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open a thread to see its argument map.</source>
        <translation>Einen Thread öffnen, um seine Argumentkarte zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the argument map: %1</source>
        <translation>Die Argumentkarte kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No links in this thread yet. Select a highlight and use “Link to…” to say what it supports, rebuts, asks or answers.</source>
        <translation>Noch keine Verknüpfungen in diesem Thread. Eine Markierung auswählen und mit „Verknüpfen mit…“ angeben, was sie stützt, widerlegt, erfragt oder beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links among the passages tagged “%1”.</source>
        <translation>Keine Verknüpfungen zwischen den Textstellen mit dem Schlagwort „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot draw the argument map: %1</source>
        <translation>Die Argumentkarte kann nicht gezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::BackupsDialog</name>
    <message>
        <location filename="../src/app/library/backupsdialog.cpp" line="+29"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up by hand</source>
        <translation>Von Hand gesichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library replaced by a restore</source>
        <translation>Bibliothek durch Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the upgrade to schema %1</source>
        <translation>Vor der Aktualisierung auf Schema %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+58"/>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Scholia backs up the library once a day while you use it and before every upgrade of its format, keeping the last %1. They are in %2.</source>
        <translation>Scholia sichert die Bibliothek einmal täglich während der Benutzung und vor jeder Aktualisierung ihres Formats und behält die letzten %1. Die Sicherungen liegen in %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The library could not be backed up.

%1</source>
        <translation>Die Bibliothek konnte nicht gesichert werden.

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the library with the backup of %1?

The library as it is now is kept in the backups folder. Scholia closes the library, restores the backup and opens it again.</source>
        <translation>Die Bibliothek durch die Sicherung vom %1 ersetzen?

Die Bibliothek in ihrem jetzigen Zustand bleibt im Sicherungsordner erhalten. Scholia schließt die Bibliothek, stellt die Sicherung wieder her und öffnet sie erneut.</translation>
    </message>
</context>
<context>
    <name>Scholia::DiscourseThreadFetcher</name>
    <message>
        <location filename="../src/fetch/discoursethreadfetcher.cpp" line="+49"/>
        <source>%1: the answer is not a Discourse topic (no post_stream)</source>
        <translation>%1: Die Antwort ist kein Discourse-Thema (kein post_stream)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: the answer is not JSON (%2)</source>
        <translation>%1: Die Antwort ist kein JSON (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>stopped at the request limit (%1 requests): %n post(s) not fetched</source>
        <translation>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n Beitrag nicht abgerufen</numerusform>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n Beiträge nicht abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the forum did not return %n of the posts its stream lists (deleted or hidden)</source>
        <translation>
            <numerusform>das Forum lieferte %n der in seinem Stream aufgeführten Beiträge nicht (gelöscht oder verborgen)</numerusform>
            <numerusform>das Forum lieferte %n der in seinem Stream aufgeführten Beiträge nicht (gelöscht oder verborgen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ExportController</name>
    <message>
        <location filename="../src/app/export/exportcontroller.cpp" line="+73"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A PDF export is still running.</source>
        <translation>Ein PDF-Export läuft noch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a thread to export it.</source>
        <translation>Zum Exportieren einen Thread öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Export Thread</source>
        <translation>Thread exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>Scholia::ExportDialog</name>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="+35"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what was &amp;edited since earlier saves</source>
        <translation>Zeigen, was seit früheren Speicherungen &amp;bearbeitet wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Thread</source>
        <translation>Thread exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole thread</source>
        <translation>Der ganze Thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only annotated comments, with their parents</source>
        <translation>Nur annotierte Kommentare, mit ihren Vorgängern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As collapsed in the view</source>
        <translation>Wie in der Ansicht eingeklappt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The focused comment and its replies</source>
        <translation>Der aktuelle Kommentar und seine Antworten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In colour</source>
        <translation>Farbig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale (patterns and colour names)</source>
        <translation>Graustufen (Muster und Farbnamen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered, at the end</source>
        <translation>Nummeriert, am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a box after each comment</source>
        <translation>In einem Kasten nach jedem Kommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments:</source>
        <translation>&amp;Kommentare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited comments carry their earlier texts: as marked changes in PDF and HTML, quoted in Markdown</source>
        <translation>Bearbeitete Kommentare enthalten ihre früheren Texte: als markierte Änderungen in PDF und HTML, als Zitat in Markdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page &amp;size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Margins:</source>
        <translation>Seiten&amp;ränder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highlights:</source>
        <translation>&amp;Markierungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>Scholia::FetchPolicy</name>
    <message>
        <location filename="../src/fetch/fetchpolicy.cpp" line="+41"/>
        <source>SCHOLIA_FETCH_TEST_ORIGIN is not a loopback address (%1); ignored</source>
        <translation>SCHOLIA_FETCH_TEST_ORIGIN ist keine Loopback-Adresse (%1); ignoriert</translation>
    </message>
</context>
<context>
    <name>Scholia::FindBar</name>
    <message>
        <location filename="../src/app/threadview/findbar.cpp" line="+29"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text in this thread</source>
        <translation>Text in diesem Thread</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in thread</source>
        <translation>Im Thread suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>Scholia::HackerNewsThreadFetcher</name>
    <message>
        <location filename="../src/fetch/hackernewsthreadfetcher.cpp" line="+75"/>
        <source>%1: Algolia&apos;s answer is not an item</source>
        <translation>%1: Die Antwort von Algolia ist kein Eintrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the address names comment %1; its whole story %2 was saved</source>
        <translation>die Adresse nennt den Kommentar %1; der ganze zugehörige Beitrag %2 wurde gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Algolia&apos;s API failed (%1); the thread was fetched item by item from the Hacker News API instead</source>
        <translation>die API von Algolia ist fehlgeschlagen (%1); der Thread wurde stattdessen Eintrag für Eintrag über die API von Hacker News abgerufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Algolia&apos;s API failed (%1), and so did the Hacker News API</source>
        <translation>die API von Algolia ist fehlgeschlagen (%1), die API von Hacker News ebenso</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>stopped at the request limit (%1 requests): %n item(s) not fetched</source>
        <translation>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n Eintrag nicht abgerufen</numerusform>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n Einträge nicht abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the Hacker News API returned no item</source>
        <translation>%1: Die API von Hacker News hat keinen Eintrag geliefert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no such item</source>
        <translation>%1: Eintrag existiert nicht</translation>
    </message>
</context>
<context>
    <name>Scholia::ImportController</name>
    <message>
        <location filename="../src/app/importing/importcontroller.cpp" line="+30"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import saved thread files into the library</source>
        <translation>Gespeicherte Thread-Dateien in die Bibliothek importieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import Threads</source>
        <translation>Threads importieren</translation>
    </message>
    <message>
        <source>Saved threads (*.json *.html *.htm *.mbox *.txt);;All files (*)</source>
        <translation type="vanished">Gespeicherte Threads (*.json *.html *.htm *.mbox *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved threads (*.json *.html *.htm *.mbox *.txt *.zst);;All files (*)</source>
        <translation>Gespeicherte Threads (*.json *.html *.htm *.mbox *.txt *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There were no files to import.</source>
        <translation>Es gab keine Dateien zum Importieren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing file %1 of %2:
%3</source>
        <translation>Datei %1 von %2 wird importiert:
%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storing threads: %1 of %2</source>
        <translation>Threads werden gespeichert: %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the dump: %1 of %2</source>
        <translation>Dump wird gelesen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Scholia::ImportReportDialog</name>
    <message>
        <location filename="../src/app/importing/importreportdialog.cpp" line="+40"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not imported (cancelled)</source>
        <translation>%1: nicht importiert (abgebrochen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &lt;b&gt;could not be imported&lt;/b&gt;: %2</source>
        <translation>%1: &lt;b&gt;konnte nicht importiert werden&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: imported</source>
        <translation>%1: importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: imported %2</source>
        <translation>%1: %2 importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n warning(s))</source>
        <translation>
            <numerusform>(%n Warnung)</numerusform>
            <numerusform>(%n Warnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more file(s) imported without warnings</source>
        <translation>
            <numerusform>%n weitere Datei ohne Warnungen importiert</numerusform>
            <numerusform>%n weitere Dateien ohne Warnungen importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings by kind</source>
        <translation>Warnungen nach Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), in %1</source>
        <translation>
            <numerusform>%n-mal, in %1</numerusform>
            <numerusform>%n-mal, in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), in %1 files</source>
        <translation>
            <numerusform>%n-mal, in %1 Dateien</numerusform>
            <numerusform>%n-mal, in %1 Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &lt;i&gt;and others like it&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;und ähnliche&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Problems</source>
        <translation>Probleme beim Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Details: all %n message(s)</source>
        <translation>
            <numerusform>&amp;Details: %n Meldung</numerusform>
            <numerusform>&amp;Details: alle %n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show every error and warning</source>
        <translation>Alle Fehler und Warnungen zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
</context>
<context>
    <name>Scholia::LibraryCommand</name>
    <message>
        <location filename="../src/library/librarycommand.cpp" line="+42"/>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Scholia::LibraryEditor</name>
    <message>
        <location filename="../src/library/libraryeditor.cpp" line="+151"/>
        <source>no thread is shown</source>
        <translation>es wird kein Thread angezeigt</translation>
    </message>
</context>
<context>
    <name>Scholia::LibraryPane</name>
    <message>
        <location filename="../src/app/library/librarypane.cpp" line="+30"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Filter threads</source>
        <translation>Threads filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show Column “%1”</source>
        <translation>Spalte „%1“ zeigen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Delete Thread…</source>
        <translation>Thread &amp;löschen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your library is empty.</source>
        <translation>Ihre Bibliothek ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To get threads in:</source>
        <translation>So kommen Threads hinein:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Import… a saved page, a JSON or text export, or a mailbox;</source>
        <translation>Datei ▸ Importieren… einer gespeicherten Seite, eines JSON- oder Text-Exports oder eines Postfachs;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop such files, or a thread&apos;s web address, on this window;</source>
        <translation>solche Dateien oder die Webadresse eines Threads auf dieses Fenster ziehen;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Save from Address… to fetch a thread by its address.</source>
        <translation>Datei ▸ Von Adresse speichern…, um einen Thread über seine Adresse abzurufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The toolbar has both commands too.</source>
        <translation>Die Werkzeugleiste hat beide Befehle auch.</translation>
    </message>
</context>
<context>
    <name>Scholia::LinkEditDialog</name>
    <message>
        <location filename="../src/app/annotating/linkeditdialog.cpp" line="+16"/>
        <source>Edit Link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link type</source>
        <translation>Art der Verknüpfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note on the link</source>
        <translation>Notiz zur Verknüpfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>Scholia::LinkPickerDialog</name>
    <message>
        <location filename="../src/app/annotating/linkpickerdialog.cpp" line="+38"/>
        <source>Link to Another Passage</source>
        <translation>Mit einer anderen Textstelle verknüpfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole comment</source>
        <translation>der ganze Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: “%1”</source>
        <translation>Von: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link type</source>
        <translation>Art der Verknüpfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find passages</source>
        <translation>Textstellen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library&apos;s annotations (empty: this thread&apos;s)</source>
        <translation>Die Anmerkungen der Bibliothek durchsuchen (leer: die dieses Threads)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passages to link to</source>
        <translation>Textstellen zum Verknüpfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on the link</source>
        <translation>Notiz zur Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passage:</source>
        <translation>Diese Textstelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This thread&apos;s annotations. Type to search the library.</source>
        <translation>Die Anmerkungen dieses Threads. Tippen, um die Bibliothek zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This thread has no other annotation. Type to search the library.</source>
        <translation>Dieser Thread hat keine weitere Anmerkung. Tippen, um die Bibliothek zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot search: %1</source>
        <translation>Suche nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Annotations found: %1</source>
        <translation>Gefundene Anmerkungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No annotation matches.</source>
        <translation>Keine Anmerkung passt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(the whole comment)</source>
        <translation>(der ganze Kommentar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no longer found in the comment)</source>
        <translation>(im Kommentar nicht mehr gefunden)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot link: %1</source>
        <translation>Verknüpfen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::MainToolBar</name>
    <message>
        <location filename="../src/app/maintoolbar.cpp" line="+14"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch between the light and the dark theme</source>
        <translation>Zwischen hellem und dunklem Design wechseln</translation>
    </message>
</context>
<context>
    <name>Scholia::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="+70"/>
        <source>Scholia</source>
        <translation>Scholia</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Highlight Selection	H</source>
        <translation>Auswahl &amp;markieren	H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annotate Focused Comment	C</source>
        <translation>Aktuellen Kommentar &amp;annotieren	C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search the Library…</source>
        <translation>Bibliothek d&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find in Thread…</source>
        <translation>&amp;Im Thread suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta&amp;g This Thread…</source>
        <translation>Schlagwörter für &amp;diesen Thread…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Thread Read</source>
        <translation>Thread als ge&amp;lesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k Thread Unread</source>
        <translation>Thread als ungelesen mar&amp;kieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;Annotated Comments</source>
        <translation>Nur &amp;annotierte Kommentare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only Ne&amp;w Comments</source>
        <translation>Nur ne&amp;ue Kommentare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expand All</source>
        <translation>Alles au&amp;sklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse to &amp;Top Level</source>
        <translation>Auf &amp;oberste Ebene einklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse &amp;Below Depth…</source>
        <translation>Ab einer &amp;Ebene einklappen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Caret Mode</source>
        <translation>Te&amp;xtcursor-Modus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="vanished">O&amp;riginalgröße</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to &amp;Library</source>
        <translation>Zur &amp;Bibliothek</translation>
    </message>
    <message>
        <source>Go to &amp;Thread</source>
        <translation type="vanished">Zum &amp;Thread</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to &amp;Notes</source>
        <translation>Zu den &amp;Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To&amp;pics</source>
        <translation>The&amp;men</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Argument &amp;Map</source>
        <translation>Argument&amp;karte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Scholia &amp;einrichten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move Library</source>
        <translation>Bibliothek verschieben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Scholia</source>
        <translation>Ü&amp;ber Scholia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Argument Map: %1</source>
        <translation>Argumentkarte: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Argument Map</source>
        <translation>Argumentkarte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Collapse Below Depth</source>
        <translation>Ab einer Ebene einklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this many levels of replies:</source>
        <translation>So viele Ebenen von Antworten anzeigen:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Th&amp;read Map</source>
        <translation>T&amp;hread-Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole thread in a strip beside it</source>
        <translation>Den ganzen Thread in einem Streifen daneben zeigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The library is read-only: another Scholia process (pid %1) is writing to it.</source>
        <translation>Die Bibliothek ist schreibgeschützt: Ein anderer Scholia-Prozess (PID %1) schreibt in sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is read-only: another Scholia process is writing to it.</source>
        <translation>Die Bibliothek ist schreibgeschützt: Ein anderer Scholia-Prozess schreibt in sie.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — Scholia</source>
        <translation>%1 — Scholia</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n comment(s) · saved %2</source>
        <translation>
            <numerusform>%1 · %n Kommentar · gespeichert %2</numerusform>
            <numerusform>%1 · %n Kommentare · gespeichert %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete &quot;%1&quot; from the library?</source>
        <translation>„%1“ aus der Bibliothek löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It holds %n annotation(s); they will be deleted with it.</source>
        <translation>
            <numerusform>Er enthält %n Anmerkung; sie wird mit ihm gelöscht.</numerusform>
            <numerusform>Er enthält %n Anmerkungen; sie werden mit ihm gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Delete Thread</source>
        <translation>Thread löschen</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Normal &amp;Size</source>
        <translation>O&amp;riginalgröße</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Go to Threa&amp;d</source>
        <translation>Zum &amp;Thread</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Scholia::NotesPane</name>
    <message>
        <location filename="../src/app/annotating/notespane.cpp" line="+33"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Notes and annotations</source>
        <translation>Notizen und Anmerkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show annotations with tag</source>
        <translation>Anmerkungen mit Schlagwort anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orphaned annotations</source>
        <translation>Verwaiste Anmerkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned — the text they marked is no longer in the comment</source>
        <translation>Verwaist – der markierte Text steht nicht mehr im Kommentar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected annotation</source>
        <translation>Ausgewählte Anmerkung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Show in Thread</source>
        <translation>Im Thread &amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Scholia::PdfExportProgress</name>
    <message>
        <location filename="../src/app/export/pdfexportprogress.cpp" line="+22"/>
        <source>A PDF export is still running.</source>
        <translation>Ein PDF-Export läuft noch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting PDF</source>
        <translation>PDF wird exportiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1 (%2 pages)</source>
        <translation>%1 exportiert (%2 Seiten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written.

%1</source>
        <translation>Das PDF konnte nicht geschrieben werden.

%1</translation>
    </message>
</context>
<context>
    <name>Scholia::PdfExporter</name>
    <message>
        <location filename="../src/export/pdfexporter.cpp" line="+111"/>
        <source>another PDF export is still running</source>
        <translation>ein anderer PDF-Export läuft noch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laying out the pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot prepare the page to print: %1</source>
        <translation>die Druckseite kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the page to print could not be loaded</source>
        <translation>die Druckseite konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the web engine produced no PDF</source>
        <translation>die Web-Engine hat kein PDF erzeugt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the file…</source>
        <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cancelled; no file was written</source>
        <translation>abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>Scholia::PoliteHttpClient</name>
    <message>
        <location filename="../src/fetch/politehttpclient.cpp" line="+79"/>
        <location line="+152"/>
        <source>the save was cancelled</source>
        <translation>das Speichern wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1: refused: Scholia only asks %2 over HTTPS</source>
        <translation>%1: abgelehnt: Scholia fragt %2 nur über HTTPS an</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1&apos;s limit for this period is used up</source>
        <translation>das Limit von %1 für diesen Zeitraum ist ausgeschöpft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server sent nothing for %2 s and was given up (%3)</source>
        <translation>%1: Der Server hat %2 s lang nichts gesendet; aufgegeben (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the response took longer than %2 s and was given up (%3)</source>
        <translation>%1: Die Antwort dauerte länger als %2 s; aufgegeben (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the response is larger than Scholia accepts (%2 MB for one response, %3 MB for a whole save) (%4)</source>
        <translation>%1: Die Antwort ist größer, als Scholia annimmt (%2 MB je Antwort, %3 MB für ein ganzes Speichern) (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the server redirected to %2, which is not %3; not followed (%4)</source>
        <translation>%1: Der Server leitete auf %2 um, das nicht zu %3 gehört; nicht gefolgt (%4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>: the thread is private, quarantined or needs a login</source>
        <translation>: Der Thread ist privat, unter Quarantäne oder erfordert eine Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: no such thread (deleted, or a mistyped address)</source>
        <translation>: Thread existiert nicht (gelöscht oder Adresse vertippt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: the site&apos;s rate limit; try again later</source>
        <translation>: Anfragelimit der Website; später erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: HTTP %2%3%4 (%5)</source>
        <translation>%1: HTTP %2%3%4 (%5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 asked Scholia to wait (HTTP 429, Retry-After)</source>
        <translation>%1 hat Scholia um Wartezeit gebeten (HTTP 429, Retry-After)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the site asks to wait %1 s before the next request</source>
        <translation>; die Website verlangt %1 s Wartezeit vor der nächsten Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; still limited after %1 waits</source>
        <translation>; nach %1 Wartezeiten weiterhin begrenzt</translation>
    </message>
</context>
<context>
    <name>Scholia::PreferencesDialog</name>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="+36"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As the site showed them (3 hours ago)</source>
        <translation>Wie die Website sie zeigte (vor 3 Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact (2026-11-24 09:30:00 UTC)</source>
        <translation>Genau (2026-11-24 09:30:00 UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name for %1</source>
        <translation>Name für %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Moving closes the library, copies it to the new folder, checks the copy and reopens it there; the old file is removed only then.</source>
        <translation>Beim Verschieben wird die Bibliothek geschlossen, in den neuen Ordner kopiert, die Kopie geprüft und dort wieder geöffnet; erst dann wird die alte Datei entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This library was chosen with --db or SCHOLIA_DB, so it cannot be moved from here.</source>
        <translation>Diese Bibliothek wurde mit --db oder SCHOLIA_DB gewählt und kann daher nicht von hier aus verschoben werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move the Library To</source>
        <translation>Bibliothek verschieben nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Move Library</source>
        <translation>Bibliothek verschieben</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 already exists. Choose a folder without a library in it.</source>
        <translation>%1 existiert bereits. Einen Ordner ohne Bibliothek wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the library, move it to %1 and reopen it there?</source>
        <translation>Die Bibliothek schließen, nach %1 verschieben und dort wieder öffnen?</translation>
    </message>
</context>
<context>
    <name>Scholia::RdramaThreadFetcher</name>
    <message>
        <location filename="../src/fetch/rdramathreadfetcher.cpp" line="+33"/>
        <source>%1: the page has no rDrama comment or post markup</source>
        <translation>%1: Die Seite enthält kein rDrama-Markup für Kommentare oder Beiträge</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>stopped at the request limit (%1 requests): %n link(s) to more comments not followed</source>
        <translation>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n Link zu weiteren Kommentaren nicht verfolgt</numerusform>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n Links zu weiteren Kommentaren nicht verfolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n &quot;More comments&quot; link(s) pointed to another site and were not followed</source>
        <translation>
            <numerusform>%n „More comments“-Link zeigte auf eine andere Website und wurde nicht verfolgt</numerusform>
            <numerusform>%n „More comments“-Links zeigten auf eine andere Website und wurden nicht verfolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n &quot;More comments&quot; page(s) held no replies to take</source>
        <translation>
            <numerusform>%n „More comments“-Seite enthielt keine übernehmbaren Antworten</numerusform>
            <numerusform>%n „More comments“-Seiten enthielten keine übernehmbaren Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ReadOnlyBanner</name>
    <message>
        <location filename="../src/app/library/readonlybanner.cpp" line="+12"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library is read-only</source>
        <translation>Bibliothek ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the library for writing if the other process has closed it</source>
        <translation>Die Bibliothek zum Schreiben öffnen, falls der andere Prozess sie geschlossen hat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This library is open for writing in another Scholia process (pid %1). Changes are off until it closes.</source>
        <translation>Diese Bibliothek ist in einem anderen Scholia-Prozess (PID %1) zum Schreiben geöffnet. Änderungen sind gesperrt, bis er sie schließt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This library is open for writing in another Scholia process. Changes are off until it closes.</source>
        <translation>Diese Bibliothek ist in einem anderen Scholia-Prozess zum Schreiben geöffnet. Änderungen sind gesperrt, bis er sie schließt.</translation>
    </message>
</context>
<context>
    <name>Scholia::RecentImportsMenu</name>
    <message>
        <location filename="../src/app/importing/recentimportsmenu.cpp" line="+12"/>
        <source>&amp;Recent Imports</source>
        <translation>&amp;Zuletzt importiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Recent Imports</source>
        <translation>Keine zuletzt importierten Dateien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Scholia::RedditThreadFetcher</name>
    <message>
        <location filename="../src/fetch/redditthreadfetcher.cpp" line="+20"/>
        <source>%1: the response is not JSON (%2 at byte %3)</source>
        <translation>%1: Die Antwort ist kein JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: Reddit&apos;s answer is not a thread (expected its post and its comments)</source>
        <translation>%1: Die Antwort von Reddit ist kein Thread (erwartet: sein Beitrag und seine Kommentare)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: Reddit answered with errors: %2</source>
        <translation>%1: Reddit antwortete mit Fehlern: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>stopped at the request limit (%1 requests): %n &quot;more&quot; stub(s) were not expanded</source>
        <translation>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n „more“-Platzhalter wurde nicht aufgelöst</numerusform>
            <numerusform>beim Anfragelimit (%1 Anfragen) angehalten: %n „more“-Platzhalter wurden nicht aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Reddit kept %n &quot;more&quot; stub(s) it would not expand</source>
        <translation>
            <numerusform>Reddit wollte %n „more“-Platzhalter nicht auflösen</numerusform>
            <numerusform>Reddit wollte %n „more“-Platzhalter nicht auflösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reddit did not return %n of the comments its stubs listed (deleted, removed or hidden)</source>
        <translation>
            <numerusform>Reddit lieferte %n der in seinen Platzhaltern aufgeführten Kommentare nicht (gelöscht, entfernt oder verborgen)</numerusform>
            <numerusform>Reddit lieferte %n der in seinen Platzhaltern aufgeführten Kommentare nicht (gelöscht, entfernt oder verborgen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::SaveFromAddressController</name>
    <message>
        <location filename="../src/app/importing/savefromaddresscontroller.cpp" line="+27"/>
        <source>Save from &amp;Address…</source>
        <translation>Von &amp;Adresse speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch a whole thread from its address and import it</source>
        <translation>Einen ganzen Thread von seiner Adresse abrufen und importieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+31"/>
        <location line="+64"/>
        <location line="+18"/>
        <source>Save from Address</source>
        <translation>Von Adresse speichern</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Waiting %n second(s): %1</source>
        <translation>
            <numerusform>%n Sekunde Wartezeit: %1</numerusform>
            <numerusform>%n Sekunden Wartezeit: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving from %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1 for the thread…</source>
        <translation>Thread wird bei %1 angefragt…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1
%n request(s) made</source>
        <translation>
            <numerusform>%1
%n Anfrage gestellt</numerusform>
            <numerusform>%1
%n Anfragen gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s) so far</source>
        <translation>
            <numerusform>bisher %n Kommentar</numerusform>
            <numerusform>bisher %n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The save from %1 was cancelled; nothing was saved.</source>
        <translation>Das Speichern von %1 wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread could not be saved. Nothing was saved; the library is as it was.</source>
        <translation>Der Thread konnte nicht gespeichert werden. Es wurde nichts gespeichert; die Bibliothek ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved %1 in %n request(s); the responses are in %2</source>
        <translation>
            <numerusform>%1 mit %n Anfrage gespeichert; die Serverantworten liegen in %2</numerusform>
            <numerusform>%1 mit %n Anfragen gespeichert; die Serverantworten liegen in %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The thread was saved, but not all of it:</source>
        <translation>Der Thread wurde gespeichert, aber nicht vollständig:</translation>
    </message>
</context>
<context>
    <name>Scholia::SaveFromAddressDialog</name>
    <message>
        <location filename="../src/app/importing/savefromaddressdialog.cpp" line="+23"/>
        <source>Save from Address</source>
        <translation>Von Adresse speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://www.reddit.com/r/…/comments/…</source>
        <translation>https://www.reddit.com/r/…/comments/…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread address</source>
        <translation>Adresse des Threads</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most requests</source>
        <translation>Höchstzahl der Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The save stops after this many requests; what it has not fetched by then is reported as missing.</source>
        <translation>Das Speichern endet nach so vielen Anfragen; was bis dahin nicht abgerufen ist, wird als fehlend gemeldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scholia fetches the whole thread through the site&apos;s public interface, without logging in: Reddit (its JSON pages and /api/morechildren, 10 requests a minute), Hacker News (Algolia&apos;s API, else the official one), Discourse forums (t/ID.json and posts.json) and rDrama-family sites such as themotte.org (the post page and its &quot;More comments&quot; pages). Each request sends only the address and Scholia&apos;s name and version. The responses are kept in the &quot;saved&quot; folder beside the library, then imported.</source>
        <translation>Scholia ruft den ganzen Thread ohne Anmeldung über die öffentliche Schnittstelle der Website ab: Reddit (seine JSON-Seiten und /api/morechildren, 10 Anfragen pro Minute), Hacker News (die API von Algolia, sonst die offizielle), Discourse-Foren (t/ID.json und posts.json) und Websites der rDrama-Familie wie themotte.org (die Seite des Beitrags und ihre „More comments“-Seiten). Jede Anfrage sendet nur die Adresse sowie Namen und Version von Scholia. Die Serverantworten werden im Ordner „saved“ neben der Bibliothek aufbewahrt und dann importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most requests:</source>
        <translation>&amp;Höchstzahl der Anfragen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Paste the address of a thread.</source>
        <translation>Die Adresse eines Threads einfügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A thread on %1.</source>
        <translation>Ein Thread auf %1.</translation>
    </message>
</context>
<context>
    <name>Scholia::SearchPane</name>
    <message>
        <location filename="../src/app/search/searchpane.cpp" line="+26"/>
        <source>Library search</source>
        <translation>Bibliothekssuche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>Bibliothek durchsuchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;exact phrase&quot;, -word, a OR b, word*.
Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned</source>
        <translation type="vanished">Alle Wörter müssen vorkommen; &quot;genaue Phrase&quot;, -Wort, a OR b, Wort*.
Filter: author:NAME site:NAME tag:NAME thread:ID before:JJJJ-MM-TT after:JJJJ-MM-TT is:annotated is:orphaned</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;exact phrase&quot;, -word, a OR b, word*.
Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned is:incomplete</source>
        <translation type="vanished">Alle Wörter müssen vorkommen; &quot;genaue Phrase&quot;, -Wort, a OR b, Wort*.
Filter: author:NAME site:NAME tag:NAME thread:ID before:JJJJ-MM-TT after:JJJJ-MM-TT is:annotated is:orphaned is:incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words must all occur; &quot;exact phrase&quot;, -word, a OR b, word*.
Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned is:incomplete
Arguments: is:rebutted is:unanswered link:TYPE (supports, rebuts, asks, answers, same-point)</source>
        <translation>Alle Wörter müssen vorkommen; &quot;genaue Phrase&quot;, -Wort, a OR b, Wort*.
Filter: author:NAME site:NAME tag:NAME thread:ID before:JJJJ-MM-TT after:JJJJ-MM-TT is:annotated is:orphaned is:incomplete
Argumente: is:rebutted is:unanswered link:TYP (supports, rebuts, asks, answers, same-point)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot search: %1</source>
        <translation>Suche nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::SearchResultModel</name>
    <message>
        <location filename="../src/app/search/searchresultmodel.cpp" line="+55"/>
        <source>more than %1 matches</source>
        <translation>mehr als %1 Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · best first</source>
        <translation>%1 · beste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · too many to rank: newest first</source>
        <translation>%1 · zu viele zum Bewerten: neueste zuerst</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the thread itself</source>
        <translation>der Thread selbst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your notes</source>
        <translation>eigene Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your annotation</source>
        <translation>eigene Anmerkung</translation>
    </message>
</context>
<context>
    <name>Scholia::TagTreeModel</name>
    <message>
        <location filename="../src/app/annotating/tagtreemodel.cpp" line="+33"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
</context>
<context>
    <name>Scholia::TagsDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">Wieder&amp;herstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/annotating/tagsdialog.cpp" line="+84"/>
        <source>Delete the tag “%1”? %n annotation(s) carry it; they keep their highlights and notes. Tags below it stay.</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ löschen? %n Anmerkung trägt es; sie behält ihre Markierung und Notiz. Untergeordnete Schlagwörter bleiben erhalten.</numerusform>
            <numerusform>Das Schlagwort „%1“ löschen? %n Anmerkungen tragen es; sie behalten ihre Markierungen und Notizen. Untergeordnete Schlagwörter bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for “%1” (the tags below it follow):</source>
        <translation>Neuer Name für „%1“ (untergeordnete Schlagwörter folgen):</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Merge Tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Merge “%1” into “%2”? Everything tagged “%1” will be tagged “%2”, and “%1” will be gone.</source>
        <translation>„%1“ mit „%2“ zusammenführen? Alles mit dem Schlagwort „%1“ erhält das Schlagwort „%2“, und „%1“ verschwindet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
</context>
<context>
    <name>Scholia::ThemeSwitcher</name>
    <message>
        <location filename="../src/app/settings/themeswitcher.cpp" line="+92"/>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadBridge</name>
    <message>
        <location filename="../src/app/threadview/threadbridge.cpp" line="+106"/>
        <source>A highlight has to stay inside one comment: select text in a single comment.</source>
        <translation>Eine Markierung muss innerhalb eines Kommentars bleiben: Text in einem einzigen Kommentar auswählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select some text in a comment first, then press h (or use the context menu).</source>
        <translation>Zuerst Text in einem Kommentar auswählen, dann h drücken (oder das Kontextmenü verwenden).</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadListModel</name>
    <message>
        <location filename="../src/app/library/threadlistmodel.cpp" line="+70"/>
        <source>Incomplete save: %1</source>
        <translation>Unvollständige Fassung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 ⚠</source>
        <comment>comment count of a save that lacks part of its thread</comment>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadMapStrip</name>
    <message>
        <location filename="../src/app/threadview/threadmapstrip.cpp" line="+43"/>
        <source>Thread map</source>
        <translation>Thread-Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole thread in miniature: a line per comment, indented by its depth and as long as its text, with ticks for annotations, find matches, new and unread comments, and a box around the comments on screen. Click or drag to go there.</source>
        <translation>Der ganze Thread im Kleinen: eine Linie je Kommentar, nach seiner Tiefe eingerückt und so lang wie sein Text, mit Marken für Anmerkungen, Suchtreffer, neue und ungelesene Kommentare und einem Rahmen um die Kommentare auf dem Bildschirm. Klicken oder ziehen, um dorthin zu gehen.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Comment %1 of %2</source>
        <translation>Kommentar %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments %1–%2 of %3</source>
        <translation>Kommentare %1–%2 von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotated</source>
        <translation>Mit Anmerkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds the text found</source>
        <translation>Enthält den gesuchten Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New since your last visit</source>
        <translation>Neu seit Ihrem letzten Besuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadNotesEditor</name>
    <message>
        <location filename="../src/app/annotating/threadnoteseditor.cpp" line="+28"/>
        <source>Thread notes</source>
        <translation>Thread-Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on this thread, in Markdown. They are saved as you type.</source>
        <translation>Eigene Notizen zu diesem Thread, in Markdown. Sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes saving status</source>
        <translation>Speicherstatus der Notizen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot read the notes: %1</source>
        <translation>Die Notizen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadPage</name>
    <message>
        <location filename="../src/app/threadview/threadpage.cpp" line="+25"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this link in your web browser?

%1</source>
        <translation>Diesen Link im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Do not ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadRowDelegate</name>
    <message numerus="yes">
        <location filename="../src/app/library/threadrowdelegate.cpp" line="+67"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new</source>
        <comment>comments added or changed by a save not yet visited</comment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadSaver</name>
    <message numerus="yes">
        <location filename="../src/fetch/threadsaver.cpp" line="+90"/>
        <source>%1: the save failed after %n request(s): %2</source>
        <translation>
            <numerusform>%1: Das Speichern ist nach %n Anfrage fehlgeschlagen: %2</numerusform>
            <numerusform>%1: Das Speichern ist nach %n Anfragen fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadTagsDialog</name>
    <message>
        <location filename="../src/app/annotating/threadtagsdialog.cpp" line="+17"/>
        <source>Thread Tags</source>
        <translation>Schlagwörter des Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags for “%1”, separated by commas (topic/subtopic):</source>
        <translation>Schlagwörter für „%1“, durch Kommas getrennt (Thema/Unterthema):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thread tags</source>
        <translation>Schlagwörter des Threads</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadView</name>
    <message>
        <location filename="../src/app/threadview/threadview.cpp" line="+46"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>&amp;Highlight Selection	H</source>
        <translation>Auswahl &amp;markieren	H</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotate Comment	C</source>
        <translation>Kommentar &amp;annotieren	C</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicExportController</name>
    <message>
        <location filename="../src/app/export/topicexportcontroller.cpp" line="+31"/>
        <location line="+21"/>
        <source>Export Topic</source>
        <translation>Thema exportieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Select a topic first.</source>
        <translation>Zuerst ein Thema auswählen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicPassageModel</name>
    <message>
        <location filename="../src/app/topics/topicpassagemodel.cpp" line="+95"/>
        <source>Untitled thread</source>
        <translation>Thread ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thread %1, passages: %2</source>
        <translation>Thread %1, Textstellen: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1. Note: %2. %3</source>
        <translation>%1. Notiz: %2. %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-anchored</source>
        <translation>neu verankert</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicTagModel</name>
    <message>
        <location filename="../src/app/topics/topictagmodel.cpp" line="+29"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1
Passages: %2 (tagged with it directly: %3)</source>
        <translation>%1
Textstellen: %2 (direkt mit diesem Schlagwort: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, passages: %2</source>
        <translation>%1, Textstellen: %2</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicsPane</name>
    <message>
        <location filename="../src/app/topics/topicspane.cpp" line="+40"/>
        <source>Export to &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort passages by</source>
        <translation>Textstellen sortieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So&amp;rt by:</source>
        <translation>So&amp;rtieren nach:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to PDF/&amp;HTML…</source>
        <translation>Als PDF/&amp;HTML exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Argument Ma&amp;p</source>
        <translation>Argument&amp;karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the links among this topic&apos;s passages as a map</source>
        <translation>Die Verknüpfungen zwischen den Textstellen dieses Themas als Karte zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>Select a topic to gather its passages from every thread.</source>
        <translation>Ein Thema auswählen, um seine Textstellen aus allen Threads zu sammeln.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 · Passages: %2 · Threads: %3</source>
        <translation>%1 · Textstellen: %2 · Threads: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export Topic to Markdown</source>
        <translation>Thema als Markdown exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic %1.md</source>
        <translation>Thema %1.md</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Topic</source>
        <translation>Thema exportieren</translation>
    </message>
</context>
<context>
    <name>ScreenCommentLimit</name>
    <message>
        <location filename="../src/render/screencommentlimit.cpp" line="+26"/>
        <source>This comment is %1 characters long; the first %2 are shown here. The library keeps all of it: export the thread to read the rest.</source>
        <translation>Dieser Kommentar ist %1 Zeichen lang; hier werden die ersten %2 angezeigt. Die Bibliothek enthält ihn vollständig: Zum Lesen des Rests den Thread exportieren.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../src/cli/searchcommand.cpp" line="+61"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches: %1, best first</source>
        <translation>Treffer: %1, beste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches: %1, the most recently saved first</source>
        <translation>Treffer: %1, zuletzt gespeicherte zuerst</translation>
    </message>
    <message>
        <source>Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; &quot;a phrase&quot;, -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned. Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.</source>
        <translation type="vanished">Die ganze Bibliothek durchsuchen: Kommentare, Thread-Titel und -Beiträge, Thread-Notizen, Anmerkungen. Alle Wörter müssen vorkommen; &quot;eine Phrase&quot;, -Wort, a OR b, Präfix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:JJJJ-MM-TT, after:JJJJ-MM-TT, is:annotated, is:orphaned. Vor eine Suche, die Wörter ausschließt (-Wort), gehört --. Gibt Thread-Kennung, Kommentar-Kennung, Autor, Datum und einen Ausschnitt mit den Treffern in ** aus, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; &quot;a phrase&quot;, -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete. Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.</source>
        <translation type="vanished">Die ganze Bibliothek durchsuchen: Kommentare, Thread-Titel und -Beiträge, Thread-Notizen, Anmerkungen. Alle Wörter müssen vorkommen; &quot;eine Phrase&quot;, -Wort, a OR b, Präfix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:JJJJ-MM-TT, after:JJJJ-MM-TT, is:annotated, is:orphaned, is:incomplete. Vor eine Suche, die Wörter ausschließt (-Wort), gehört --. Gibt Thread-Kennung, Kommentar-Kennung, Autor, Datum und einen Ausschnitt mit den Treffern in ** aus, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; &quot;a phrase&quot;, -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete, is:rebutted (a passage another rebuts), is:unanswered (a question nothing answers), link:TYPE (either end of a link: supports, rebuts, asks, answers, same-point). Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.</source>
        <translation>Die ganze Bibliothek durchsuchen: Kommentare, Thread-Titel und -Beiträge, Thread-Notizen, Anmerkungen. Alle Wörter müssen vorkommen; &quot;eine Phrase&quot;, -Wort, a OR b, Präfix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:JJJJ-MM-TT, after:JJJJ-MM-TT, is:annotated, is:orphaned, is:incomplete, is:rebutted (eine Textstelle, die von einer anderen widerlegt wird), is:unanswered (eine Frage, auf die nichts antwortet), link:TYP (eines der beiden Enden einer Verknüpfung: supports, rebuts, asks, answers, same-point). Vor eine Suche, die Wörter ausschließt (-Wort), gehört --. Gibt Thread-Kennung, Kommentar-Kennung, Autor, Datum und einen Ausschnitt mit den Treffern in ** aus, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What to look for (several arguments are joined with spaces).</source>
        <translation>Wonach gesucht wird (mehrere Argumente werden mit Leerzeichen verbunden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N hits (default 20).</source>
        <translation>Höchstens N Treffer anzeigen (Vorgabe 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the first N hits (default 0).</source>
        <translation>Die ersten N Treffer überspringen (Vorgabe 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the page as JSON.</source>
        <translation>Die Seite als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(a query that excludes words goes after --: scholia search -- fish -chips)</source>
        <translation>(eine Suche, die Wörter ausschließt, steht nach --: scholia search -- fish -chips)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--limit needs a number of at least 1</source>
        <translation>--limit braucht eine Zahl von mindestens 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--offset needs a number of at least 0</source>
        <translation>--offset braucht eine Zahl von mindestens 0</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <location filename="../src/store/searchengine.cpp" line="+183"/>
        <source>cannot search the library</source>
        <translation>die Bibliothek kann nicht durchsucht werden</translation>
    </message>
</context>
<context>
    <name>SearchQueryParser</name>
    <message>
        <location filename="../src/store/searchquery.cpp" line="+87"/>
        <source>&quot;OR&quot; needs a word after it</source>
        <translation>„OR“ braucht ein Wort danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an excluded word needs a word or a filter to search for besides it</source>
        <translation>ein ausgeschlossenes Wort braucht daneben ein Wort oder einen Filter, nach dem gesucht wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the query is empty</source>
        <translation>die Suche ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;-&quot; needs a word right after it</source>
        <translation>„-“ braucht direkt danach ein Wort</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;OR&quot; needs a word before it</source>
        <translation>„OR“ braucht ein Wort davor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; has no letters or digits to search for</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prefix needs at least two characters before &quot;*&quot;</source>
        <translation>ein Präfix braucht mindestens zwei Zeichen vor „*“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an excluded word cannot be a side of &quot;OR&quot;</source>
        <translation>ein ausgeschlossenes Wort kann keine Seite von „OR“ sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this quotation mark is never closed</source>
        <translation>dieses Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the quotation marks hold nothing</source>
        <translation>zwischen den Anführungszeichen steht nichts</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown filter &quot;%1:&quot; (the filters are author:, site:, tag:, thread:, before:, after:, is: and link:; put a word in quotes to search for it as it is)</source>
        <translation>unbekannter Filter „%1:“ (die Filter sind author:, site:, tag:, thread:, before:, after:, is: und link:; ein Wort in Anführungszeichen wird so gesucht, wie es ist)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&quot;is:%1&quot; is not a filter (there are is:annotated, is:orphaned, is:incomplete, is:rebutted and is:unanswered)</source>
        <translation>„is:%1“ ist kein Filter (es gibt is:annotated, is:orphaned, is:incomplete, is:rebutted und is:unanswered)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;link:%1&quot; names no kind of link (there are %2)</source>
        <translation>„link:%1“ ist keine Art von Verknüpfung (es gibt %2)</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1:&quot; (the filters are author:, site:, tag:, thread:, before:, after: and is:; put a word in quotes to search for it as it is)</source>
        <translation type="vanished">unbekannter Filter „%1:“ (die Filter sind author:, site:, tag:, thread:, before:, after: und is:; ein Wort in Anführungszeichen wird so gesucht, wie es ist)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>a filter cannot be excluded with &quot;-&quot;</source>
        <translation>ein Filter kann nicht mit „-“ ausgeschlossen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a filter cannot be a side of &quot;OR&quot;</source>
        <translation>ein Filter kann keine Seite von „OR“ sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the filter &quot;%1:&quot; needs a value right after the colon</source>
        <translation>der Filter „%1:“ braucht direkt nach dem Doppelpunkt einen Wert</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&quot;%1&quot; is not a thread id (a number from the library list)</source>
        <translation>„%1“ ist keine Thread-Kennung (eine Zahl aus der Bibliotheksliste)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;is:%1&quot; is not a filter (there are is:annotated, is:orphaned and is:incomplete)</source>
        <translation type="vanished">„is:%1“ ist kein Filter (es gibt is:annotated, is:orphaned und is:incomplete)</translation>
    </message>
    <message>
        <source>&quot;is:%1&quot; is not a filter (there are is:annotated and is:orphaned)</source>
        <translation type="vanished">„is:%1“ ist kein Filter (es gibt is:annotated und is:orphaned)</translation>
    </message>
</context>
<context>
    <name>SetThreadReadCommand</name>
    <message>
        <location filename="../src/library/setthreadreadcommand.cpp" line="+12"/>
        <source>Mark thread read</source>
        <translation>Thread als gelesen markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark thread unread</source>
        <translation>Thread als ungelesen markieren</translation>
    </message>
</context>
<context>
    <name>SetThreadTagsCommand</name>
    <message>
        <location filename="../src/library/setthreadtagscommand.cpp" line="+11"/>
        <source>Tag thread</source>
        <translation>Thread verschlagworten</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Print a thread: its post, then its comments in order.</source>
        <translation type="vanished">Einen Thread ausgeben: seinen Beitrag, dann seine Kommentare der Reihe nach.</translation>
    </message>
    <message>
        <location filename="../src/cli/showcommand.cpp" line="+17"/>
        <source>Print a thread: its post, then its comments in order, each marked when a later save made it new, edited, missing or removed on the site.</source>
        <translation>Einen Thread ausgeben: seinen Beitrag, dann seine Kommentare der Reihe nach, jeder markiert, wenn eine spätere Fassung ihn neu, bearbeitet, fehlend oder auf der Website entfernt zeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indent each comment by its depth in the reply tree.</source>
        <translation>Jeden Kommentar entsprechend seiner Tiefe im Antwortbaum einrücken.</translation>
    </message>
</context>
<context>
    <name>SubcommandLine</name>
    <message>
        <location filename="../src/cli/subcommandline.cpp" line="+14"/>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>Die Kennung des Threads, wie „scholia list“ sie ausgibt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected one thread id (a number from &quot;scholia list&quot;)</source>
        <translation>genau eine Thread-Kennung erwartet (eine Zahl aus „scholia list“)</translation>
    </message>
</context>
<context>
    <name>SvgSanitizer</name>
    <message>
        <location filename="../src/render/svgsanitizer.cpp" line="+126"/>
        <source>the drawing is not an SVG document</source>
        <translation>die Zeichnung ist kein SVG-Dokument</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the drawing is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>die Zeichnung ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the drawing is empty</source>
        <translation>die Zeichnung ist leer</translation>
    </message>
</context>
<context>
    <name>TagName</name>
    <message>
        <location filename="../src/core/tagname.cpp" line="+10"/>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tag &quot;%1&quot; has an empty part between slashes</source>
        <translation>das Schlagwort „%1“ hat einen leeren Teil zwischen Schrägstrichen</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../src/store/tagstore.cpp" line="+61"/>
        <source>cannot list the tags</source>
        <translation>die Schlagwörter können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot look up the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot complete the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht vervollständigt werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+219"/>
        <source>there is no tag called &quot;%1&quot;</source>
        <translation>es gibt kein Schlagwort namens „%1“</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+30"/>
        <source>there is a tag called &quot;%1&quot; already; merge the two instead</source>
        <translation>es gibt bereits ein Schlagwort namens „%1“; stattdessen die beiden zusammenführen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>cannot rename the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot rename tags</source>
        <translation>die Schlagwörter können nicht umbenannt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; and &quot;%2&quot; are the same tag</source>
        <translation>„%1“ und „%2“ sind dasselbe Schlagwort</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>„%1“ kann nicht mit „%2“ zusammengeführt werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot undo merging &quot;%1&quot;</source>
        <translation>das Zusammenführen von „%1“ kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no colour called &quot;%1&quot; (there are: %2)</source>
        <translation>es gibt keine Farbe namens „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot recolour the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht umgefärbt werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot delete the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot restore the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is a tag called &quot;%1&quot; again; it cannot be restored</source>
        <translation>es gibt wieder ein Schlagwort namens „%1“; es kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <location filename="../src/cli/tagscommand.cpp" line="+16"/>
        <source>List the tags in the library: name, annotations carrying it, threads carrying it, colour (tab-separated). A tag&apos;s counts are its own: &quot;compute&quot; does not count what &quot;compute/export-controls&quot; carries.</source>
        <translation>Die Schlagwörter der Bibliothek auflisten: Name, Anmerkungen damit, Threads damit, Farbe (durch Tabulatoren getrennt). Die Zahlen eines Schlagworts zählen nur es selbst: „compute“ zählt nicht mit, was „compute/export-controls“ trägt.</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../ui/tagsdialog.ui" line="+9"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two tags to merge the first into the second, or one to choose where it goes</source>
        <translation>Zwei Schlagwörter auswählen, um das erste mit dem zweiten zusammenzuführen, oder eines, um das Ziel zu wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ThreadAddress</name>
    <message>
        <location filename="../src/fetch/threadaddress.cpp" line="+45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only http and https addresses can be saved</source>
        <translation>nur http- und https-Adressen können gespeichert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a Reddit address, but not of a thread (…/comments/ID/…, or redd.it/ID)</source>
        <translation>eine Reddit-Adresse, aber nicht die eines Threads (…/comments/ID/… oder redd.it/ID)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Hacker News address, but not of an item (news.ycombinator.com/item?id=N)</source>
        <translation>eine Adresse von Hacker News, aber nicht die eines Eintrags (news.ycombinator.com/item?id=N)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scholia cannot tell which site serves this address; it saves Reddit threads, Hacker News items, Discourse topics (…/t/slug/ID) and posts of rDrama-family sites such as themotte.org (…/post/ID/slug)</source>
        <translation>Scholia kann nicht erkennen, zu welcher Website diese Adresse gehört; es speichert Reddit-Threads, Einträge von Hacker News, Discourse-Themen (…/t/slug/ID) und Beiträge von Websites der rDrama-Familie wie themotte.org (…/post/ID/slug)</translation>
    </message>
</context>
<context>
    <name>ThreadExporter</name>
    <message>
        <location filename="../src/export/threadexporter.cpp" line="+36"/>
        <source>a PDF is printed by a web page, not written as text</source>
        <translation>ein PDF wird von einer Webseite gedruckt, nicht als Text geschrieben</translation>
    </message>
</context>
<context>
    <name>ThreadHistoryStore</name>
    <message>
        <location filename="../src/store/threadhistorystore.cpp" line="+55"/>
        <location line="+50"/>
        <source>there is no thread %1 in the library</source>
        <translation>Thread %1 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>cannot read the history of thread %1</source>
        <translation>der Verlauf von Thread %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>thread %1 has no comment &quot;%2&quot;</source>
        <translation>Thread %1 hat keinen Kommentar „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the versions of a comment of thread %1</source>
        <translation>die Versionen eines Kommentars von Thread %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ThreadHtmlRenderer</name>
    <message>
        <location filename="../src/render/threadhtmlrenderer.cpp" line="+63"/>
        <source>annotated</source>
        <translation>annotiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(found again after the comment changed: check it)</source>
        <translation>(nach einer Änderung des Kommentars wiedergefunden: bitte prüfen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/render/scoretext.cpp" line="+16"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/render/threadhtmlrenderer.cpp" line="+77"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported from a page saved as plain text: the page kept no authors or times, and Scholia rebuilt where each comment begins and what it replies to from the text alone</source>
        <translation>Importiert aus einer als reiner Text gespeicherten Seite: Die Seite enthielt keine Autoren oder Zeiten, und Scholia hat allein aus dem Text erschlossen, wo jeder Kommentar beginnt und worauf er antwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>reconstructed from text</source>
        <translation>aus Text rekonstruiert</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <source>%n more replies not saved</source>
        <translation>
            <numerusform>%n weitere Antwort nicht gespeichert</numerusform>
            <numerusform>%n weitere Antworten nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More replies continue on the site; they are not in this save</source>
        <translation>Weitere Antworten gibt es auf der Website; sie sind nicht in dieser Fassung gespeichert</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Collapse or expand</source>
        <translation>Ein- oder ausklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added or changed by a save you have not seen yet</source>
        <translation>Durch eine Speicherung hinzugefügt oder geändert, die Sie noch nicht gesehen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse or expand the replies</source>
        <translation>Antworten ein- oder ausklappen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>What the saved file itself says it does not hold. Saving the thread from its address (File ▸ Save from Address…) fetches the rest and merges it.</source>
        <translation>Was laut der gespeicherten Datei selbst darin fehlt. Wird der Thread von seiner Adresse gespeichert (Datei ▸ Von Adresse speichern…), wird der Rest abgerufen und übernommen.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Depth %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The author of the post</source>
        <translation>Der Verfasser des Beitrags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where this comment begins and what it replies to were rebuilt from plain text</source>
        <translation>Wo dieser Kommentar beginnt und worauf er antwortet, wurde aus reinem Text rekonstruiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in latest save</source>
        <translation>nicht in der neuesten Fassung</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n replies</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Next / previous comment</source>
        <translation>Nächster / vorheriger Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous comment at the same depth</source>
        <translation>Nächster / vorheriger Kommentar auf derselben Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent comment</source>
        <translation>Übergeordneter Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the thread</source>
        <translation>Anfang des Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse or expand the focused comment</source>
        <translation>Aktuellen Kommentar ein- oder ausklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse all replies of the focused comment</source>
        <translation>Alle Antworten des aktuellen Kommentars einklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the selected text</source>
        <translation>Ausgewählten Text markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caret mode: select text of the focused comment from the keyboard (h highlights it, Esc leaves)</source>
        <translation>Textcursor-Modus: Text des aktuellen Kommentars mit der Tastatur auswählen (h markiert ihn, Esc beendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In caret mode: move by character / word / sentence / line</source>
        <translation>Im Textcursor-Modus: zeichen- / wort- / satz- / zeilenweise bewegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In caret mode: Shift makes a move extend the selection; after v, every move does</source>
        <translation>Im Textcursor-Modus: mit Umschalt erweitert eine Bewegung die Auswahl, nach v jede Bewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate the focused comment</source>
        <translation>Aktuellen Kommentar annotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous new comment</source>
        <translation>Nächster / vorheriger neuer Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous unread comment</source>
        <translation>Nächster / vorheriger ungelesener Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the focused comment&apos;s earlier texts (an edited comment)</source>
        <translation>Die früheren Texte des aktuellen Kommentars zeigen oder verbergen (bei bearbeiteten Kommentaren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide this list</source>
        <translation>Diese Liste anzeigen oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger / smaller / normal text</source>
        <translation>Größerer / kleinerer / normaler Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in this thread, next / previous match</source>
        <translation>In diesem Thread suchen, nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole library</source>
        <translation>Die ganze Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the library, thread, notes or topics</source>
        <translation>Zur Bibliothek, zum Thread, zu den Notizen oder Themen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files / export this thread</source>
        <translation>Dateien importieren / diesen Thread exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo</source>
        <translation>Rückgängig / Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press ? or Esc to close.</source>
        <translation>Zum Schließen ? oder Esc drücken.</translation>
    </message>
</context>
<context>
    <name>ThreadMarkdownWriter</name>
    <message>
        <location filename="../src/render/threadmarkdownwriter.cpp" line="+93"/>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 of %2</source>
        <comment>comments exported of all</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on the site</source>
        <translation>auf der Website</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(depth %1) </source>
        <translation>(Ebene %1) </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(see above)</source>
        <translation>(siehe oben)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text in the save of %1</source>
        <translation>Text in der Speicherung vom %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Annotated: the whole comment</source>
        <translation>Annotiert: der ganze Kommentar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations no longer found in the thread</source>
        <translation>Anmerkungen, die im Thread nicht mehr gefunden werden</translation>
    </message>
</context>
<context>
    <name>ThreadNotesStore</name>
    <message>
        <location filename="../src/store/threadnotesstore.cpp" line="+22"/>
        <location line="+14"/>
        <source>cannot read the notes of thread %1</source>
        <translation>die Notizen von Thread %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no thread %1 in the library</source>
        <translation>es gibt keinen Thread %1 in der Bibliothek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save the notes of thread %1</source>
        <translation>die Notizen von Thread %1 können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ThreadScope</name>
    <message>
        <location filename="../src/core/threadscope.cpp" line="+81"/>
        <source>the thread has no comment &quot;%1&quot; to export from</source>
        <translation>der Thread hat keinen Kommentar „%1“, bei dem der Export beginnen könnte</translation>
    </message>
</context>
<context>
    <name>ThreadTagStore</name>
    <message>
        <location filename="../src/store/threadtagstore.cpp" line="+20"/>
        <source>cannot read the tags of thread %1</source>
        <translation>die Schlagwörter von Thread %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no thread %1 in the library</source>
        <translation>es gibt keinen Thread %1 in der Bibliothek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot tag thread %1</source>
        <translation>Thread %1 kann nicht verschlagwortet werden</translation>
    </message>
</context>
<context>
    <name>TopicCommand</name>
    <message>
        <location filename="../src/cli/topiccommand.cpp" line="+111"/>
        <source>Print every passage tagged TAG or a tag below it (&quot;economics&quot; gathers &quot;economics/trade&quot;), across all threads, grouped by thread: as Markdown, or as a JSON array.</source>
        <translation>Alle Textstellen mit dem Schlagwort SCHLAGWORT oder einem darunterliegenden („economics“ umfasst „economics/trade“) über alle Threads hinweg ausgeben, nach Thread gruppiert: als Markdown oder als JSON-Array.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag, as &quot;scholia tags&quot; lists it.</source>
        <translation>Das Schlagwort, wie „scholia tags“ es auflistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>md (the default) or json.</source>
        <translation>md (Vorgabe) oder json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date, thread (the default) or author.</source>
        <translation>date, thread (Vorgabe) oder author.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected one tag</source>
        <translation>genau ein Schlagwort erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &quot;%1&quot; (there are: md, json)</source>
        <translation>unbekanntes Format „%1“ (vorhanden: md, json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown order &quot;%1&quot; (there are: date, thread, author)</source>
        <translation>unbekannte Reihenfolge „%1“ (vorhanden: date, thread, author)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>scholia topic: there is no tag &quot;%1&quot;</source>
        <translation>scholia topic: es gibt kein Schlagwort „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; did you mean: %1</source>
        <translation>; gemeint war vielleicht: %1</translation>
    </message>
</context>
<context>
    <name>TopicExporter</name>
    <message>
        <location filename="../src/export/topicexporter.cpp" line="+29"/>
        <source>a PDF is printed by a web page, not written as text</source>
        <translation>ein PDF wird von einer Webseite gedruckt, nicht als Text geschrieben</translation>
    </message>
</context>
<context>
    <name>TopicMarkdownWriter</name>
    <message>
        <location filename="../src/render/topicmarkdownwriter.cpp" line="+71"/>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no longer found in the comment</source>
        <translation>im Kommentar nicht mehr gefunden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 %2 Passages: %3 %2 Threads: %4</source>
        <translation>Exportiert %1 %2 Textstellen: %3 %2 Threads: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled thread</source>
        <translation>Thread ohne Titel</translation>
    </message>
</context>
<context>
    <name>TopicPrintHtmlRenderer</name>
    <message>
        <location filename="../src/render/topicprinthtmlrenderer.cpp" line="+36"/>
        <source>(comment no longer in the thread)</source>
        <translation>(Kommentar nicht mehr im Thread)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found again after the comment changed</source>
        <translation>nach einer Änderung des Kommentars wiedergefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no longer found in the comment</source>
        <translation>im Kommentar nicht mehr gefunden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
</context>
<context>
    <name>TopicStore</name>
    <message>
        <location filename="../src/store/topicstore.cpp" line="+167"/>
        <source>cannot count the passages of each tag</source>
        <translation>die Textstellen je Schlagwort können nicht gezählt werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot gather the passages tagged &quot;%1&quot;</source>
        <translation>die Textstellen mit dem Schlagwort „%1“ können nicht gesammelt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read the linked passages</source>
        <translation>die verknüpften Textstellen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TreeTextFormatter</name>
    <message numerus="yes">
        <location filename="../src/cli/treetextformatter.cpp" line="+24"/>
        <source>[%n more replies not saved]</source>
        <translation>
            <numerusform>[%n weitere Antwort nicht gespeichert]</numerusform>
            <numerusform>[%n weitere Antworten nicht gespeichert]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[unknown]</source>
        <translation>[unbekannt]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[deleted]</source>
        <translation>[gelöscht]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[deleted on the site, text from an earlier save]</source>
        <translation>[auf der Website gelöscht, Text aus einer früheren Fassung]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[removed]</source>
        <translation>[entfernt]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[removed on the site, text from an earlier save]</source>
        <translation>[auf der Website entfernt, Text aus einer früheren Fassung]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[new]</source>
        <translation>[neu]</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>[edited, %n earlier version(s)]</source>
        <translation>
            <numerusform>[bearbeitet, %n frühere Version]</numerusform>
            <numerusform>[bearbeitet, %n frühere Versionen]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[not in the save of %1]</source>
        <translation>[nicht in der Fassung vom %1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[not in latest save]</source>
        <translation>[nicht in der neuesten Fassung]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incomplete save: %1</source>
        <translation>Unvollständige Fassung: %1</translation>
    </message>
</context>
<context>
    <name>UndoRedoActions</name>
    <message>
        <location filename="../src/app/annotating/undoredoactions.cpp" line="+44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>Wieder&amp;herstellen: %1</translation>
    </message>
</context>
<context>
    <name>VersionsCommand</name>
    <message>
        <location filename="../src/cli/versionscommand.cpp" line="+24"/>
        <source>Print every text a comment has had across the saves of its thread, oldest first, each headed by the date of its save.</source>
        <translation>Jeden Text ausgeben, den ein Kommentar über die Fassungen seines Threads hatte, den ältesten zuerst, jeden mit dem Datum seiner Fassung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>Die ID des Threads, wie „scholia list“ sie ausgibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment&apos;s id on its site, as &quot;scholia annotations&quot; prints it.</source>
        <translation>Die ID des Kommentars auf seiner Website, wie „scholia annotations“ sie ausgibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a thread id and a comment id</source>
        <translation>erwartet: eine Thread-ID und eine Kommentar-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scholia versions: %1</source>
        <translation>scholia versions: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved %1</source>
        <translation>gespeichert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save unknown</source>
        <translation>Fassung unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>WebAnnotationExporter</name>
    <message>
        <location filename="../src/library/webannotationexporter.cpp" line="+234"/>
        <source>Scholia annotations: %1</source>
        <translation>Scholia-Anmerkungen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scholia annotations: the whole library</source>
        <translation>Scholia-Anmerkungen: die ganze Bibliothek</translation>
    </message>
</context>
<context>
    <name>WebAnnotationImportReport</name>
    <message>
        <location filename="../src/library/webannotationimportreport.cpp" line="+7"/>
        <source>%1: annotations: %2 imported (%3 anchored, %4 moved, %5 flagged, %6 orphaned), %7 updated, %8 unchanged, %9 skipped</source>
        <translation>%1: Anmerkungen: %2 importiert (%3 verankert, %4 verschoben, %5 zur Prüfung markiert, %6 verwaist), %7 aktualisiert, %8 unverändert, %9 übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; links: %1 imported, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>; Verknüpfungen: %1 importiert, %2 aktualisiert, %3 unverändert, %4 übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; thread notes: %1 imported, %2 updated, %3 unchanged</source>
        <translation>; Thread-Notizen: %1 importiert, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: skipped %2 annotation(s) of thread %3, which is not in this library (import the thread first)</source>
        <translation>%1: %2 Anmerkung(en) von Thread %3 übersprungen, der nicht in dieser Bibliothek ist (zuerst den Thread importieren)</translation>
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message>
        <location filename="../src/library/webannotationimporter.cpp" line="+29"/>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>WebAnnotationReader</name>
    <message>
        <location filename="../src/library/webannotationreader.cpp" line="+121"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no W3C Web Annotations found (expected an AnnotationCollection, an AnnotationPage or Annotations)</source>
        <translation>keine W3C Web Annotations gefunden (erwartet: eine AnnotationCollection, eine AnnotationPage oder Annotations)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/desktopsession.cpp" line="+44"/>
        <source>Scholia</source>
        <translation>Scholia</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Read and annotate saved discussion threads.</source>
        <translation>Gespeicherte Diskussions-Threads lesen und annotieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved threads to import and open.</source>
        <translation>Gespeicherte Threads zum Importieren und Öffnen.</translation>
    </message>
</context>
</TS>
