using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions.Storage;

public static class SessionDatabase
{
    public const string ConnectionStringName = "Bookstore";

    /// <summary>
    /// PostgreSQL when <c>ConnectionStrings:Bookstore</c> is set (several instances share it); otherwise a SQLite file
    /// at <c>Sessions:DatabasePath</c>. Either way the schema is migrated at start.
    /// </summary>
    public static IServiceCollection AddSessionDatabase(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        var postgres = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContextFactory<PostgresBookstoreDbContext>(db => db.UseNpgsql(postgres));
            services.AddSingleton<IDbContextFactory<BookstoreDbContext>, FlavourFactory<PostgresBookstoreDbContext>>();
        }
        else
        {
            var path = configuration[$"{SessionOptions.SectionName}:{nameof(SessionOptions.DatabasePath)}"] ?? new SessionOptions().DatabasePath;
            var file = Path.GetFullPath(path, environment.ContentRootPath);
            // A busy timeout lets concurrent writers wait for the file lock instead of failing at once.
            services.AddDbContextFactory<SqliteBookstoreDbContext>(db => db.UseSqlite($"Data Source={file};Default Timeout=30"));
            services.AddSingleton<IDbContextFactory<BookstoreDbContext>, FlavourFactory<SqliteBookstoreDbContext>>();
        }

        services.AddScoped<BookstoreDbContext>(sp => sp.GetRequiredService<IDbContextFactory<BookstoreDbContext>>().CreateDbContext());
        services.AddHostedService<SessionDatabaseMigrator>();
        return services;
    }

    private sealed class FlavourFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<BookstoreDbContext>
        where TContext : BookstoreDbContext
    {
        public BookstoreDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
