using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// The app's own <see cref="UserSessions"/> and ticket store over the real schema in an in-memory SQLite database. A
/// test writes rows as the ticket store would have; components read them through the code that runs in production.
/// </summary>
public sealed class InMemorySessionStore : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    public InMemorySessionStore()
    {
        // The database lives as long as this one connection stays open.
        _connection.Open();
        var services = new ServiceCollection();
        services.AddDbContextFactory<SqliteBookstoreDbContext>(db => BookstoreDbContext.Configure(db.UseSqlite(_connection)));
        services.AddSingleton<IDbContextFactory<BookstoreDbContext>, Databases>();
        services.AddSingleton<IDataProtectionProvider, EphemeralDataProtectionProvider>();
        services.AddMemoryCache();
        services.AddOptions<SessionOptions>();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton<GoneSessions>();
        services.AddSingleton<ServerSideTicketStore>();
        services.AddSingleton<UserSessions>();
        _services = services.BuildServiceProvider();

        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    /// <summary>Resolves <see cref="UserSessions"/>; hand it to bUnit as a fallback provider.</summary>
    public IServiceProvider Services => _services;

    public async Task AddAsync(params UserSession[] sessions)
    {
        await using var db = CreateDbContext();
        db.Sessions.AddRange(sessions);
        await db.SaveChangesAsync();
    }

    private BookstoreDbContext CreateDbContext() => _services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private sealed class Databases(IDbContextFactory<SqliteBookstoreDbContext> sqlite) : IDbContextFactory<BookstoreDbContext>
    {
        public BookstoreDbContext CreateDbContext() => sqlite.CreateDbContext();
    }
}
