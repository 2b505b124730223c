#pragma once

namespace Scholia {

class SqliteDatabase;

// Brings a library to the newest schema, one `user_version` step at a time, each step
// in its own transaction so a failed migration leaves the previous version intact.
class SchemaMigrator
{
public:
    static int latestVersion();
    // Throws SqliteError when a step fails or the library is newer than this build.
    static void migrate(SqliteDatabase &db);
};

} // namespace Scholia
