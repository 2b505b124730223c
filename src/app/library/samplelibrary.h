#pragma once

#include "core/result.h"

namespace Scholia {

class Library;

// The bundled sample thread, imported on first start so a new user sees a thread at once.
class SampleLibrary
{
public:
    static QString samplePath(); // a qrc path
    // Imports the sample when the library holds no thread; does nothing otherwise.
    static Result<void> installIfEmpty(Library &library);
};

} // namespace Scholia
