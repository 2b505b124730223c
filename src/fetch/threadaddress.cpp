#include "threadaddress.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Scholia {

namespace {

QString withoutWww(QString host)
{
    host = host.toLower();
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

bool isRedditHost(const QString &host)
{
    return host == QLatin1String("reddit.com") || host.endsWith(QLatin1String(".reddit.com")) ||
           host == QLatin1String("redd.it");
}

} // namespace

bool ThreadAddress::looksLikeAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')) ||
        trimmed.contains(QLatin1Char('\n')))
        return false;
    if (trimmed.startsWith(QLatin1String("https://")) ||
        trimmed.startsWith(QLatin1String("http://")))
        return true;
    // "news.ycombinator.com/item?id=1": a host with a dot, then a path.
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+/\\S*$"));
    return bare.match(trimmed).hasMatch();
}

Result<ThreadAddress> ThreadAddress::parse(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    const auto refuse = [&](const QString &why) {
        return Error::of(tr("%1: %2").arg(text.trimmed(), why));
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("not a web address"));
    if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("https")); // the same page; Scholia only asks over HTTPS
    if (url.scheme() != QLatin1String("https"))
        return refuse(tr("only http and https addresses can be saved"));

    ThreadAddress address;
    address.address = url;
    const QString host = url.host().toLower();
    const QString path = url.path();
    address.origin = QUrl(QStringLiteral("https://") + host);

    if (isRedditHost(host)) {
        static const QRegularExpression comments(QStringLiteral("/comments/([a-z0-9]+)(?:/|$)"));
        static const QRegularExpression shortLink(QStringLiteral("^/([a-z0-9]+)/?$"));
        const auto match =
            host == QLatin1String("redd.it") ? shortLink.match(path) : comments.match(path);
        if (!match.hasMatch())
            return refuse(
                tr("a Reddit address, but not of a thread (…/comments/ID/…, or redd.it/ID)"));
        address.site = Site::Reddit;
        address.threadId = match.captured(1);
        return address;
    }
    if (withoutWww(host) == QLatin1String("news.ycombinator.com")) {
        const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("id"));
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!path.startsWith(QLatin1String("/item")) || !digits.match(id).hasMatch())
            return refuse(
                tr("a Hacker News address, but not of an item (news.ycombinator.com/item?id=N)"));
        address.site = Site::HackerNews;
        address.threadId = id;
        return address;
    }
    static const QRegularExpression discourse(
        QStringLiteral("^/t/(?:([^/]+)/)?(\\d+)(?:/\\d+)?/?$"));
    if (const auto match = discourse.match(path); match.hasMatch()) {
        address.site = Site::Discourse;
        address.slug = match.captured(1);
        address.threadId = match.captured(2);
        return address;
    }
    static const QRegularExpression rdrama(
        QStringLiteral("^/post/(\\d+)(?:/([^/]+))?(?:/\\d+)?/?$"));
    if (const auto match = rdrama.match(path); match.hasMatch()) {
        address.site = Site::Rdrama;
        address.threadId = match.captured(1);
        address.slug = match.captured(2);
        return address;
    }
    return refuse(tr("Scholia cannot tell which site serves this address; it saves Reddit "
                     "threads, Hacker News items, Discourse topics (…/t/slug/ID) and posts of "
                     "rDrama-family sites such as themotte.org (…/post/ID/slug)"));
}

QString ThreadAddress::siteName() const
{
    switch (site) {
    case Site::Reddit:
        return QStringLiteral("Reddit");
    case Site::HackerNews:
        return QStringLiteral("Hacker News");
    case Site::Discourse:
    case Site::Rdrama:
        return withoutWww(origin.host());
    }
    return {};
}

QString ThreadAddress::archiveSite() const
{
    switch (site) {
    case Site::Reddit:
        return QStringLiteral("reddit.com");
    case Site::HackerNews:
        return QStringLiteral("news.ycombinator.com");
    case Site::Discourse:
    case Site::Rdrama:
        break;
    }
    QString name = withoutWww(origin.host());
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("_"));
    return name;
}

} // namespace Scholia
