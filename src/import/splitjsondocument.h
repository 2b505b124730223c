#pragma once

#include "core/result.h"

#include <QByteArray>

#include <simdjson.h>

#include <functional>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

namespace Scholia {

// A JSON document read in little memory: simdjson's On-Demand API finds one array (the
// thread's top comments) without building a DOM of the whole file; the rest of the
// document, with that array emptied (the skeleton), and then each of the array's elements
// are parsed on their own with the DOM. The whole file's DOM (1.6x its size) is never held:
// at most the skeleton's and one element's.
//
// Every byte is still checked by a parser: the skeleton and each element by the DOM, the
// array's commas and brackets by On-Demand. What the pieces cannot say the same way as the
// whole document (an error's position) the caller gets by reading the whole document.
class SplitJsonDocument
{
public:
    // An array index or an object key (the first member of that name, keys compared
    // unescaped: the DOM's at_key()).
    using Step = std::variant<size_t, std::string_view>;

    // Nothing when the array is not where path says, the bytes lack simdjson's padding or
    // On-Demand finds anything wrong: then read the document whole.
    static std::optional<SplitJsonDocument> split(const QByteArray &json, std::initializer_list<Step> path);

    // The document with the array's elements cut out: "[]" stands where the array was.
    const QByteArray &skeleton() const { return m_skeleton; }
    size_t elementCount() const { return m_elements.size(); }

    // Calls visit with each element as a one-element DOM array, in order, with its index;
    // stops at the first Error (of visit, or of parsing an element).
    Result<void> forEachElement(
        const std::function<Result<void>(simdjson::dom::array piece, int index)> &visit) const;

    // From now on forEachElement gives the pages of the bytes it has passed back to the
    // system (they then read as zeros): a 10 000-comment file's 7-15 MiB no longer stay
    // resident to the walk's end (issue 17, round 5). Only when this holds the last
    // reference to the bytes (false otherwise, and nothing changes): the caller drops its
    // own first, and reads the file again if it needs the whole document (an error's
    // position).
    bool releaseBytesAsWalked();

private:
    struct Range
    {
        size_t begin, size;
    };
    QByteArray m_json; // shared with the caller's, not copied
    char *m_releasable = nullptr; // m_json's bytes, once releaseBytesAsWalked() said yes
    QByteArray m_skeleton;
    std::vector<Range> m_elements;
    // How deep the elements stand: an element parsed alone may nest that much less.
    size_t m_elementDepth = 0;
};

} // namespace Scholia
