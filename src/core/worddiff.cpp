#include "worddiff.h"

#include <algorithm>

namespace Scholia {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || c == QLatin1Char('_');
}

void appendRun(std::vector<WordDiff::Run> &runs, WordDiff::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!runs.empty() && runs.back().kind == kind)
        runs.back().text += text;
    else
        runs.push_back({kind, text.toString()});
}

bool isBlank(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Each change as one Removed run then one Added run, however the edit script
// interleaved its deletions and insertions. A space alone between two changes belongs to
// the change: "-a +many = -few +more" reads as "-a few +many more".
std::vector<WordDiff::Run> ordered(std::vector<WordDiff::Run> runs)
{
    const auto isChange = [&runs](size_t i) {
        return i < runs.size() && runs[i].kind != WordDiff::Kind::Equal;
    };
    std::vector<WordDiff::Run> out;
    out.reserve(runs.size());
    size_t i = 0;
    while (i < runs.size()) {
        if (!isChange(i)) {
            appendRun(out, runs[i].kind, runs[i].text);
            ++i;
            continue;
        }
        QString removed;
        QString added;
        while (isChange(i) || (i + 1 < runs.size() && isBlank(runs[i].text) && isChange(i + 1))) {
            if (runs[i].kind != WordDiff::Kind::Added)
                removed += runs[i].text;
            if (runs[i].kind != WordDiff::Kind::Removed)
                added += runs[i].text;
            ++i;
        }
        appendRun(out, WordDiff::Kind::Removed, removed);
        appendRun(out, WordDiff::Kind::Added, added);
    }
    return out;
}

} // namespace

std::vector<QStringView> WordDiff::tokens(QStringView text)
{
    std::vector<QStringView> out;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i + 1;
        if (isWordCharacter(text[i])) {
            while (end < text.size() && isWordCharacter(text[end]))
                ++end;
        } else if (text[i].isSpace()) {
            while (end < text.size() && text[end].isSpace())
                ++end;
        }
        out.push_back(text.mid(i, end - i));
        i = end;
    }
    return out;
}

// Myers' O(ND) algorithm, iterative: the forward pass keeps each round's furthest
// reaching paths (V) so that the edit script can be walked back from the end.
std::vector<WordDiff::Run> WordDiff::compare(QStringView before, QStringView after, int maxEdits)
{
    const std::vector<QStringView> a = tokens(before);
    const std::vector<QStringView> b = tokens(after);
    // The common head and tail need no search, and most edits touch a small middle.
    size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const int n = int(a.size() - head - tail);
    const int m = int(b.size() - head - tail);
    const auto at = [&](const std::vector<QStringView> &tokens, int k) {
        return tokens[head + size_t(k)];
    };

    std::vector<Run> runs;
    for (size_t k = 0; k < head; ++k)
        appendRun(runs, Kind::Equal, a[k]);

    // rounds[d] holds, for k in [-d, d], how far round d's path on diagonal k reached:
    // O(D²) ints in all, so the cap bounds the memory as well as the time.
    const int offset = n + m + 1;
    std::vector<int> v(size_t(2 * offset + 1), 0);
    std::vector<std::vector<int>> rounds;
    const int limit = std::min(n + m, std::max(0, maxEdits));
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            const bool down =
                k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]);
            int x = down ? v[size_t(offset + k + 1)] : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && at(a, x) == at(b, y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m)
                found = d;
        }
        rounds.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }

    if (found < 0) {
        // Too different to be worth the search: all of the old text out, all the new in.
        for (int x = 0; x < n; ++x)
            appendRun(runs, Kind::Removed, at(a, x));
        QString added;
        for (int y = 0; y < m; ++y)
            added += at(b, y);
        appendRun(runs, Kind::Added, added);
    } else {
        std::vector<std::pair<Kind, QStringView>> steps; // from the end backwards
        int x = n;
        int y = m;
        for (int d = found; d > 0; --d) {
            const std::vector<int> &previous = rounds[size_t(d - 1)];
            const auto reach = [&](int k) { return previous[size_t(k + d - 1)]; };
            const int k = x - y;
            const bool down = k == -d || (k != d && reach(k - 1) < reach(k + 1));
            const int previousK = down ? k + 1 : k - 1;
            const int previousX = reach(previousK);
            const int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                steps.push_back({Kind::Equal, at(a, --x)});
                --y;
            }
            if (down)
                steps.push_back({Kind::Added, at(b, --y)});
            else
                steps.push_back({Kind::Removed, at(a, --x)});
        }
        while (x > 0 && y > 0) {
            steps.push_back({Kind::Equal, at(a, --x)});
            --y;
        }
        for (auto step = steps.rbegin(); step != steps.rend(); ++step)
            appendRun(runs, step->first, step->second);
    }
    for (size_t k = b.size() - tail; k < b.size(); ++k)
        appendRun(runs, Kind::Equal, b[k]);
    return ordered(std::move(runs));
}

} // namespace Scholia
