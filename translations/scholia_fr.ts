<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+9"/>
        <source>About Scholia</source>
        <translation>À propos de Scholia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read, annotate and export saved discussion threads, offline.</source>
        <translation>Lire, annoter et exporter des fils de discussion enregistrés, hors ligne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component versions</source>
        <translation>Versions des composants</translation>
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <location filename="../src/cli/annotatecommand.cpp" line="+21"/>
        <source>Annotate a comment of a thread: the whole comment, or with --quote the passage of its text that reads exactly so (as &quot;scholia show&quot; prints the text). The annotation is saved before this command reports it.</source>
        <translation>Annoter un commentaire d&apos;un fil&#xa0;: le commentaire entier, ou avec --quote le passage de son texte qui se lit exactement ainsi (tel que «&#xa0;scholia show&#xa0;» affiche le texte). L&apos;annotation est enregistrée avant que cette commande ne la signale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library file.</source>
        <translation>Le fichier de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment&apos;s id on its site.</source>
        <translation>L&apos;identifiant du commentaire sur son site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE_ID</source>
        <translation>ID_SOURCE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passage to highlight, verbatim.</source>
        <translation>Le passage à surligner, mot pour mot.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Which occurrence of the quote to take when the comment holds it more than once (default: the first).</source>
        <translation>L&apos;occurrence de la citation à prendre quand le commentaire la contient plusieurs fois (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag (repeat for more); &quot;/&quot; makes a hierarchy.</source>
        <translation>Une étiquette (à répéter pour en mettre plusieurs)&#xa0;; «&#xa0;/&#xa0;» crée une hiérarchie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The highlight colour: %1 (default: %2).</source>
        <translation>La couleur de surlignage&#xa0;: %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>L&apos;identifiant du fil, tel que «&#xa0;scholia list&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+93"/>
        <location line="+9"/>
        <source>scholia annotate: %1</source>
        <translation>scholia annotate&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>expected one thread id (a number from &quot;scholia list&quot;)</source>
        <translation>un seul identifiant de fil attendu (un nombre donné par «&#xa0;scholia list&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which comment? (--comment SOURCE_ID)</source>
        <translation>quel commentaire&#xa0;? (--comment ID_SOURCE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no colour called &quot;%1&quot; (there are: %2)</source>
        <translation>aucune couleur ne s&apos;appelle «&#xa0;%1&#xa0;» (couleurs disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--quote needs some text; leave it out to annotate the whole comment</source>
        <translation>--quote demande du texte&#xa0;; omettez-le pour annoter le commentaire entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--occurrence takes a number from 1 on, and goes with --quote</source>
        <translation>--occurrence prend un nombre à partir de 1, et va avec --quote</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>comment &quot;%1&quot; does not contain &quot;%2&quot;</source>
        <translation>le commentaire «&#xa0;%1&#xa0;» ne contient pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment &quot;%1&quot; has no occurrence %2 of &quot;%3&quot; (it has %4)</source>
        <translation>le commentaire «&#xa0;%1&#xa0;» n&apos;a pas d&apos;occurrence %2 de «&#xa0;%3&#xa0;» (il en a %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>scholia annotate: comment &quot;%1&quot; contains &quot;%2&quot; %n times; annotating the first (--occurrence picks another)</source>
        <translation>
            <numerusform>scholia annotate&#xa0;: le commentaire «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;» %n fois&#xa0;; la première occurrence est annotée (--occurrence en choisit une autre)</numerusform>
            <numerusform>scholia annotate&#xa0;: le commentaire «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;» %n fois&#xa0;; la première occurrence est annotée (--occurrence en choisit une autre)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>scholia annotate: thread %1 has no comment &quot;%2&quot;</source>
        <translation>scholia annotate&#xa0;: le fil %1 n&apos;a pas de commentaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>annotation %1 on comment &quot;%2&quot; at %3–%4 (%5)</source>
        <translation>annotation %1 sur le commentaire «&#xa0;%2&#xa0;» en %3–%4 (%5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>annotation %1 on comment &quot;%2&quot;, the whole comment (%3)</source>
        <translation>annotation %1 sur le commentaire «&#xa0;%2&#xa0;», le commentaire entier (%3)</translation>
    </message>
</context>
<context>
    <name>AnnotationLinkStore</name>
    <message>
        <location filename="../src/store/annotationlinkstore.cpp" line="+72"/>
        <source>there is no annotation %1</source>
        <translation>il n&apos;y a pas d&apos;annotation %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotation %1 cannot be linked to itself</source>
        <translation>l&apos;annotation %1 ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>annotation %1 already %2 annotation %3 (link %4)</source>
        <translation>le lien %4 existe déjà&#xa0;: l&apos;annotation %1 %2 l&apos;annotation %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>cannot save the link</source>
        <translation>impossible d&apos;enregistrer le lien</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <location line="+49"/>
        <source>there is no link %1</source>
        <translation>il n&apos;y a pas de lien %1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>cannot change link %1</source>
        <translation>impossible de modifier le lien %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot delete link %1</source>
        <translation>impossible de supprimer le lien %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>only a link that was stored can be restored</source>
        <translation>seul un lien qui a été enregistré peut être restauré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link %1 exists already; it cannot be restored over</source>
        <translation>le lien %1 existe déjà&#xa0;; il ne peut pas être restauré par-dessus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot restore link %1: %2</source>
        <translation>impossible de restaurer le lien %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot restore the links</source>
        <translation>impossible de restaurer les liens</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>cannot read link %1</source>
        <translation>impossible de lire le lien %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot list the links of annotation %1</source>
        <translation>impossible de lister les liens de l&apos;annotation %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot list the links of thread %1</source>
        <translation>impossible de lister les liens du fil %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot list the links tagged &quot;%1&quot;</source>
        <translation>impossible de lister les liens portant l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AnnotationLinkTypes</name>
    <message>
        <location filename="../src/core/annotationlinktype.cpp" line="+43"/>
        <source>supports</source>
        <comment>link: this passage supports that one</comment>
        <translation>soutient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuts</source>
        <comment>link: this passage rebuts that one</comment>
        <translation>réfute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asks about</source>
        <comment>link: this passage is a question about that one</comment>
        <translation>pose une question sur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answers</source>
        <comment>link: this passage answers that one</comment>
        <translation>répond à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>makes the same point as</source>
        <comment>link: both passages say the same thing</comment>
        <translation>dit la même chose que</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>supported by</source>
        <comment>link seen from its target</comment>
        <translation>soutenu par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebutted by</source>
        <comment>link seen from its target</comment>
        <translation>réfuté par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>questioned by</source>
        <comment>link seen from its target</comment>
        <translation>questionné par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered by</source>
        <comment>link seen from its target</comment>
        <translation>a pour réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same point as</source>
        <comment>link seen from its target</comment>
        <translation>même chose que</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../src/store/annotationstore.cpp" line="+67"/>
        <source>there is no highlight colour called &quot;%1&quot; (there are: %2)</source>
        <translation>aucune couleur de surlignage ne s&apos;appelle «&#xa0;%1&#xa0;» (couleurs disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+204"/>
        <source>there is no thread %1 in the library</source>
        <translation>la bibliothèque ne contient pas de fil %1</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>thread %1 has no comment &quot;%2&quot;</source>
        <translation>le fil %1 n&apos;a pas de commentaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; stands for replies that were not saved; there is nothing to annotate</source>
        <translation>«&#xa0;%1&#xa0;» représente des réponses qui n&apos;ont pas été enregistrées&#xa0;; il n&apos;y a rien à annoter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted passage needs its position in the comment</source>
        <translation>un passage cité a besoin de sa position dans le commentaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the range %1–%2 is not a passage of comment &quot;%3&quot;, whose text is %4 characters long</source>
        <translation>la plage %1–%2 n&apos;est pas un passage du commentaire «&#xa0;%3&#xa0;», dont le texte fait %4 caractères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the range %1–%2 cuts a character of comment &quot;%3&quot; in half</source>
        <translation>la plage %1–%2 coupe en deux un caractère du commentaire «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text at %1–%2 of comment &quot;%3&quot; is &quot;%4&quot;, not the quoted &quot;%5&quot;</source>
        <translation>le texte en %1–%2 du commentaire «&#xa0;%3&#xa0;» est «&#xa0;%4&#xa0;», et non «&#xa0;%5&#xa0;» tel que cité</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot save the annotation</source>
        <translation>impossible d&apos;enregistrer l&apos;annotation</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <location line="+17"/>
        <location line="+101"/>
        <source>there is no annotation %1</source>
        <translation>il n&apos;y a pas d&apos;annotation %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+41"/>
        <source>cannot change annotation %1</source>
        <translation>impossible de modifier l&apos;annotation %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>cannot delete annotation %1</source>
        <translation>impossible de supprimer l&apos;annotation %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>annotation %1 is %2; only a re-anchored passage can be confirmed</source>
        <translation>l&apos;annotation %1 est %2&#xa0;; seul un passage réancré peut être confirmé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only an annotation that was stored can be restored</source>
        <translation>seule une annotation déjà enregistrée peut être restaurée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotation %1 exists already; it cannot be restored over</source>
        <translation>l&apos;annotation %1 existe déjà&#xa0;; impossible de la restaurer par-dessus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot restore annotation %1</source>
        <translation>impossible de restaurer l&apos;annotation %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an annotation from elsewhere needs its uuid</source>
        <translation>une annotation venue d&apos;ailleurs a besoin de son uuid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotation %1 is in the library already</source>
        <translation>l&apos;annotation %1 est déjà dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the annotation from elsewhere</source>
        <translation>impossible d&apos;enregistrer l&apos;annotation venue d&apos;ailleurs</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+10"/>
        <source>cannot read annotation %1</source>
        <translation>impossible de lire l&apos;annotation %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot list the annotations of thread %1</source>
        <translation>impossible de lister les annotations du fil %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot list the orphaned annotations of thread %1</source>
        <translation>impossible de lister les annotations orphelines du fil %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot list the annotations tagged &quot;%1&quot;</source>
        <translation>impossible de lister les annotations portant l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>List a thread&apos;s annotations in tree order: id, comment id, start, end, quote, colour, tags (comma-separated), note, state (anchored, re-anchored or orphaned), tab-separated, with tabs, line breaks and backslashes escaped as \t, \n and \\. Start and end are empty for a whole-comment annotation.</source>
        <translation type="vanished">Lister les annotations d&apos;un fil dans l&apos;ordre de l&apos;arbre&#xa0;: identifiant, identifiant du commentaire, début, fin, citation, couleur, étiquettes (séparées par des virgules), note, état (anchored, re-anchored ou orphaned), séparés par des tabulations&#xa0;; les tabulations, sauts de ligne et barres obliques inverses sont échappés en \t, \n et \\. Début et fin sont vides pour une annotation du commentaire entier.</translation>
    </message>
    <message>
        <location filename="../src/cli/annotationscommand.cpp" line="+123"/>
        <source>List a thread&apos;s annotations in tree order: id, comment id, start, end, quote, colour, tags (comma-separated), note, state (anchored, re-anchored or orphaned), tab-separated, with tabs, line breaks and backslashes escaped as \t, \n and \\. Start and end are empty for a whole-comment annotation. &quot;scholia annotations export [ID] -o FILE&quot; writes them as W3C Web Annotations and &quot;scholia annotations import FILE...&quot; merges such files (see their --help).</source>
        <translation>Lister les annotations d&apos;un fil dans l&apos;ordre de l&apos;arbre&#xa0;: identifiant, identifiant du commentaire, début, fin, citation, couleur, étiquettes (séparées par des virgules), note, état (anchored, re-anchored ou orphaned), séparés par des tabulations&#xa0;; les tabulations, sauts de ligne et barres obliques inverses sont échappés en \t, \n et \\. Début et fin sont vides pour une annotation du commentaire entier. «&#xa0;scholia annotations export [ID] -o FICHIER&#xa0;» les écrit en W3C Web Annotations et «&#xa0;scholia annotations import FICHIER...&#xa0;» fusionne de tels fichiers (voir leur --help).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a JSON array instead.</source>
        <translation>Afficher plutôt un tableau JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scholia annotations: there is no thread %1 in the library</source>
        <translation>scholia annotations&#xa0;: la bibliothèque ne contient pas de fil %1</translation>
    </message>
</context>
<context>
    <name>AnnotationsExportCommand</name>
    <message>
        <location filename="../src/cli/annotationsexportcommand.cpp" line="+17"/>
        <source>Write a thread&apos;s annotations, its notes and the links with an end on it — or, without a thread id, the whole library&apos;s — as W3C Web Annotations: one JSON-LD AnnotationCollection that &quot;scholia annotations import&quot; (or another tool) reads. Each annotation keeps its uuid, so importing the file twice adds nothing twice.</source>
        <translation>Écrire les annotations d&apos;un fil, ses notes et les liens dont une extrémité s&apos;y trouve — ou, sans identifiant de fil, celles de toute la bibliothèque — en W3C Web Annotations&#xa0;: une AnnotationCollection JSON-LD que lit «&#xa0;scholia annotations import&#xa0;» (ou un autre outil). Chaque annotation garde son uuid&#xa0;: importer deux fois le fichier n&apos;ajoute rien deux fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>L&apos;identifiant du fil, tel que «&#xa0;scholia list&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (JSON-LD).</source>
        <translation>Le fichier à écrire (JSON-LD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected at most one thread id</source>
        <translation>au plus un identifiant de fil attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no output file given (-o FILE)</source>
        <translation>aucun fichier de sortie indiqué (-o FICHIER)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>scholia annotations export: %1</source>
        <translation>scholia annotations export&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: annotations: %2, links: %3, thread notes: %4</source>
        <translation>%1&#xa0;: annotations&#xa0;: %2, liens&#xa0;: %3, notes de fil&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>AnnotationsImportCommand</name>
    <message>
        <location filename="../src/cli/annotationsimportcommand.cpp" line="+18"/>
        <source>Merge W3C Web Annotation files (as &quot;scholia annotations export&quot; writes them) into the library. Each annotation goes to its thread, found by the site and its id (a thread not in the library is named and its annotations skipped), anchored in the comment&apos;s text as it is now; one the library has already is updated when the file&apos;s is newer. Links follow. Prints one line per file: imported (anchored, moved, flagged, orphaned), updated, unchanged, skipped.</source>
        <translation>Fusionner des fichiers de W3C Web Annotations (tels que «&#xa0;scholia annotations export&#xa0;» les écrit) dans la bibliothèque. Chaque annotation va dans son fil, retrouvé par le site et son identifiant (un fil absent de la bibliothèque est nommé et ses annotations ignorées), ancrée dans le texte du commentaire tel qu&apos;il est maintenant&#xa0;; une annotation que la bibliothèque a déjà est mise à jour quand celle du fichier est plus récente. Les liens suivent. Affiche une ligne par fichier&#xa0;: importées (ancrées, déplacées, signalées, orphelines), mises à jour, inchangées, ignorées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The files to import.</source>
        <translation>Les fichiers à importer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>which files? (scholia annotations import FILE...)</source>
        <translation>quels fichiers&#xa0;? (scholia annotations import FICHIER...)</translation>
    </message>
</context>
<context>
    <name>ArgumentLinkText</name>
    <message>
        <location filename="../src/render/argumentlinktext.cpp" line="+27"/>
        <source>the whole comment</source>
        <translation>le commentaire entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(comment gone)</source>
        <translation>(commentaire disparu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>author: the whole comment</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2”</source>
        <comment>author: “quote”</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in “%1”</source>
        <translation>dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer found</source>
        <translation>introuvable</translation>
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
        <translation>+%1 autres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(comment gone)</source>
        <translation>(commentaire disparu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the whole comment: %1</source>
        <translation>le commentaire entier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in “%1”</source>
        <translation>dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>orphaned: no longer found in the thread</source>
        <translation>orpheline&#xa0;: introuvable dans le fil</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+41"/>
        <source>Import saved thread files into the library</source>
        <translation>Importer des fichiers de fils enregistrés dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save threads whole from their addresses (Reddit, Hacker News, Discourse, themotte.org)</source>
        <translation>Enregistrer des fils en entier depuis leur adresse (Reddit, Hacker News, Discourse, themotte.org)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the threads in the library</source>
        <translation>Lister les fils de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one thread, optionally as an indented tree</source>
        <translation>Afficher un fil, éventuellement sous forme d&apos;arbre indenté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every text a comment has had across the saves of its thread</source>
        <translation>Afficher chaque texte qu&apos;un commentaire a eu au fil des enregistrements de son fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a thread as one self-contained HTML page</source>
        <translation>Écrire un fil sous forme d&apos;une page HTML autonome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a thread with its annotations as PDF, HTML or Markdown</source>
        <translation>Exporter un fil avec ses annotations en PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight, tag or note a comment or a passage of it</source>
        <translation>Surligner, étiqueter ou annoter un commentaire ou un de ses passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List a thread&apos;s annotations</source>
        <translation>Lister les annotations d&apos;un fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link two annotations: supports, rebuts, asks, answers, same point</source>
        <translation>Lier deux annotations&#xa0;: soutient, réfute, interroge, répond, dit la même chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the links of a thread&apos;s annotations</source>
        <translation>Lister les liens des annotations d&apos;un fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a thread&apos;s or a topic&apos;s argument map (SVG or DOT)</source>
        <translation>Dessiner la carte des arguments d&apos;un fil ou d&apos;un sujet (SVG ou DOT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the tags with how much carries each</source>
        <translation>Lister les étiquettes avec leur nombre d&apos;utilisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole library (words, &quot;phrases&quot;, -word, OR, prefix*, filters)</source>
        <translation>Rechercher dans toute la bibliothèque (mots, &quot;expressions&quot;, -mot, OR, préfixe*, filtres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every passage with a tag, across all threads</source>
        <translation>Afficher tous les passages portant une étiquette, dans tous les fils</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: scholia SUBCOMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: scholia SOUS-COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       scholia [--db PATH] [FILE...]</source>
        <translation>       scholia [--db CHEMIN] [FICHIER...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a subcommand, Scholia opens its window and imports the FILEs given, then shows the last thread imported.</source>
        <translation>Sans sous-commande, Scholia ouvre sa fenêtre, importe les FICHIERs indiqués, puis affiche le dernier fil importé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library file.</source>
        <translation>Le fichier de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: scholia [SUBCOMMAND] [OPTIONS]</source>
        <translation type="vanished">Utilisation&#xa0;: scholia [SOUS-COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <source>Without a subcommand, Scholia opens its window.</source>
        <translation type="vanished">Sans sous-commande, Scholia ouvre sa fenêtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subcommands:</source>
        <translation>Sous-commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &quot;scholia SUBCOMMAND --help&quot; for a subcommand&apos;s options.</source>
        <translation>Lancez «&#xa0;scholia SOUS-COMMANDE --help&#xa0;» pour les options d&apos;une sous-commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is --db PATH, else $SCHOLIA_DB, else the per-user data folder.</source>
        <translation>La bibliothèque est --db CHEMIN, sinon $SCHOLIA_DB, sinon le dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>scholia: unknown subcommand &quot;%1&quot;</source>
        <translation>scholia&#xa0;: sous-commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommandWriterLock</name>
    <message>
        <location filename="../src/cli/commandwriterlock.cpp" line="+16"/>
        <source>When another Scholia process is writing to the library, wait until it is done instead of stopping.</source>
        <translation>Quand un autre processus Scholia écrit dans la bibliothèque, attendre qu&apos;il ait fini au lieu de s&apos;arrêter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: waiting for Scholia process %2 to stop writing to %3…</source>
        <translation>%1&#xa0;: attente de la fin de l&apos;écriture du processus Scholia %2 dans %3…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the library %2 is open for writing in another Scholia process (pid %3); nothing was written. Close that window or wait for that command to finish, then run this again (or add --wait).</source>
        <translation>%1&#xa0;: la bibliothèque %2 est ouverte en écriture dans un autre processus Scholia (pid %3)&#xa0;; rien n&apos;a été écrit. Fermez cette fenêtre ou attendez la fin de cette commande, puis relancez celle-ci (ou ajoutez --wait).</translation>
    </message>
</context>
<context>
    <name>CommentVersionsHtml</name>
    <message>
        <location filename="../src/render/commentversionshtml.cpp" line="+21"/>
        <source>an unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edited since the save of %1</source>
        <translation>Modifié depuis l&apos;enregistrement du %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before that, changed from the save of %1</source>
        <translation>Auparavant, modifié par rapport à l&apos;enregistrement du %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not in the save of %1</source>
        <translation>Absent de l&apos;enregistrement du %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed on the site; the text is from an earlier save</source>
        <translation>Supprimé sur le site&#xa0;; le texte provient d&apos;un enregistrement antérieur</translation>
    </message>
</context>
<context>
    <name>CreateAnnotationCommand</name>
    <message>
        <location filename="../src/library/createannotationcommand.cpp" line="+12"/>
        <source>Annotate comment</source>
        <translation>l&apos;annotation du commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight</source>
        <translation>le surlignage</translation>
    </message>
</context>
<context>
    <name>CreateLinkCommand</name>
    <message>
        <location filename="../src/library/createlinkcommand.cpp" line="+11"/>
        <source>Link passages</source>
        <translation>la liaison des passages</translation>
    </message>
</context>
<context>
    <name>DeferredCommentsWriter</name>
    <message>
        <source>More comments appear as you read on…</source>
        <translation type="vanished">La suite des commentaires apparaît au fil de la lecture…</translation>
    </message>
</context>
<context>
    <name>DumpLibraryImporter</name>
    <message numerus="yes">
        <location filename="../src/library/dumplibraryimporter.cpp" line="+60"/>
        <source>Cancelled after %n thread(s); the threads finished before are kept.</source>
        <translation>
            <numerusform>Annulé après %n fil&#xa0;; les fils terminés avant sont conservés.</numerusform>
            <numerusform>Annulé après %n fils&#xa0;; les fils terminés avant sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+206"/>
        <source>%n thread(s) skipped: the library already holds every comment the dump has for them.</source>
        <translation>
            <numerusform>%n fil ignoré&#xa0;: la bibliothèque contient déjà chaque commentaire que l’archive a pour lui.</numerusform>
            <numerusform>%n fils ignorés&#xa0;: la bibliothèque contient déjà chaque commentaire que l’archive a pour eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n thread(s) are not whole in the dump (their submission or some parent comments are absent); the library marks them incomplete.</source>
        <translation>
            <numerusform>%n fil n’est pas complet dans l’archive (sa publication ou des commentaires parents manquent)&#xa0;; la bibliothèque le marque incomplet.</numerusform>
            <numerusform>%n fils ne sont pas complets dans l’archive (leur publication ou des commentaires parents manquent)&#xa0;; la bibliothèque les marque incomplets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue et a été ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues et ont été ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <location filename="../src/library/editannotationcommand.cpp" line="+15"/>
        <location line="+58"/>
        <source>Edit annotation</source>
        <translation>la modification de l&apos;annotation</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Edit note</source>
        <translation>la modification de la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change colour</source>
        <translation>le changement de couleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change tags</source>
        <translation>le changement d&apos;étiquettes</translation>
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <location filename="../src/library/editlinkcommand.cpp" line="+11"/>
        <source>Edit link</source>
        <translation>la modification du lien</translation>
    </message>
</context>
<context>
    <name>EditThreadNotesCommand</name>
    <message>
        <location filename="../src/library/editthreadnotescommand.cpp" line="+16"/>
        <source>Edit thread notes</source>
        <translation>Modifier les notes du fil</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="+51"/>
        <source>scholia export: a PDF needs the scholia executable&apos;s own start-up (QtWebEngine needs a GUI application object)</source>
        <translation>scholia export&#xa0;: un PDF nécessite le démarrage propre à l&apos;exécutable scholia (QtWebEngine a besoin d&apos;un objet d&apos;application graphique)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n page</numerusform>
            <numerusform>%1&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file to write (replaced whole).</source>
        <translation>Le fichier à écrire (entièrement remplacé).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html or md (default: from the file&apos;s extension).</source>
        <translation>pdf, html ou md (par défaut&#xa0;: selon l&apos;extension du fichier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only annotated comments, with their ancestors as context.</source>
        <translation>Seulement les commentaires annotés, avec leurs ancêtres comme contexte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole (default), annotated, collapsed (as left in the view) or subtree (with --from).</source>
        <translation>whole (par défaut), annotated, collapsed (tel que replié dans la vue) ou subtree (avec --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment (its site id) a subtree export starts at; implies --scope subtree.</source>
        <translation>Le commentaire (son identifiant sur le site) où commence l&apos;export d&apos;une sous-arborescence&#xa0;; implique --scope subtree.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMENT</source>
        <translation>COMMENTAIRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (par défaut) ou Letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page margins in millimetres (default 15).</source>
        <translation>Marges de la page en millimètres (15 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size in points (default 10).</source>
        <translation>Taille du texte en points (10 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PT</source>
        <translation>PT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlights as patterns and labelled colours, for black-and-white printing.</source>
        <translation>Surlignages sous forme de motifs et de couleurs nommées, pour une impression en noir et blanc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endnotes (default) or boxes (after each comment).</source>
        <translation>endnotes (par défaut) ou boxes (après chaque commentaire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited comments with their earlier texts: marked changes in PDF and HTML, quoted in Markdown.</source>
        <translation>Les commentaires modifiés avec leurs textes antérieurs&#xa0;: modifications marquées en PDF et HTML, citées en Markdown.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown format &quot;%1&quot; (pdf, html or md)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (pdf, html ou md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--scope is one of whole, annotated, collapsed, subtree (and not with --annotated-only)</source>
        <translation>--scope vaut whole, annotated, collapsed ou subtree (et pas avec --annotated-only)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scope subtree needs --from COMMENT</source>
        <translation>--scope subtree demande --from COMMENTAIRE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--page-size is A4 or Letter</source>
        <translation>--page-size vaut A4 ou Letter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--margin is a number of millimetres from 0 to 60</source>
        <translation>--margin est un nombre de millimètres entre 0 et 60</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--font-size is a number of points from 6 to 24</source>
        <translation>--font-size est un nombre de points entre 6 et 24</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--notes is endnotes or boxes</source>
        <translation>--notes vaut endnotes ou boxes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export a thread with its highlights, tags and notes: a PDF to hand to someone, a self-contained HTML file (no script, nothing loaded from anywhere) or Markdown.</source>
        <translation>Exporter un fil avec ses surlignages, étiquettes et notes&#xa0;: un PDF à transmettre, un fichier HTML autonome (aucun script, rien n&apos;est chargé de nulle part) ou du Markdown.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no output file given (-o FILE)</source>
        <translation>aucun fichier de sortie indiqué (-o FICHIER)</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../src/export/exportfile.cpp" line="+11"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GraphvizSvg</name>
    <message>
        <location filename="../src/render/graphvizsvg.cpp" line="+105"/>
        <source>Graphviz could not start</source>
        <translation>Graphviz n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz could not read the map: %1</source>
        <translation>Graphviz n&apos;a pas pu lire la carte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Graphviz could not lay out the map: %1</source>
        <translation>Graphviz n&apos;a pas pu disposer la carte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Graphviz could not draw the map as SVG: %1</source>
        <translation>Graphviz n&apos;a pas pu dessiner la carte en SVG&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <location filename="../src/core/highlightpalette.cpp" line="+19"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sky blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluish green</source>
        <translation>Vert bleuté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermillion</source>
        <translation>Vermillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reddish purple</source>
        <translation>Pourpre rougeâtre</translation>
    </message>
</context>
<context>
    <name>ImportBatchReport</name>
    <message>
        <location filename="../src/app/importing/importbatchreport.cpp" line="+88"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Import cancelled: %1 of %n file(s) imported.</source>
        <translation>
            <numerusform>Import annulé&#xa0;: %1 sur %n fichier importé.</numerusform>
            <numerusform>Import annulé&#xa0;: %1 sur %n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>%1 sur %n fichier importé.</numerusform>
            <numerusform>%1 sur %n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing in the library changed. Check that the library file can be opened (File ▸ Backups can restore one), then import again.</source>
        <translation>Rien n&apos;a changé dans la bibliothèque. Vérifiez que le fichier de la bibliothèque peut être ouvert (Fichier ▸ Sauvegardes peut en restaurer un), puis importez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file that could not be imported changed nothing in the library. Check that it is a saved thread page or an export in a supported format (the README lists them), or save the thread again, then import it again.</source>
        <translation>Un fichier qui n&apos;a pas pu être importé n&apos;a rien changé dans la bibliothèque. Vérifiez qu&apos;il s&apos;agit d&apos;une page de fil enregistrée ou d&apos;un export dans un format pris en charge (le README les énumère), ou enregistrez à nouveau le fil, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads with warnings were imported. A warning says what the importer left out or had to guess; if a thread looks wrong, save it again from the site and re-import it: the library merges it with the copy it has.</source>
        <translation>Les fils avec avertissements ont été importés. Un avertissement dit ce que l&apos;import a laissé de côté ou a dû deviner&#xa0;; si un fil semble incorrect, enregistrez-le à nouveau depuis le site et réimportez-le&#xa0;: la bibliothèque le fusionne avec sa copie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To finish a cancelled import, import the remaining files again; files already imported are merged, not duplicated.</source>
        <translation>Pour terminer un import annulé, importez à nouveau les fichiers restants&#xa0;; les fichiers déjà importés sont fusionnés, pas dupliqués.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="+41"/>
        <source>%1: storing threads %2/%3</source>
        <translation>%1&#xa0;: enregistrement des fils %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reading %2 %</source>
        <translation>%1&#xa0;: lecture %2 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: threads imported: %2, merged: %3, skipped as already whole: %4; comments: %5; bad lines: %6</source>
        <translation>%1&#xa0;: fils importés&#xa0;: %2, fusionnés&#xa0;: %3, ignorés car déjà complets&#xa0;: %4&#xa0;; commentaires&#xa0;: %5&#xa0;; lignes illisibles&#xa0;: %6</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import saved thread files into the library. The format is detected from each file&apos;s content.</source>
        <translation>Importer des fichiers de fils enregistrés dans la bibliothèque. Le format est détecté d&apos;après le contenu de chaque fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library file.</source>
        <translation>Le fichier de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every file as this format instead of detecting it (%1).</source>
        <translation>Lire chaque fichier dans ce format au lieu de le détecter (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Also import the files in subfolders of a folder given.</source>
        <translation>Importer aussi les fichiers des sous-dossiers d&apos;un dossier indiqué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a community dump (.zst): import only the threads of this subreddit.</source>
        <translation>Pour une archive de communauté (.zst)&#xa0;: n’importer que les fils de ce subreddit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved thread files, or folders of them.</source>
        <translation>Fichiers de fils enregistrés, ou dossiers qui en contiennent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>scholia import: no files given</source>
        <translation>scholia import&#xa0;: aucun fichier indiqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scholia import: no format is called &quot;%1&quot; (known: %2)</source>
        <translation>scholia import&#xa0;: aucun format ne s&apos;appelle «&#xa0;%1&#xa0;» (formats connus&#xa0;: %2)</translation>
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
            <numerusform>%1&#xa0;: [%2] «&#xa0;%3&#xa0;»&#xa0;: %n commentaire, %4</numerusform>
            <numerusform>%1&#xa0;: [%2] «&#xa0;%3&#xa0;»&#xa0;: %n commentaires, %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merged into the stored thread</source>
        <translation>fusionné avec le fil enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+111"/>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportFileList</name>
    <message>
        <location filename="../src/cli/importfilelist.cpp" line="+26"/>
        <source>%1: no files to import in this folder%2</source>
        <translation>%1&#xa0;: aucun fichier à importer dans ce dossier%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (--recursive imports its subfolders)</source>
        <translation> (--recursive importe ses sous-dossiers)</translation>
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
        <translation>Impossible d&apos;ouvrir la bibliothèque.

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library %1 is damaged. Scholia has not changed it.

SQLite&apos;s check said: %2</source>
        <translation>La bibliothèque %1 est endommagée. Scholia ne l&apos;a pas modifiée.

Vérification de SQLite&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no backup to restore. Keep a copy of the file before trying to repair it (for example with sqlite3&apos;s .recover command).</source>
        <translation>Aucune sauvegarde à restaurer. Conservez une copie du fichier avant d&apos;essayer de le réparer (par exemple avec la commande .recover de sqlite3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The newest backup is from %1. Restoring it keeps the damaged library in the backups folder.</source>
        <translation>La sauvegarde la plus récente date du %1. La restaurer conserve la bibliothèque endommagée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the Newest Backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup %1 is gone.</source>
        <translation>La sauvegarde %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be restored.

%1</source>
        <translation>Impossible de restaurer la sauvegarde.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup of %1 is now the library. The library it replaced is kept as %2.</source>
        <translation>La sauvegarde du %1 est désormais la bibliothèque. La bibliothèque remplacée est conservée sous %2.</translation>
    </message>
</context>
<context>
    <name>LibraryRelocation</name>
    <message>
        <location filename="../src/app/library/libraryrelocation.cpp" line="+17"/>
        <location line="+10"/>
        <source>Move Library</source>
        <translation>Déplacer la bibliothèque</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The library was not moved; it is still in %1.

%2</source>
        <translation>La bibliothèque n&apos;a pas été déplacée&#xa0;; elle est toujours dans %1.

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library now lives in %1, but the old file could not be removed.

%2</source>
        <translation>La bibliothèque se trouve maintenant dans %1, mais l&apos;ancien fichier n&apos;a pas pu être supprimé.

%2</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../src/cli/linkcommand.cpp" line="+19"/>
        <source>Link annotation A to annotation B, in one thread or across threads: A supports, rebuts, asks about, answers or makes the same point as B. The ids are those &quot;scholia annotations&quot; prints. Prints the link&apos;s id once it is saved.</source>
        <translation>Lier l&apos;annotation A à l&apos;annotation B, dans un même fil ou d&apos;un fil à l&apos;autre&#xa0;: A soutient B, réfute B, pose une question sur B, répond à B ou dit la même chose que B. Les identifiants sont ceux qu&apos;affiche «&#xa0;scholia annotations&#xa0;». Affiche l&apos;identifiant du lien une fois qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation the link goes from.</source>
        <translation>L&apos;annotation d&apos;où part le lien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation the link goes to.</source>
        <translation>L&apos;annotation où mène le lien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What A does to B: %1.</source>
        <translation>Ce que A fait à B&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on the link.</source>
        <translation>Une note sur le lien.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected two annotation ids, A and B</source>
        <translation>deux identifiants d&apos;annotation attendus, A et B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--as takes one of %1</source>
        <translation>--as prend l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>scholia link: %1</source>
        <translation>scholia link&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link %1: annotation %2 %3 annotation %4</source>
        <translation>lien %1&#xa0;: l&apos;annotation %2 %3 l&apos;annotation %4</translation>
    </message>
</context>
<context>
    <name>LinksCommand</name>
    <message>
        <location filename="../src/cli/linkscommand.cpp" line="+86"/>
        <source>List the links with an end on a thread, oldest first: link id, from annotation, type (supports, rebuts, asks, answers, same-point), to annotation, the state of each end (anchored, re-anchored or orphaned), note; tab-separated, with tabs, line breaks and backslashes escaped. An end may be on another thread.</source>
        <translation>Lister les liens dont une extrémité se trouve dans un fil, du plus ancien au plus récent&#xa0;: identifiant du lien, annotation de départ, type (supports, rebuts, asks, answers, same-point), annotation d&apos;arrivée, l&apos;état de chaque extrémité (anchored, re-anchored ou orphaned), note&#xa0;; séparés par des tabulations, les tabulations, sauts de ligne et barres obliques inverses étant échappés. Une extrémité peut se trouver dans un autre fil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a JSON array instead, with each end&apos;s thread, comment, author and quote.</source>
        <translation>Afficher plutôt un tableau JSON, avec le fil, le commentaire, l&apos;auteur et la citation de chaque extrémité.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scholia links: there is no thread %1 in the library</source>
        <translation>scholia links&#xa0;: la bibliothèque ne contient pas de fil %1</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../src/cli/listcommand.cpp" line="+15"/>
        <source>List the threads in the library: id, site, comment count, title (tab-separated).</source>
        <translation>Lister les fils de la bibliothèque&#xa0;: identifiant, site, nombre de commentaires, titre (séparés par des tabulations).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the threads whose save lacks part of the thread (&quot;more&quot; stubs, posts or pages the saved file does not hold), with a fifth column saying what is missing.</source>
        <translation>Seulement les fils dont l&apos;enregistrement est incomplet (marqueurs «&#xa0;more&#xa0;», publications ou pages absentes du fichier enregistré), avec une cinquième colonne indiquant ce qui manque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the threads with unread comments, with two more columns: how many of them are new (added or changed by a save not visited since) and how many are unread.</source>
        <translation>Seulement les fils ayant des commentaires non lus, avec deux colonnes de plus&#xa0;: combien sont nouveaux (ajoutés ou modifiés par un enregistrement non visité depuis) et combien sont non lus.</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <location filename="../src/cli/mapcommand.cpp" line="+26"/>
        <source>there is no thread %1 in the library</source>
        <translation>la bibliothèque ne contient pas de fil %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw the argument map of a thread (the links with an end on it) or of a topic (--tag: the links among the passages carrying the tag or a tag below it): claims as boxes, links as arrows styled by type. Writes SVG, laid out by Graphviz, or the Graphviz DOT source, as the output file&apos;s name ends.</source>
        <translation>Dessiner la carte des arguments d&apos;un fil (les liens dont une extrémité s&apos;y trouve) ou d&apos;un sujet (--tag&#xa0;: les liens entre les passages qui portent l&apos;étiquette ou une étiquette en dessous)&#xa0;: les affirmations en boîtes, les liens en flèches dont le style dépend du type. Écrit du SVG, disposé par Graphviz, ou la source DOT de Graphviz, selon la fin du nom du fichier de sortie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>L&apos;identifiant du fil, tel que «&#xa0;scholia list&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a topic&apos;s map instead.</source>
        <translation>Dessiner plutôt la carte d&apos;un sujet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: FILE.svg or FILE.dot.</source>
        <translation>Le fichier à écrire&#xa0;: FICHIER.svg ou FICHIER.dot.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a thread id or --tag TAG (one of them)</source>
        <translation>un identifiant de fil ou --tag ÉTIQUETTE attendu (l&apos;un des deux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected -o FILE.svg or -o FILE.dot</source>
        <translation>-o FICHIER.svg ou -o FICHIER.dot attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>scholia map: %1</source>
        <translation>scholia map&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>scholia map: no links to draw (&quot;scholia link&quot; makes them)</source>
        <translation>scholia map&#xa0;: aucun lien à dessiner («&#xa0;scholia link&#xa0;» les crée)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: claims: %2, links: %3</source>
        <translation>%1&#xa0;: affirmations&#xa0;: %2, liens&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <location filename="../src/library/mergetagscommand.cpp" line="+24"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation>la fusion de l&apos;étiquette «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+9"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reading</source>
        <translation>Lect&amp;ure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading &amp;font:</source>
        <translation>&amp;Police de lecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading font</source>
        <translation>Police de lecture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;page&apos;s own</source>
        <translation>Celle de la pa&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the thread page&apos;s own fonts (DejaVu Sans, Noto Sans)</source>
        <translation>Utiliser les polices propres à la page du fil (DejaVu Sans, Noto Sans)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Font &amp;size:</source>
        <translation>Taille de pol&amp;ice&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Font size in pixels</source>
        <translation>Taille de police en pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;imes:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How comment times are shown</source>
        <translation>Comment afficher les heures des commentaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark read after:</source>
        <translation>&amp;Marquer comme lu après&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds on screen before a comment counts as read</source>
        <translation>Secondes à l&apos;écran avant qu&apos;un commentaire compte comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a comment stays on screen before it counts as read. Moving past it with j or k always marks it read.</source>
        <translation>Combien de temps un commentaire reste à l&apos;écran avant de compter comme lu. Le dépasser avec j ou k le marque toujours comme lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when passed with j/k</source>
        <translation>Seulement en le dépassant avec j/k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s on screen</source>
        <translation> s à l&apos;écran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect when Scholia restarts.</source>
        <translation>Prend effet au prochain démarrage de Scholia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As&amp;k before opening a link in the web browser</source>
        <translation>&amp;Demander avant d&apos;ouvrir un lien dans le navigateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Surlignages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New highlights:</source>
        <translation>&amp;Nouveaux surlignages&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour of new highlights</source>
        <translation>Couleur des nouveaux surlignages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour names</source>
        <translation>Noms des couleurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Library file</source>
        <translation>Fichier de la bibliothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the library to another folder</source>
        <translation>Déplacer la bibliothèque dans un autre dossier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Backups kept:</source>
        <translation>Sauvegardes &amp;conservées&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of backups kept</source>
        <translation>Nombre de sauvegardes conservées</translation>
    </message>
</context>
<context>
    <name>PrintHtmlRenderer</name>
    <message>
        <location filename="../src/render/printhtmlrenderer.cpp" line="+116"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links to</source>
        <translation>Lien vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <comment>comments exported of all</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconstructed from a page saved as plain text: where comments begin and what they reply to were rebuilt from the text alone.</source>
        <translation>Reconstruit à partir d&apos;une page enregistrée en texte brut&#xa0;: le début des commentaires et ce à quoi ils répondent ont été déduits du seul texte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>More replies continue on the site; they are not in this save</source>
        <translation>D&apos;autres réponses se trouvent sur le site&#xa0;; elles ne font pas partie de cet enregistrement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Depth %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 not included</source>
        <comment>comments left out of the export</comment>
        <translation>%1 non inclus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the whole comment</source>
        <translation>le commentaire entier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Annotations no longer found in the thread</source>
        <translation>Annotations introuvables dans le fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text these marked changed or vanished in a later save; they are kept as written.</source>
        <translation>Le texte qu&apos;elles marquaient a changé ou disparu dans un enregistrement ultérieur&#xa0;; elles sont conservées telles qu&apos;écrites.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The argument map could not be drawn: %1</source>
        <translation>La carte des arguments n&apos;a pas pu être dessinée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Argument map</source>
        <translation>Carte des arguments</translation>
    </message>
</context>
<context>
    <name>ReadStateStore</name>
    <message>
        <location filename="../src/store/readstatestore.cpp" line="+25"/>
        <location line="+76"/>
        <source>there is no thread %1 in the library</source>
        <translation>il n&apos;y a pas de fil %1 dans la bibliothèque</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+36"/>
        <source>cannot change what is read in thread %1</source>
        <translation>impossible de changer ce qui est lu dans le fil %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+32"/>
        <source>cannot read what is unread in thread %1</source>
        <translation>impossible de lire ce qui n&apos;est pas lu dans le fil %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot mark thread %1 visited</source>
        <translation>impossible de marquer le fil %1 comme visité</translation>
    </message>
</context>
<context>
    <name>ReadingModelBlock</name>
    <message>
        <location filename="../src/render/readingmodelblock.cpp" line="+39"/>
        <source>No new comment below</source>
        <translation>Aucun nouveau commentaire plus bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new comment above</source>
        <translation>Aucun nouveau commentaire plus haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread comment below</source>
        <translation>Aucun commentaire non lu plus bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread comment above</source>
        <translation>Aucun commentaire non lu plus haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in this thread is new since your last visit</source>
        <translation>Rien de nouveau dans ce fil depuis votre dernière visite</translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <location filename="../src/library/recolortagcommand.cpp" line="+11"/>
        <source>Recolour tag “%1”</source>
        <translation>le changement de couleur de l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../src/render/relativetime.cpp" line="+9"/>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../src/library/removeannotationcommand.cpp" line="+12"/>
        <source>Delete annotation</source>
        <translation>la suppression de l&apos;annotation</translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <location filename="../src/library/removelinkcommand.cpp" line="+10"/>
        <source>Remove link</source>
        <translation>la suppression du lien</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <location filename="../src/library/removetagcommand.cpp" line="+22"/>
        <source>Delete tag “%1”</source>
        <translation>la suppression de l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../src/library/renametagcommand.cpp" line="+23"/>
        <source>Rename tag</source>
        <translation>le renommage de l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tag “%1”</source>
        <translation>le renommage de l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../src/cli/rendercommand.cpp" line="+35"/>
        <source>Write a thread as the one HTML page the thread view shows, self-contained: the stylesheet and script are inline and the page loads nothing from anywhere.</source>
        <translation>Écrire un fil sous la forme de la page HTML unique qu&apos;affiche la vue du fil, autonome&#xa0;: la feuille de style et le script sont intégrés et la page ne charge rien de nulle part.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HTML file to write (replaced whole).</source>
        <translation>Le fichier HTML à écrire (entièrement remplacé).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scholia render: no output file given (-o FILE.html)</source>
        <translation>scholia render&#xa0;: aucun fichier de sortie indiqué (-o FICHIER.html)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scholia render: the thread stylesheet is missing from this build</source>
        <translation>scholia render&#xa0;: la feuille de style des fils manque dans cette version</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+6"/>
        <source>scholia render: cannot write %1: %2</source>
        <translation>scholia render&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SaveArchive</name>
    <message>
        <location filename="../src/fetch/savearchive.cpp" line="+44"/>
        <source>cannot create the folder %1 for the save&apos;s files</source>
        <translation>impossible de créer le dossier %1 pour les fichiers de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>SaveCommand</name>
    <message>
        <location filename="../src/cli/savecommand.cpp" line="+38"/>
        <source>The library file.</source>
        <translation>Le fichier de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after N requests to the site (default %1); what is not fetched by then is reported as missing.</source>
        <translation>S&apos;arrêter après N requêtes au site (%1 par défaut)&#xa0;; ce qui n&apos;a pas été récupéré d&apos;ici là est signalé comme manquant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the responses under DIR instead of the &quot;saved&quot; folder beside the library.</source>
        <translation>Conserver les réponses du serveur sous DOSSIER au lieu du dossier «&#xa0;saved&#xa0;» à côté de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every request made and its answer.</source>
        <translation>Afficher chaque requête effectuée et sa réponse.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1] GET %2</source>
        <translation>[%1] GET %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>      → HTTP %1, %2 bytes</source>
        <translation>      → HTTP %1, %2 octets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 requests, %2 comments so far</source>
        <translation>  %1 requêtes, %2 commentaires jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  waiting %1 s: %2</source>
        <translation>  attente de %1 s&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1: [%2] &quot;%3&quot;: %n comment(s) %4</source>
        <translation>
            <numerusform>%1&#xa0;: [%2] «&#xa0;%3&#xa0;»&#xa0;: %n commentaire, %4</numerusform>
            <numerusform>%1&#xa0;: [%2] «&#xa0;%3&#xa0;»&#xa0;: %n commentaires, %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merged into the stored thread</source>
        <translation>fusionné avec le fil enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n request(s); the responses are in %1</source>
        <translation>
            <numerusform>  %n requête&#xa0;; les réponses du serveur sont dans %1</numerusform>
            <numerusform>  %n requêtes&#xa0;; les réponses du serveur sont dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: note: %2</source>
        <translation>%1&#xa0;: remarque&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save threads from their addresses: Reddit, Hacker News, Discourse forums and rDrama-family sites (themotte.org). Each thread is fetched whole through the site&apos;s public interface, kept as the site sent it, and imported.</source>
        <translation>Enregistrer des fils depuis leur adresse&#xa0;: Reddit, Hacker News, forums Discourse et sites de la famille rDrama (themotte.org). Chaque fil est récupéré en entier par l&apos;interface publique du site, conservé tel que le site l&apos;a envoyé, puis importé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thread addresses.</source>
        <translation>Adresses des fils.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scholia save: no address given</source>
        <translation>scholia save&#xa0;: aucune adresse indiquée</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+34"/>
        <location line="+7"/>
        <source>scholia save: %1</source>
        <translation>scholia save&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>scholia save: --max-requests takes a number of at least 1</source>
        <translation>scholia save&#xa0;: --max-requests demande un nombre d&apos;au moins 1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  nothing was saved; the library is as it was</source>
        <translation>  rien n&apos;a été enregistré&#xa0;; la bibliothèque est inchangée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  the responses are kept in %1; the library is as it was</source>
        <translation>  les réponses du serveur sont conservées dans %1&#xa0;; la bibliothèque est inchangée</translation>
    </message>
</context>
<context>
    <name>SaveGaps</name>
    <message numerus="yes">
        <location filename="../src/core/savegaps.cpp" line="+38"/>
        <source>%n of %1 posts are not in this save.</source>
        <translation>
            <numerusform>%n publication sur %1 ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n publications sur %1 ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 messages are not in this save.</source>
        <translation>
            <numerusform>%n message sur %1 ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n messages sur %1 ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 answers are not in this save.</source>
        <translation>
            <numerusform>%n réponse sur %1 ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n réponses sur %1 ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 comments are not in this save.</source>
        <translation>
            <numerusform>%n commentaire sur %1 ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n commentaires sur %1 ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n posts are not in this save.</source>
        <translation>
            <numerusform>%n publication ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n publications ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n messages are not in this save.</source>
        <translation>
            <numerusform>%n message ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n messages ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n answers are not in this save.</source>
        <translation>
            <numerusform>%n réponse ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n réponses ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comments are not in this save.</source>
        <translation>
            <numerusform>%n commentaire ne fait pas partie de cet enregistrement.</numerusform>
            <numerusform>%n commentaires ne font pas partie de cet enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This save is not whole: it links to more in %n places it does not hold.</source>
        <translation>
            <numerusform>Cet enregistrement est incomplet&#xa0;: à %n endroit, il renvoie à une suite qu&apos;il ne contient pas.</numerusform>
            <numerusform>Cet enregistrement est incomplet&#xa0;: à %n endroits, il renvoie à une suite qu&apos;il ne contient pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It also links to more in %n places it does not hold.</source>
        <translation>
            <numerusform>Il renvoie aussi, à %n endroit, à une suite qu&apos;il ne contient pas.</numerusform>
            <numerusform>Il renvoie aussi, à %n endroits, à une suite qu&apos;il ne contient pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incomplete save: %1 The file shows it by %2. Saving the thread from its address (File ▸ Save from Address…, or scholia save URL) fetches the rest.</source>
        <translation>enregistrement incomplet&#xa0;: %1 Le fichier le montre ainsi&#xa0;: %2. Enregistrer le fil depuis son adresse (Fichier ▸ Enregistrer depuis une adresse…, ou scholia save URL) récupère le reste.</translation>
    </message>
</context>
<context>
    <name>Scholia::AboutDialog</name>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="+21"/>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
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
        <translation>KSyntaxHighlighting&#xa0;: intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KSyntaxHighlighting: not built in (no KF6SyntaxHighlighting found)</source>
        <translation>KSyntaxHighlighting&#xa0;: non intégré (KF6SyntaxHighlighting introuvable)</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationEditor</name>
    <message>
        <location filename="../src/app/annotating/annotationeditor.cpp" line="+37"/>
        <source>Highlight colour</source>
        <translation>Couleur de surlignage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotation tags</source>
        <translation>Étiquettes de l&apos;annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic/subtopic, another tag</source>
        <translation>sujet/sous-sujet, autre étiquette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotation note</source>
        <translation>Note de l&apos;annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on this passage</source>
        <translation>Une note sur ce passage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationExchange</name>
    <message>
        <location filename="../src/app/annotating/annotationexchange.cpp" line="+20"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export A&amp;nnotations…</source>
        <translation>Exporter les a&amp;nnotations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write annotations, tags, notes and links as W3C Web Annotations</source>
        <translation>Écrire les annotations, étiquettes, notes et liens en W3C Web Annotations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Anno&amp;tations…</source>
        <translation>Impor&amp;ter des annotations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge W3C Web Annotations made by Scholia into this library</source>
        <translation>Fusionner dans cette bibliothèque des W3C Web Annotations créées par Scholia</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Export the annotations of the open thread, or of the whole library?</source>
        <translation>Exporter les annotations du fil ouvert, ou de toute la bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Thread</source>
        <translation>&amp;Fil ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole &amp;Library</source>
        <translation>Toute la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot export the annotations: %1</source>
        <translation>Impossible d&apos;exporter les annotations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1: annotations: %2, links: %3, thread notes: %4</source>
        <translation>Exporté dans %1&#xa0;: annotations&#xa0;: %2, liens&#xa0;: %3, notes de fil&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotations were merged into the library.</source>
        <translation>Les annotations ont été fusionnées dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files could not be imported; nothing of those was changed.</source>
        <translation>Certains fichiers n&apos;ont pas pu être importés&#xa0;; rien de leur contenu n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not imported: %2</source>
        <translation>%1&#xa0;: non importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationLinkList</name>
    <message>
        <location filename="../src/app/annotating/annotationlinklist.cpp" line="+24"/>
        <source>&amp;Link to…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what this passage supports, rebuts, asks or answers</source>
        <translation>Indiquer ce que ce passage soutient, réfute, interroge ou ce à quoi il répond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links of the selected annotation</source>
        <translation>Liens de l&apos;annotation sélectionnée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Aller au passage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Link…</source>
        <translation>&amp;Modifier le lien…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No links yet.</source>
        <translation>Aucun lien pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links (%1): Enter goes to the passage, F2 edits the link, Delete removes it</source>
        <translation>Lie&amp;ns (%1)&#xa0;: Entrée va au passage, F2 modifie le lien, Suppr le supprime</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationListModel</name>
    <message>
        <location filename="../src/app/annotating/annotationlistmodel.cpp" line="+56"/>
        <source>Re-anchored: the comment changed, check that this is still the passage</source>
        <translation>Réancrée&#xa0;: le commentaire a changé, vérifiez qu&apos;il s&apos;agit toujours du bon passage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 highlight on comment %2, last changed %3</source>
        <translation>Surlignage (%1) sur le commentaire %2, modifié le %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Whole comment</source>
        <translation>Commentaire entier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Scholia::AnnotationPopover</name>
    <message>
        <location filename="../src/app/annotating/annotationpopover.cpp" line="+48"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tags, separated by commas (topic/subtopic)</source>
        <translation>Étiquettes&#xa0;: sujet/sous-sujet, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this passage</source>
        <translation>Une note sur ce passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link to…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what this passage supports, rebuts, asks or answers</source>
        <translation>Indiquer ce que ce passage soutient, réfute, interroge ou ce à quoi il répond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole comment</source>
        <translation>Le commentaire entier</translation>
    </message>
</context>
<context>
    <name>Scholia::ArgumentMapView</name>
    <message>
        <location filename="../src/app/threadview/argumentmapview.cpp" line="+36"/>
        <source>Argument map</source>
        <translation>Carte des arguments</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open a thread to see its argument map.</source>
        <translation>Ouvrez un fil pour voir sa carte des arguments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the argument map: %1</source>
        <translation>Impossible de lire la carte des arguments&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No links in this thread yet. Select a highlight and use “Link to…” to say what it supports, rebuts, asks or answers.</source>
        <translation>Aucun lien dans ce fil pour l&apos;instant. Sélectionnez un surlignage et utilisez «&#xa0;Lier à…&#xa0;» pour indiquer ce qu&apos;il soutient, réfute, interroge ou ce à quoi il répond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links among the passages tagged “%1”.</source>
        <translation>Aucun lien entre les passages portant l&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot draw the argument map: %1</source>
        <translation>Impossible de dessiner la carte des arguments&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::BackupsDialog</name>
    <message>
        <location filename="../src/app/library/backupsdialog.cpp" line="+29"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library replaced by a restore</source>
        <translation>Bibliothèque remplacée par une restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the upgrade to schema %1</source>
        <translation>Avant la mise à niveau vers le schéma %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+58"/>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Scholia backs up the library once a day while you use it and before every upgrade of its format, keeping the last %1. They are in %2.</source>
        <translation>Scholia sauvegarde la bibliothèque une fois par jour pendant que vous l&apos;utilisez et avant chaque mise à niveau de son format, en conservant les %1 dernières sauvegardes. Elles se trouvent dans %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The library could not be backed up.

%1</source>
        <translation>Impossible de sauvegarder la bibliothèque.

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the library with the backup of %1?

The library as it is now is kept in the backups folder. Scholia closes the library, restores the backup and opens it again.</source>
        <translation>Remplacer la bibliothèque par la sauvegarde du %1&#xa0;?

La bibliothèque dans son état actuel est conservée dans le dossier des sauvegardes. Scholia ferme la bibliothèque, restaure la sauvegarde et la rouvre.</translation>
    </message>
</context>
<context>
    <name>Scholia::DiscourseThreadFetcher</name>
    <message>
        <location filename="../src/fetch/discoursethreadfetcher.cpp" line="+49"/>
        <source>%1: the answer is not a Discourse topic (no post_stream)</source>
        <translation>%1&#xa0;: la réponse n&apos;est pas un sujet Discourse (pas de post_stream)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: the answer is not JSON (%2)</source>
        <translation>%1&#xa0;: la réponse n&apos;est pas du JSON (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>stopped at the request limit (%1 requests): %n post(s) not fetched</source>
        <translation>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n publication non récupérée</numerusform>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n publications non récupérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the forum did not return %n of the posts its stream lists (deleted or hidden)</source>
        <translation>
            <numerusform>le forum n&apos;a pas renvoyé %n des publications listées dans son flux (supprimée ou masquée)</numerusform>
            <numerusform>le forum n&apos;a pas renvoyé %n des publications listées dans son flux (supprimées ou masquées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ExportController</name>
    <message>
        <location filename="../src/app/export/exportcontroller.cpp" line="+73"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A PDF export is still running.</source>
        <translation>Un export PDF est encore en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a thread to export it.</source>
        <translation>Ouvrez un fil pour l&apos;exporter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Export Thread</source>
        <translation>Exporter le fil</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>Scholia::ExportDialog</name>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="+35"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what was &amp;edited since earlier saves</source>
        <translation>Montrer ce qui a été &amp;modifié depuis les enregistrements antérieurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Thread</source>
        <translation>Exporter le fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole thread</source>
        <translation>Le fil entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only annotated comments, with their parents</source>
        <translation>Seulement les commentaires annotés, avec leurs parents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As collapsed in the view</source>
        <translation>Tel que replié dans la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The focused comment and its replies</source>
        <translation>Le commentaire courant et ses réponses</translation>
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
        <translation>En couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale (patterns and colour names)</source>
        <translation>Niveaux de gris (motifs et noms de couleurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered, at the end</source>
        <translation>Numérotées, à la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a box after each comment</source>
        <translation>Dans un encadré après chaque commentaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments:</source>
        <translation>&amp;Commentaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited comments carry their earlier texts: as marked changes in PDF and HTML, quoted in Markdown</source>
        <translation>Les commentaires modifiés portent leurs textes antérieurs&#xa0;: en modifications marquées en PDF et HTML, en citation en Markdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page &amp;size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>Taille du te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highlights:</source>
        <translation>&amp;Surlignages&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>Scholia::FetchPolicy</name>
    <message>
        <location filename="../src/fetch/fetchpolicy.cpp" line="+41"/>
        <source>SCHOLIA_FETCH_TEST_ORIGIN is not a loopback address (%1); ignored</source>
        <translation>SCHOLIA_FETCH_TEST_ORIGIN n&apos;est pas une adresse de bouclage (%1)&#xa0;; variable ignorée</translation>
    </message>
</context>
<context>
    <name>Scholia::FindBar</name>
    <message>
        <location filename="../src/app/threadview/findbar.cpp" line="+29"/>
        <source>Find:</source>
        <translation>Chercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text in this thread</source>
        <translation>Texte dans ce fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in thread</source>
        <translation>Chercher dans le fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Résultat précédent (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter, F3)</source>
        <translation>Résultat suivant (Entrée, F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>Scholia::HackerNewsThreadFetcher</name>
    <message>
        <location filename="../src/fetch/hackernewsthreadfetcher.cpp" line="+75"/>
        <source>%1: Algolia&apos;s answer is not an item</source>
        <translation>%1&#xa0;: la réponse d&apos;Algolia n&apos;est pas un élément</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the address names comment %1; its whole story %2 was saved</source>
        <translation>l&apos;adresse désigne le commentaire %1&#xa0;; la publication %2 dont il fait partie a été enregistrée en entier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Algolia&apos;s API failed (%1); the thread was fetched item by item from the Hacker News API instead</source>
        <translation>l&apos;API d&apos;Algolia a échoué (%1)&#xa0;; le fil a été récupéré élément par élément depuis l&apos;API de Hacker News à la place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Algolia&apos;s API failed (%1), and so did the Hacker News API</source>
        <translation>l&apos;API d&apos;Algolia a échoué (%1), celle de Hacker News aussi</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>stopped at the request limit (%1 requests): %n item(s) not fetched</source>
        <translation>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n élément non récupéré</numerusform>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n éléments non récupérés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the Hacker News API returned no item</source>
        <translation>%1&#xa0;: l&apos;API de Hacker News n&apos;a renvoyé aucun élément</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no such item</source>
        <translation>%1&#xa0;: élément inexistant</translation>
    </message>
</context>
<context>
    <name>Scholia::ImportController</name>
    <message>
        <location filename="../src/app/importing/importcontroller.cpp" line="+30"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import saved thread files into the library</source>
        <translation>Importer des fichiers de fils enregistrés dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import Threads</source>
        <translation>Importer des fils</translation>
    </message>
    <message>
        <source>Saved threads (*.json *.html *.htm *.mbox *.txt);;All files (*)</source>
        <translation type="vanished">Fils enregistrés (*.json *.html *.htm *.mbox *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved threads (*.json *.html *.htm *.mbox *.txt *.zst);;All files (*)</source>
        <translation>Fils enregistrés (*.json *.html *.htm *.mbox *.txt *.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There were no files to import.</source>
        <translation>Il n&apos;y avait aucun fichier à importer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%v of %m files</source>
        <translation>%v sur %m fichiers</translation>
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
            <numerusform>Import de %n fichier…</numerusform>
            <numerusform>Import de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing file %1 of %2:
%3</source>
        <translation>Import du fichier %1 sur %2&#xa0;:
%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storing threads: %1 of %2</source>
        <translation>Enregistrement des fils&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the dump: %1 of %2</source>
        <translation>Lecture de l’archive&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Scholia::ImportReportDialog</name>
    <message>
        <location filename="../src/app/importing/importreportdialog.cpp" line="+40"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not imported (cancelled)</source>
        <translation>%1&#xa0;: non importé (annulé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &lt;b&gt;could not be imported&lt;/b&gt;: %2</source>
        <translation>%1&#xa0;: &lt;b&gt;n&apos;a pas pu être importé&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: imported</source>
        <translation>%1&#xa0;: importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: imported %2</source>
        <translation>%1&#xa0;: %2 importé</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n warning(s))</source>
        <translation>
            <numerusform>(%n avertissement)</numerusform>
            <numerusform>(%n avertissements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more file(s) imported without warnings</source>
        <translation>
            <numerusform>%n autre fichier importé sans avertissement</numerusform>
            <numerusform>%n autres fichiers importés sans avertissement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings by kind</source>
        <translation>Avertissements par type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), in %1</source>
        <translation>
            <numerusform>%n fois, dans %1</numerusform>
            <numerusform>%n fois, dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), in %1 files</source>
        <translation>
            <numerusform>%n fois, dans %1 fichiers</numerusform>
            <numerusform>%n fois, dans %1 fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &lt;i&gt;and others like it&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;et d&apos;autres semblables&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Problems</source>
        <translation>Problèmes d&apos;import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import summary</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Details: all %n message(s)</source>
        <translation>
            <numerusform>&amp;Détails&#xa0;: %n message</numerusform>
            <numerusform>&amp;Détails&#xa0;: les %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show every error and warning</source>
        <translation>Afficher toutes les erreurs et tous les avertissements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors and warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
</context>
<context>
    <name>Scholia::LibraryCommand</name>
    <message>
        <location filename="../src/library/librarycommand.cpp" line="+42"/>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être annulé ou rétabli&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Scholia::LibraryEditor</name>
    <message>
        <location filename="../src/library/libraryeditor.cpp" line="+151"/>
        <source>no thread is shown</source>
        <translation>aucun fil n&apos;est affiché</translation>
    </message>
</context>
<context>
    <name>Scholia::LibraryPane</name>
    <message>
        <location filename="../src/app/library/librarypane.cpp" line="+30"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Filter threads</source>
        <translation>Filtrer les fils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show Column “%1”</source>
        <translation>Afficher la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Delete Thread…</source>
        <translation>&amp;Supprimer le fil…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your library is empty.</source>
        <translation>Votre bibliothèque est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To get threads in:</source>
        <translation>Pour y ajouter des fils&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Import… a saved page, a JSON or text export, or a mailbox;</source>
        <translation>Fichier ▸ Importer… une page enregistrée, un export JSON ou texte, ou une boîte aux lettres&#xa0;;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop such files, or a thread&apos;s web address, on this window;</source>
        <translation>déposer de tels fichiers, ou l&apos;adresse web d&apos;un fil, sur cette fenêtre&#xa0;;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Save from Address… to fetch a thread by its address.</source>
        <translation>Fichier ▸ Enregistrer depuis une adresse… pour récupérer un fil par son adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The toolbar has both commands too.</source>
        <translation>La barre d&apos;outils propose aussi ces deux commandes.</translation>
    </message>
</context>
<context>
    <name>Scholia::LinkEditDialog</name>
    <message>
        <location filename="../src/app/annotating/linkeditdialog.cpp" line="+16"/>
        <source>Edit Link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note on the link</source>
        <translation>Note sur le lien</translation>
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
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Scholia::LinkPickerDialog</name>
    <message>
        <location filename="../src/app/annotating/linkpickerdialog.cpp" line="+38"/>
        <source>Link to Another Passage</source>
        <translation>Lier à un autre passage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole comment</source>
        <translation>le commentaire entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: “%1”</source>
        <translation>De&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find passages</source>
        <translation>Chercher des passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library&apos;s annotations (empty: this thread&apos;s)</source>
        <translation>Rechercher dans les annotations de la bibliothèque (vide&#xa0;: celles de ce fil)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passages to link to</source>
        <translation>Passages à lier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on the link</source>
        <translation>Note sur le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passage:</source>
        <translation>Ce passage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This thread&apos;s annotations. Type to search the library.</source>
        <translation>Les annotations de ce fil. Tapez pour rechercher dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This thread has no other annotation. Type to search the library.</source>
        <translation>Ce fil n&apos;a pas d&apos;autre annotation. Tapez pour rechercher dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot search: %1</source>
        <translation>Impossible de rechercher&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Annotations found: %1</source>
        <translation>Annotations trouvées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No annotation matches.</source>
        <translation>Aucune annotation ne correspond.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(the whole comment)</source>
        <translation>(le commentaire entier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in “%1”</source>
        <translation>dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no longer found in the comment)</source>
        <translation>(introuvable dans le commentaire)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot link: %1</source>
        <translation>Impossible de lier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::MainToolBar</name>
    <message>
        <location filename="../src/app/maintoolbar.cpp" line="+14"/>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch between the light and the dark theme</source>
        <translation>Basculer entre le thème clair et le thème sombre</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Refaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Highlight Selection	H</source>
        <translation>&amp;Surligner la sélection	H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annotate Focused Comment	C</source>
        <translation>A&amp;nnoter le commentaire courant	C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search the Library…</source>
        <translation>Rec&amp;hercher dans la bibliothèque…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find in Thread…</source>
        <translation>Chercher dans le &amp;fil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Résultat su&amp;ivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta&amp;g This Thread…</source>
        <translation>Étiqueter &amp;ce fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Thread Read</source>
        <translation>Marquer le fil comme &amp;lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k Thread Unread</source>
        <translation>Marquer le fil comme n&amp;on lu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;Annotated Comments</source>
        <translation>Seulement les commentaires &amp;annotés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only Ne&amp;w Comments</source>
        <translation>Seulement les commentaires nouv&amp;eaux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expand All</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse to &amp;Top Level</source>
        <translation>Replier au premier &amp;niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse &amp;Below Depth…</source>
        <translation>Replier au-delà d&apos;un nivea&amp;u…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Caret Mode</source>
        <translation>&amp;Mode curseur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="vanished">Taille n&amp;ormale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to &amp;Library</source>
        <translation>Aller à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Go to &amp;Thread</source>
        <translation type="vanished">Aller au &amp;fil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to &amp;Notes</source>
        <translation>Aller aux note&amp;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To&amp;pics</source>
        <translation>Su&amp;jets</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Argument &amp;Map</source>
        <translation>&amp;Carte des arguments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move Library</source>
        <translation>Déplacer la bibliothèque</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Scholia</source>
        <translation>À &amp;propos de Scholia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Argument Map: %1</source>
        <translation>Carte des arguments&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Argument Map</source>
        <translation>Carte des arguments</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Collapse Below Depth</source>
        <translation>Replier au-delà d&apos;un niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this many levels of replies:</source>
        <translation>Nombre de niveaux de réponses à afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Th&amp;read Map</source>
        <translation>Carte du f&amp;il</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole thread in a strip beside it</source>
        <translation>Afficher tout le fil dans une bande à côté</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The library is read-only: another Scholia process (pid %1) is writing to it.</source>
        <translation>La bibliothèque est en lecture seule&#xa0;: un autre processus Scholia (pid %1) y écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is read-only: another Scholia process is writing to it.</source>
        <translation>La bibliothèque est en lecture seule&#xa0;: un autre processus Scholia y écrit.</translation>
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
            <numerusform>%1 · %n commentaire · enregistré le %2</numerusform>
            <numerusform>%1 · %n commentaires · enregistré le %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete &quot;%1&quot; from the library?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de la bibliothèque&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It holds %n annotation(s); they will be deleted with it.</source>
        <translation>
            <numerusform>Il contient %n annotation&#xa0;; elle sera supprimée avec lui.</numerusform>
            <numerusform>Il contient %n annotations&#xa0;; elles seront supprimées avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Delete Thread</source>
        <translation>Supprimer le fil</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Normal &amp;Size</source>
        <translation>Taille n&amp;ormale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Go to Threa&amp;d</source>
        <translation>Aller au &amp;fil</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Scholia::NotesPane</name>
    <message>
        <location filename="../src/app/annotating/notespane.cpp" line="+33"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Notes and annotations</source>
        <translation>Notes et annotations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show annotations with tag</source>
        <translation>Afficher les annotations portant l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orphaned annotations</source>
        <translation>Annotations orphelines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned — the text they marked is no longer in the comment</source>
        <translation>Orphelines — le texte qu&apos;elles marquaient n&apos;est plus dans le commentaire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected annotation</source>
        <translation>Annotation sélectionnée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Show in Thread</source>
        <translation>&amp;Afficher dans le fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>Scholia::PdfExportProgress</name>
    <message>
        <location filename="../src/app/export/pdfexportprogress.cpp" line="+22"/>
        <source>A PDF export is still running.</source>
        <translation>Un export PDF est encore en cours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting PDF</source>
        <translation>Export en PDF</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1 (%2 pages)</source>
        <translation>%1 exporté (%2 pages)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written.

%1</source>
        <translation>Impossible d&apos;écrire le PDF.

%1</translation>
    </message>
</context>
<context>
    <name>Scholia::PdfExporter</name>
    <message>
        <location filename="../src/export/pdfexporter.cpp" line="+111"/>
        <source>another PDF export is still running</source>
        <translation>un autre export PDF est encore en cours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot prepare the page to print: %1</source>
        <translation>impossible de préparer la page à imprimer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the page to print could not be loaded</source>
        <translation>la page à imprimer n&apos;a pas pu être chargée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the web engine produced no PDF</source>
        <translation>le moteur web n&apos;a produit aucun PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cancelled; no file was written</source>
        <translation>annulé&#xa0;; aucun fichier n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>Scholia::PoliteHttpClient</name>
    <message>
        <location filename="../src/fetch/politehttpclient.cpp" line="+79"/>
        <location line="+152"/>
        <source>the save was cancelled</source>
        <translation>l&apos;enregistrement a été annulé</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1: refused: Scholia only asks %2 over HTTPS</source>
        <translation>%1&#xa0;: refusé&#xa0;: Scholia n&apos;interroge %2 qu&apos;en HTTPS</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1&apos;s limit for this period is used up</source>
        <translation>la limite de %1 pour cette période est épuisée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server sent nothing for %2 s and was given up (%3)</source>
        <translation>%1&#xa0;: le serveur n&apos;a rien envoyé pendant %2 s&#xa0;; abandon (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the response took longer than %2 s and was given up (%3)</source>
        <translation>%1&#xa0;: la réponse a pris plus de %2 s&#xa0;; abandon (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the response is larger than Scholia accepts (%2 MB for one response, %3 MB for a whole save) (%4)</source>
        <translation>%1&#xa0;: la réponse dépasse ce que Scholia accepte (%2 Mo par réponse, %3 Mo pour tout un enregistrement) (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the server redirected to %2, which is not %3; not followed (%4)</source>
        <translation>%1&#xa0;: le serveur a redirigé vers %2, qui n&apos;est pas %3&#xa0;; redirection non suivie (%4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>: the thread is private, quarantined or needs a login</source>
        <translation>&#xa0;: le fil est privé, en quarantaine ou nécessite une connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: no such thread (deleted, or a mistyped address)</source>
        <translation>&#xa0;: fil inexistant (supprimé, ou adresse mal saisie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: the site&apos;s rate limit; try again later</source>
        <translation>&#xa0;: limite de requêtes du site&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: HTTP %2%3%4 (%5)</source>
        <translation>%1&#xa0;: HTTP %2%3%4 (%5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 asked Scholia to wait (HTTP 429, Retry-After)</source>
        <translation>%1 a demandé à Scholia de patienter (HTTP 429, Retry-After)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the site asks to wait %1 s before the next request</source>
        <translation>&#xa0;; le site demande d&apos;attendre %1 s avant la requête suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; still limited after %1 waits</source>
        <translation>&#xa0;; toujours limité après %1 attentes</translation>
    </message>
</context>
<context>
    <name>Scholia::PreferencesDialog</name>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="+36"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As the site showed them (3 hours ago)</source>
        <translation>Comme le site les affichait (il y a 3 heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact (2026-11-24 09:30:00 UTC)</source>
        <translation>Exactes (2026-11-24 09:30:00 UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name for %1</source>
        <translation>Nom pour %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Moving closes the library, copies it to the new folder, checks the copy and reopens it there; the old file is removed only then.</source>
        <translation>Le déplacement ferme la bibliothèque, la copie dans le nouveau dossier, vérifie la copie et la rouvre à cet endroit&#xa0;; l&apos;ancien fichier n&apos;est supprimé qu&apos;ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This library was chosen with --db or SCHOLIA_DB, so it cannot be moved from here.</source>
        <translation>Cette bibliothèque a été choisie avec --db ou SCHOLIA_DB&#xa0;; elle ne peut donc pas être déplacée d&apos;ici.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move the Library To</source>
        <translation>Déplacer la bibliothèque vers</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Move Library</source>
        <translation>Déplacer la bibliothèque</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 already exists. Choose a folder without a library in it.</source>
        <translation>%1 existe déjà. Choisissez un dossier sans bibliothèque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the library, move it to %1 and reopen it there?</source>
        <translation>Fermer la bibliothèque, la déplacer vers %1 et la rouvrir à cet endroit&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Scholia::RdramaThreadFetcher</name>
    <message>
        <location filename="../src/fetch/rdramathreadfetcher.cpp" line="+33"/>
        <source>%1: the page has no rDrama comment or post markup</source>
        <translation>%1&#xa0;: la page ne contient aucun balisage rDrama de commentaire ou de publication</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>stopped at the request limit (%1 requests): %n link(s) to more comments not followed</source>
        <translation>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n lien vers d&apos;autres commentaires non suivi</numerusform>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n liens vers d&apos;autres commentaires non suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n &quot;More comments&quot; link(s) pointed to another site and were not followed</source>
        <translation>
            <numerusform>%n lien «&#xa0;More comments&#xa0;» pointait vers un autre site et n&apos;a pas été suivi</numerusform>
            <numerusform>%n liens «&#xa0;More comments&#xa0;» pointaient vers un autre site et n&apos;ont pas été suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n &quot;More comments&quot; page(s) held no replies to take</source>
        <translation>
            <numerusform>%n page «&#xa0;More comments&#xa0;» ne contenait aucune réponse à reprendre</numerusform>
            <numerusform>%n pages «&#xa0;More comments&#xa0;» ne contenaient aucune réponse à reprendre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ReadOnlyBanner</name>
    <message>
        <location filename="../src/app/library/readonlybanner.cpp" line="+12"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library is read-only</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the library for writing if the other process has closed it</source>
        <translation>Ouvrir la bibliothèque en écriture si l&apos;autre processus l&apos;a fermée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This library is open for writing in another Scholia process (pid %1). Changes are off until it closes.</source>
        <translation>Cette bibliothèque est ouverte en écriture dans un autre processus Scholia (pid %1). Les modifications sont désactivées jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This library is open for writing in another Scholia process. Changes are off until it closes.</source>
        <translation>Cette bibliothèque est ouverte en écriture dans un autre processus Scholia. Les modifications sont désactivées jusqu&apos;à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>Scholia::RecentImportsMenu</name>
    <message>
        <location filename="../src/app/importing/recentimportsmenu.cpp" line="+12"/>
        <source>&amp;Recent Imports</source>
        <translation>Imports &amp;récents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Recent Imports</source>
        <translation>Aucun import récent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Scholia::RedditThreadFetcher</name>
    <message>
        <location filename="../src/fetch/redditthreadfetcher.cpp" line="+20"/>
        <source>%1: the response is not JSON (%2 at byte %3)</source>
        <translation>%1&#xa0;: la réponse n&apos;est pas du JSON (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: Reddit&apos;s answer is not a thread (expected its post and its comments)</source>
        <translation>%1&#xa0;: la réponse de Reddit n&apos;est pas un fil (sa publication et ses commentaires étaient attendus)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: Reddit answered with errors: %2</source>
        <translation>%1&#xa0;: Reddit a répondu par des erreurs&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>stopped at the request limit (%1 requests): %n &quot;more&quot; stub(s) were not expanded</source>
        <translation>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n marqueur «&#xa0;more&#xa0;» n&apos;a pas été développé</numerusform>
            <numerusform>arrêté à la limite de requêtes (%1 requêtes)&#xa0;: %n marqueurs «&#xa0;more&#xa0;» n&apos;ont pas été développés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Reddit kept %n &quot;more&quot; stub(s) it would not expand</source>
        <translation>
            <numerusform>Reddit a gardé %n marqueur «&#xa0;more&#xa0;» qu&apos;il n&apos;a pas voulu développer</numerusform>
            <numerusform>Reddit a gardé %n marqueurs «&#xa0;more&#xa0;» qu&apos;il n&apos;a pas voulu développer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reddit did not return %n of the comments its stubs listed (deleted, removed or hidden)</source>
        <translation>
            <numerusform>Reddit n&apos;a pas renvoyé %n des commentaires listés par ses marqueurs (supprimé, retiré ou masqué)</numerusform>
            <numerusform>Reddit n&apos;a pas renvoyé %n des commentaires listés par ses marqueurs (supprimés, retirés ou masqués)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::SaveFromAddressController</name>
    <message>
        <location filename="../src/app/importing/savefromaddresscontroller.cpp" line="+27"/>
        <source>Save from &amp;Address…</source>
        <translation>Enregistrer depuis une &amp;adresse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch a whole thread from its address and import it</source>
        <translation>Récupérer un fil entier depuis son adresse et l&apos;importer</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+31"/>
        <location line="+64"/>
        <location line="+18"/>
        <source>Save from Address</source>
        <translation>Enregistrer depuis une adresse</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Waiting %n second(s): %1</source>
        <translation>
            <numerusform>Attente de %n seconde&#xa0;: %1</numerusform>
            <numerusform>Attente de %n secondes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving from %1</source>
        <translation>Enregistrement depuis %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1 for the thread…</source>
        <translation>Demande du fil à %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1
%n request(s) made</source>
        <translation>
            <numerusform>%1
%n requête effectuée</numerusform>
            <numerusform>%1
%n requêtes effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s) so far</source>
        <translation>
            <numerusform>%n commentaire jusqu&apos;ici</numerusform>
            <numerusform>%n commentaires jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The save from %1 was cancelled; nothing was saved.</source>
        <translation>L&apos;enregistrement depuis %1 a été annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread could not be saved. Nothing was saved; the library is as it was.</source>
        <translation>Le fil n&apos;a pas pu être enregistré. Rien n&apos;a été enregistré&#xa0;; la bibliothèque est inchangée.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved %1 in %n request(s); the responses are in %2</source>
        <translation>
            <numerusform>%1 enregistré en %n requête&#xa0;; les réponses du serveur sont dans %2</numerusform>
            <numerusform>%1 enregistré en %n requêtes&#xa0;; les réponses du serveur sont dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The thread was saved, but not all of it:</source>
        <translation>Le fil a été enregistré, mais pas en entier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Scholia::SaveFromAddressDialog</name>
    <message>
        <location filename="../src/app/importing/savefromaddressdialog.cpp" line="+23"/>
        <source>Save from Address</source>
        <translation>Enregistrer depuis une adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://www.reddit.com/r/…/comments/…</source>
        <translation>https://www.reddit.com/r/…/comments/…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread address</source>
        <translation>Adresse du fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most requests</source>
        <translation>Nombre maximal de requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The save stops after this many requests; what it has not fetched by then is reported as missing.</source>
        <translation>L&apos;enregistrement s&apos;arrête après ce nombre de requêtes&#xa0;; ce qui n&apos;a pas été récupéré d&apos;ici là est signalé comme manquant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scholia fetches the whole thread through the site&apos;s public interface, without logging in: Reddit (its JSON pages and /api/morechildren, 10 requests a minute), Hacker News (Algolia&apos;s API, else the official one), Discourse forums (t/ID.json and posts.json) and rDrama-family sites such as themotte.org (the post page and its &quot;More comments&quot; pages). Each request sends only the address and Scholia&apos;s name and version. The responses are kept in the &quot;saved&quot; folder beside the library, then imported.</source>
        <translation>Scholia récupère le fil entier par l&apos;interface publique du site, sans connexion&#xa0;: Reddit (ses pages JSON et /api/morechildren, 10 requêtes par minute), Hacker News (l&apos;API d&apos;Algolia, sinon l&apos;API officielle), forums Discourse (t/ID.json et posts.json) et sites de la famille rDrama comme themotte.org (la page de la publication et ses pages «&#xa0;More comments&#xa0;»). Chaque requête n&apos;envoie que l&apos;adresse ainsi que le nom et la version de Scholia. Les réponses du serveur sont conservées dans le dossier «&#xa0;saved&#xa0;» à côté de la bibliothèque, puis importées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most requests:</source>
        <translation>Nombre &amp;maximal de requêtes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Paste the address of a thread.</source>
        <translation>Collez l&apos;adresse d&apos;un fil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A thread on %1.</source>
        <translation>Un fil sur %1.</translation>
    </message>
</context>
<context>
    <name>Scholia::SearchPane</name>
    <message>
        <location filename="../src/app/search/searchpane.cpp" line="+26"/>
        <source>Library search</source>
        <translation>Recherche dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;exact phrase&quot;, -word, a OR b, word*.
Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned</source>
        <translation type="vanished">Tous les mots doivent apparaître&#xa0;; &quot;expression exacte&quot;, -mot, a OR b, mot*.
Filtres&#xa0;: author:NOM site:NOM tag:NOM thread:ID before:AAAA-MM-JJ after:AAAA-MM-JJ is:annotated is:orphaned</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;exact phrase&quot;, -word, a OR b, word*.
Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned is:incomplete</source>
        <translation type="vanished">Tous les mots doivent apparaître&#xa0;; &quot;expression exacte&quot;, -mot, a OR b, mot*.
Filtres&#xa0;: author:NOM site:NOM tag:NOM thread:ID before:AAAA-MM-JJ after:AAAA-MM-JJ is:annotated is:orphaned is:incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words must all occur; &quot;exact phrase&quot;, -word, a OR b, word*.
Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned is:incomplete
Arguments: is:rebutted is:unanswered link:TYPE (supports, rebuts, asks, answers, same-point)</source>
        <translation>Tous les mots doivent apparaître&#xa0;; &quot;expression exacte&quot;, -mot, a OR b, mot*.
Filtres&#xa0;: author:NOM site:NOM tag:NOM thread:ID before:AAAA-MM-JJ after:AAAA-MM-JJ is:annotated is:orphaned is:incomplete
Arguments&#xa0;: is:rebutted is:unanswered link:TYPE (supports, rebuts, asks, answers, same-point)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot search: %1</source>
        <translation>Recherche impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::SearchResultModel</name>
    <message>
        <location filename="../src/app/search/searchresultmodel.cpp" line="+55"/>
        <source>more than %1 matches</source>
        <translation>plus de %1 résultats</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · best first</source>
        <translation>%1 · les plus pertinents d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · too many to rank: newest first</source>
        <translation>%1 · trop nombreux pour être classés&#xa0;: les plus récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the thread itself</source>
        <translation>le fil lui-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your notes</source>
        <translation>vos notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your annotation</source>
        <translation>votre annotation</translation>
    </message>
</context>
<context>
    <name>Scholia::TagTreeModel</name>
    <message>
        <location filename="../src/app/annotating/tagtreemodel.cpp" line="+33"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
</context>
<context>
    <name>Scholia::TagsDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Refaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/annotating/tagsdialog.cpp" line="+84"/>
        <source>Delete the tag “%1”? %n annotation(s) carry it; they keep their highlights and notes. Tags below it stay.</source>
        <translation>
            <numerusform>Supprimer l&apos;étiquette «&#xa0;%1&#xa0;»&#xa0;? %n annotation la porte&#xa0;; elle garde son surlignage et sa note. Les étiquettes en dessous sont conservées.</numerusform>
            <numerusform>Supprimer l&apos;étiquette «&#xa0;%1&#xa0;»&#xa0;? %n annotations la portent&#xa0;; elles gardent leurs surlignages et leurs notes. Les étiquettes en dessous sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Rename Tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for “%1” (the tags below it follow):</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;» (les étiquettes en dessous suivent)&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Merge Tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Merge “%1” into “%2”? Everything tagged “%1” will be tagged “%2”, and “%1” will be gone.</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;? Tout ce qui porte l&apos;étiquette «&#xa0;%1&#xa0;» portera l&apos;étiquette «&#xa0;%2&#xa0;», et «&#xa0;%1&#xa0;» disparaîtra.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>Scholia::ThemeSwitcher</name>
    <message>
        <location filename="../src/app/settings/themeswitcher.cpp" line="+92"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadBridge</name>
    <message>
        <location filename="../src/app/threadview/threadbridge.cpp" line="+106"/>
        <source>A highlight has to stay inside one comment: select text in a single comment.</source>
        <translation>Un surlignage doit rester à l&apos;intérieur d&apos;un seul commentaire&#xa0;: sélectionnez du texte dans un seul commentaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select some text in a comment first, then press h (or use the context menu).</source>
        <translation>Sélectionnez d&apos;abord du texte dans un commentaire, puis appuyez sur h (ou utilisez le menu contextuel).</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadListModel</name>
    <message>
        <location filename="../src/app/library/threadlistmodel.cpp" line="+70"/>
        <source>Incomplete save: %1</source>
        <translation>Enregistrement incomplet&#xa0;: %1</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadMapStrip</name>
    <message>
        <location filename="../src/app/threadview/threadmapstrip.cpp" line="+43"/>
        <source>Thread map</source>
        <translation>Carte du fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole thread in miniature: a line per comment, indented by its depth and as long as its text, with ticks for annotations, find matches, new and unread comments, and a box around the comments on screen. Click or drag to go there.</source>
        <translation>Tout le fil en miniature&#xa0;: une ligne par commentaire, décalée selon sa profondeur et aussi longue que son texte, avec des repères pour les annotations, les résultats de recherche, les commentaires nouveaux et non lus, et un cadre autour des commentaires à l&apos;écran. Cliquer ou faire glisser pour s&apos;y rendre.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Comment %1 of %2</source>
        <translation>Commentaire %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments %1–%2 of %3</source>
        <translation>Commentaires %1 à %2 sur %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotated</source>
        <translation>Annoté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds the text found</source>
        <translation>Contient le texte cherché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New since your last visit</source>
        <translation>Nouveau depuis votre dernière visite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadNotesEditor</name>
    <message>
        <location filename="../src/app/annotating/threadnoteseditor.cpp" line="+28"/>
        <source>Thread notes</source>
        <translation>Notes du fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes on this thread, in Markdown. They are saved as you type.</source>
        <translation>Vos notes sur ce fil, en Markdown. Elles sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes saving status</source>
        <translation>État de l&apos;enregistrement des notes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot read the notes: %1</source>
        <translation>Impossible de lire les notes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadPage</name>
    <message>
        <location filename="../src/app/threadview/threadpage.cpp" line="+25"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this link in your web browser?

%1</source>
        <translation>Ouvrir ce lien dans votre navigateur web&#xa0;?

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Do not ask again</source>
        <translation>&amp;Ne plus demander</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadRowDelegate</name>
    <message numerus="yes">
        <location filename="../src/app/library/threadrowdelegate.cpp" line="+67"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new</source>
        <comment>comments added or changed by a save not yet visited</comment>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadSaver</name>
    <message numerus="yes">
        <location filename="../src/fetch/threadsaver.cpp" line="+90"/>
        <source>%1: the save failed after %n request(s): %2</source>
        <translation>
            <numerusform>%1&#xa0;: l&apos;enregistrement a échoué après %n requête&#xa0;: %2</numerusform>
            <numerusform>%1&#xa0;: l&apos;enregistrement a échoué après %n requêtes&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadTagsDialog</name>
    <message>
        <location filename="../src/app/annotating/threadtagsdialog.cpp" line="+17"/>
        <source>Thread Tags</source>
        <translation>Étiquettes du fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags for “%1”, separated by commas (topic/subtopic):</source>
        <translation>Étiquettes pour «&#xa0;%1&#xa0;», séparées par des virgules (sujet/sous-sujet)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thread tags</source>
        <translation>Étiquettes du fil</translation>
    </message>
</context>
<context>
    <name>Scholia::ThreadView</name>
    <message>
        <location filename="../src/app/threadview/threadview.cpp" line="+46"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>&amp;Highlight Selection	H</source>
        <translation>&amp;Surligner la sélection	H</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotate Comment	C</source>
        <translation>A&amp;nnoter le commentaire	C</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicExportController</name>
    <message>
        <location filename="../src/app/export/topicexportcontroller.cpp" line="+31"/>
        <location line="+21"/>
        <source>Export Topic</source>
        <translation>Exporter le sujet</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Select a topic first.</source>
        <translation>Sélectionnez d&apos;abord un sujet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Topic %1</source>
        <translation>Sujet %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicPassageModel</name>
    <message>
        <location filename="../src/app/topics/topicpassagemodel.cpp" line="+95"/>
        <source>Untitled thread</source>
        <translation>Fil sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thread %1, passages: %2</source>
        <translation>Fil %1, passages&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1. Note: %2. %3</source>
        <translation>%1. Note&#xa0;: %2. %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>orphaned</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-anchored</source>
        <translation>réancrée</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicTagModel</name>
    <message>
        <location filename="../src/app/topics/topictagmodel.cpp" line="+29"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1
Passages: %2 (tagged with it directly: %3)</source>
        <translation>%1
Passages&#xa0;: %2 (portant directement cette étiquette&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, passages: %2</source>
        <translation>%1, passages&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Scholia::TopicsPane</name>
    <message>
        <location filename="../src/app/topics/topicspane.cpp" line="+40"/>
        <source>Export to &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort passages by</source>
        <translation>Trier les passages par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So&amp;rt by:</source>
        <translation>&amp;Trier par&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to PDF/&amp;HTML…</source>
        <translation>Exporter en PDF/&amp;HTML…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Argument Ma&amp;p</source>
        <translation>&amp;Carte des arguments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the links among this topic&apos;s passages as a map</source>
        <translation>Afficher les liens entre les passages de ce sujet sous forme de carte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>Select a topic to gather its passages from every thread.</source>
        <translation>Sélectionnez un sujet pour rassembler ses passages de tous les fils.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 · Passages: %2 · Threads: %3</source>
        <translation>%1 · Passages&#xa0;: %2 · Fils&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export Topic to Markdown</source>
        <translation>Exporter le sujet en Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic %1.md</source>
        <translation>Sujet %1.md</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Topic</source>
        <translation>Exporter le sujet</translation>
    </message>
</context>
<context>
    <name>ScreenCommentLimit</name>
    <message>
        <location filename="../src/render/screencommentlimit.cpp" line="+26"/>
        <source>This comment is %1 characters long; the first %2 are shown here. The library keeps all of it: export the thread to read the rest.</source>
        <translation>Ce commentaire fait %1 caractères&#xa0;; seuls les %2 premiers sont affichés ici. La bibliothèque le conserve en entier&#xa0;: exportez le fil pour lire la suite.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../src/cli/searchcommand.cpp" line="+61"/>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches: %1, best first</source>
        <translation>résultats&#xa0;: %1, les plus pertinents d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches: %1, the most recently saved first</source>
        <translation>résultats&#xa0;: %1, les derniers enregistrés d&apos;abord</translation>
    </message>
    <message>
        <source>Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; &quot;a phrase&quot;, -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned. Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.</source>
        <translation type="vanished">Rechercher dans toute la bibliothèque&#xa0;: commentaires, titres et publications des fils, notes des fils, annotations. Tous les mots doivent correspondre&#xa0;; &quot;une expression&quot;, -mot, a OR b, préfixe*, author:NOM, site:NOM, tag:NOM, thread:ID, before:AAAA-MM-JJ, after:AAAA-MM-JJ, is:annotated, is:orphaned. Placez -- avant une requête qui exclut des mots (-mot). Affiche l&apos;identifiant du fil, l&apos;identifiant du commentaire, l&apos;auteur, la date et un extrait avec les correspondances entre **, séparés par des tabulations.</translation>
    </message>
    <message>
        <source>Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; &quot;a phrase&quot;, -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete. Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.</source>
        <translation type="vanished">Rechercher dans toute la bibliothèque&#xa0;: commentaires, titres et publications des fils, notes des fils, annotations. Tous les mots doivent correspondre&#xa0;; &quot;une expression&quot;, -mot, a OR b, préfixe*, author:NOM, site:NOM, tag:NOM, thread:ID, before:AAAA-MM-JJ, after:AAAA-MM-JJ, is:annotated, is:orphaned, is:incomplete. Placez -- avant une requête qui exclut des mots (-mot). Affiche l&apos;identifiant du fil, l&apos;identifiant du commentaire, l&apos;auteur, la date et un extrait avec les correspondances entre **, séparés par des tabulations.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; &quot;a phrase&quot;, -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete, is:rebutted (a passage another rebuts), is:unanswered (a question nothing answers), link:TYPE (either end of a link: supports, rebuts, asks, answers, same-point). Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.</source>
        <translation>Rechercher dans toute la bibliothèque&#xa0;: commentaires, titres et publications des fils, notes des fils, annotations. Tous les mots doivent correspondre&#xa0;; &quot;une expression&quot;, -mot, a OR b, préfixe*, author:NOM, site:NOM, tag:NOM, thread:ID, before:AAAA-MM-JJ, after:AAAA-MM-JJ, is:annotated, is:orphaned, is:incomplete, is:rebutted (un passage qu&apos;un autre réfute), is:unanswered (une question à laquelle rien ne répond), link:TYPE (l&apos;une ou l&apos;autre extrémité d&apos;un lien&#xa0;: supports, rebuts, asks, answers, same-point). Placez -- avant une requête qui exclut des mots (-mot). Affiche l&apos;identifiant du fil, l&apos;identifiant du commentaire, l&apos;auteur, la date et un extrait avec les correspondances entre **, séparés par des tabulations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What to look for (several arguments are joined with spaces).</source>
        <translation>Ce qu&apos;il faut chercher (plusieurs arguments sont joints par des espaces).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N hits (default 20).</source>
        <translation>Afficher au plus N résultats (20 par défaut).</translation>
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
        <translation>Sauter les N premiers résultats (0 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the page as JSON.</source>
        <translation>Afficher la page en JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(a query that excludes words goes after --: scholia search -- fish -chips)</source>
        <translation>(une requête qui exclut des mots se place après --&#xa0;: scholia search -- fish -chips)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--limit needs a number of at least 1</source>
        <translation>--limit demande un nombre d&apos;au moins 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--offset needs a number of at least 0</source>
        <translation>--offset demande un nombre d&apos;au moins 0</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <location filename="../src/store/searchengine.cpp" line="+183"/>
        <source>cannot search the library</source>
        <translation>impossible de rechercher dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>SearchQueryParser</name>
    <message>
        <location filename="../src/store/searchquery.cpp" line="+87"/>
        <source>&quot;OR&quot; needs a word after it</source>
        <translation>«&#xa0;OR&#xa0;» doit être suivi d&apos;un mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an excluded word needs a word or a filter to search for besides it</source>
        <translation>un mot exclu a besoin d&apos;un mot ou d&apos;un filtre à rechercher à côté de lui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the query is empty</source>
        <translation>la requête est vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;-&quot; needs a word right after it</source>
        <translation>«&#xa0;-&#xa0;» doit être immédiatement suivi d&apos;un mot</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;OR&quot; needs a word before it</source>
        <translation>«&#xa0;OR&#xa0;» doit être précédé d&apos;un mot</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; has no letters or digits to search for</source>
        <translation>«&#xa0;%1&#xa0;» ne contient ni lettres ni chiffres à rechercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prefix needs at least two characters before &quot;*&quot;</source>
        <translation>un préfixe demande au moins deux caractères avant «&#xa0;*&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an excluded word cannot be a side of &quot;OR&quot;</source>
        <translation>un mot exclu ne peut pas être un membre de «&#xa0;OR&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this quotation mark is never closed</source>
        <translation>ce guillemet n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the quotation marks hold nothing</source>
        <translation>les guillemets ne contiennent rien</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown filter &quot;%1:&quot; (the filters are author:, site:, tag:, thread:, before:, after:, is: and link:; put a word in quotes to search for it as it is)</source>
        <translation>filtre inconnu «&#xa0;%1:&#xa0;» (les filtres sont author:, site:, tag:, thread:, before:, after:, is: et link:&#xa0;; mettez un mot entre guillemets pour le rechercher tel quel)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&quot;is:%1&quot; is not a filter (there are is:annotated, is:orphaned, is:incomplete, is:rebutted and is:unanswered)</source>
        <translation>«&#xa0;is:%1&#xa0;» n&apos;est pas un filtre (il existe is:annotated, is:orphaned, is:incomplete, is:rebutted et is:unanswered)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;link:%1&quot; names no kind of link (there are %2)</source>
        <translation>«&#xa0;link:%1&#xa0;» ne désigne aucun type de lien (il existe %2)</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1:&quot; (the filters are author:, site:, tag:, thread:, before:, after: and is:; put a word in quotes to search for it as it is)</source>
        <translation type="vanished">filtre inconnu «&#xa0;%1:&#xa0;» (les filtres sont author:, site:, tag:, thread:, before:, after: et is:&#xa0;; mettez un mot entre guillemets pour le rechercher tel quel)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>a filter cannot be excluded with &quot;-&quot;</source>
        <translation>un filtre ne peut pas être exclu avec «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a filter cannot be a side of &quot;OR&quot;</source>
        <translation>un filtre ne peut pas être un membre de «&#xa0;OR&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the filter &quot;%1:&quot; needs a value right after the colon</source>
        <translation>le filtre «&#xa0;%1:&#xa0;» demande une valeur juste après les deux-points</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&quot;%1&quot; is not a thread id (a number from the library list)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de fil (un nombre de la liste de la bibliothèque)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;is:%1&quot; is not a filter (there are is:annotated, is:orphaned and is:incomplete)</source>
        <translation type="vanished">«&#xa0;is:%1&#xa0;» n&apos;est pas un filtre (il existe is:annotated, is:orphaned et is:incomplete)</translation>
    </message>
    <message>
        <source>&quot;is:%1&quot; is not a filter (there are is:annotated and is:orphaned)</source>
        <translation type="vanished">«&#xa0;is:%1&#xa0;» n&apos;est pas un filtre (il existe is:annotated et is:orphaned)</translation>
    </message>
</context>
<context>
    <name>SetThreadReadCommand</name>
    <message>
        <location filename="../src/library/setthreadreadcommand.cpp" line="+12"/>
        <source>Mark thread read</source>
        <translation>Marquer le fil comme lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark thread unread</source>
        <translation>Marquer le fil comme non lu</translation>
    </message>
</context>
<context>
    <name>SetThreadTagsCommand</name>
    <message>
        <location filename="../src/library/setthreadtagscommand.cpp" line="+11"/>
        <source>Tag thread</source>
        <translation>l&apos;étiquetage du fil</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Print a thread: its post, then its comments in order.</source>
        <translation type="vanished">Afficher un fil&#xa0;: sa publication, puis ses commentaires dans l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../src/cli/showcommand.cpp" line="+17"/>
        <source>Print a thread: its post, then its comments in order, each marked when a later save made it new, edited, missing or removed on the site.</source>
        <translation>Afficher un fil&#xa0;: sa publication, puis ses commentaires dans l&apos;ordre, chacun marqué quand un enregistrement ultérieur l&apos;a rendu nouveau, modifié, absent ou retiré sur le site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indent each comment by its depth in the reply tree.</source>
        <translation>Indenter chaque commentaire selon sa profondeur dans l&apos;arbre des réponses.</translation>
    </message>
</context>
<context>
    <name>SubcommandLine</name>
    <message>
        <location filename="../src/cli/subcommandline.cpp" line="+14"/>
        <source>The library file.</source>
        <translation>Le fichier de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>L&apos;identifiant du fil, tel que «&#xa0;scholia list&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected one thread id (a number from &quot;scholia list&quot;)</source>
        <translation>un seul identifiant de fil attendu (un nombre donné par «&#xa0;scholia list&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>SvgSanitizer</name>
    <message>
        <location filename="../src/render/svgsanitizer.cpp" line="+126"/>
        <source>the drawing is not an SVG document</source>
        <translation>le dessin n&apos;est pas un document SVG</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the drawing is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>le dessin n&apos;est pas du XML bien formé&#xa0;: %1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the drawing is empty</source>
        <translation>le dessin est vide</translation>
    </message>
</context>
<context>
    <name>TagName</name>
    <message>
        <location filename="../src/core/tagname.cpp" line="+10"/>
        <source>a tag needs a name</source>
        <translation>une étiquette a besoin d&apos;un nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tag &quot;%1&quot; has an empty part between slashes</source>
        <translation>l&apos;étiquette «&#xa0;%1&#xa0;» a une partie vide entre deux barres obliques</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../src/store/tagstore.cpp" line="+61"/>
        <source>cannot list the tags</source>
        <translation>impossible de lister les étiquettes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot look up the tag &quot;%1&quot;</source>
        <translation>impossible de trouver l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot complete the tag &quot;%1&quot;</source>
        <translation>impossible de compléter l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+219"/>
        <source>there is no tag called &quot;%1&quot;</source>
        <translation>aucune étiquette ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+30"/>
        <source>there is a tag called &quot;%1&quot; already; merge the two instead</source>
        <translation>une étiquette s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;; fusionnez plutôt les deux</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>cannot rename the tag &quot;%1&quot;</source>
        <translation>impossible de renommer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot rename tags</source>
        <translation>impossible de renommer les étiquettes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; and &quot;%2&quot; are the same tag</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont la même étiquette</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>impossible de fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot undo merging &quot;%1&quot;</source>
        <translation>impossible d&apos;annuler la fusion de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no colour called &quot;%1&quot; (there are: %2)</source>
        <translation>aucune couleur ne s&apos;appelle «&#xa0;%1&#xa0;» (couleurs disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot recolour the tag &quot;%1&quot;</source>
        <translation>impossible de recolorer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot delete the tag &quot;%1&quot;</source>
        <translation>impossible de supprimer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot restore the tag &quot;%1&quot;</source>
        <translation>impossible de restaurer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is a tag called &quot;%1&quot; again; it cannot be restored</source>
        <translation>une étiquette s&apos;appelle de nouveau «&#xa0;%1&#xa0;»&#xa0;; impossible de la restaurer</translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <location filename="../src/cli/tagscommand.cpp" line="+16"/>
        <source>List the tags in the library: name, annotations carrying it, threads carrying it, colour (tab-separated). A tag&apos;s counts are its own: &quot;compute&quot; does not count what &quot;compute/export-controls&quot; carries.</source>
        <translation>Lister les étiquettes de la bibliothèque&#xa0;: nom, annotations qui la portent, fils qui la portent, couleur (séparés par des tabulations). Les nombres d&apos;une étiquette ne comptent qu&apos;elle-même&#xa0;: «&#xa0;compute&#xa0;» ne compte pas ce que porte «&#xa0;compute/export-controls&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../ui/tagsdialog.ui" line="+9"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two tags to merge the first into the second, or one to choose where it goes</source>
        <translation>Sélectionnez deux étiquettes pour fusionner la première dans la seconde, ou une seule pour choisir sa destination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag colour</source>
        <translation>Couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ThreadAddress</name>
    <message>
        <location filename="../src/fetch/threadaddress.cpp" line="+45"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a web address</source>
        <translation>ce n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only http and https addresses can be saved</source>
        <translation>seules les adresses http et https peuvent être enregistrées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a Reddit address, but not of a thread (…/comments/ID/…, or redd.it/ID)</source>
        <translation>une adresse Reddit, mais pas celle d&apos;un fil (…/comments/ID/…, ou redd.it/ID)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Hacker News address, but not of an item (news.ycombinator.com/item?id=N)</source>
        <translation>une adresse Hacker News, mais pas celle d&apos;un élément (news.ycombinator.com/item?id=N)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scholia cannot tell which site serves this address; it saves Reddit threads, Hacker News items, Discourse topics (…/t/slug/ID) and posts of rDrama-family sites such as themotte.org (…/post/ID/slug)</source>
        <translation>Scholia ne reconnaît pas le site de cette adresse&#xa0;; il enregistre les fils Reddit, les éléments Hacker News, les sujets Discourse (…/t/slug/ID) et les publications des sites de la famille rDrama comme themotte.org (…/post/ID/slug)</translation>
    </message>
</context>
<context>
    <name>ThreadExporter</name>
    <message>
        <location filename="../src/export/threadexporter.cpp" line="+36"/>
        <source>a PDF is printed by a web page, not written as text</source>
        <translation>un PDF est imprimé par une page web, il ne s&apos;écrit pas comme du texte</translation>
    </message>
</context>
<context>
    <name>ThreadHistoryStore</name>
    <message>
        <location filename="../src/store/threadhistorystore.cpp" line="+55"/>
        <location line="+50"/>
        <source>there is no thread %1 in the library</source>
        <translation>il n&apos;y a pas de fil %1 dans la bibliothèque</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>cannot read the history of thread %1</source>
        <translation>impossible de lire l&apos;historique du fil %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>thread %1 has no comment &quot;%2&quot;</source>
        <translation>le fil %1 n&apos;a pas de commentaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the versions of a comment of thread %1</source>
        <translation>impossible de lire les versions d&apos;un commentaire du fil %1</translation>
    </message>
</context>
<context>
    <name>ThreadHtmlRenderer</name>
    <message>
        <location filename="../src/render/threadhtmlrenderer.cpp" line="+63"/>
        <source>annotated</source>
        <translation>annoté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(found again after the comment changed: check it)</source>
        <translation>(retrouvé après une modification du commentaire&#xa0;: à vérifier)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/render/scoretext.cpp" line="+16"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/render/threadhtmlrenderer.cpp" line="+77"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported from a page saved as plain text: the page kept no authors or times, and Scholia rebuilt where each comment begins and what it replies to from the text alone</source>
        <translation>Importé d&apos;une page enregistrée en texte brut&#xa0;: la page ne conservait ni auteurs ni dates, et Scholia a déduit du seul texte où commence chaque commentaire et à quoi il répond</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>reconstructed from text</source>
        <translation>reconstruit à partir du texte</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <source>%n more replies not saved</source>
        <translation>
            <numerusform>%n autre réponse non enregistrée</numerusform>
            <numerusform>%n autres réponses non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More replies continue on the site; they are not in this save</source>
        <translation>D&apos;autres réponses se trouvent sur le site&#xa0;; elles ne font pas partie de cet enregistrement</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Collapse or expand</source>
        <translation>Replier ou déplier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added or changed by a save you have not seen yet</source>
        <translation>Ajouté ou modifié par un enregistrement que vous n&apos;avez pas encore vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse or expand the replies</source>
        <translation>Replier ou déplier les réponses</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>What the saved file itself says it does not hold. Saving the thread from its address (File ▸ Save from Address…) fetches the rest and merges it.</source>
        <translation>Ce que le fichier enregistré dit lui-même ne pas contenir. Enregistrer le fil depuis son adresse (Fichier ▸ Enregistrer depuis une adresse…) récupère le reste et le fusionne.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Depth %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The author of the post</source>
        <translation>L&apos;auteur de la publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where this comment begins and what it replies to were rebuilt from plain text</source>
        <translation>Le début de ce commentaire et ce à quoi il répond ont été reconstruits à partir de texte brut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>time unknown</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in latest save</source>
        <translation>absent du dernier enregistrement</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n replies</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Next / previous comment</source>
        <translation>Commentaire suivant / précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous comment at the same depth</source>
        <translation>Commentaire suivant / précédent au même niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent comment</source>
        <translation>Commentaire parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the thread</source>
        <translation>Début du fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse or expand the focused comment</source>
        <translation>Replier ou déplier le commentaire courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse all replies of the focused comment</source>
        <translation>Replier toutes les réponses du commentaire courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the selected text</source>
        <translation>Surligner le texte sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caret mode: select text of the focused comment from the keyboard (h highlights it, Esc leaves)</source>
        <translation>Mode curseur&#xa0;: sélectionner au clavier le texte du commentaire courant (h le surligne, Échap en sort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In caret mode: move by character / word / sentence / line</source>
        <translation>En mode curseur&#xa0;: se déplacer par caractère / mot / phrase / ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In caret mode: Shift makes a move extend the selection; after v, every move does</source>
        <translation>En mode curseur&#xa0;: avec Maj, un déplacement étend la sélection&#xa0;; après v, chaque déplacement l&apos;étend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate the focused comment</source>
        <translation>Annoter le commentaire courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous new comment</source>
        <translation>Commentaire nouveau suivant / précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous unread comment</source>
        <translation>Commentaire non lu suivant / précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the focused comment&apos;s earlier texts (an edited comment)</source>
        <translation>Afficher ou masquer les textes antérieurs du commentaire courant (commentaire modifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide this list</source>
        <translation>Afficher ou masquer cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger / smaller / normal text</source>
        <translation>Texte plus grand / plus petit / normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in this thread, next / previous match</source>
        <translation>Chercher dans ce fil, résultat suivant / précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole library</source>
        <translation>Rechercher dans toute la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the library, thread, notes or topics</source>
        <translation>Aller à la bibliothèque, au fil, aux notes ou aux sujets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files / export this thread</source>
        <translation>Importer des fichiers / exporter ce fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo</source>
        <translation>Annuler / refaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press ? or Esc to close.</source>
        <translation>Appuyez sur&#xa0;? ou Échap pour fermer.</translation>
    </message>
</context>
<context>
    <name>ThreadMarkdownWriter</name>
    <message>
        <location filename="../src/render/threadmarkdownwriter.cpp" line="+93"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 of %2</source>
        <comment>comments exported of all</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on the site</source>
        <translation>sur le site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(depth %1) </source>
        <translation>(niveau %1) </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(see above)</source>
        <translation>(voir plus haut)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text in the save of %1</source>
        <translation>Texte dans l&apos;enregistrement du %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Annotated: the whole comment</source>
        <translation>Annoté&#xa0;: le commentaire entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations no longer found in the thread</source>
        <translation>Annotations introuvables dans le fil</translation>
    </message>
</context>
<context>
    <name>ThreadNotesStore</name>
    <message>
        <location filename="../src/store/threadnotesstore.cpp" line="+22"/>
        <location line="+14"/>
        <source>cannot read the notes of thread %1</source>
        <translation>impossible de lire les notes du fil %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no thread %1 in the library</source>
        <translation>la bibliothèque ne contient pas de fil %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save the notes of thread %1</source>
        <translation>impossible d&apos;enregistrer les notes du fil %1</translation>
    </message>
</context>
<context>
    <name>ThreadScope</name>
    <message>
        <location filename="../src/core/threadscope.cpp" line="+81"/>
        <source>the thread has no comment &quot;%1&quot; to export from</source>
        <translation>le fil n&apos;a pas de commentaire «&#xa0;%1&#xa0;» à partir duquel exporter</translation>
    </message>
</context>
<context>
    <name>ThreadTagStore</name>
    <message>
        <location filename="../src/store/threadtagstore.cpp" line="+20"/>
        <source>cannot read the tags of thread %1</source>
        <translation>impossible de lire les étiquettes du fil %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no thread %1 in the library</source>
        <translation>la bibliothèque ne contient pas de fil %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot tag thread %1</source>
        <translation>impossible d&apos;étiqueter le fil %1</translation>
    </message>
</context>
<context>
    <name>TopicCommand</name>
    <message>
        <location filename="../src/cli/topiccommand.cpp" line="+111"/>
        <source>Print every passage tagged TAG or a tag below it (&quot;economics&quot; gathers &quot;economics/trade&quot;), across all threads, grouped by thread: as Markdown, or as a JSON array.</source>
        <translation>Afficher tous les passages portant l&apos;étiquette ÉTIQUETTE ou une étiquette en dessous («&#xa0;economics&#xa0;» rassemble «&#xa0;economics/trade&#xa0;»), dans tous les fils, regroupés par fil&#xa0;: en Markdown ou en tableau JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag, as &quot;scholia tags&quot; lists it.</source>
        <translation>L&apos;étiquette, telle que «&#xa0;scholia tags&#xa0;» la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>md (the default) or json.</source>
        <translation>md (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date, thread (the default) or author.</source>
        <translation>date, thread (par défaut) ou author.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ORDER</source>
        <translation>ORDRE</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected one tag</source>
        <translation>une seule étiquette attendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &quot;%1&quot; (there are: md, json)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (formats disponibles&#xa0;: md, json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown order &quot;%1&quot; (there are: date, thread, author)</source>
        <translation>ordre inconnu «&#xa0;%1&#xa0;» (ordres disponibles&#xa0;: date, thread, author)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>scholia topic: there is no tag &quot;%1&quot;</source>
        <translation>scholia topic&#xa0;: il n&apos;y a pas d&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; did you mean: %1</source>
        <translation>&#xa0;; vouliez-vous dire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TopicExporter</name>
    <message>
        <location filename="../src/export/topicexporter.cpp" line="+29"/>
        <source>a PDF is printed by a web page, not written as text</source>
        <translation>un PDF est imprimé par une page web, il ne s&apos;écrit pas comme du texte</translation>
    </message>
</context>
<context>
    <name>TopicMarkdownWriter</name>
    <message>
        <location filename="../src/render/topicmarkdownwriter.cpp" line="+71"/>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no longer found in the comment</source>
        <translation>introuvable dans le commentaire</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Topic: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 %2 Passages: %3 %2 Threads: %4</source>
        <translation>Exporté le %1 %2 Passages&#xa0;: %3 %2 Fils&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled thread</source>
        <translation>Fil sans titre</translation>
    </message>
</context>
<context>
    <name>TopicPrintHtmlRenderer</name>
    <message>
        <location filename="../src/render/topicprinthtmlrenderer.cpp" line="+36"/>
        <source>(comment no longer in the thread)</source>
        <translation>(commentaire absent du fil)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found again after the comment changed</source>
        <translation>retrouvé après une modification du commentaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no longer found in the comment</source>
        <translation>introuvable dans le commentaire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topic: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
</context>
<context>
    <name>TopicStore</name>
    <message>
        <location filename="../src/store/topicstore.cpp" line="+167"/>
        <source>cannot count the passages of each tag</source>
        <translation>impossible de compter les passages de chaque étiquette</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot gather the passages tagged &quot;%1&quot;</source>
        <translation>impossible de rassembler les passages portant l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read the linked passages</source>
        <translation>impossible de lire les passages liés</translation>
    </message>
</context>
<context>
    <name>TreeTextFormatter</name>
    <message numerus="yes">
        <location filename="../src/cli/treetextformatter.cpp" line="+24"/>
        <source>[%n more replies not saved]</source>
        <translation>
            <numerusform>[%n autre réponse non enregistrée]</numerusform>
            <numerusform>[%n autres réponses non enregistrées]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[unknown]</source>
        <translation>[inconnu]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[deleted]</source>
        <translation>[supprimé]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[deleted on the site, text from an earlier save]</source>
        <translation>[supprimé sur le site, texte d&apos;un enregistrement antérieur]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[removed]</source>
        <translation>[retiré]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[removed on the site, text from an earlier save]</source>
        <translation>[retiré sur le site, texte d&apos;un enregistrement antérieur]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[new]</source>
        <translation>[nouveau]</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>[edited, %n earlier version(s)]</source>
        <translation>
            <numerusform>[modifié, %n version antérieure]</numerusform>
            <numerusform>[modifié, %n versions antérieures]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[not in the save of %1]</source>
        <translation>[absent de l&apos;enregistrement du %1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[not in latest save]</source>
        <translation>[absent du dernier enregistrement]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incomplete save: %1</source>
        <translation>Enregistrement incomplet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UndoRedoActions</name>
    <message>
        <location filename="../src/app/annotating/undoredoactions.cpp" line="+44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VersionsCommand</name>
    <message>
        <location filename="../src/cli/versionscommand.cpp" line="+24"/>
        <source>Print every text a comment has had across the saves of its thread, oldest first, each headed by the date of its save.</source>
        <translation>Afficher chaque texte qu&apos;un commentaire a eu au fil des enregistrements de son fil, le plus ancien d&apos;abord, chacun précédé de la date de son enregistrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread&apos;s id, as &quot;scholia list&quot; prints it.</source>
        <translation>L&apos;identifiant du fil, tel que «&#xa0;scholia list&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment&apos;s id on its site, as &quot;scholia annotations&quot; prints it.</source>
        <translation>L&apos;identifiant du commentaire sur son site, tel que «&#xa0;scholia annotations&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a thread id and a comment id</source>
        <translation>un identifiant de fil et un identifiant de commentaire étaient attendus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scholia versions: %1</source>
        <translation>scholia versions&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version %1 of %2</source>
        <translation>Version %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved %1</source>
        <translation>enregistrée le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save unknown</source>
        <translation>enregistrement inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited %1</source>
        <translation>modifiée le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>WebAnnotationExporter</name>
    <message>
        <location filename="../src/library/webannotationexporter.cpp" line="+234"/>
        <source>Scholia annotations: %1</source>
        <translation>Annotations Scholia&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scholia annotations: the whole library</source>
        <translation>Annotations Scholia&#xa0;: toute la bibliothèque</translation>
    </message>
</context>
<context>
    <name>WebAnnotationImportReport</name>
    <message>
        <location filename="../src/library/webannotationimportreport.cpp" line="+7"/>
        <source>%1: annotations: %2 imported (%3 anchored, %4 moved, %5 flagged, %6 orphaned), %7 updated, %8 unchanged, %9 skipped</source>
        <translation>%1&#xa0;: annotations&#xa0;: %2 importées (%3 ancrées, %4 déplacées, %5 signalées, %6 orphelines), %7 mises à jour, %8 inchangées, %9 ignorées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; links: %1 imported, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>&#xa0;; liens&#xa0;: %1 importés, %2 mis à jour, %3 inchangés, %4 ignorés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; thread notes: %1 imported, %2 updated, %3 unchanged</source>
        <translation>&#xa0;; notes de fil&#xa0;: %1 importées, %2 mises à jour, %3 inchangées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: skipped %2 annotation(s) of thread %3, which is not in this library (import the thread first)</source>
        <translation>%1&#xa0;: %2 annotation(s) du fil %3 ignorée(s), car ce fil n&apos;est pas dans cette bibliothèque (importez d&apos;abord le fil)</translation>
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message>
        <location filename="../src/library/webannotationimporter.cpp" line="+29"/>
        <source>cannot read it: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WebAnnotationReader</name>
    <message>
        <location filename="../src/library/webannotationreader.cpp" line="+121"/>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no W3C Web Annotations found (expected an AnnotationCollection, an AnnotationPage or Annotations)</source>
        <translation>aucune W3C Web Annotation trouvée (une AnnotationCollection, une AnnotationPage ou des Annotations étaient attendues)</translation>
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
        <translation>Lire et annoter des fils de discussion enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library file.</source>
        <translation>Le fichier de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved threads to import and open.</source>
        <translation>Fils enregistrés à importer et à ouvrir.</translation>
    </message>
</context>
</TS>
