#!/usr/bin/env python3
"""Fills the German and French translations of strings that were added to the sources
after scholia_de.ts / scholia_fr.ts were last translated. Run it after `make translations`
(lupdate) has brought those strings in as unfinished:

    make translations && python3 translations/fill-pending.py

Only unfinished messages whose context and source text are listed below are filled; the
layout lupdate writes is kept, so a later lupdate run changes nothing. A plural message
(numerus="yes") is listed with a pair of forms per language, singular then plural (German and
French both have two): ((German singular, German plural), (French singular, French plural)). Anything still
unfinished afterwards is printed, and tst_translations fails until it is translated."""
import os
import re
import sys
import xml.etree.ElementTree as ET

EXTRA = {
 ('CommandLine', 'Usage: scholia SUBCOMMAND [OPTIONS]'): ('Aufruf: scholia UNTERBEFEHL [OPTIONEN]', 'Utilisation : scholia SOUS-COMMANDE [OPTIONS]'),
 ('CommandLine', '       scholia [--db PATH] [FILE...]'): ('       scholia [--db PFAD] [DATEI...]', '       scholia [--db CHEMIN] [FICHIER...]'),
 ('CommandLine', 'Without a subcommand, Scholia opens its window and imports the FILEs given, then shows the last thread imported.'):
   ('Ohne Unterbefehl öffnet Scholia sein Fenster, importiert die angegebenen DATEIen und zeigt dann den zuletzt importierten Thread.',
    "Sans sous-commande, Scholia ouvre sa fenêtre, importe les FICHIERs indiqués, puis affiche le dernier fil importé."),
 ('CommandLine', 'Options:'): ('Optionen:', 'Options :'),
 ('CommandLine', 'The library file.'): ('Die Bibliotheksdatei.', 'Le fichier de la bibliothèque.'),
 ('CommandLine', 'Show this help.'): ('Diese Hilfe anzeigen.', 'Afficher cette aide.'),
 ('CommandLine', 'Show the version.'): ('Die Version anzeigen.', 'Afficher la version.'),
 ('CommandWriterLock', 'When another Scholia process is writing to the library, wait until it is done instead of stopping.'):
   ('Wenn ein anderer Scholia-Prozess in die Bibliothek schreibt, warten, bis er fertig ist, statt abzubrechen.',
    "Quand un autre processus Scholia écrit dans la bibliothèque, attendre qu'il ait fini au lieu de s'arrêter."),
 ('CommandWriterLock', '%1: %2'): ('%1: %2', '%1 : %2'),
 ('CommandWriterLock', '%1: waiting for Scholia process %2 to stop writing to %3…'):
   ('%1: Warten, bis Scholia-Prozess %2 das Schreiben in %3 beendet…', "%1 : attente de la fin de l'écriture du processus Scholia %2 dans %3…"),
 ('CommandWriterLock', '%1: the library %2 is open for writing in another Scholia process (pid %3); nothing was written. Close that window or wait for that command to finish, then run this again (or add --wait).'):
   ('%1: Die Bibliothek %2 ist in einem anderen Scholia-Prozess (PID %3) zum Schreiben geöffnet; es wurde nichts geschrieben. Das Fenster schließen oder warten, bis der Befehl fertig ist, und es dann erneut ausführen (oder --wait angeben).',
    "%1 : la bibliothèque %2 est ouverte en écriture dans un autre processus Scholia (pid %3) ; rien n'a été écrit. Fermez cette fenêtre ou attendez la fin de cette commande, puis relancez celle-ci (ou ajoutez --wait)."),
 ('DeferredCommentsWriter', 'More comments appear as you read on…'): ('Weitere Kommentare erscheinen beim Weiterlesen…', 'La suite des commentaires apparaît au fil de la lecture…'),
 ('Scholia::AboutDialog', 'md4c %1'): ('md4c %1', 'md4c %1'),
 ('Scholia::AboutDialog', 'GMime %1'): ('GMime %1', 'GMime %1'),
 ('Scholia::ImportController', 'Import'): ('Importieren', 'Importer'),
 ('Scholia::ImportController', 'Nothing was imported.'): ('Es wurde nichts importiert.', "Rien n'a été importé."),
 ('Scholia::MainWindow', 'The library is read-only: another Scholia process (pid %1) is writing to it.'):
   ('Die Bibliothek ist schreibgeschützt: Ein anderer Scholia-Prozess (PID %1) schreibt in sie.', 'La bibliothèque est en lecture seule : un autre processus Scholia (pid %1) y écrit.'),
 ('Scholia::MainWindow', 'The library is read-only: another Scholia process is writing to it.'):
   ('Die Bibliothek ist schreibgeschützt: Ein anderer Scholia-Prozess schreibt in sie.', 'La bibliothèque est en lecture seule : un autre processus Scholia y écrit.'),
 ('Scholia::ReadOnlyBanner', '&Retry'): ('&Erneut versuchen', '&Réessayer'),
 ('Scholia::ReadOnlyBanner', 'Library is read-only'): ('Bibliothek ist schreibgeschützt', 'Bibliothèque en lecture seule'),
 ('Scholia::ReadOnlyBanner', 'Open the library for writing if the other process has closed it'):
   ('Die Bibliothek zum Schreiben öffnen, falls der andere Prozess sie geschlossen hat', "Ouvrir la bibliothèque en écriture si l'autre processus l'a fermée"),
 ('Scholia::ReadOnlyBanner', 'This library is open for writing in another Scholia process (pid %1). Changes are off until it closes.'):
   ('Diese Bibliothek ist in einem anderen Scholia-Prozess (PID %1) zum Schreiben geöffnet. Änderungen sind gesperrt, bis er sie schließt.',
    "Cette bibliothèque est ouverte en écriture dans un autre processus Scholia (pid %1). Les modifications sont désactivées jusqu'à sa fermeture."),
 ('Scholia::ReadOnlyBanner', 'This library is open for writing in another Scholia process. Changes are off until it closes.'):
   ('Diese Bibliothek ist in einem anderen Scholia-Prozess zum Schreiben geöffnet. Änderungen sind gesperrt, bis er sie schließt.',
    "Cette bibliothèque est ouverte en écriture dans un autre processus Scholia. Les modifications sont désactivées jusqu'à sa fermeture."),
 ('ThreadHtmlRenderer', 'Highlight the selected text'): ('Ausgewählten Text markieren', 'Surligner le texte sélectionné'),
 ('ThreadHtmlRenderer', 'Annotate the focused comment'): ('Aktuellen Kommentar annotieren', 'Annoter le commentaire courant'),
 ('ThreadHtmlRenderer', 'Find in this thread, next / previous match'): ('In diesem Thread suchen, nächster / vorheriger Treffer', 'Chercher dans ce fil, résultat suivant / précédent'),
 ('ThreadHtmlRenderer', 'Search the whole library'): ('Die ganze Bibliothek durchsuchen', 'Rechercher dans toute la bibliothèque'),
 ('ThreadHtmlRenderer', 'Go to the library, thread, notes or topics'): ('Zur Bibliothek, zum Thread, zu den Notizen oder Themen', 'Aller à la bibliothèque, au fil, aux notes ou aux sujets'),
 ('ThreadHtmlRenderer', 'Import files / export this thread'): ('Dateien importieren / diesen Thread exportieren', 'Importer des fichiers / exporter ce fil'),
 ('ThreadHtmlRenderer', 'Undo / redo'): ('Rückgängig / Wiederherstellen', 'Annuler / refaire'),
 ('main', 'Scholia'): ('Scholia', 'Scholia'),
 ('main', 'Saved threads to import and open.'): ('Gespeicherte Threads zum Importieren und Öffnen.', 'Fils enregistrés à importer et à ouvrir.'),
 ('ScreenCommentLimit', 'This comment is %1 characters long; the first %2 are shown here. The library keeps all of it: export the thread to read the rest.'):
   ('Dieser Kommentar ist %1 Zeichen lang; hier werden die ersten %2 angezeigt. Die Bibliothek enthält ihn vollständig: Zum Lesen des Rests den Thread exportieren.',
    "Ce commentaire fait %1 caractères ; seuls les %2 premiers sont affichés ici. La bibliothèque le conserve en entier : exportez le fil pour lire la suite."),
 ('LibraryRelocation', 'Move Library'): ('Bibliothek verschieben', 'Déplacer la bibliothèque'),
 ('LibraryRelocation', 'The library was not moved; it is still in %1.\n\n%2'):
   ('Die Bibliothek wurde nicht verschoben; sie liegt weiterhin in %1.\n\n%2', "La bibliothèque n'a pas été déplacée ; elle est toujours dans %1.\n\n%2"),
 ('LibraryRelocation', 'The library now lives in %1, but the old file could not be removed.\n\n%2'):
   ('Die Bibliothek liegt jetzt in %1, aber die alte Datei konnte nicht entfernt werden.\n\n%2', "La bibliothèque se trouve maintenant dans %1, mais l'ancien fichier n'a pas pu être supprimé.\n\n%2"),
 ('PreferencesDialog', 'Preferences'): ('Einstellungen', 'Préférences'),
 ('PreferencesDialog', 'Preference pages'): ('Einstellungsseiten', 'Pages des préférences'),
 ('PreferencesDialog', '&Reading'): ('&Lesen', 'Lect&ure'),
 ('PreferencesDialog', '&Theme:'): ('&Farbschema:', '&Thème :'),
 ('PreferencesDialog', 'Theme'): ('Farbschema', 'Thème'),
 ('PreferencesDialog', 'Reading &font:'): ('Lese&schrift:', '&Police de lecture :'),
 ('PreferencesDialog', 'Reading font'): ('Leseschrift', 'Police de lecture'),
 ('PreferencesDialog', "The &page's own"): ('Die der S&eite', 'Celle de la pa&ge'),
 ('PreferencesDialog', "Use the thread page's own fonts (DejaVu Sans, Noto Sans)"):
   ('Die eigenen Schriften der Thread-Seite verwenden (DejaVu Sans, Noto Sans)', 'Utiliser les polices propres à la page du fil (DejaVu Sans, Noto Sans)'),
 ('PreferencesDialog', 'Font &size:'): ('Schrift&größe:', 'Taille de pol&ice :'),
 ('PreferencesDialog', 'Font size in pixels'): ('Schriftgröße in Pixeln', 'Taille de police en pixels'),
 ('PreferencesDialog', ' px'): (' px', ' px'),
 ('PreferencesDialog', 'T&imes:'): ('&Zeitangaben:', '&Heures :'),
 ('PreferencesDialog', 'How comment times are shown'): ('Wie die Zeiten der Kommentare angezeigt werden', 'Comment afficher les heures des commentaires'),
 ('PreferencesDialog', '&Language:'): ('S&prache:', '&Langue :'),
 ('PreferencesDialog', 'Language'): ('Sprache', 'Langue'),
 ('PreferencesDialog', 'Takes effect when Scholia restarts.'): ('Wird beim nächsten Start von Scholia wirksam.', 'Prend effet au prochain démarrage de Scholia.'),
 ('PreferencesDialog', 'As&k before opening a link in the web browser'): ('Vor dem Öffnen eines Links im Webbrowser &nachfragen', '&Demander avant d\'ouvrir un lien dans le navigateur'),
 ('PreferencesDialog', '&Highlights'): ('&Markierungen', '&Surlignages'),
 ('PreferencesDialog', '&New highlights:'): ('&Neue Markierungen:', '&Nouveaux surlignages :'),
 ('PreferencesDialog', 'Colour of new highlights'): ('Farbe neuer Markierungen', 'Couleur des nouveaux surlignages'),
 ('PreferencesDialog', 'Colour names'): ('Farbnamen', 'Noms des couleurs'),
 ('PreferencesDialog', 'Li&brary'): ('&Bibliothek', '&Bibliothèque'),
 ('PreferencesDialog', '&Location:'): ('&Ort:', '&Emplacement :'),
 ('PreferencesDialog', 'Library file'): ('Bibliotheksdatei', 'Fichier de la bibliothèque'),
 ('PreferencesDialog', '&Move…'): ('&Verschieben…', '&Déplacer…'),
 ('PreferencesDialog', 'Move the library to another folder'): ('Die Bibliothek in einen anderen Ordner verschieben', 'Déplacer la bibliothèque dans un autre dossier'),
 ('PreferencesDialog', '&Backups kept:'): ('&Aufbewahrte Sicherungen:', 'Sauvegardes &conservées :'),
 ('PreferencesDialog', 'Number of backups kept'): ('Anzahl aufbewahrter Sicherungen', 'Nombre de sauvegardes conservées'),
 ('Scholia::MainWindow', '&Settings'): ('&Einstellungen', '&Paramètres'),
 ('Scholia::MainWindow', '&Preferences…'): ('Scholia &einrichten…', '&Préférences…'),
 ('Scholia::MainWindow', 'Move Library'): ('Bibliothek verschieben', 'Déplacer la bibliothèque'),
 ('Scholia::PreferencesDialog', 'Follow the system'): ('Dem System folgen', 'Suivre le système'),
 ('Scholia::PreferencesDialog', 'Light'): ('Hell', 'Clair'),
 ('Scholia::PreferencesDialog', 'Dark'): ('Dunkel', 'Sombre'),
 ('Scholia::PreferencesDialog', 'As the site showed them (3 hours ago)'): ('Wie die Website sie zeigte (vor 3 Stunden)', 'Comme le site les affichait (il y a 3 heures)'),
 ('Scholia::PreferencesDialog', 'Exact (2026-11-24 09:30:00 UTC)'): ('Genau (2026-11-24 09:30:00 UTC)', 'Exactes (2026-11-24 09:30:00 UTC)'),
 ('Scholia::PreferencesDialog', 'Both'): ('Beides', 'Les deux'),
 ('Scholia::PreferencesDialog', 'System'): ('System', 'Système'),
 ('Scholia::PreferencesDialog', 'Name for %1'): ('Name für %1', 'Nom pour %1'),
 ('Scholia::PreferencesDialog', 'Moving closes the library, copies it to the new folder, checks the copy and reopens it there; the old file is removed only then.'):
   ('Beim Verschieben wird die Bibliothek geschlossen, in den neuen Ordner kopiert, die Kopie geprüft und dort wieder geöffnet; erst dann wird die alte Datei entfernt.',
    "Le déplacement ferme la bibliothèque, la copie dans le nouveau dossier, vérifie la copie et la rouvre à cet endroit ; l'ancien fichier n'est supprimé qu'ensuite."),
 ('Scholia::PreferencesDialog', 'This library was chosen with --db or SCHOLIA_DB, so it cannot be moved from here.'):
   ('Diese Bibliothek wurde mit --db oder SCHOLIA_DB gewählt und kann daher nicht von hier aus verschoben werden.',
    'Cette bibliothèque a été choisie avec --db ou SCHOLIA_DB ; elle ne peut donc pas être déplacée d\'ici.'),
 ('Scholia::PreferencesDialog', 'Move the Library To'): ('Bibliothek verschieben nach', 'Déplacer la bibliothèque vers'),
 ('Scholia::PreferencesDialog', 'Move Library'): ('Bibliothek verschieben', 'Déplacer la bibliothèque'),
 ('Scholia::PreferencesDialog', '%1 already exists. Choose a folder without a library in it.'):
   ('%1 existiert bereits. Einen Ordner ohne Bibliothek wählen.', '%1 existe déjà. Choisissez un dossier sans bibliothèque.'),
 ('Scholia::PreferencesDialog', 'Close the library, move it to %1 and reopen it there?'):
   ('Die Bibliothek schließen, nach %1 verschieben und dort wieder öffnen?', 'Fermer la bibliothèque, la déplacer vers %1 et la rouvrir à cet endroit ?'),
 ('Scholia::SearchPane', 'Library search'): ('Bibliothekssuche', 'Recherche dans la bibliothèque'),
 ('Scholia::SearchPane', 'Search status'): ('Suchstatus', 'État de la recherche'),
 ('Scholia::ThreadPage', '&Do not ask again'): ('&Nicht mehr fragen', '&Ne plus demander'),
 ('UndoRedoActions', '&Undo'): ('&Rückgängig', '&Annuler'),
 ('UndoRedoActions', '&Undo %1'): ('&Rückgängig: %1', '&Annuler : %1'),
 ('UndoRedoActions', '&Redo'): ('Wieder&herstellen', '&Rétablir'),
 ('UndoRedoActions', '&Redo %1'): ('Wieder&herstellen: %1', '&Rétablir : %1'),
 # Saving a thread from its address (File ▸ Save from Address…, scholia save) and partial saves.
 # A plural message (numerus="yes") takes its forms as a pair: ((German singular, plural), (French singular, plural)).
 ('CommandLine', 'Save threads whole from their addresses (Reddit, Hacker News, Discourse, themotte.org)'):
   ('Threads vollständig von ihrer Adresse speichern (Reddit, Hacker News, Discourse, themotte.org)',
    'Enregistrer des fils en entier depuis leur adresse (Reddit, Hacker News, Discourse, themotte.org)'),
 ('ListCommand', 'Only the threads whose save lacks part of the thread ("more" stubs, posts or pages the saved file does not hold), with a fifth column saying what is missing.'):
   ('Nur die Threads, deren Fassung unvollständig ist („more“-Platzhalter, Beiträge oder Seiten, die nicht in der gespeicherten Datei stehen), mit einer fünften Spalte, die angibt, was fehlt.',
    "Seulement les fils dont l'enregistrement est incomplet (marqueurs « more », publications ou pages absentes du fichier enregistré), avec une cinquième colonne indiquant ce qui manque."),
 ('PrintHtmlRenderer', 'Not saved'): ('Nicht gespeichert', 'Non enregistré'),
 ('ThreadMarkdownWriter', 'Not saved'): ('Nicht gespeichert', 'Non enregistré'),
 ('TreeTextFormatter', 'Incomplete save: %1'): ('Unvollständige Fassung: %1', 'Enregistrement incomplet : %1'),
 ('Scholia::ThreadListModel', 'Incomplete save: %1'): ('Unvollständige Fassung: %1', 'Enregistrement incomplet : %1'),
 ('Scholia::ThreadListModel', '%1 ⚠'): ('%1 ⚠', '%1 ⚠'),
 ('ThreadHtmlRenderer', 'What the saved file itself says it does not hold. Saving the thread from its address (File ▸ Save from Address…) fetches the rest and merges it.'):
   ('Was laut der gespeicherten Datei selbst darin fehlt. Wird der Thread von seiner Adresse gespeichert (Datei ▸ Von Adresse speichern…), wird der Rest abgerufen und übernommen.',
    "Ce que le fichier enregistré dit lui-même ne pas contenir. Enregistrer le fil depuis son adresse (Fichier ▸ Enregistrer depuis une adresse…) récupère le reste et le fusionne."),
 ('Scholia::SearchPane', 'Words must all occur; "exact phrase", -word, a OR b, word*.\nFilters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned is:incomplete'):
   ('Alle Wörter müssen vorkommen; "genaue Phrase", -Wort, a OR b, Wort*.\nFilter: author:NAME site:NAME tag:NAME thread:ID before:JJJJ-MM-TT after:JJJJ-MM-TT is:annotated is:orphaned is:incomplete',
    'Tous les mots doivent apparaître ; "expression exacte", -mot, a OR b, mot*.\nFiltres : author:NOM site:NOM tag:NOM thread:ID before:AAAA-MM-JJ after:AAAA-MM-JJ is:annotated is:orphaned is:incomplete'),
 ('SearchCommand', 'Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; "a phrase", -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete. Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.'):
   ('Die ganze Bibliothek durchsuchen: Kommentare, Thread-Titel und -Beiträge, Thread-Notizen, Anmerkungen. Alle Wörter müssen vorkommen; "eine Phrase", -Wort, a OR b, Präfix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:JJJJ-MM-TT, after:JJJJ-MM-TT, is:annotated, is:orphaned, is:incomplete. Vor eine Suche, die Wörter ausschließt (-Wort), gehört --. Gibt Thread-Kennung, Kommentar-Kennung, Autor, Datum und einen Ausschnitt mit den Treffern in ** aus, durch Tabulatoren getrennt.',
    "Rechercher dans toute la bibliothèque : commentaires, titres et publications des fils, notes des fils, annotations. Tous les mots doivent correspondre ; \"une expression\", -mot, a OR b, préfixe*, author:NOM, site:NOM, tag:NOM, thread:ID, before:AAAA-MM-JJ, after:AAAA-MM-JJ, is:annotated, is:orphaned, is:incomplete. Placez -- avant une requête qui exclut des mots (-mot). Affiche l'identifiant du fil, l'identifiant du commentaire, l'auteur, la date et un extrait avec les correspondances entre **, séparés par des tabulations."),
 ('SearchQueryParser', '"is:%1" is not a filter (there are is:annotated, is:orphaned and is:incomplete)'):
   ('„is:%1“ ist kein Filter (es gibt is:annotated, is:orphaned und is:incomplete)',
    "« is:%1 » n'est pas un filtre (il existe is:annotated, is:orphaned et is:incomplete)"),
 ('SaveGaps', '%n of %1 posts are not in this save.'):
   (('%n von %1 Beiträgen fehlt in dieser Fassung.', '%n von %1 Beiträgen fehlen in dieser Fassung.'),
    ('%n publication sur %1 ne fait pas partie de cet enregistrement.', '%n publications sur %1 ne font pas partie de cet enregistrement.')),
 ('SaveGaps', '%n of %1 messages are not in this save.'):
   (('%n von %1 Nachrichten fehlt in dieser Fassung.', '%n von %1 Nachrichten fehlen in dieser Fassung.'),
    ('%n message sur %1 ne fait pas partie de cet enregistrement.', '%n messages sur %1 ne font pas partie de cet enregistrement.')),
 ('SaveGaps', '%n of %1 answers are not in this save.'):
   (('%n von %1 Antworten fehlt in dieser Fassung.', '%n von %1 Antworten fehlen in dieser Fassung.'),
    ('%n réponse sur %1 ne fait pas partie de cet enregistrement.', '%n réponses sur %1 ne font pas partie de cet enregistrement.')),
 ('SaveGaps', '%n of %1 comments are not in this save.'):
   (('%n von %1 Kommentaren fehlt in dieser Fassung.', '%n von %1 Kommentaren fehlen in dieser Fassung.'),
    ('%n commentaire sur %1 ne fait pas partie de cet enregistrement.', '%n commentaires sur %1 ne font pas partie de cet enregistrement.')),
 ('SaveGaps', '%n posts are not in this save.'):
   (('%n Beitrag fehlt in dieser Fassung.', '%n Beiträge fehlen in dieser Fassung.'),
    ('%n publication ne fait pas partie de cet enregistrement.', '%n publications ne font pas partie de cet enregistrement.')),
 ('SaveGaps', '%n messages are not in this save.'):
   (('%n Nachricht fehlt in dieser Fassung.', '%n Nachrichten fehlen in dieser Fassung.'),
    ('%n message ne fait pas partie de cet enregistrement.', '%n messages ne font pas partie de cet enregistrement.')),
 ('SaveGaps', '%n answers are not in this save.'):
   (('%n Antwort fehlt in dieser Fassung.', '%n Antworten fehlen in dieser Fassung.'),
    ('%n réponse ne fait pas partie de cet enregistrement.', '%n réponses ne font pas partie de cet enregistrement.')),
 ('SaveGaps', '%n comments are not in this save.'):
   (('%n Kommentar fehlt in dieser Fassung.', '%n Kommentare fehlen in dieser Fassung.'),
    ('%n commentaire ne fait pas partie de cet enregistrement.', '%n commentaires ne font pas partie de cet enregistrement.')),
 ('SaveGaps', 'This save is not whole: it links to more in %n places it does not hold.'):
   (('Diese Fassung ist unvollständig: An %n Stelle verweist sie auf Weiteres, das sie nicht enthält.',
     'Diese Fassung ist unvollständig: An %n Stellen verweist sie auf Weiteres, das sie nicht enthält.'),
    ("Cet enregistrement est incomplet : à %n endroit, il renvoie à une suite qu'il ne contient pas.",
     "Cet enregistrement est incomplet : à %n endroits, il renvoie à une suite qu'il ne contient pas.")),
 ('SaveGaps', 'It also links to more in %n places it does not hold.'):
   (('Außerdem verweist sie an %n Stelle auf Weiteres, das sie nicht enthält.',
     'Außerdem verweist sie an %n Stellen auf Weiteres, das sie nicht enthält.'),
    ("Il renvoie aussi, à %n endroit, à une suite qu'il ne contient pas.",
     "Il renvoie aussi, à %n endroits, à une suite qu'il ne contient pas.")),
 ('SaveGaps', 'incomplete save: %1 The file shows it by %2. Saving the thread from its address (File ▸ Save from Address…, or scholia save URL) fetches the rest.'):
   ('unvollständige Fassung: %1 Die Datei zeigt das an durch: %2. Wird der Thread von seiner Adresse gespeichert (Datei ▸ Von Adresse speichern… oder scholia save URL), wird der Rest abgerufen.',
    "enregistrement incomplet : %1 Le fichier le montre ainsi : %2. Enregistrer le fil depuis son adresse (Fichier ▸ Enregistrer depuis une adresse…, ou scholia save URL) récupère le reste."),
 ('SaveArchive', "cannot create the folder %1 for the save's files"):
   ('der Ordner %1 für die gespeicherten Dateien kann nicht angelegt werden', "impossible de créer le dossier %1 pour les fichiers de l'enregistrement"),
 ('SaveArchive', 'cannot write %1: %2'): ('%1 kann nicht geschrieben werden: %2', "impossible d'écrire %1 : %2"),
 ('SaveArchive', 'cannot rename %1 to %2'): ('%1 kann nicht in %2 umbenannt werden', 'impossible de renommer %1 en %2'),
 ('SaveCommand', 'The library file.'): ('Die Bibliotheksdatei.', 'Le fichier de la bibliothèque.'),
 ('SaveCommand', 'PATH'): ('PFAD', 'CHEMIN'),
 ('SaveCommand', 'Stop after N requests to the site (default %1); what is not fetched by then is reported as missing.'):
   ('Nach N Anfragen an die Website aufhören (Vorgabe %1); was bis dahin nicht abgerufen ist, wird als fehlend gemeldet.',
    "S'arrêter après N requêtes au site (%1 par défaut) ; ce qui n'a pas été récupéré d'ici là est signalé comme manquant."),
 ('SaveCommand', 'N'): ('N', 'N'),
 ('SaveCommand', 'Keep the responses under DIR instead of the "saved" folder beside the library.'):
   ('Die Serverantworten unter ORDNER statt im Ordner „saved“ neben der Bibliothek aufbewahren.',
    'Conserver les réponses du serveur sous DOSSIER au lieu du dossier « saved » à côté de la bibliothèque.'),
 ('SaveCommand', 'DIR'): ('ORDNER', 'DOSSIER'),
 ('SaveCommand', 'Print every request made and its answer.'): ('Jede gestellte Anfrage und ihre Antwort ausgeben.', 'Afficher chaque requête effectuée et sa réponse.'),
 ('SaveCommand', '[%1] GET %2'): ('[%1] GET %2', '[%1] GET %2'),
 ('SaveCommand', '      → HTTP %1, %2 bytes'): ('      → HTTP %1, %2 Bytes', '      → HTTP %1, %2 octets'),
 ('SaveCommand', '  %1 requests, %2 comments so far'): ('  bisher %1 Anfragen, %2 Kommentare', "  %1 requêtes, %2 commentaires jusqu'ici"),
 ('SaveCommand', '  waiting %1 s: %2'): ('  %1 s Wartezeit: %2', '  attente de %1 s : %2'),
 ('SaveCommand', '%1: [%2] "%3": %n comment(s) %4'):
   (('%1: [%2] „%3“: %n Kommentar %4', '%1: [%2] „%3“: %n Kommentare %4'),
    ('%1 : [%2] « %3 » : %n commentaire, %4', '%1 : [%2] « %3 » : %n commentaires, %4')),
 ('SaveCommand', 'merged into the stored thread'): ('in den gespeicherten Thread übernommen', 'fusionné avec le fil enregistré'),
 ('SaveCommand', 'saved'): ('gespeichert', 'enregistré'),
 ('SaveCommand', '  %n request(s); the responses are in %1'):
   (('  %n Anfrage; die Serverantworten liegen in %1', '  %n Anfragen; die Serverantworten liegen in %1'),
    ('  %n requête ; les réponses du serveur sont dans %1', '  %n requêtes ; les réponses du serveur sont dans %1')),
 ('SaveCommand', '%1: note: %2'): ('%1: Hinweis: %2', '%1 : remarque : %2'),
 ('SaveCommand', '%1: warning: %2'): ('%1: Warnung: %2', '%1 : avertissement : %2'),
 ('SaveCommand', "Save threads from their addresses: Reddit, Hacker News, Discourse forums and rDrama-family sites (themotte.org). Each thread is fetched whole through the site's public interface, kept as the site sent it, and imported."):
   ('Threads von ihrer Adresse speichern: Reddit, Hacker News, Discourse-Foren und Websites der rDrama-Familie (themotte.org). Jeder Thread wird vollständig über die öffentliche Schnittstelle der Website abgerufen, so aufbewahrt, wie die Website ihn geschickt hat, und importiert.',
    "Enregistrer des fils depuis leur adresse : Reddit, Hacker News, forums Discourse et sites de la famille rDrama (themotte.org). Chaque fil est récupéré en entier par l'interface publique du site, conservé tel que le site l'a envoyé, puis importé."),
 ('SaveCommand', 'Thread addresses.'): ('Adressen der Threads.', 'Adresses des fils.'),
 ('SaveCommand', 'scholia save: no address given'): ('scholia save: keine Adresse angegeben', 'scholia save : aucune adresse indiquée'),
 ('SaveCommand', 'scholia save: %1'): ('scholia save: %1', 'scholia save : %1'),
 ('SaveCommand', 'scholia save: --max-requests takes a number of at least 1'):
   ('scholia save: --max-requests braucht eine Zahl von mindestens 1', "scholia save : --max-requests demande un nombre d'au moins 1"),
 ('SaveCommand', '  nothing was saved; the library is as it was'):
   ('  es wurde nichts gespeichert; die Bibliothek ist unverändert', "  rien n'a été enregistré ; la bibliothèque est inchangée"),
 ('SaveCommand', '  the responses are kept in %1; the library is as it was'):
   ('  die Serverantworten bleiben in %1; die Bibliothek ist unverändert', '  les réponses du serveur sont conservées dans %1 ; la bibliothèque est inchangée'),
 ('Scholia::ThreadSaver', '%1: the save failed after %n request(s): %2'):
   (('%1: Das Speichern ist nach %n Anfrage fehlgeschlagen: %2', '%1: Das Speichern ist nach %n Anfragen fehlgeschlagen: %2'),
    ("%1 : l'enregistrement a échoué après %n requête : %2", "%1 : l'enregistrement a échoué après %n requêtes : %2")),
 ('Scholia::FetchPolicy', 'SCHOLIA_FETCH_TEST_ORIGIN is not a loopback address (%1); ignored'):
   ('SCHOLIA_FETCH_TEST_ORIGIN ist keine Loopback-Adresse (%1); ignoriert',
    "SCHOLIA_FETCH_TEST_ORIGIN n'est pas une adresse de bouclage (%1) ; variable ignorée"),
 ('ThreadAddress', '%1: %2'): ('%1: %2', '%1 : %2'),
 ('ThreadAddress', 'not a web address'): ('keine Webadresse', "ce n'est pas une adresse web"),
 ('ThreadAddress', 'only http and https addresses can be saved'):
   ('nur http- und https-Adressen können gespeichert werden', 'seules les adresses http et https peuvent être enregistrées'),
 ('ThreadAddress', 'a Reddit address, but not of a thread (…/comments/ID/…, or redd.it/ID)'):
   ('eine Reddit-Adresse, aber nicht die eines Threads (…/comments/ID/… oder redd.it/ID)',
    "une adresse Reddit, mais pas celle d'un fil (…/comments/ID/…, ou redd.it/ID)"),
 ('ThreadAddress', 'a Hacker News address, but not of an item (news.ycombinator.com/item?id=N)'):
   ('eine Adresse von Hacker News, aber nicht die eines Eintrags (news.ycombinator.com/item?id=N)',
    "une adresse Hacker News, mais pas celle d'un élément (news.ycombinator.com/item?id=N)"),
 ('ThreadAddress', 'Scholia cannot tell which site serves this address; it saves Reddit threads, Hacker News items, Discourse topics (…/t/slug/ID) and posts of rDrama-family sites such as themotte.org (…/post/ID/slug)'):
   ('Scholia kann nicht erkennen, zu welcher Website diese Adresse gehört; es speichert Reddit-Threads, Einträge von Hacker News, Discourse-Themen (…/t/slug/ID) und Beiträge von Websites der rDrama-Familie wie themotte.org (…/post/ID/slug)',
    "Scholia ne reconnaît pas le site de cette adresse ; il enregistre les fils Reddit, les éléments Hacker News, les sujets Discourse (…/t/slug/ID) et les publications des sites de la famille rDrama comme themotte.org (…/post/ID/slug)"),
 ('Scholia::PoliteHttpClient', 'the save was cancelled'): ('das Speichern wurde abgebrochen', "l'enregistrement a été annulé"),
 ('Scholia::PoliteHttpClient', '%1: refused: Scholia only asks %2 over HTTPS'):
   ('%1: abgelehnt: Scholia fragt %2 nur über HTTPS an', "%1 : refusé : Scholia n'interroge %2 qu'en HTTPS"),
 ('Scholia::PoliteHttpClient', "%1's limit for this period is used up"):
   ('das Limit von %1 für diesen Zeitraum ist ausgeschöpft', 'la limite de %1 pour cette période est épuisée'),
 ('Scholia::PoliteHttpClient', 'request %1'): ('Anfrage %1', 'requête %1'),
 ('Scholia::PoliteHttpClient', '%1: the server sent nothing for %2 s and was given up (%3)'):
   ('%1: Der Server hat %2 s lang nichts gesendet; aufgegeben (%3)', "%1 : le serveur n'a rien envoyé pendant %2 s ; abandon (%3)"),
 ('Scholia::PoliteHttpClient', '%1: the response took longer than %2 s and was given up (%3)'):
   ('%1: Die Antwort dauerte länger als %2 s; aufgegeben (%3)', '%1 : la réponse a pris plus de %2 s ; abandon (%3)'),
 ('Scholia::PoliteHttpClient', '%1: the response is larger than Scholia accepts (%2 MB for one response, %3 MB for a whole save) (%4)'):
   ('%1: Die Antwort ist größer, als Scholia annimmt (%2 MB je Antwort, %3 MB für ein ganzes Speichern) (%4)',
    '%1 : la réponse dépasse ce que Scholia accepte (%2 Mo par réponse, %3 Mo pour tout un enregistrement) (%4)'),
 ('Scholia::PoliteHttpClient', '%1: the server redirected to %2, which is not %3; not followed (%4)'):
   ('%1: Der Server leitete auf %2 um, das nicht zu %3 gehört; nicht gefolgt (%4)',
    "%1 : le serveur a redirigé vers %2, qui n'est pas %3 ; redirection non suivie (%4)"),
 ('Scholia::PoliteHttpClient', ': the thread is private, quarantined or needs a login'):
   (': Der Thread ist privat, unter Quarantäne oder erfordert eine Anmeldung', ' : le fil est privé, en quarantaine ou nécessite une connexion'),
 ('Scholia::PoliteHttpClient', ': no such thread (deleted, or a mistyped address)'):
   (': Thread existiert nicht (gelöscht oder Adresse vertippt)', ' : fil inexistant (supprimé, ou adresse mal saisie)'),
 ('Scholia::PoliteHttpClient', ": the site's rate limit; try again later"):
   (': Anfragelimit der Website; später erneut versuchen', ' : limite de requêtes du site ; réessayez plus tard'),
 ('Scholia::PoliteHttpClient', '%1: HTTP %2%3%4 (%5)'): ('%1: HTTP %2%3%4 (%5)', '%1 : HTTP %2%3%4 (%5)'),
 ('Scholia::PoliteHttpClient', '%1: %2 (%3)'): ('%1: %2 (%3)', '%1 : %2 (%3)'),
 ('Scholia::PoliteHttpClient', '%1 asked Scholia to wait (HTTP 429, Retry-After)'):
   ('%1 hat Scholia um Wartezeit gebeten (HTTP 429, Retry-After)', '%1 a demandé à Scholia de patienter (HTTP 429, Retry-After)'),
 ('Scholia::PoliteHttpClient', '; the site asks to wait %1 s before the next request'):
   ('; die Website verlangt %1 s Wartezeit vor der nächsten Anfrage', " ; le site demande d'attendre %1 s avant la requête suivante"),
 ('Scholia::PoliteHttpClient', '; still limited after %1 waits'):
   ('; nach %1 Wartezeiten weiterhin begrenzt', ' ; toujours limité après %1 attentes'),
 ('Scholia::DiscourseThreadFetcher', '%1: the answer is not a Discourse topic (no post_stream)'):
   ('%1: Die Antwort ist kein Discourse-Thema (kein post_stream)', "%1 : la réponse n'est pas un sujet Discourse (pas de post_stream)"),
 ('Scholia::DiscourseThreadFetcher', '%1: the answer is not JSON (%2)'):
   ('%1: Die Antwort ist kein JSON (%2)', "%1 : la réponse n'est pas du JSON (%2)"),
 ('Scholia::DiscourseThreadFetcher', 'stopped at the request limit (%1 requests): %n post(s) not fetched'):
   (('beim Anfragelimit (%1 Anfragen) angehalten: %n Beitrag nicht abgerufen', 'beim Anfragelimit (%1 Anfragen) angehalten: %n Beiträge nicht abgerufen'),
    ('arrêté à la limite de requêtes (%1 requêtes) : %n publication non récupérée', 'arrêté à la limite de requêtes (%1 requêtes) : %n publications non récupérées')),
 ('Scholia::DiscourseThreadFetcher', 'the forum did not return %n of the posts its stream lists (deleted or hidden)'):
   (('das Forum lieferte %n der in seinem Stream aufgeführten Beiträge nicht (gelöscht oder verborgen)',
     'das Forum lieferte %n der in seinem Stream aufgeführten Beiträge nicht (gelöscht oder verborgen)'),
    ("le forum n'a pas renvoyé %n des publications listées dans son flux (supprimée ou masquée)",
     "le forum n'a pas renvoyé %n des publications listées dans son flux (supprimées ou masquées)")),
 ('Scholia::HackerNewsThreadFetcher', "%1: Algolia's answer is not an item"):
   ('%1: Die Antwort von Algolia ist kein Eintrag', "%1 : la réponse d'Algolia n'est pas un élément"),
 ('Scholia::HackerNewsThreadFetcher', 'the address names comment %1; its whole story %2 was saved'):
   ('die Adresse nennt den Kommentar %1; der ganze zugehörige Beitrag %2 wurde gespeichert',
    "l'adresse désigne le commentaire %1 ; la publication %2 dont il fait partie a été enregistrée en entier"),
 ('Scholia::HackerNewsThreadFetcher', "Algolia's API failed (%1); the thread was fetched item by item from the Hacker News API instead"):
   ('die API von Algolia ist fehlgeschlagen (%1); der Thread wurde stattdessen Eintrag für Eintrag über die API von Hacker News abgerufen',
    "l'API d'Algolia a échoué (%1) ; le fil a été récupéré élément par élément depuis l'API de Hacker News à la place"),
 ('Scholia::HackerNewsThreadFetcher', "Algolia's API failed (%1), and so did the Hacker News API"):
   ('die API von Algolia ist fehlgeschlagen (%1), die API von Hacker News ebenso', "l'API d'Algolia a échoué (%1), celle de Hacker News aussi"),
 ('Scholia::HackerNewsThreadFetcher', 'stopped at the request limit (%1 requests): %n item(s) not fetched'):
   (('beim Anfragelimit (%1 Anfragen) angehalten: %n Eintrag nicht abgerufen', 'beim Anfragelimit (%1 Anfragen) angehalten: %n Einträge nicht abgerufen'),
    ('arrêté à la limite de requêtes (%1 requêtes) : %n élément non récupéré', 'arrêté à la limite de requêtes (%1 requêtes) : %n éléments non récupérés')),
 ('Scholia::HackerNewsThreadFetcher', '%1: the Hacker News API returned no item'):
   ('%1: Die API von Hacker News hat keinen Eintrag geliefert', "%1 : l'API de Hacker News n'a renvoyé aucun élément"),
 ('Scholia::HackerNewsThreadFetcher', '%1: no such item'): ('%1: Eintrag existiert nicht', '%1 : élément inexistant'),
 ('Scholia::RdramaThreadFetcher', '%1: the page has no rDrama comment or post markup'):
   ('%1: Die Seite enthält kein rDrama-Markup für Kommentare oder Beiträge', '%1 : la page ne contient aucun balisage rDrama de commentaire ou de publication'),
 ('Scholia::RdramaThreadFetcher', 'stopped at the request limit (%1 requests): %n link(s) to more comments not followed'):
   (('beim Anfragelimit (%1 Anfragen) angehalten: %n Link zu weiteren Kommentaren nicht verfolgt',
     'beim Anfragelimit (%1 Anfragen) angehalten: %n Links zu weiteren Kommentaren nicht verfolgt'),
    ("arrêté à la limite de requêtes (%1 requêtes) : %n lien vers d'autres commentaires non suivi",
     "arrêté à la limite de requêtes (%1 requêtes) : %n liens vers d'autres commentaires non suivis")),
 ('Scholia::RdramaThreadFetcher', '%n "More comments" link(s) pointed to another site and were not followed'):
   (('%n „More comments“-Link zeigte auf eine andere Website und wurde nicht verfolgt',
     '%n „More comments“-Links zeigten auf eine andere Website und wurden nicht verfolgt'),
    ("%n lien « More comments » pointait vers un autre site et n'a pas été suivi",
     "%n liens « More comments » pointaient vers un autre site et n'ont pas été suivis")),
 ('Scholia::RdramaThreadFetcher', '%n "More comments" page(s) held no replies to take'):
   (('%n „More comments“-Seite enthielt keine übernehmbaren Antworten', '%n „More comments“-Seiten enthielten keine übernehmbaren Antworten'),
    ('%n page « More comments » ne contenait aucune réponse à reprendre', '%n pages « More comments » ne contenaient aucune réponse à reprendre')),
 ('Scholia::RedditThreadFetcher', '%1: the response is not JSON (%2 at byte %3)'):
   ('%1: Die Antwort ist kein JSON (%2 bei Byte %3)', "%1 : la réponse n'est pas du JSON (%2 à l'octet %3)"),
 ('Scholia::RedditThreadFetcher', "%1: Reddit's answer is not a thread (expected its post and its comments)"):
   ('%1: Die Antwort von Reddit ist kein Thread (erwartet: sein Beitrag und seine Kommentare)',
    "%1 : la réponse de Reddit n'est pas un fil (sa publication et ses commentaires étaient attendus)"),
 ('Scholia::RedditThreadFetcher', '%1: Reddit answered with errors: %2'):
   ('%1: Reddit antwortete mit Fehlern: %2', '%1 : Reddit a répondu par des erreurs : %2'),
 ('Scholia::RedditThreadFetcher', 'stopped at the request limit (%1 requests): %n "more" stub(s) were not expanded'):
   (('beim Anfragelimit (%1 Anfragen) angehalten: %n „more“-Platzhalter wurde nicht aufgelöst',
     'beim Anfragelimit (%1 Anfragen) angehalten: %n „more“-Platzhalter wurden nicht aufgelöst'),
    ("arrêté à la limite de requêtes (%1 requêtes) : %n marqueur « more » n'a pas été développé",
     "arrêté à la limite de requêtes (%1 requêtes) : %n marqueurs « more » n'ont pas été développés")),
 ('Scholia::RedditThreadFetcher', 'Reddit kept %n "more" stub(s) it would not expand'):
   (('Reddit wollte %n „more“-Platzhalter nicht auflösen', 'Reddit wollte %n „more“-Platzhalter nicht auflösen'),
    ("Reddit a gardé %n marqueur « more » qu'il n'a pas voulu développer", "Reddit a gardé %n marqueurs « more » qu'il n'a pas voulu développer")),
 ('Scholia::RedditThreadFetcher', 'Reddit did not return %n of the comments its stubs listed (deleted, removed or hidden)'):
   (('Reddit lieferte %n der in seinen Platzhaltern aufgeführten Kommentare nicht (gelöscht, entfernt oder verborgen)',
     'Reddit lieferte %n der in seinen Platzhaltern aufgeführten Kommentare nicht (gelöscht, entfernt oder verborgen)'),
    ("Reddit n'a pas renvoyé %n des commentaires listés par ses marqueurs (supprimé, retiré ou masqué)",
     "Reddit n'a pas renvoyé %n des commentaires listés par ses marqueurs (supprimés, retirés ou masqués)")),
 ('Scholia::SaveFromAddressController', 'Save from &Address…'): ('Von &Adresse speichern…', 'Enregistrer depuis une &adresse…'),
 ('Scholia::SaveFromAddressController', 'Fetch a whole thread from its address and import it'):
   ('Einen ganzen Thread von seiner Adresse abrufen und importieren', "Récupérer un fil entier depuis son adresse et l'importer"),
 ('Scholia::SaveFromAddressController', 'Save from Address'): ('Von Adresse speichern', 'Enregistrer depuis une adresse'),
 ('Scholia::SaveFromAddressController', 'Nothing was saved.'): ('Es wurde nichts gespeichert.', "Rien n'a été enregistré."),
 ('Scholia::SaveFromAddressController', 'Cancelling…'): ('Wird abgebrochen…', 'Annulation…'),
 ('Scholia::SaveFromAddressController', 'Waiting %n second(s): %1'):
   (('%n Sekunde Wartezeit: %1', '%n Sekunden Wartezeit: %1'), ('Attente de %n seconde : %1', 'Attente de %n secondes : %1')),
 ('Scholia::SaveFromAddressController', 'Saving from %1'): ('Speichern von %1', 'Enregistrement depuis %1'),
 ('Scholia::SaveFromAddressController', 'Asking %1 for the thread…'): ('Thread wird bei %1 angefragt…', 'Demande du fil à %1…'),
 ('Scholia::SaveFromAddressController', '%1\n%n request(s) made'):
   (('%1\n%n Anfrage gestellt', '%1\n%n Anfragen gestellt'), ('%1\n%n requête effectuée', '%1\n%n requêtes effectuées')),
 ('Scholia::SaveFromAddressController', '%n comment(s) so far'):
   (('bisher %n Kommentar', 'bisher %n Kommentare'), ("%n commentaire jusqu'ici", "%n commentaires jusqu'ici")),
 ('Scholia::SaveFromAddressController', 'The save from %1 was cancelled; nothing was saved.'):
   ('Das Speichern von %1 wurde abgebrochen; es wurde nichts gespeichert.', "L'enregistrement depuis %1 a été annulé ; rien n'a été enregistré."),
 ('Scholia::SaveFromAddressController', 'The thread could not be saved. Nothing was saved; the library is as it was.'):
   ('Der Thread konnte nicht gespeichert werden. Es wurde nichts gespeichert; die Bibliothek ist unverändert.',
    "Le fil n'a pas pu être enregistré. Rien n'a été enregistré ; la bibliothèque est inchangée."),
 ('Scholia::SaveFromAddressController', 'Saved %1 in %n request(s); the responses are in %2'):
   (('%1 mit %n Anfrage gespeichert; die Serverantworten liegen in %2', '%1 mit %n Anfragen gespeichert; die Serverantworten liegen in %2'),
    ('%1 enregistré en %n requête ; les réponses du serveur sont dans %2', '%1 enregistré en %n requêtes ; les réponses du serveur sont dans %2')),
 ('Scholia::SaveFromAddressController', 'The thread was saved, but not all of it:'):
   ('Der Thread wurde gespeichert, aber nicht vollständig:', 'Le fil a été enregistré, mais pas en entier :'),
 ('Scholia::SaveFromAddressDialog', 'Save from Address'): ('Von Adresse speichern', 'Enregistrer depuis une adresse'),
 ('Scholia::SaveFromAddressDialog', 'https://www.reddit.com/r/…/comments/…'): ('https://www.reddit.com/r/…/comments/…', 'https://www.reddit.com/r/…/comments/…'),
 ('Scholia::SaveFromAddressDialog', 'Thread address'): ('Adresse des Threads', 'Adresse du fil'),
 ('Scholia::SaveFromAddressDialog', 'Most requests'): ('Höchstzahl der Anfragen', 'Nombre maximal de requêtes'),
 ('Scholia::SaveFromAddressDialog', 'The save stops after this many requests; what it has not fetched by then is reported as missing.'):
   ('Das Speichern endet nach so vielen Anfragen; was bis dahin nicht abgerufen ist, wird als fehlend gemeldet.',
    "L'enregistrement s'arrête après ce nombre de requêtes ; ce qui n'a pas été récupéré d'ici là est signalé comme manquant."),
 ('Scholia::SaveFromAddressDialog', 'Scholia fetches the whole thread through the site\'s public interface, without logging in: Reddit (its JSON pages and /api/morechildren, 10 requests a minute), Hacker News (Algolia\'s API, else the official one), Discourse forums (t/ID.json and posts.json) and rDrama-family sites such as themotte.org (the post page and its "More comments" pages). Each request sends only the address and Scholia\'s name and version. The responses are kept in the "saved" folder beside the library, then imported.'):
   ('Scholia ruft den ganzen Thread ohne Anmeldung über die öffentliche Schnittstelle der Website ab: Reddit (seine JSON-Seiten und /api/morechildren, 10 Anfragen pro Minute), Hacker News (die API von Algolia, sonst die offizielle), Discourse-Foren (t/ID.json und posts.json) und Websites der rDrama-Familie wie themotte.org (die Seite des Beitrags und ihre „More comments“-Seiten). Jede Anfrage sendet nur die Adresse sowie Namen und Version von Scholia. Die Serverantworten werden im Ordner „saved“ neben der Bibliothek aufbewahrt und dann importiert.',
    "Scholia récupère le fil entier par l'interface publique du site, sans connexion : Reddit (ses pages JSON et /api/morechildren, 10 requêtes par minute), Hacker News (l'API d'Algolia, sinon l'API officielle), forums Discourse (t/ID.json et posts.json) et sites de la famille rDrama comme themotte.org (la page de la publication et ses pages « More comments »). Chaque requête n'envoie que l'adresse ainsi que le nom et la version de Scholia. Les réponses du serveur sont conservées dans le dossier « saved » à côté de la bibliothèque, puis importées."),
 ('Scholia::SaveFromAddressDialog', '&Address:'): ('&Adresse:', '&Adresse :'),
 ('Scholia::SaveFromAddressDialog', '&Most requests:'): ('&Höchstzahl der Anfragen:', 'Nombre &maximal de requêtes :'),
 ('Scholia::SaveFromAddressDialog', '&Save'): ('&Speichern', '&Enregistrer'),
 ('Scholia::SaveFromAddressDialog', 'Paste the address of a thread.'): ('Die Adresse eines Threads einfügen.', "Collez l'adresse d'un fil."),
 ('Scholia::SaveFromAddressDialog', 'A thread on %1.'): ('Ein Thread auf %1.', 'Un fil sur %1.'),
 # Issue 20: popover, import report, toolbar, library list.
 ('EditThreadNotesCommand', 'Edit thread notes'): ('Thread-Notizen bearbeiten', 'Modifier les notes du fil'),
 ('ImportBatchReport', 'Nothing in the library changed. Check that the library file can be opened (File ▸ Backups can restore one), then import again.'):
   ('In der Bibliothek hat sich nichts geändert. Prüfen Sie, ob sich die Bibliotheksdatei öffnen lässt (Datei ▸ Sicherungen kann eine wiederherstellen), und importieren Sie dann erneut.',
    "Rien n'a changé dans la bibliothèque. Vérifiez que le fichier de la bibliothèque peut être ouvert (Fichier ▸ Sauvegardes peut en restaurer un), puis importez à nouveau."),
 ('ImportBatchReport', 'A file that could not be imported changed nothing in the library. Check that it is a saved thread page or an export in a supported format (the README lists them), or save the thread again, then import it again.'):
   ('Eine Datei, die nicht importiert werden konnte, hat nichts an der Bibliothek geändert. Prüfen Sie, ob sie eine gespeicherte Thread-Seite oder ein Export in einem unterstützten Format ist (die README nennt sie), oder speichern Sie den Thread neu, und importieren Sie sie dann erneut.',
    "Un fichier qui n'a pas pu être importé n'a rien changé dans la bibliothèque. Vérifiez qu'il s'agit d'une page de fil enregistrée ou d'un export dans un format pris en charge (le README les énumère), ou enregistrez à nouveau le fil, puis importez-le à nouveau."),
 ('ImportBatchReport', 'Threads with warnings were imported. A warning says what the importer left out or had to guess; if a thread looks wrong, save it again from the site and re-import it: the library merges it with the copy it has.'):
   ('Threads mit Warnungen wurden importiert. Eine Warnung sagt, was der Import ausgelassen hat oder raten musste; sieht ein Thread falsch aus, speichern Sie ihn neu von der Website und importieren Sie ihn erneut: Die Bibliothek führt ihn mit ihrer Kopie zusammen.',
    "Les fils avec avertissements ont été importés. Un avertissement dit ce que l'import a laissé de côté ou a dû deviner ; si un fil semble incorrect, enregistrez-le à nouveau depuis le site et réimportez-le : la bibliothèque le fusionne avec sa copie."),
 ('ImportBatchReport', 'To finish a cancelled import, import the remaining files again; files already imported are merged, not duplicated.'):
   ('Um einen abgebrochenen Import abzuschließen, importieren Sie die übrigen Dateien erneut; bereits importierte Dateien werden zusammengeführt, nicht verdoppelt.',
    'Pour terminer un import annulé, importez à nouveau les fichiers restants ; les fichiers déjà importés sont fusionnés, pas dupliqués.'),
 ('Scholia::ImportReportDialog', 'Files'): ('Dateien', 'Fichiers'),
 ('Scholia::ImportReportDialog', '%1: not imported (cancelled)'): ('%1: nicht importiert (abgebrochen)', '%1 : non importé (annulé)'),
 ('Scholia::ImportReportDialog', '%1: <b>could not be imported</b>: %2'): ('%1: <b>konnte nicht importiert werden</b>: %2', "%1 : <b>n'a pas pu être importé</b> : %2"),
 ('Scholia::ImportReportDialog', '%1: imported'): ('%1: importiert', '%1 : importé'),
 ('Scholia::ImportReportDialog', '%1: imported %2'): ('%1: %2 importiert', '%1 : %2 importé'),
 ('Scholia::ImportReportDialog', '(%n warning(s))'): (('(%n Warnung)', '(%n Warnungen)'), ('(%n avertissement)', '(%n avertissements)')),
 ('Scholia::ImportReportDialog', '%n more file(s) imported without warnings'):
   (('%n weitere Datei ohne Warnungen importiert', '%n weitere Dateien ohne Warnungen importiert'),
    ('%n autre fichier importé sans avertissement', '%n autres fichiers importés sans avertissement')),
 ('Scholia::ImportReportDialog', 'in %1'): ('in %1', 'dans %1'),
 ('Scholia::ImportReportDialog', 'Warnings by kind'): ('Warnungen nach Art', 'Avertissements par type'),
 ('Scholia::ImportReportDialog', '%n time(s), in %1'): (('%n-mal, in %1', '%n-mal, in %1'), ('%n fois, dans %1', '%n fois, dans %1')),
 ('Scholia::ImportReportDialog', '%n time(s), in %1 files'): (('%n-mal, in %1 Dateien', '%n-mal, in %1 Dateien'), ('%n fois, dans %1 fichiers', '%n fois, dans %1 fichiers')),
 ('Scholia::ImportReportDialog', '%1 <i>and others like it</i>'): ('%1 <i>und ähnliche</i>', '%1 <i>et d\'autres semblables</i>'),
 ('Scholia::ImportReportDialog', 'What to do'): ('Was tun', 'Que faire'),
 ('Scholia::ImportReportDialog', 'Import Report'): ('Importbericht', "Rapport d'import"),
 ('Scholia::ImportReportDialog', 'Import summary'): ('Zusammenfassung des Imports', "Résumé de l'import"),
 ('Scholia::ImportReportDialog', '&Details: all %n message(s)'):
   (('&Details: %n Meldung', '&Details: alle %n Meldungen'), ('&Détails : %n message', '&Détails : les %n messages')),
 ('Scholia::ImportReportDialog', 'Show every error and warning'): ('Alle Fehler und Warnungen zeigen', 'Afficher toutes les erreurs et tous les avertissements'),
 ('Scholia::LibraryPane', 'Show Column “%1”'): ('Spalte „%1“ zeigen', 'Afficher la colonne « %1 »'),
 ('Scholia::LibraryPane', 'Your library is empty.'): ('Ihre Bibliothek ist leer.', 'Votre bibliothèque est vide.'),
 ('Scholia::LibraryPane', 'To get threads in:'): ('So kommen Threads hinein:', 'Pour y ajouter des fils :'),
 ('Scholia::LibraryPane', 'File ▸ Import… a saved page, a JSON or text export, or a mailbox;'):
   ('Datei ▸ Importieren… einer gespeicherten Seite, eines JSON- oder Text-Exports oder eines Postfachs;',
    "Fichier ▸ Importer… une page enregistrée, un export JSON ou texte, ou une boîte aux lettres ;"),
 ('Scholia::LibraryPane', "drop such files, or a thread's web address, on this window;"):
   ('solche Dateien oder die Webadresse eines Threads auf dieses Fenster ziehen;',
    "déposer de tels fichiers, ou l'adresse web d'un fil, sur cette fenêtre ;"),
 ('Scholia::LibraryPane', 'File ▸ Save from Address… to fetch a thread by its address.'):
   ('Datei ▸ Von Adresse speichern…, um einen Thread über seine Adresse abzurufen.',
    'Fichier ▸ Enregistrer depuis une adresse… pour récupérer un fil par son adresse.'),
 ('Scholia::LibraryPane', 'The toolbar has both commands too.'): ('Die Werkzeugleiste hat beide Befehle auch.', "La barre d'outils propose aussi ces deux commandes."),
 ('Scholia::MainToolBar', 'Main Toolbar'): ('Hauptwerkzeugleiste', "Barre d'outils principale"),
 ('Scholia::MainToolBar', '&Dark Theme'): ('&Dunkles Design', 'Thème &sombre'),
 ('Scholia::MainToolBar', 'Main toolbar'): ('Hauptwerkzeugleiste', "Barre d'outils principale"),
 ('Scholia::MainToolBar', 'Switch between the light and the dark theme'): ('Zwischen hellem und dunklem Design wechseln', 'Basculer entre le thème clair et le thème sombre'),
 ('Scholia::ThreadRowDelegate', '%n comment(s)'): (('%n Kommentar', '%n Kommentare'), ('%n commentaire', '%n commentaires')),
 ('Scholia::ThreadRowDelegate', '%n annotation(s)'): (('%n Anmerkung', '%n Anmerkungen'), ('%n annotation', '%n annotations')),
 # Argument links (supports, rebuts, asks, answers, same point as), the argument map, W3C Web Annotations.
 ('AnnotationLinkStore', 'there is no annotation %1'): ('es gibt keine Anmerkung %1', "il n'y a pas d'annotation %1"),
 ('AnnotationLinkStore', 'annotation %1 cannot be linked to itself'):
   ('Anmerkung %1 kann nicht mit sich selbst verknüpft werden',
    "l'annotation %1 ne peut pas être liée à elle-même"),
 ('AnnotationLinkStore', 'annotation %1 already %2 annotation %3 (link %4)'):
   ('die Verknüpfung %4 besteht bereits: Anmerkung %1 %2 Anmerkung %3',
    "le lien %4 existe déjà : l'annotation %1 %2 l'annotation %3"),
 ('AnnotationLinkStore', 'cannot save the link'): ('die Verknüpfung kann nicht gespeichert werden', "impossible d'enregistrer le lien"),
 ('AnnotationLinkStore', 'there is no link %1'): ('es gibt keine Verknüpfung %1', "il n'y a pas de lien %1"),
 ('AnnotationLinkStore', 'cannot change link %1'): ('Verknüpfung %1 kann nicht geändert werden', 'impossible de modifier le lien %1'),
 ('AnnotationLinkStore', 'cannot delete link %1'): ('Verknüpfung %1 kann nicht gelöscht werden', 'impossible de supprimer le lien %1'),
 ('AnnotationLinkStore', 'only a link that was stored can be restored'):
   ('nur eine gespeicherte Verknüpfung kann wiederhergestellt werden',
    'seul un lien qui a été enregistré peut être restauré'),
 ('AnnotationLinkStore', 'link %1 exists already; it cannot be restored over'):
   ('Verknüpfung %1 besteht bereits; sie kann nicht überschrieben werden',
    'le lien %1 existe déjà ; il ne peut pas être restauré par-dessus'),
 ('AnnotationLinkStore', 'cannot restore link %1: %2'):
   ('Verknüpfung %1 kann nicht wiederhergestellt werden: %2',
    'impossible de restaurer le lien %1 : %2'),
 ('AnnotationLinkStore', 'cannot restore the links'):
   ('die Verknüpfungen können nicht wiederhergestellt werden',
    'impossible de restaurer les liens'),
 ('AnnotationLinkStore', 'cannot read link %1'): ('Verknüpfung %1 kann nicht gelesen werden', 'impossible de lire le lien %1'),
 ('AnnotationLinkStore', 'cannot list the links of annotation %1'):
   ('die Verknüpfungen von Anmerkung %1 können nicht aufgelistet werden',
    "impossible de lister les liens de l'annotation %1"),
 ('AnnotationLinkStore', 'cannot list the links of thread %1'):
   ('die Verknüpfungen von Thread %1 können nicht aufgelistet werden',
    'impossible de lister les liens du fil %1'),
 ('AnnotationLinkStore', 'cannot list the links tagged "%1"'):
   ('die Verknüpfungen mit dem Schlagwort „%1“ können nicht aufgelistet werden',
    "impossible de lister les liens portant l'étiquette « %1 »"),
 ('AnnotationLinkTypes', 'supports'): ('stützt', 'soutient'),
 ('AnnotationLinkTypes', 'rebuts'): ('widerlegt', 'réfute'),
 ('AnnotationLinkTypes', 'asks about'): ('fragt nach', 'pose une question sur'),
 ('AnnotationLinkTypes', 'answers'): ('beantwortet', 'répond à'),
 ('AnnotationLinkTypes', 'makes the same point as'): ('sagt dasselbe wie', 'dit la même chose que'),
 ('AnnotationLinkTypes', 'supported by'): ('gestützt von', 'soutenu par'),
 ('AnnotationLinkTypes', 'rebutted by'): ('widerlegt von', 'réfuté par'),
 ('AnnotationLinkTypes', 'questioned by'): ('hinterfragt von', 'questionné par'),
 ('AnnotationLinkTypes', 'answered by'): ('beantwortet von', 'a pour réponse'),
 ('AnnotationLinkTypes', 'same point as'): ('dasselbe wie', 'même chose que'),
 ('AnnotationStore', 'an annotation from elsewhere needs its uuid'):
   ('eine Anmerkung von anderswo braucht ihre UUID',
    "une annotation venue d'ailleurs a besoin de son uuid"),
 ('AnnotationStore', 'annotation %1 is in the library already'):
   ('Anmerkung %1 ist bereits in der Bibliothek',
    "l'annotation %1 est déjà dans la bibliothèque"),
 ('AnnotationStore', 'cannot save the annotation from elsewhere'):
   ('die Anmerkung von anderswo kann nicht gespeichert werden',
    "impossible d'enregistrer l'annotation venue d'ailleurs"),
 ('AnnotationsCommand', 'List a thread\'s annotations in tree order: id, comment id, start, end, quote, colour, tags (comma-separated), note, state (anchored, re-anchored or orphaned), tab-separated, with tabs, line breaks and backslashes escaped as \\t, \\n and \\\\. Start and end are empty for a whole-comment annotation. "scholia annotations export [ID] -o FILE" writes them as W3C Web Annotations and "scholia annotations import FILE..." merges such files (see their --help).'):
   ('Die Anmerkungen eines Threads in Baumreihenfolge auflisten: Kennung, Kommentar-Kennung, Anfang, Ende, Zitat, Farbe, Schlagwörter (durch Kommas getrennt), Notiz, Zustand (anchored, re-anchored oder orphaned), durch Tabulatoren getrennt; Tabulatoren, Zeilenumbrüche und Backslashes werden als \\t, \\n und \\\\ geschrieben. Anfang und Ende sind bei einer Anmerkung zum ganzen Kommentar leer. „scholia annotations export [ID] -o DATEI“ schreibt sie als W3C Web Annotations, und „scholia annotations import DATEI...“ übernimmt solche Dateien (siehe deren --help).',
    "Lister les annotations d'un fil dans l'ordre de l'arbre : identifiant, identifiant du commentaire, début, fin, citation, couleur, étiquettes (séparées par des virgules), note, état (anchored, re-anchored ou orphaned), séparés par des tabulations ; les tabulations, sauts de ligne et barres obliques inverses sont échappés en \\t, \\n et \\\\. Début et fin sont vides pour une annotation du commentaire entier. « scholia annotations export [ID] -o FICHIER » les écrit en W3C Web Annotations et « scholia annotations import FICHIER... » fusionne de tels fichiers (voir leur --help)."),
 ('AnnotationsExportCommand', 'Write a thread\'s annotations, its notes and the links with an end on it — or, without a thread id, the whole library\'s — as W3C Web Annotations: one JSON-LD AnnotationCollection that "scholia annotations import" (or another tool) reads. Each annotation keeps its uuid, so importing the file twice adds nothing twice.'):
   ('Die Anmerkungen eines Threads, seine Notizen und die Verknüpfungen mit einem Ende darin – oder, ohne Thread-Kennung, die der ganzen Bibliothek – als W3C Web Annotations schreiben: eine JSON-LD-AnnotationCollection, die „scholia annotations import“ (oder ein anderes Werkzeug) liest. Jede Anmerkung behält ihre UUID, sodass zweimaliges Importieren der Datei nichts doppelt hinzufügt.',
    "Écrire les annotations d'un fil, ses notes et les liens dont une extrémité s'y trouve — ou, sans identifiant de fil, celles de toute la bibliothèque — en W3C Web Annotations : une AnnotationCollection JSON-LD que lit « scholia annotations import » (ou un autre outil). Chaque annotation garde son uuid : importer deux fois le fichier n'ajoute rien deux fois."),
 ('AnnotationsExportCommand', 'The thread\'s id, as "scholia list" prints it.'):
   ('Die Kennung des Threads, wie „scholia list“ sie ausgibt.',
    "L'identifiant du fil, tel que « scholia list » l'affiche."),
 ('AnnotationsExportCommand', '[ID]'): ('[ID]', '[ID]'),
 ('AnnotationsExportCommand', 'The file to write (JSON-LD).'): ('Die zu schreibende Datei (JSON-LD).', 'Le fichier à écrire (JSON-LD).'),
 ('AnnotationsExportCommand', 'FILE'): ('DATEI', 'FICHIER'),
 ('AnnotationsExportCommand', 'expected at most one thread id'):
   ('höchstens eine Thread-Kennung erwartet',
    'au plus un identifiant de fil attendu'),
 ('AnnotationsExportCommand', 'no output file given (-o FILE)'):
   ('keine Ausgabedatei angegeben (-o DATEI)',
    'aucun fichier de sortie indiqué (-o FICHIER)'),
 ('AnnotationsExportCommand', 'scholia annotations export: %1'): ('scholia annotations export: %1', 'scholia annotations export : %1'),
 ('AnnotationsExportCommand', '%1: annotations: %2, links: %3, thread notes: %4'):
   ('%1: Anmerkungen: %2, Verknüpfungen: %3, Thread-Notizen: %4',
    '%1 : annotations : %2, liens : %3, notes de fil : %4'),
 ('AnnotationsImportCommand', 'Merge W3C Web Annotation files (as "scholia annotations export" writes them) into the library. Each annotation goes to its thread, found by the site and its id (a thread not in the library is named and its annotations skipped), anchored in the comment\'s text as it is now; one the library has already is updated when the file\'s is newer. Links follow. Prints one line per file: imported (anchored, moved, flagged, orphaned), updated, unchanged, skipped.'):
   ('Dateien mit W3C Web Annotations (wie „scholia annotations export“ sie schreibt) in die Bibliothek übernehmen. Jede Anmerkung kommt zu ihrem Thread, der über Website und Kennung gefunden wird (ein Thread, der nicht in der Bibliothek ist, wird genannt und seine Anmerkungen übersprungen), und wird im Text des Kommentars verankert, wie er jetzt lautet; eine Anmerkung, die die Bibliothek schon hat, wird aktualisiert, wenn die aus der Datei neuer ist. Danach folgen die Verknüpfungen. Gibt eine Zeile pro Datei aus: importiert (verankert, verschoben, zur Prüfung markiert, verwaist), aktualisiert, unverändert, übersprungen.',
    "Fusionner des fichiers de W3C Web Annotations (tels que « scholia annotations export » les écrit) dans la bibliothèque. Chaque annotation va dans son fil, retrouvé par le site et son identifiant (un fil absent de la bibliothèque est nommé et ses annotations ignorées), ancrée dans le texte du commentaire tel qu'il est maintenant ; une annotation que la bibliothèque a déjà est mise à jour quand celle du fichier est plus récente. Les liens suivent. Affiche une ligne par fichier : importées (ancrées, déplacées, signalées, orphelines), mises à jour, inchangées, ignorées."),
 ('AnnotationsImportCommand', 'The files to import.'): ('Die zu importierenden Dateien.', 'Les fichiers à importer.'),
 ('AnnotationsImportCommand', 'FILE...'): ('DATEI...', 'FICHIER...'),
 ('AnnotationsImportCommand', 'which files? (scholia annotations import FILE...)'):
   ('welche Dateien? (scholia annotations import DATEI...)',
    'quels fichiers ? (scholia annotations import FICHIER...)'),
 ('ArgumentLinkText', 'the whole comment'): ('der ganze Kommentar', 'le commentaire entier'),
 ('ArgumentLinkText', '(comment gone)'): ('(Kommentar nicht mehr vorhanden)', '(commentaire disparu)'),
 ('ArgumentLinkText', '%1: %2'): ('%1: %2', '%1 : %2'),
 ('ArgumentLinkText', '%1: “%2”'): ('%1: „%2“', '%1 : « %2 »'),
 ('ArgumentLinkText', 'in “%1”'): ('in „%1“', 'dans « %1 »'),
 ('ArgumentLinkText', 'no longer found'): ('nicht mehr gefunden', 'introuvable'),
 ('ArgumentLinkText', '%1 %2'): ('%1 %2', '%1 %2'),
 ('ArgumentLinkText', '%1 %2 (%3)'): ('%1 %2 (%3)', '%1 %2 (%3)'),
 ('ArgumentMapDot', '+%1 more'): ('+%1 weitere', '+%1 autres'),
 ('ArgumentMapDot', '(comment gone)'): ('(Kommentar nicht mehr vorhanden)', '(commentaire disparu)'),
 ('ArgumentMapDot', 'the whole comment: %1'): ('der ganze Kommentar: %1', 'le commentaire entier : %1'),
 ('ArgumentMapDot', 'in “%1”'): ('in „%1“', 'dans « %1 »'),
 ('ArgumentMapDot', 'orphaned: no longer found in the thread'):
   ('verwaist: im Thread nicht mehr gefunden',
    'orpheline : introuvable dans le fil'),
 ('CommandLine', 'Link two annotations: supports, rebuts, asks, answers, same point'):
   ('Zwei Anmerkungen verknüpfen: stützt, widerlegt, fragt, beantwortet, sagt dasselbe',
    'Lier deux annotations : soutient, réfute, interroge, répond, dit la même chose'),
 ('CommandLine', "List the links of a thread's annotations"):
   ('Die Verknüpfungen der Anmerkungen eines Threads auflisten',
    "Lister les liens des annotations d'un fil"),
 ('CommandLine', "Draw a thread's or a topic's argument map (SVG or DOT)"):
   ('Die Argumentkarte eines Threads oder Themas zeichnen (SVG oder DOT)',
    "Dessiner la carte des arguments d'un fil ou d'un sujet (SVG ou DOT)"),
 ('CreateLinkCommand', 'Link passages'): ('Textstellen verknüpfen', 'la liaison des passages'),
 ('EditLinkCommand', 'Edit link'): ('Verknüpfung bearbeiten', 'la modification du lien'),
 ('GraphvizSvg', 'Graphviz could not start'): ('Graphviz konnte nicht gestartet werden', "Graphviz n'a pas pu démarrer"),
 ('GraphvizSvg', 'Graphviz could not read the map: %1'):
   ('Graphviz konnte die Karte nicht lesen: %1',
    "Graphviz n'a pas pu lire la carte : %1"),
 ('GraphvizSvg', 'Graphviz could not lay out the map: %1'):
   ('Graphviz konnte die Karte nicht anordnen: %1',
    "Graphviz n'a pas pu disposer la carte : %1"),
 ('GraphvizSvg', 'Graphviz could not draw the map as SVG: %1'):
   ('Graphviz konnte die Karte nicht als SVG zeichnen: %1',
    "Graphviz n'a pas pu dessiner la carte en SVG : %1"),
 ('LinkCommand', 'Link annotation A to annotation B, in one thread or across threads: A supports, rebuts, asks about, answers or makes the same point as B. The ids are those "scholia annotations" prints. Prints the link\'s id once it is saved.'):
   ('Anmerkung A mit Anmerkung B verknüpfen, in einem Thread oder über Threads hinweg: A stützt B, widerlegt B, fragt nach B, beantwortet B oder sagt dasselbe wie B. Die Kennungen sind die, die „scholia annotations“ ausgibt. Gibt die Kennung der Verknüpfung aus, sobald sie gespeichert ist.',
    "Lier l'annotation A à l'annotation B, dans un même fil ou d'un fil à l'autre : A soutient B, réfute B, pose une question sur B, répond à B ou dit la même chose que B. Les identifiants sont ceux qu'affiche « scholia annotations ». Affiche l'identifiant du lien une fois qu'il est enregistré."),
 ('LinkCommand', 'The annotation the link goes from.'):
   ('Die Anmerkung, von der die Verknüpfung ausgeht.',
    "L'annotation d'où part le lien."),
 ('LinkCommand', 'The annotation the link goes to.'): ('Die Anmerkung, zu der die Verknüpfung führt.', "L'annotation où mène le lien."),
 ('LinkCommand', 'What A does to B: %1.'): ('Was A mit B tut: %1.', 'Ce que A fait à B : %1.'),
 ('LinkCommand', 'TYPE'): ('TYP', 'TYPE'),
 ('LinkCommand', 'A note on the link.'): ('Eine Notiz zur Verknüpfung.', 'Une note sur le lien.'),
 ('LinkCommand', 'TEXT'): ('TEXT', 'TEXTE'),
 ('LinkCommand', 'expected two annotation ids, A and B'):
   ('zwei Anmerkungs-Kennungen erwartet, A und B',
    "deux identifiants d'annotation attendus, A et B"),
 ('LinkCommand', '--as takes one of %1'): ('--as nimmt einen der Werte %1', "--as prend l'une des valeurs %1"),
 ('LinkCommand', 'scholia link: %1'): ('scholia link: %1', 'scholia link : %1'),
 ('LinkCommand', 'link %1: annotation %2 %3 annotation %4'):
   ('Verknüpfung %1: Anmerkung %2 %3 Anmerkung %4',
    "lien %1 : l'annotation %2 %3 l'annotation %4"),
 ('LinksCommand', 'List the links with an end on a thread, oldest first: link id, from annotation, type (supports, rebuts, asks, answers, same-point), to annotation, the state of each end (anchored, re-anchored or orphaned), note; tab-separated, with tabs, line breaks and backslashes escaped. An end may be on another thread.'):
   ('Die Verknüpfungen mit einem Ende in einem Thread auflisten, älteste zuerst: Verknüpfungs-Kennung, Ausgangsanmerkung, Typ (supports, rebuts, asks, answers, same-point), Zielanmerkung, der Zustand jedes Endes (anchored, re-anchored oder orphaned), Notiz; durch Tabulatoren getrennt, Tabulatoren, Zeilenumbrüche und Backslashes maskiert. Ein Ende kann in einem anderen Thread liegen.',
    "Lister les liens dont une extrémité se trouve dans un fil, du plus ancien au plus récent : identifiant du lien, annotation de départ, type (supports, rebuts, asks, answers, same-point), annotation d'arrivée, l'état de chaque extrémité (anchored, re-anchored ou orphaned), note ; séparés par des tabulations, les tabulations, sauts de ligne et barres obliques inverses étant échappés. Une extrémité peut se trouver dans un autre fil."),
 ('LinksCommand', "Print a JSON array instead, with each end's thread, comment, author and quote."):
   ('Stattdessen ein JSON-Array ausgeben, mit Thread, Kommentar, Autor und Zitat jedes Endes.',
    "Afficher plutôt un tableau JSON, avec le fil, le commentaire, l'auteur et la citation de chaque extrémité."),
 ('LinksCommand', 'scholia links: there is no thread %1 in the library'):
   ('scholia links: es gibt keinen Thread %1 in der Bibliothek',
    'scholia links : la bibliothèque ne contient pas de fil %1'),
 ('MapCommand', 'there is no thread %1 in the library'):
   ('es gibt keinen Thread %1 in der Bibliothek',
    'la bibliothèque ne contient pas de fil %1'),
 ('MapCommand', "Draw the argument map of a thread (the links with an end on it) or of a topic (--tag: the links among the passages carrying the tag or a tag below it): claims as boxes, links as arrows styled by type. Writes SVG, laid out by Graphviz, or the Graphviz DOT source, as the output file's name ends."):
   ('Die Argumentkarte eines Threads (die Verknüpfungen mit einem Ende darin) oder eines Themas (--tag: die Verknüpfungen zwischen den Textstellen mit dem Schlagwort oder einem untergeordneten Schlagwort) zeichnen: Aussagen als Kästen, Verknüpfungen als nach Typ gestaltete Pfeile. Schreibt SVG, von Graphviz angeordnet, oder den Graphviz-DOT-Quelltext, je nach Endung des Namens der Ausgabedatei.',
    "Dessiner la carte des arguments d'un fil (les liens dont une extrémité s'y trouve) ou d'un sujet (--tag : les liens entre les passages qui portent l'étiquette ou une étiquette en dessous) : les affirmations en boîtes, les liens en flèches dont le style dépend du type. Écrit du SVG, disposé par Graphviz, ou la source DOT de Graphviz, selon la fin du nom du fichier de sortie."),
 ('MapCommand', 'The thread\'s id, as "scholia list" prints it.'):
   ('Die Kennung des Threads, wie „scholia list“ sie ausgibt.',
    "L'identifiant du fil, tel que « scholia list » l'affiche."),
 ('MapCommand', '[ID]'): ('[ID]', '[ID]'),
 ('MapCommand', "Draw a topic's map instead."): ('Stattdessen die Karte eines Themas zeichnen.', "Dessiner plutôt la carte d'un sujet."),
 ('MapCommand', 'TAG'): ('SCHLAGWORT', 'ÉTIQUETTE'),
 ('MapCommand', 'The file to write: FILE.svg or FILE.dot.'):
   ('Die zu schreibende Datei: DATEI.svg oder DATEI.dot.',
    'Le fichier à écrire : FICHIER.svg ou FICHIER.dot.'),
 ('MapCommand', 'FILE'): ('DATEI', 'FICHIER'),
 ('MapCommand', 'expected a thread id or --tag TAG (one of them)'):
   ('eine Thread-Kennung oder --tag SCHLAGWORT erwartet (eines von beiden)',
    "un identifiant de fil ou --tag ÉTIQUETTE attendu (l'un des deux)"),
 ('MapCommand', 'expected -o FILE.svg or -o FILE.dot'):
   ('-o DATEI.svg oder -o DATEI.dot erwartet',
    '-o FICHIER.svg ou -o FICHIER.dot attendu'),
 ('MapCommand', 'scholia map: %1'): ('scholia map: %1', 'scholia map : %1'),
 ('MapCommand', 'scholia map: no links to draw ("scholia link" makes them)'):
   ('scholia map: keine Verknüpfungen zu zeichnen („scholia link“ legt sie an)',
    'scholia map : aucun lien à dessiner (« scholia link » les crée)'),
 ('MapCommand', '%1: claims: %2, links: %3'): ('%1: Aussagen: %2, Verknüpfungen: %3', '%1 : affirmations : %2, liens : %3'),
 ('PrintHtmlRenderer', 'The argument map could not be drawn: %1'):
   ('Die Argumentkarte konnte nicht gezeichnet werden: %1',
    "La carte des arguments n'a pas pu être dessinée : %1"),
 ('PrintHtmlRenderer', 'Argument map'): ('Argumentkarte', 'Carte des arguments'),
 ('RemoveLinkCommand', 'Remove link'): ('Verknüpfung entfernen', 'la suppression du lien'),
 ('Scholia::AnnotationExchange', 'W3C Web Annotations (*.jsonld *.json);;All files (*)'):
   ('W3C Web Annotations (*.jsonld *.json);;Alle Dateien (*)',
    'W3C Web Annotations (*.jsonld *.json);;Tous les fichiers (*)'),
 ('Scholia::AnnotationExchange', 'Export A&nnotations…'): ('A&nmerkungen exportieren…', 'Exporter les a&nnotations…'),
 ('Scholia::AnnotationExchange', 'Write annotations, tags, notes and links as W3C Web Annotations'):
   ('Anmerkungen, Schlagwörter, Notizen und Verknüpfungen als W3C Web Annotations schreiben',
    'Écrire les annotations, étiquettes, notes et liens en W3C Web Annotations'),
 ('Scholia::AnnotationExchange', 'Import Anno&tations…'): ('Anmerkungen impor&tieren…', 'Impor&ter des annotations…'),
 ('Scholia::AnnotationExchange', 'Merge W3C Web Annotations made by Scholia into this library'):
   ('Von Scholia erstellte W3C Web Annotations in diese Bibliothek übernehmen',
    'Fusionner dans cette bibliothèque des W3C Web Annotations créées par Scholia'),
 ('Scholia::AnnotationExchange', 'Export Annotations'): ('Anmerkungen exportieren', 'Exporter les annotations'),
 ('Scholia::AnnotationExchange', 'Export the annotations of the open thread, or of the whole library?'):
   ('Die Anmerkungen des geöffneten Threads oder der ganzen Bibliothek exportieren?',
    'Exporter les annotations du fil ouvert, ou de toute la bibliothèque ?'),
 ('Scholia::AnnotationExchange', '&Open Thread'): ('&Geöffneter Thread', '&Fil ouvert'),
 ('Scholia::AnnotationExchange', 'Whole &Library'): ('Ganze &Bibliothek', 'Toute la &bibliothèque'),
 ('Scholia::AnnotationExchange', 'Cannot export the annotations: %1'):
   ('Die Anmerkungen können nicht exportiert werden: %1',
    "Impossible d'exporter les annotations : %1"),
 ('Scholia::AnnotationExchange', 'Cannot write %1: %2'): ('%1 kann nicht geschrieben werden: %2', "Impossible d'écrire %1 : %2"),
 ('Scholia::AnnotationExchange', 'Exported to %1: annotations: %2, links: %3, thread notes: %4'):
   ('Nach %1 exportiert: Anmerkungen: %2, Verknüpfungen: %3, Thread-Notizen: %4',
    'Exporté dans %1 : annotations : %2, liens : %3, notes de fil : %4'),
 ('Scholia::AnnotationExchange', 'Import Annotations'): ('Anmerkungen importieren', 'Importer des annotations'),
 ('Scholia::AnnotationExchange', 'The annotations were merged into the library.'):
   ('Die Anmerkungen wurden in die Bibliothek übernommen.',
    'Les annotations ont été fusionnées dans la bibliothèque.'),
 ('Scholia::AnnotationExchange', 'Some files could not be imported; nothing of those was changed.'):
   ('Einige Dateien konnten nicht importiert werden; an ihnen wurde nichts übernommen.',
    "Certains fichiers n'ont pas pu être importés ; rien de leur contenu n'a été modifié."),
 ('Scholia::AnnotationExchange', '%1: not imported: %2'): ('%1: nicht importiert: %2', '%1 : non importé : %2'),
 ('Scholia::AnnotationLinkList', '&Link to…'): ('&Verknüpfen mit…', '&Lier à…'),
 ('Scholia::AnnotationLinkList', 'Say what this passage supports, rebuts, asks or answers'):
   ('Angeben, was diese Textstelle stützt, widerlegt, erfragt oder beantwortet',
    'Indiquer ce que ce passage soutient, réfute, interroge ou ce à quoi il répond'),
 ('Scholia::AnnotationLinkList', 'Links of the selected annotation'):
   ('Verknüpfungen der ausgewählten Anmerkung',
    "Liens de l'annotation sélectionnée"),
 ('Scholia::AnnotationLinkList', '&Go to Passage'): ('Zur &Textstelle', '&Aller au passage'),
 ('Scholia::AnnotationLinkList', '&Edit Link…'): ('Verknüpfung &bearbeiten…', '&Modifier le lien…'),
 ('Scholia::AnnotationLinkList', '&Remove Link'): ('Verknüpfung &entfernen', '&Supprimer le lien'),
 ('Scholia::AnnotationLinkList', 'No links yet.'): ('Noch keine Verknüpfungen.', "Aucun lien pour l'instant."),
 ('Scholia::AnnotationLinkList', '&Links (%1): Enter goes to the passage, F2 edits the link, Delete removes it'):
   ('Ver&knüpfungen (%1): Eingabe springt zur Textstelle, F2 bearbeitet die Verknüpfung, Entf entfernt sie',
    'Lie&ns (%1) : Entrée va au passage, F2 modifie le lien, Suppr le supprime'),
 ('Scholia::AnnotationPopover', '&Link to…'): ('&Verknüpfen mit…', '&Lier à…'),
 ('Scholia::AnnotationPopover', 'Say what this passage supports, rebuts, asks or answers'):
   ('Angeben, was diese Textstelle stützt, widerlegt, erfragt oder beantwortet',
    'Indiquer ce que ce passage soutient, réfute, interroge ou ce à quoi il répond'),
 ('Scholia::ArgumentMapView', 'Argument map'): ('Argumentkarte', 'Carte des arguments'),
 ('Scholia::ArgumentMapView', 'Open a thread to see its argument map.'):
   ('Einen Thread öffnen, um seine Argumentkarte zu sehen.',
    'Ouvrez un fil pour voir sa carte des arguments.'),
 ('Scholia::ArgumentMapView', 'Cannot read the argument map: %1'):
   ('Die Argumentkarte kann nicht gelesen werden: %1',
    'Impossible de lire la carte des arguments : %1'),
 ('Scholia::ArgumentMapView', 'No links in this thread yet. Select a highlight and use “Link to…” to say what it supports, rebuts, asks or answers.'):
   ('Noch keine Verknüpfungen in diesem Thread. Eine Markierung auswählen und mit „Verknüpfen mit…“ angeben, was sie stützt, widerlegt, erfragt oder beantwortet.',
    "Aucun lien dans ce fil pour l'instant. Sélectionnez un surlignage et utilisez « Lier à… » pour indiquer ce qu'il soutient, réfute, interroge ou ce à quoi il répond."),
 ('Scholia::ArgumentMapView', 'No links among the passages tagged “%1”.'):
   ('Keine Verknüpfungen zwischen den Textstellen mit dem Schlagwort „%1“.',
    "Aucun lien entre les passages portant l'étiquette « %1 »."),
 ('Scholia::ArgumentMapView', 'Cannot draw the argument map: %1'):
   ('Die Argumentkarte kann nicht gezeichnet werden: %1',
    'Impossible de dessiner la carte des arguments : %1'),
 ('Scholia::LinkEditDialog', 'Edit Link'): ('Verknüpfung bearbeiten', 'Modifier le lien'),
 ('Scholia::LinkEditDialog', 'Link type'): ('Art der Verknüpfung', 'Type de lien'),
 ('Scholia::LinkEditDialog', 'Note on the link'): ('Notiz zur Verknüpfung', 'Note sur le lien'),
 ('Scholia::LinkEditDialog', '#%1'): ('#%1', '#%1'),
 ('Scholia::LinkEditDialog', '&Note:'): ('&Notiz:', '&Note :'),
 ('Scholia::LinkPickerDialog', 'Link to Another Passage'): ('Mit einer anderen Textstelle verknüpfen', 'Lier à un autre passage'),
 ('Scholia::LinkPickerDialog', 'the whole comment'): ('der ganze Kommentar', 'le commentaire entier'),
 ('Scholia::LinkPickerDialog', 'From: “%1”'): ('Von: „%1“', 'De : « %1 »'),
 ('Scholia::LinkPickerDialog', 'Link type'): ('Art der Verknüpfung', 'Type de lien'),
 ('Scholia::LinkPickerDialog', 'Find passages'): ('Textstellen suchen', 'Chercher des passages'),
 ('Scholia::LinkPickerDialog', "Search the library's annotations (empty: this thread's)"):
   ('Die Anmerkungen der Bibliothek durchsuchen (leer: die dieses Threads)',
    'Rechercher dans les annotations de la bibliothèque (vide : celles de ce fil)'),
 ('Scholia::LinkPickerDialog', 'Passages to link to'): ('Textstellen zum Verknüpfen', 'Passages à lier'),
 ('Scholia::LinkPickerDialog', 'Note on the link'): ('Notiz zur Verknüpfung', 'Note sur le lien'),
 ('Scholia::LinkPickerDialog', 'Optional'): ('Optional', 'Facultatif'),
 ('Scholia::LinkPickerDialog', '&Link'): ('&Verknüpfen', '&Lier'),
 ('Scholia::LinkPickerDialog', 'This passage:'): ('Diese Textstelle:', 'Ce passage :'),
 ('Scholia::LinkPickerDialog', '&Note:'): ('&Notiz:', '&Note :'),
 ('Scholia::LinkPickerDialog', "This thread's annotations. Type to search the library."):
   ('Die Anmerkungen dieses Threads. Tippen, um die Bibliothek zu durchsuchen.',
    'Les annotations de ce fil. Tapez pour rechercher dans la bibliothèque.'),
 ('Scholia::LinkPickerDialog', 'This thread has no other annotation. Type to search the library.'):
   ('Dieser Thread hat keine weitere Anmerkung. Tippen, um die Bibliothek zu durchsuchen.',
    "Ce fil n'a pas d'autre annotation. Tapez pour rechercher dans la bibliothèque."),
 ('Scholia::LinkPickerDialog', 'Cannot search: %1'): ('Suche nicht möglich: %1', 'Impossible de rechercher : %1'),
 ('Scholia::LinkPickerDialog', 'The search failed: %1'): ('Die Suche ist fehlgeschlagen: %1', 'La recherche a échoué : %1'),
 ('Scholia::LinkPickerDialog', 'Annotations found: %1'): ('Gefundene Anmerkungen: %1', 'Annotations trouvées : %1'),
 ('Scholia::LinkPickerDialog', 'No annotation matches.'): ('Keine Anmerkung passt.', 'Aucune annotation ne correspond.'),
 ('Scholia::LinkPickerDialog', '(the whole comment)'): ('(der ganze Kommentar)', '(le commentaire entier)'),
 ('Scholia::LinkPickerDialog', '#%1 %2: %3'): ('#%1 %2: %3', '#%1 %2 : %3'),
 ('Scholia::LinkPickerDialog', 'unknown author'): ('unbekannter Autor', 'auteur inconnu'),
 ('Scholia::LinkPickerDialog', 'in “%1”'): ('in „%1“', 'dans « %1 »'),
 ('Scholia::LinkPickerDialog', '(no longer found in the comment)'):
   ('(im Kommentar nicht mehr gefunden)',
    '(introuvable dans le commentaire)'),
 ('Scholia::LinkPickerDialog', 'Cannot link: %1'): ('Verknüpfen nicht möglich: %1', 'Impossible de lier : %1'),
 ('Scholia::MainWindow', 'Argument &Map'): ('Argument&karte', '&Carte des arguments'),
 ('Scholia::MainWindow', 'Argument Map: %1'): ('Argumentkarte: %1', 'Carte des arguments : %1'),
 ('Scholia::MainWindow', 'Argument Map'): ('Argumentkarte', 'Carte des arguments'),
 ('Scholia::SearchPane', 'Words must all occur; "exact phrase", -word, a OR b, word*.\nFilters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD after:YYYY-MM-DD is:annotated is:orphaned is:incomplete\nArguments: is:rebutted is:unanswered link:TYPE (supports, rebuts, asks, answers, same-point)'):
   ('Alle Wörter müssen vorkommen; "genaue Phrase", -Wort, a OR b, Wort*.\nFilter: author:NAME site:NAME tag:NAME thread:ID before:JJJJ-MM-TT after:JJJJ-MM-TT is:annotated is:orphaned is:incomplete\nArgumente: is:rebutted is:unanswered link:TYP (supports, rebuts, asks, answers, same-point)',
    'Tous les mots doivent apparaître ; "expression exacte", -mot, a OR b, mot*.\nFiltres : author:NOM site:NOM tag:NOM thread:ID before:AAAA-MM-JJ after:AAAA-MM-JJ is:annotated is:orphaned is:incomplete\nArguments : is:rebutted is:unanswered link:TYPE (supports, rebuts, asks, answers, same-point)'),
 ('Scholia::TopicsPane', 'Argument Ma&p'): ('Argument&karte', '&Carte des arguments'),
 ('Scholia::TopicsPane', "Show the links among this topic's passages as a map"):
   ('Die Verknüpfungen zwischen den Textstellen dieses Themas als Karte zeigen',
    'Afficher les liens entre les passages de ce sujet sous forme de carte'),
 ('SearchCommand', 'Search the whole library: comments, thread titles and posts, thread notes, annotations. Words must all match; "a phrase", -word, a OR b, prefix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete, is:rebutted (a passage another rebuts), is:unanswered (a question nothing answers), link:TYPE (either end of a link: supports, rebuts, asks, answers, same-point). Put -- before a query that excludes words (-word). Prints thread id, comment id, author, date and a snippet with the matches in **, tab-separated.'):
   ('Die ganze Bibliothek durchsuchen: Kommentare, Thread-Titel und -Beiträge, Thread-Notizen, Anmerkungen. Alle Wörter müssen vorkommen; "eine Phrase", -Wort, a OR b, Präfix*, author:NAME, site:NAME, tag:NAME, thread:ID, before:JJJJ-MM-TT, after:JJJJ-MM-TT, is:annotated, is:orphaned, is:incomplete, is:rebutted (eine Textstelle, die von einer anderen widerlegt wird), is:unanswered (eine Frage, auf die nichts antwortet), link:TYP (eines der beiden Enden einer Verknüpfung: supports, rebuts, asks, answers, same-point). Vor eine Suche, die Wörter ausschließt (-Wort), gehört --. Gibt Thread-Kennung, Kommentar-Kennung, Autor, Datum und einen Ausschnitt mit den Treffern in ** aus, durch Tabulatoren getrennt.',
    'Rechercher dans toute la bibliothèque : commentaires, titres et publications des fils, notes des fils, annotations. Tous les mots doivent correspondre ; "une expression", -mot, a OR b, préfixe*, author:NOM, site:NOM, tag:NOM, thread:ID, before:AAAA-MM-JJ, after:AAAA-MM-JJ, is:annotated, is:orphaned, is:incomplete, is:rebutted (un passage qu\'un autre réfute), is:unanswered (une question à laquelle rien ne répond), link:TYPE (l\'une ou l\'autre extrémité d\'un lien : supports, rebuts, asks, answers, same-point). Placez -- avant une requête qui exclut des mots (-mot). Affiche l\'identifiant du fil, l\'identifiant du commentaire, l\'auteur, la date et un extrait avec les correspondances entre **, séparés par des tabulations.'),
 ('SearchQueryParser', 'unknown filter "%1:" (the filters are author:, site:, tag:, thread:, before:, after:, is: and link:; put a word in quotes to search for it as it is)'):
   ('unbekannter Filter „%1:“ (die Filter sind author:, site:, tag:, thread:, before:, after:, is: und link:; ein Wort in Anführungszeichen wird so gesucht, wie es ist)',
    'filtre inconnu « %1: » (les filtres sont author:, site:, tag:, thread:, before:, after:, is: et link: ; mettez un mot entre guillemets pour le rechercher tel quel)'),
 ('SearchQueryParser', '"is:%1" is not a filter (there are is:annotated, is:orphaned, is:incomplete, is:rebutted and is:unanswered)'):
   ('„is:%1“ ist kein Filter (es gibt is:annotated, is:orphaned, is:incomplete, is:rebutted und is:unanswered)',
    "« is:%1 » n'est pas un filtre (il existe is:annotated, is:orphaned, is:incomplete, is:rebutted et is:unanswered)"),
 ('SearchQueryParser', '"link:%1" names no kind of link (there are %2)'):
   ('„link:%1“ ist keine Art von Verknüpfung (es gibt %2)',
    '« link:%1 » ne désigne aucun type de lien (il existe %2)'),
 ('SvgSanitizer', 'the drawing is not an SVG document'): ('die Zeichnung ist kein SVG-Dokument', "le dessin n'est pas un document SVG"),
 ('SvgSanitizer', 'the drawing is not well-formed XML: %1 (line %2, column %3)'):
   ('die Zeichnung ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3)',
    "le dessin n'est pas du XML bien formé : %1 (ligne %2, colonne %3)"),
 ('SvgSanitizer', 'the drawing is empty'): ('die Zeichnung ist leer', 'le dessin est vide'),
 ('ThreadMarkdownWriter', 'Argument'): ('Argument', 'Argument'),
 ('ThreadMarkdownWriter', '(see above)'): ('(siehe oben)', '(voir plus haut)'),
 ('TopicStore', 'cannot read the linked passages'):
   ('die verknüpften Textstellen können nicht gelesen werden',
    'impossible de lire les passages liés'),
 ('WebAnnotationExporter', 'Scholia annotations: %1'): ('Scholia-Anmerkungen: %1', 'Annotations Scholia : %1'),
 ('WebAnnotationExporter', 'Scholia annotations: the whole library'):
   ('Scholia-Anmerkungen: die ganze Bibliothek',
    'Annotations Scholia : toute la bibliothèque'),
 ('WebAnnotationImportReport', '%1: annotations: %2 imported (%3 anchored, %4 moved, %5 flagged, %6 orphaned), %7 updated, %8 unchanged, %9 skipped'):
   ('%1: Anmerkungen: %2 importiert (%3 verankert, %4 verschoben, %5 zur Prüfung markiert, %6 verwaist), %7 aktualisiert, %8 unverändert, %9 übersprungen',
    '%1 : annotations : %2 importées (%3 ancrées, %4 déplacées, %5 signalées, %6 orphelines), %7 mises à jour, %8 inchangées, %9 ignorées'),
 ('WebAnnotationImportReport', '; links: %1 imported, %2 updated, %3 unchanged, %4 skipped'):
   ('; Verknüpfungen: %1 importiert, %2 aktualisiert, %3 unverändert, %4 übersprungen',
    ' ; liens : %1 importés, %2 mis à jour, %3 inchangés, %4 ignorés'),
 ('WebAnnotationImportReport', '; thread notes: %1 imported, %2 updated, %3 unchanged'):
   ('; Thread-Notizen: %1 importiert, %2 aktualisiert, %3 unverändert',
    ' ; notes de fil : %1 importées, %2 mises à jour, %3 inchangées'),
 ('WebAnnotationImportReport', '%1: skipped %2 annotation(s) of thread %3, which is not in this library (import the thread first)'):
   ('%1: %2 Anmerkung(en) von Thread %3 übersprungen, der nicht in dieser Bibliothek ist (zuerst den Thread importieren)',
    "%1 : %2 annotation(s) du fil %3 ignorée(s), car ce fil n'est pas dans cette bibliothèque (importez d'abord le fil)"),
 ('WebAnnotationImporter', 'cannot read it: %1'): ('kann nicht gelesen werden: %1', 'illisible : %1'),
 ('WebAnnotationReader', 'not JSON: %1'): ('kein JSON: %1', 'pas du JSON : %1'),
 ('WebAnnotationReader', 'no W3C Web Annotations found (expected an AnnotationCollection, an AnnotationPage or Annotations)'):
   ('keine W3C Web Annotations gefunden (erwartet: eine AnnotationCollection, eine AnnotationPage oder Annotations)',
    'aucune W3C Web Annotation trouvée (une AnnotationCollection, une AnnotationPage ou des Annotations étaient attendues)'),
 # Versions, read state, CLI (r18-hist): add entries below this line.
 ('ThreadHistoryStore', 'there is no thread %1 in the library'): ('Thread %1 ist nicht in der Bibliothek', "il n'y a pas de fil %1 dans la bibliothèque"),
 ('ThreadHistoryStore', 'thread %1 has no comment "%2"'): ('Thread %1 hat keinen Kommentar „%2“', 'le fil %1 n\'a pas de commentaire « %2 »'),
 ('ThreadHistoryStore', 'cannot read the history of thread %1'): ('der Verlauf von Thread %1 kann nicht gelesen werden', "impossible de lire l'historique du fil %1"),
 ('ThreadHistoryStore', 'cannot read the versions of a comment of thread %1'):
   ('die Versionen eines Kommentars von Thread %1 können nicht gelesen werden', "impossible de lire les versions d'un commentaire du fil %1"),
 ('ReadStateStore', 'there is no thread %1 in the library'): ('Thread %1 ist nicht in der Bibliothek', "il n'y a pas de fil %1 dans la bibliothèque"),
 ('ReadStateStore', 'cannot change what is read in thread %1'):
   ('was in Thread %1 gelesen ist, kann nicht geändert werden', 'impossible de changer ce qui est lu dans le fil %1'),
 ('ReadStateStore', 'cannot read what is unread in thread %1'):
   ('was in Thread %1 ungelesen ist, kann nicht gelesen werden', "impossible de lire ce qui n'est pas lu dans le fil %1"),
 ('ReadStateStore', 'cannot mark thread %1 visited'): ('Thread %1 kann nicht als besucht markiert werden', 'impossible de marquer le fil %1 comme visité'),
 ('SetThreadReadCommand', 'Mark thread read'): ('Thread als gelesen markieren', 'Marquer le fil comme lu'),
 ('SetThreadReadCommand', 'Mark thread unread'): ('Thread als ungelesen markieren', 'Marquer le fil comme non lu'),
 ('Scholia::LibraryEditor', 'no thread is shown'): ('es wird kein Thread angezeigt', "aucun fil n'est affiché"),
 ('VersionsCommand', 'Print every text a comment has had across the saves of its thread, oldest first, each headed by the date of its save.'):
   ('Jeden Text ausgeben, den ein Kommentar über die Fassungen seines Threads hatte, den ältesten zuerst, jeden mit dem Datum seiner Fassung.',
    'Afficher chaque texte qu\'un commentaire a eu au fil des enregistrements de son fil, le plus ancien d\'abord, chacun précédé de la date de son enregistrement.'),
 ('VersionsCommand', 'The thread\'s id, as "scholia list" prints it.'): ('Die ID des Threads, wie „scholia list“ sie ausgibt.', 'L\'identifiant du fil, tel que « scholia list » l\'affiche.'),
 ('VersionsCommand', 'The comment\'s id on its site, as "scholia annotations" prints it.'):
   ('Die ID des Kommentars auf seiner Website, wie „scholia annotations“ sie ausgibt.', 'L\'identifiant du commentaire sur son site, tel que « scholia annotations » l\'affiche.'),
 ('VersionsCommand', 'expected a thread id and a comment id'): ('erwartet: eine Thread-ID und eine Kommentar-ID', 'un identifiant de fil et un identifiant de commentaire étaient attendus'),
 ('VersionsCommand', 'scholia versions: %1'): ('scholia versions: %1', 'scholia versions : %1'),
 ('VersionsCommand', 'Version %1 of %2'): ('Version %1 von %2', 'Version %1 sur %2'),
 ('VersionsCommand', 'saved %1'): ('gespeichert %1', 'enregistrée le %1'),
 ('VersionsCommand', 'save unknown'): ('Fassung unbekannt', 'enregistrement inconnu'),
 ('VersionsCommand', 'edited %1'): ('bearbeitet %1', 'modifiée le %1'),
 ('VersionsCommand', 'deleted'): ('gelöscht', 'supprimée'),
 ('VersionsCommand', 'removed'): ('entfernt', 'retirée'),
 ('TreeTextFormatter', '[deleted on the site, text from an earlier save]'):
   ('[auf der Website gelöscht, Text aus einer früheren Fassung]', '[supprimé sur le site, texte d\'un enregistrement antérieur]'),
 ('TreeTextFormatter', '[removed on the site, text from an earlier save]'):
   ('[auf der Website entfernt, Text aus einer früheren Fassung]', '[retiré sur le site, texte d\'un enregistrement antérieur]'),
 ('TreeTextFormatter', '[new]'): ('[neu]', '[nouveau]'),
 ('TreeTextFormatter', '[edited, %n earlier version(s)]'):
   (('[bearbeitet, %n frühere Version]', '[bearbeitet, %n frühere Versionen]'),
    ('[modifié, %n version antérieure]', '[modifié, %n versions antérieures]')),
 ('TreeTextFormatter', '[not in the save of %1]'): ('[nicht in der Fassung vom %1]', '[absent de l\'enregistrement du %1]'),
 ('ShowCommand', 'Print a thread: its post, then its comments in order, each marked when a later save made it new, edited, missing or removed on the site.'):
   ('Einen Thread ausgeben: seinen Beitrag, dann seine Kommentare der Reihe nach, jeder markiert, wenn eine spätere Fassung ihn neu, bearbeitet, fehlend oder auf der Website entfernt zeigt.',
    'Afficher un fil : sa publication, puis ses commentaires dans l\'ordre, chacun marqué quand un enregistrement ultérieur l\'a rendu nouveau, modifié, absent ou retiré sur le site.'),
 ('ListCommand', 'Only the threads with unread comments, with two more columns: how many of them are new (added or changed by a save not visited since) and how many are unread.'):
   ('Nur die Threads mit ungelesenen Kommentaren, mit zwei weiteren Spalten: wie viele davon neu sind (hinzugefügt oder geändert durch eine seither nicht besuchte Fassung) und wie viele ungelesen.',
    'Seulement les fils ayant des commentaires non lus, avec deux colonnes de plus : combien sont nouveaux (ajoutés ou modifiés par un enregistrement non visité depuis) et combien sont non lus.'),
 ('CommandLine', 'Print every text a comment has had across the saves of its thread'):
   ('Jeden Text ausgeben, den ein Kommentar über die Fassungen seines Threads hatte', 'Afficher chaque texte qu\'un commentaire a eu au fil des enregistrements de son fil'),
 ('Scholia::ThreadRowDelegate', '%n new'): (('%n neu', '%n neu'), ('%n nouveau', '%n nouveaux')),
 ('Scholia::ThreadRowDelegate', '%n unread'): (('%n ungelesen', '%n ungelesen'), ('%n non lu', '%n non lus')),

 # Thread view: edits, new and unread, exports (r18-view): add entries below this line.
 ('ThreadHtmlRenderer', 'Added or changed by a save you have not seen yet'):
   ('Durch eine Speicherung hinzugefügt oder geändert, die Sie noch nicht gesehen haben',
    "Ajouté ou modifié par un enregistrement que vous n'avez pas encore vu"),
 ('ThreadHtmlRenderer', 'new'): ('neu', 'nouveau'),
 ('ThreadHtmlRenderer', 'Next / previous new comment'): ('Nächster / vorheriger neuer Kommentar', 'Commentaire nouveau suivant / précédent'),
 ('ThreadHtmlRenderer', 'Next / previous unread comment'): ('Nächster / vorheriger ungelesener Kommentar', 'Commentaire non lu suivant / précédent'),
 ('ReadingModelBlock', 'No new comment below'): ('Kein neuer Kommentar weiter unten', 'Aucun nouveau commentaire plus bas'),
 ('ReadingModelBlock', 'No new comment above'): ('Kein neuer Kommentar weiter oben', 'Aucun nouveau commentaire plus haut'),
 ('ReadingModelBlock', 'No unread comment below'): ('Kein ungelesener Kommentar weiter unten', 'Aucun commentaire non lu plus bas'),
 ('ReadingModelBlock', 'No unread comment above'): ('Kein ungelesener Kommentar weiter oben', 'Aucun commentaire non lu plus haut'),
 ('ReadingModelBlock', 'Nothing in this thread is new since your last visit'):
   ('In diesem Thread ist seit Ihrem letzten Besuch nichts neu', "Rien de nouveau dans ce fil depuis votre dernière visite"),
 ('CommentVersionsHtml', 'an unknown date'): ('einem unbekannten Datum', 'date inconnue'),
 ('CommentVersionsHtml', 'Edited since the save of %1'): ('Bearbeitet seit der Speicherung vom %1', "Modifié depuis l'enregistrement du %1"),
 ('CommentVersionsHtml', 'Before that, changed from the save of %1'):
   ('Davor geändert gegenüber der Speicherung vom %1', "Auparavant, modifié par rapport à l'enregistrement du %1"),
 ('CommentVersionsHtml', 'Not in the save of %1'): ('Nicht in der Speicherung vom %1', "Absent de l'enregistrement du %1"),
 ('CommentVersionsHtml', 'Removed on the site; the text is from an earlier save'):
   ('Auf der Website entfernt; der Text stammt aus einer früheren Speicherung',
    "Supprimé sur le site ; le texte provient d'un enregistrement antérieur"),
 ('ThreadMarkdownWriter', 'Text in the save of %1'): ('Text in der Speicherung vom %1', "Texte dans l'enregistrement du %1"),
 ('Scholia::ExportDialog', 'Show what was &edited since earlier saves'):
   ('Zeigen, was seit früheren Speicherungen &bearbeitet wurde', 'Montrer ce qui a été &modifié depuis les enregistrements antérieurs'),
 ('Scholia::ExportDialog', 'Edited comments carry their earlier texts: as marked changes in PDF and HTML, quoted in Markdown'):
   ('Bearbeitete Kommentare enthalten ihre früheren Texte: als markierte Änderungen in PDF und HTML, als Zitat in Markdown',
    'Les commentaires modifiés portent leurs textes antérieurs : en modifications marquées en PDF et HTML, en citation en Markdown'),
 ('ExportCommand', 'Edited comments with their earlier texts: marked changes in PDF and HTML, quoted in Markdown.'):
   ('Bearbeitete Kommentare mit ihren früheren Texten: markierte Änderungen in PDF und HTML, zitiert in Markdown.',
    'Les commentaires modifiés avec leurs textes antérieurs : modifications marquées en PDF et HTML, citées en Markdown.'),
 ('Scholia::MainWindow', '&Mark Thread Read'): ('Thread als ge&lesen markieren', 'Marquer le fil comme &lu'),
 ('Scholia::MainWindow', 'Mar&k Thread Unread'): ('Thread als ungelesen mar&kieren', 'Marquer le fil comme n&on lu'),
 ('Scholia::MainWindow', 'Only Ne&w Comments'): ('Nur ne&ue Kommentare', 'Seulement les commentaires nouv&eaux'),

 # Thread map (r18-map): add entries below this line.
 ('Scholia::MainWindow', 'Th&read Map'): ('T&hread-Karte', 'Carte du f&il'),
 ('Scholia::MainWindow', 'Show the whole thread in a strip beside it'):
   ('Den ganzen Thread in einem Streifen daneben zeigen', 'Afficher tout le fil dans une bande à côté'),
 ('Scholia::ThreadMapStrip', 'Thread map'): ('Thread-Karte', 'Carte du fil'),
 ('Scholia::ThreadMapStrip', 'The whole thread in miniature: a line per comment, indented by its depth and as long as its text, with ticks for annotations, find matches, new and unread comments, and a box around the comments on screen. Click or drag to go there.'):
   ('Der ganze Thread im Kleinen: eine Linie je Kommentar, nach seiner Tiefe eingerückt und so lang wie sein Text, mit Marken für Anmerkungen, Suchtreffer, neue und ungelesene Kommentare und einem Rahmen um die Kommentare auf dem Bildschirm. Klicken oder ziehen, um dorthin zu gehen.',
    "Tout le fil en miniature : une ligne par commentaire, décalée selon sa profondeur et aussi longue que son texte, avec des repères pour les annotations, les résultats de recherche, les commentaires nouveaux et non lus, et un cadre autour des commentaires à l'écran. Cliquer ou faire glisser pour s'y rendre."),
 ('Scholia::ThreadMapStrip', 'Comment %1 of %2'): ('Kommentar %1 von %2', 'Commentaire %1 sur %2'),
 ('Scholia::ThreadMapStrip', 'Comments %1–%2 of %3'): ('Kommentare %1–%2 von %3', 'Commentaires %1 à %2 sur %3'),
 ('Scholia::ThreadMapStrip', 'Annotated'): ('Mit Anmerkung', 'Annoté'),
 ('Scholia::ThreadMapStrip', 'Holds the text found'): ('Enthält den gesuchten Text', 'Contient le texte cherché'),
 ('Scholia::ThreadMapStrip', 'New since your last visit'): ('Neu seit Ihrem letzten Besuch', 'Nouveau depuis votre dernière visite'),
 ('Scholia::ThreadMapStrip', 'Unread'): ('Ungelesen', 'Non lu'),

 # Menus: one item per access key in every menu (tst_mainwindow checks).
 ('Scholia::MainWindow', 'Go to Threa&d'): ('Zum &Thread', 'Aller au &fil'),
 ('Scholia::MainWindow', 'Normal &Size'): ('O&riginalgröße', 'Taille n&ormale'),
 ('ThreadHtmlRenderer', "Show or hide the focused comment's earlier texts (an edited comment)"):
   ('Die früheren Texte des aktuellen Kommentars zeigen oder verbergen (bei bearbeiteten Kommentaren)',
    "Afficher ou masquer les textes antérieurs du commentaire courant (commentaire modifié)"),
 ('PreferencesDialog', '&Mark read after:'): ('Als gelesen mar&kieren nach:', '&Marquer comme lu après :'),
 ('PreferencesDialog', 'Seconds on screen before a comment counts as read'):
   ('Sekunden auf dem Bildschirm, bis ein Kommentar als gelesen gilt', "Secondes à l'écran avant qu'un commentaire compte comme lu"),
 ('PreferencesDialog', 'How long a comment stays on screen before it counts as read. Moving past it with j or k always marks it read.'):
   ('Wie lange ein Kommentar auf dem Bildschirm bleibt, bis er als gelesen gilt. Wer mit j oder k an ihm vorbeigeht, hat ihn immer gelesen.',
    "Combien de temps un commentaire reste à l'écran avant de compter comme lu. Le dépasser avec j ou k le marque toujours comme lu."),
 ('PreferencesDialog', 'Only when passed with j/k'): ('Nur beim Weitergehen mit j/k', 'Seulement en le dépassant avec j/k'),
 ('PreferencesDialog', ' s on screen'): (' s auf dem Bildschirm', " s à l'écran"),
 # Caret mode (r18-caret): add entries below this line.
 ('Scholia::MainWindow', '&Caret Mode'): ('Te&xtcursor-Modus', '&Mode curseur'),
 ('ThreadHtmlRenderer', 'Caret mode: select text of the focused comment from the keyboard (h highlights it, Esc leaves)'):
   ('Textcursor-Modus: Text des aktuellen Kommentars mit der Tastatur auswählen (h markiert ihn, Esc beendet)',
    'Mode curseur : sélectionner au clavier le texte du commentaire courant (h le surligne, Échap en sort)'),
 ('ThreadHtmlRenderer', 'In caret mode: move by character / word / sentence / line'):
   ('Im Textcursor-Modus: zeichen- / wort- / satz- / zeilenweise bewegen',
    'En mode curseur : se déplacer par caractère / mot / phrase / ligne'),
 ('ThreadHtmlRenderer', 'In caret mode: Shift makes a move extend the selection; after v, every move does'):
   ('Im Textcursor-Modus: mit Umschalt erweitert eine Bewegung die Auswahl, nach v jede Bewegung',
    "En mode curseur : avec Maj, un déplacement étend la sélection ; après v, chaque déplacement l'étend"),


 # Import pipeline, command-line import (p17-import): add entries below this line.

 # Sanitizer, rDrama pages (p17-html): add entries below this line.

 # Windowed thread view (p17-view): add entries below this line.

 # Community dumps (zstd NDJSON) (p17-dump): add entries below this line.
 ('DumpLibraryImporter', 'Cancelled after %n thread(s); the threads finished before are kept.'):
   (('Nach %n Thread abgebrochen; die zuvor fertigen Threads bleiben erhalten.', 'Nach %n Threads abgebrochen; die zuvor fertigen Threads bleiben erhalten.'),
    ('Annulé après %n fil ; les fils terminés avant sont conservés.', 'Annulé après %n fils ; les fils terminés avant sont conservés.')),
 ('DumpLibraryImporter', '%n thread(s) skipped: the library already holds every comment the dump has for them.'):
   (('%n Thread übersprungen: Die Bibliothek enthält schon jeden Kommentar, den der Dump dazu hat.', '%n Threads übersprungen: Die Bibliothek enthält schon jeden Kommentar, den der Dump dazu hat.'),
    ('%n fil ignoré : la bibliothèque contient déjà chaque commentaire que l’archive a pour lui.', '%n fils ignorés : la bibliothèque contient déjà chaque commentaire que l’archive a pour eux.')),
 ('DumpLibraryImporter', '%n thread(s) are not whole in the dump (their submission or some parent comments are absent); the library marks them incomplete.'):
   (('%n Thread ist im Dump nicht vollständig (Beitrag oder einige Elternkommentare fehlen); die Bibliothek markiert ihn als unvollständig.', '%n Threads sind im Dump nicht vollständig (Beitrag oder einige Elternkommentare fehlen); die Bibliothek markiert sie als unvollständig.'),
    ('%n fil n’est pas complet dans l’archive (sa publication ou des commentaires parents manquent) ; la bibliothèque le marque incomplet.', '%n fils ne sont pas complets dans l’archive (leur publication ou des commentaires parents manquent) ; la bibliothèque les marque incomplets.')),
 ('DumpLibraryImporter', '%n line(s) could not be read and were skipped:'):
   (('%n Zeile konnte nicht gelesen werden und wurde übersprungen:', '%n Zeilen konnten nicht gelesen werden und wurden übersprungen:'),
    ('%n ligne n’a pas pu être lue et a été ignorée :', '%n lignes n’ont pas pu être lues et ont été ignorées :')),
 ('DumpLibraryImporter', '… and %n more.'):
   (('… und %n weitere.', '… und %n weitere.'),
    ('… et %n autre.', '… et %n autres.')),
 ('ImportCommand', 'For a community dump (.zst): import only the threads of this subreddit.'):
   ('Für einen Community-Dump (.zst): nur die Threads dieses Subreddits importieren.',
    'Pour une archive de communauté (.zst) : n’importer que les fils de ce subreddit.'),
 ('ImportCommand', '%1: storing threads %2/%3'):
   ('%1: Threads werden gespeichert %2/%3', '%1 : enregistrement des fils %2/%3'),
 ('ImportCommand', '%1: reading %2 %'):
   ('%1: wird gelesen %2 %', '%1 : lecture %2 %'),
 ('ImportCommand', '%1: threads imported: %2, merged: %3, skipped as already whole: %4; comments: %5; bad lines: %6'):
   ('%1: importierte Threads: %2, zusammengeführt: %3, übersprungen (schon vollständig): %4; Kommentare: %5; fehlerhafte Zeilen: %6',
    '%1 : fils importés : %2, fusionnés : %3, ignorés car déjà complets : %4 ; commentaires : %5 ; lignes illisibles : %6'),
 ('Scholia::ImportController', 'Saved threads (*.json *.html *.htm *.mbox *.txt *.zst);;All files (*)'):
   ('Gespeicherte Threads (*.json *.html *.htm *.mbox *.txt *.zst);;Alle Dateien (*)',
    'Fils enregistrés (*.json *.html *.htm *.mbox *.txt *.zst);;Tous les fichiers (*)'),
 ('Scholia::ImportController', 'Storing threads: %1 of %2'):
   ('Threads werden gespeichert: %1 von %2', 'Enregistrement des fils : %1 sur %2'),
 ('Scholia::ImportController', 'Reading the dump: %1 of %2'):
   ('Dump wird gelesen: %1 von %2', 'Lecture de l’archive : %1 sur %2'),

 # Library at scale (p17-scale): add entries below this line.

 # Round 3, view (r3-view): add entries below this line.

 # Round 3, search (r3-search): add entries below this line.

 # Round 3, import (r3-import): add entries below this line.

 # Round 4, view (r4-view): add entries below this line.

 # Round 4, search (r4-search): add entries below this line.

 # Round 4, import (r4-import): add entries below this line.

 # Round 5, view (r5-view): add entries below this line.

 # Round 5, import (r5-import): add entries below this line.

 # Round 6, view (r6-view): add entries below this line.

 # Round 6, search (r6-search): add entries below this line.

 # Round 6, import (r6-import): add entries below this line.
}


