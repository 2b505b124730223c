#!/usr/bin/env python3
"""Fills the German and French translations of strings that were added to the sources
after scholia_de.ts / scholia_fr.ts were last translated. Run it after `make translations`
(lupdate) has brought those strings in as unfinished:

    make translations && python3 translations/fill-pending.py

Only unfinished messages whose context and source text are listed below are filled; the
layout lupdate writes is kept, so a later lupdate run changes nothing. Anything still
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
 ('PreferencesDialog', '&Reading'): ('&Lesen', '&Lecture'),
 ('PreferencesDialog', '&Theme:'): ('&Farbschema:', '&Thème :'),
 ('PreferencesDialog', 'Theme'): ('Farbschema', 'Thème'),
 ('PreferencesDialog', 'Reading &font:'): ('Lese&schrift:', '&Police de lecture :'),
 ('PreferencesDialog', 'Reading font'): ('Leseschrift', 'Police de lecture'),
 ('PreferencesDialog', "The &page's own"): ('Die der &Seite', 'Celle de la &page'),
 ('PreferencesDialog', "Use the thread page's own fonts (DejaVu Sans, Noto Sans)"):
   ('Die eigenen Schriften der Thread-Seite verwenden (DejaVu Sans, Noto Sans)', 'Utiliser les polices propres à la page du fil (DejaVu Sans, Noto Sans)'),
 ('PreferencesDialog', 'Font &size:'): ('Schrift&größe:', '&Taille de police :'),
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
        if known is None or numerus:
            left.append('%s: "%s"' % (context, source))
            return match.group(0)
        translation = known[column] if column == 0 else french(known[column])
        filled += 1
        return re.sub(r'<translation type="unfinished"\s*(?:/>|>.*?</translation>)',
                      lambda _: '<translation>%s</translation>' % escaped(translation),
                      match.group(0), count=1, flags=re.S)

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
