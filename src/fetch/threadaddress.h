#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Scholia {

// A thread's address as the reader pasted it, understood: which site family serves it,
// through which public interface, and the thread's id there.
struct ThreadAddress
{
    Q_DECLARE_TR_FUNCTIONS(ThreadAddress)

public:
    enum class Site
    {
        Reddit,
        HackerNews,
        Discourse,
        Rdrama
    };

    Site site = Site::Reddit;
    QUrl address;     // as given, with https:// added when it had no scheme
    QUrl origin;      // https://host of the thread's own site (Discourse, rDrama)
    QString threadId; // "1cebxh", "4992617", "5864"
    QString slug;     // Discourse and rDrama, when the address has one

    // Detects the site from the address alone. Reddit (reddit.com and its subdomains,
    // redd.it), Hacker News (news.ycombinator.com/item?id=N), any Discourse forum
    // (…/t/slug/ID, …/t/ID), rDrama-family sites such as themotte.org (…/post/ID/slug).
    static Result<ThreadAddress> parse(const QString &text);
    // True when the text looks like a web address at all (for a dropped or pasted URL).
    static bool looksLikeAddress(const QString &text);

    QString siteName() const;
    // A short folder-safe name for the archive: "reddit.com", "themotte.org".
    QString archiveSite() const;
};

} // namespace Scholia
