#pragma once

#include "core/argumentmap.h"
#include "core/result.h"

#include <QString>

#include <vector>

namespace Scholia {

class Library;

// Gathers an argument map from the library: the links of a thread (either end on it) or
// of a topic (both ends carrying the tag or a tag below it), and the claims at their
// ends with their passages and tag colours. Each claim's reference is "#<annotation id>",
// the number `scholia link` and `scholia annotations` use.
class ArgumentMapLoader
{
public:
    static Result<ArgumentMap> forThread(Library &library, qint64 threadId);
    static Result<ArgumentMap> forTag(Library &library, const QString &tag);

private:
    static Result<ArgumentMap> withClaims(Library &library, std::vector<AnnotationLink> links,
                                          qint64 homeThreadId);
};

} // namespace Scholia
