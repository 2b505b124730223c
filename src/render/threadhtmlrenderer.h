#pragma once

#include <QString>

namespace Scholia {

struct ThreadDocument;

// Turns a ThreadDocument into the one HTML page the thread view shows. Comment
// bodies are already sanitized; every other string from the file is escaped here.
class ThreadHtmlRenderer
{
public:
    struct Options
    {
        QString stylesheetUrl; // linked, so the page's CSP can forbid inline style
        QString scriptUrl;     // empty: no script at all
        // Set for a self-contained file (export, `scholia render`): the CSS goes inline
        // and the page allows only that inline style.
        QString inlineStylesheet;
        // Set with inlineStylesheet when the file should still be interactive: the script
        // goes inline and the CSP allows exactly it (by its SHA-256 hash), nothing else.
        QString inlineScript;
    };

    static QString render(const ThreadDocument &thread, const Options &options);

    // The Content-Security-Policy every rendered page carries: only Scholia's own
    // style and script (served from scholia:), nothing from anywhere else.
    static QString contentSecurityPolicy(const Options &options);
};

} // namespace Scholia
