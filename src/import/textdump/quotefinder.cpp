#include "quotefinder.h"

#include <algorithm>

namespace Scholia {

QStringList QuoteFinder::wordsOf(const QString &text)
{
    // Case, punctuation and quote characters ("curly" or straight) are not evidence.
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

size_t QuoteFinder::shingleKey(const QStringList &words, int start)
{
    size_t key = 0;
    for (int i = start; i < start + shingleWords; ++i)
        key = qHash(words[i], key);
    return key;
}

void QuoteFinder::add(int paragraph, const QString &text)
{
    const QStringList words = wordsOf(text);
    if (size_t(paragraph) >= m_joinedWords.size())
        m_joinedWords.resize(size_t(paragraph) + 1);
    m_joinedWords[size_t(paragraph)] = QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
    for (int start = 0; start + shingleWords <= words.size(); ++start) {
        std::vector<int> &holders = m_paragraphsByShingle[shingleKey(words, start)];
        if (!holders.empty() && holders.back() == paragraph)
            continue;
        holders.push_back(paragraph);
        if (holders.size() > candidatesPerShingle)
            holders.erase(holders.begin());
    }
}

int QuoteFinder::findQuoted(const QString &text) const
{
    const QStringList words = wordsOf(text);
    if (words.size() < shingleWords)
        return -1;
    const auto found = m_paragraphsByShingle.constFind(shingleKey(words, 0));
    if (found == m_paragraphsByShingle.cend())
        return -1;
    const QString joined = QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
    const std::vector<int> &candidates = found.value();
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        if (m_joinedWords[size_t(*it)].contains(joined))
            return *it;
    }
    return -1;
}

} // namespace Scholia
