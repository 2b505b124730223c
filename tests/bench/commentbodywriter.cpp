#include "commentbodywriter.h"

#include "benchrandom.h"

#include <QStringList>

namespace Scholia {

namespace {

const char *const words[] = {
    "the",        "the",       "the",         "of",         "of",
    "and",        "and",       "to",          "to",         "a",
    "a",          "in",        "in",          "is",         "that",
    "that",       "it",        "it",          "for",        "was",
    "on",         "are",       "as",          "with",       "they",
    "be",         "at",        "this",        "have",       "from",
    "or",         "one",       "had",         "by",         "but",
    "not",        "what",      "all",         "were",       "we",
    "when",       "your",      "can",         "said",       "there",
    "use",        "an",        "each",        "which",      "she",
    "do",         "how",       "their",       "if",         "will",
    "up",         "other",     "about",       "out",        "many",
    "then",       "them",      "these",       "so",         "some",
    "would",      "make",      "like",        "him",        "into",
    "time",       "has",       "look",        "two",        "more",
    "write",      "go",        "see",         "number",     "no",
    "way",        "could",     "people",      "my",         "than",
    "first",      "water",     "been",        "call",       "who",
    "its",        "now",       "find",        "long",       "down",
    "day",        "did",       "get",         "come",       "made",
    "may",        "part",      "argument",    "evidence",   "source",
    "actually",   "honestly",  "basically",   "literally",  "policy",
    "market",     "history",   "government",  "study",      "paper",
    "data",       "survey",    "result",      "question",   "point",
    "claim",      "context",   "example",     "problem",    "reason",
    "system",     "model",     "theory",      "century",    "country",
    "economy",    "language",  "software",    "hardware",   "kernel",
    "compiler",   "database",  "library",     "thread",     "comment",
    "reply",      "moderator", "subreddit",   "upvote",     "downvote",
    "edit",       "deleted",   "interesting", "wrong",      "right",
    "obviously",  "probably",  "maybe",       "definitely", "never",
    "always",     "sometimes", "export",      "controls",   "semiconductor",
    "supply",     "chain",     "inflation",   "housing",    "zoning",
    "transit",    "bicycle",   "philosophy",  "ethics",     "consequences",
    "incentives",
};

const char *const capitalised[] = {"I",    "You",  "They",   "This",     "That",
                                   "It",   "We",   "People", "Honestly", "Actually",
                                   "Sure", "Well", "Except", "But"};

const char *const escapedPhrases[] = {
    "R&D",        "Q&A",  "AT&T",           "<3",         "x < y", "a > b",
    "\"quoted\"", "it's", "5 < 7 && 7 > 5", "Tom & Jerry"};

const char *const inlineCode[] = {"std::vector<int>",
                                  "a < b && c",
                                  "git rebase -i HEAD~3",
                                  "SELECT * FROM t WHERE x > 1",
                                  "foo()",
                                  "--no-verify",
                                  "O(n log n)",
                                  "sudo apt install qt6-base-dev"};

const char *const codeLines[] = {
    "for (int i = 0; i < n; ++i) {",
    "    total += values[i] * weight;",
    "}",
    "if (a < b && b > c)",
    "    return std::nullopt;",
    "def parse(text):",
    "    return [x for x in text.split() if x]",
    "$ grep -rn \"TODO\" src/ | wc -l",
    "SELECT author, count(*) FROM comments GROUP BY author;",
    "<div class=\"md\">&amp;</div>",
    "let x: Vec<u8> = Vec::with_capacity(1 << 20);",
    "# comment with a \\ backslash",
};

const char *const linkTargets[] = {
    "https://en.wikipedia.org/wiki/",
    "https://www.example.com/articles/",
    "https://github.com/",
    "https://www.reddit.com/r/",
    "https://news.ycombinator.com/item?id=",
    "https://arxiv.org/abs/2301.",
    "http://archive.org/details/",
};

// Beyond the BMP (surrogate pairs), with a variation selector, and a ZWJ sequence.
const char16_t *const emoji[] = {u"\U0001F600",
                                 u"\U0001F602",
                                 u"\U0001F680",
                                 u"\U0001F44D",
                                 u"\U0001F914",
                                 u"\u2764\uFE0F",
                                 u"\U0001F389",
                                 u"\U0001F643",
                                 u"\U0001F525",
                                 u"\U0001F605",
                                 u"\U0001F440",
                                 u"\U0001F937\u200D\u2642\uFE0F",
                                 u"\u00AF\\_(\u30C4)_/\u00AF"};

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

CommentBody CommentBodyWriter::write()
{
    CommentBody body;
    if (m_random.chance(0.12))
        quote(body);
    const int paragraphs = paragraphCount();
    for (int i = 0; i < paragraphs; ++i) {
        const double kind = m_random.unit();
        if (i > 0 && kind < 0.03)
            codeBlock(body);
        else if (i > 0 && kind < 0.07)
            list(body);
        else
            paragraph(body);
    }
    return body;
}

int CommentBodyWriter::paragraphCount()
{
    const double r = m_random.unit();
    if (r < 0.48)
        return 1;
    if (r < 0.78)
        return 2;
    if (r < 0.92)
        return 3;
    return m_random.between(4, 6);
}

CommentBodyWriter::Inline CommentBodyWriter::sentence()
{
    Inline out;
    const auto append = [&](const QString &html, const QString &markdown) {
        if (!out.markdown.isEmpty()) {
            out.html += QLatin1Char(' ');
            out.markdown += QLatin1Char(' ');
        }
        out.html += html;
        out.markdown += markdown;
    };
    const QString first = latin(m_random.pick(capitalised));
    append(first, first);
    const int length = m_random.between(4, 22);
    for (int i = 0; i < length; ++i) {
        const double r = m_random.unit();
        if (r < 0.0015) {
            const Inline target = link();
            append(target.html, target.markdown);
        } else if (r < 0.0025) {
            const QString code = latin(m_random.pick(inlineCode));
            append(QStringLiteral("<code>%1</code>").arg(code.toHtmlEscaped()),
                   QLatin1Char('`') + code + QLatin1Char('`'));
        } else if (r < 0.0045) {
            const QString word = latin(m_random.pick(words));
            append(QStringLiteral("<em>%1</em>").arg(word),
                   QLatin1Char('*') + word + QLatin1Char('*'));
        } else if (r < 0.0055) {
            const QString word = latin(m_random.pick(words));
            append(QStringLiteral("<strong>%1</strong>").arg(word),
                   QStringLiteral("**%1**").arg(word));
        } else if (r < 0.0075) {
            const QString phrase = latin(m_random.pick(escapedPhrases));
            append(phrase.toHtmlEscaped(), phrase);
        } else {
            const QString word = latin(m_random.pick(words));
            append(word, word);
        }
    }
    const char *const ends[] = {".", ".", ".", ".", "?", "!", "...", ":"};
    const QString end = latin(m_random.pick(ends));
    out.html += end;
    out.markdown += end;
    if (m_random.chance(0.03)) {
        const QString face = QString::fromUtf16(m_random.pick(emoji));
        out.html += QLatin1Char(' ') + face.toHtmlEscaped();
        out.markdown += QLatin1Char(' ') + face;
    }
    return out;
}

CommentBodyWriter::Inline CommentBodyWriter::link()
{
    const QString base = latin(m_random.pick(linkTargets));
    QString url = base + latin(m_random.pick(words)) + QString::number(m_random.between(1, 99999));
    if (m_random.chance(0.3))
        url +=
            QStringLiteral("?ref=share&utm_source=reddit&context=%1").arg(m_random.between(1, 9));
    if (m_random.chance(0.4)) // a bare URL, autolinked
        return {QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()), url};
    QStringList label;
    for (int i = m_random.between(1, 4); i > 0; --i)
        label << latin(m_random.pick(words));
    const QString text = label.join(QLatin1Char(' '));
    return {QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text),
            QStringLiteral("[%1](%2)").arg(text, url)};
}

