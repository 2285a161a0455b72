using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BookstoreBlazor.Sessions.Storage;

/// <summary>
/// After PostgreSQL restarts (or a network blip resets connections), every idle connection in Npgsql's pool is dead,
/// and Npgsql finds out only by using one: without help, the first requests after the outage fail one by one until
/// the dead connections are used up. Here a database call that fails on a connection that broke in use (not one that
/// could not be opened) clears the pool, so no other dead connection is handed out, and runs again at once on a
/// fresh one. A server that is still down refuses that new connection, and the failure stands as before: retrying
/// once costs no waiting during an outage.
/// </summary>
/// <remarks>
/// A retry may repeat a write whose commit the server saw before the connection broke. Bookstore's writes are
/// idempotent updates and deletes by key, or inserts of a new random session id (a repeat fails on the key rather than
/// duplicating), so repeating is safe.
/// </remarks>
internal sealed class ReconnectOnceExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
{
    protected override bool ShouldRetryOn(Exception exception)
    {
        if (!BrokeInUse(exception))
            return false;
        if (Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
            NpgsqlConnection.ClearPool(connection);
        return true;
    }

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count <= MaxRetryCount ? TimeSpan.Zero : null;

    /// <summary>
    /// The server ended the connection (a fast or crash shutdown tells each client so: 57P01, 57P02), or reading or
    /// writing the socket failed. Opening a connection fails differently (a SocketException or a timeout right under
    /// Npgsql's exception), and is not retried: the server is still away.
    /// </summary>
    internal static bool BrokeInUse(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown }:
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException { InnerException: IOException }:
                    return true;
            }
        }

        return false;
    }
}