def escaped(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;').replace('\u00a0', '&#xa0;'))


def french(text):
    # Non-breaking space before : ; ? ! and inside « », as lupdate writes it (&#xa0;).
    for mark in ':;?!»':
        text = re.sub(r' (?=%s)' % re.escape(mark), '\u00a0', text)
    return text.replace('« ', '«\u00a0')


def fill(path, column):
    messages = []
    for context in ET.parse(path).iter('context'):
        for message in context.iter('message'):
            messages.append((context.findtext('name'), message.findtext('source'),
                             message.find('translation').get('type'), message.get('numerus') == 'yes'))
    with open(path, encoding='utf-8') as file:
        text = file.read()
    index = iter(range(len(messages)))
    left, filled = [], 0

    def replace(match):
        nonlocal filled
        context, source, kind, numerus = messages[next(index)]
        if kind != 'unfinished':
            return match.group(0)
        known = EXTRA.get((context, source))
        if known is None or numerus != isinstance(known[column], tuple):
            left.append('%s: "%s"' % (context, source))
            return match.group(0)
        forms = known[column] if numerus else (known[column],)
        forms = [form if column == 0 else french(form) for form in forms]
        if numerus:
            translation = '<translation>%s\n        </translation>' % ''.join(
                '\n            <numerusform>%s</numerusform>' % escaped(form) for form in forms)
        else:
            translation = '<translation>%s</translation>' % escaped(forms[0])
        filled += 1
        return re.sub(r'<translation type="unfinished"\s*(?:/>|>.*?</translation>)',
                      lambda _: translation, match.group(0), count=1, flags=re.S)

    text = re.sub(r'<message[ >].*?</message>', replace, text, flags=re.S)
    with open(path, 'w', encoding='utf-8') as file:
        file.write(text)
    print('%s: %d filled, %d still unfinished' % (os.path.basename(path), filled, len(left)))
    for message in left:
        print('    ' + message)
    return not left


if __name__ == '__main__':
    folder = os.path.dirname(os.path.abspath(__file__))
    done = [fill(os.path.join(folder, 'scholia_%s.ts' % language), column)
            for column, language in enumerate(('de', 'fr'))]
    sys.exit(0 if all(done) else 1)