void CommentBodyWriter::paragraph(CommentBody &body)
{
    int sentences = m_random.between(1, 3);
    if (m_random.chance(0.15))
        sentences += m_random.between(2, 6);
    QString html, markdown;
    for (int i = 0; i < sentences; ++i) {
        const Inline s = sentence();
        html += (i ? QStringLiteral(" ") : QString()) + s.html;
        markdown += (i ? QStringLiteral(" ") : QString()) + s.markdown;
    }
    body.html += QStringLiteral("<p>%1</p>\n\n").arg(html);
    body.markdown += markdown + QStringLiteral("\n\n");
}

void CommentBodyWriter::quote(CommentBody &body)
{
    const Inline s = sentence();
    body.html += QStringLiteral("<blockquote>\n<p>%1</p>\n</blockquote>\n\n").arg(s.html);
    body.markdown += QStringLiteral("> %1\n\n").arg(s.markdown);
}

void CommentBodyWriter::list(CommentBody &body)
{
    const bool ordered = m_random.chance(0.3);
    body.html += ordered ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
    const int items = m_random.between(2, 5);
    for (int i = 0; i < items; ++i) {
        const Inline s = sentence();
        body.html += QStringLiteral("<li>%1</li>\n").arg(s.html);
        body.markdown += (ordered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("* ")) +
                         s.markdown + QLatin1Char('\n');
    }
    body.html += ordered ? QStringLiteral("</ol>\n\n") : QStringLiteral("</ul>\n\n");
    body.markdown += QLatin1Char('\n');
}

void CommentBodyWriter::codeBlock(CommentBody &body)
{
    QString code;
    const int lines = m_random.between(2, 8);
    for (int i = 0; i < lines; ++i) {
        const QString line = latin(m_random.pick(codeLines));
        code += line + QLatin1Char('\n');
        body.markdown += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    body.html += QStringLiteral("<pre><code>%1</code></pre>\n\n").arg(code.toHtmlEscaped());
    body.markdown += QLatin1Char('\n');
}

} // namespace Scholia
