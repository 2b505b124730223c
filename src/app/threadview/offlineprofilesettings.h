#pragma once

class QWebEngineProfile;

namespace Scholia {

// What every web view of the window turns off on its profile: remote and file access from
// local pages, images, plugins, DNS prefetch, windows and clipboard from script, drops that
// navigate, the PDF viewer, spell checking, persistent cookies. The thread page and the
// argument map show untrusted text; one list keeps the two views from drifting apart.
class OfflineProfileSettings
{
public:
    static void apply(QWebEngineProfile &profile);
};

} // namespace Scholia
