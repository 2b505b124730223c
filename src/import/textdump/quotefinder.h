#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// Finds the earlier paragraph a paragraph quotes: one whose words contain all of the
// paragraph's words in the same order. Text dumps lose quote markup, so a repeated
// passage is the only sign left that a reply quotes what it answers.
class QuoteFinder
{
public:
    // Remembers a paragraph's words under its index (indices must increase).
    void add(int paragraph, const QString &text);
    // The latest earlier paragraph that contains this one's text, or -1. Paragraphs
    // shorter than a few words are never taken for quotes: "Yes." repeats by chance.
    int findQuoted(const QString &text) const;

private:
    static constexpr int shingleWords = 5;
    static constexpr int candidatesPerShingle = 4;

    static QStringList wordsOf(const QString &text);
    static size_t shingleKey(const QStringList &words, int start);

    std::vector<QString> m_joinedWords; // " w1 w2 … " per paragraph, for the final check
    // Each run of shingleWords words → the latest paragraphs holding it.
    QHash<size_t, std::vector<int>> m_paragraphsByShingle;
};

} // namespace Scholia
