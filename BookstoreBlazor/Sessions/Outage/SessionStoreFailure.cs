using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BookstoreBlazor.Sessions.Outage;

/// <summary>
/// Tells an outage of the session database (unreachable, locked by another writer, timed out, disk full) from a bug:
/// an outage passes, so the user is asked to try again; a bug is an error like any other.
/// </summary>
internal static class SessionStoreFailure
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteOutageCodes = [5, 6, 10, 13, 14];

    /// <summary>
    /// EF Core and Npgsql wrap the database's exception (in DbUpdateException, or InvalidOperationException for a
    /// transient failure), so the whole chain is searched; only the database's own exception decides.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when SqliteOutageCodes.Contains(sqlite.SqliteErrorCode):
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
