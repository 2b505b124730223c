#pragma once

#include "core/annotation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Scholia {

class Library;
class LibraryEditor;
struct TopicPassage;

// "Link to…": picks the passage a link from one annotation goes to — this thread's other
// annotations, or any in the library found by search —, what the link says (one of the
// five link types) and an optional note, and makes the link through the LibraryEditor,
// one undoable step. A refusal is shown in the dialog, which stays open.
class LinkPickerDialog : public QDialog
{
    Q_OBJECT

public:
    LinkPickerDialog(const Annotation &source, Library &library, LibraryEditor &editor,
                     QWidget *parent = nullptr);

    // The candidates listed now, in order (annotation ids); for tests.
    QList<qint64> candidates() const;
    // Picks a candidate; false when it is not listed.
    bool selectTarget(qint64 annotationId);
    // The id of the link made, once accepted.
    qint64 createdLink() const { return m_created; }

public slots:
    void accept() override;

private:
    void listThread();
    void search();
    void fill(const std::vector<TopicPassage> &passages);
    void updateOkButton();

    Annotation m_source;
    Library &m_library;
    LibraryEditor &m_editor;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
    QComboBox *m_type;
    QLineEdit *m_note;
    QLabel *m_error;
    QTimer *m_searchTimer;
    QPushButton *m_ok = nullptr;
    qint64 m_created = 0;
};

} // namespace Scholia
