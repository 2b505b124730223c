#pragma once

#include <functional>

namespace Scholia {

class SqliteDatabase;

// Brings a library to the newest schema, one `user_version` step at a time, each step
// in its own transaction so a failed migration leaves the previous version intact.
class SchemaMigrator
{
public:
    static int latestVersion();
    // Throws SqliteError when a step fails or the library is newer than this build.
    // beforeUpgrade(latest) runs once before the first step on a library that already
    // holds data (user_version >= 1), so the caller can back it up; if it throws, nothing
    // is migrated. A brand-new library (user_version 0) has nothing to lose.
    static void migrate(SqliteDatabase &db, const std::function<void(int toVersion)> &beforeUpgrade = {});
};

} // namespace Scholia
