using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions.Storage;

public static class SessionDatabase
{
    public const string ConnectionStringName = "Bookstore";

    /// <summary>
    /// PostgreSQL when <c>ConnectionStrings:Bookstore</c> is set (several instances share it); otherwise a SQLite file
    /// at <c>Sessions:DatabasePath</c>. Either way the schema is migrated at start. Contexts are pooled: every session
    /// lookup, revalidation and catalogue query opens one, and a new one would build its internal services each time.
    /// </summary>
    public static IServiceCollection AddSessionDatabase(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        // Read here, not through IOptions: the database is chosen while services are still being registered.
        var sessions = configuration.GetSection(SessionOptions.SectionName).Get<SessionOptions>() ?? new SessionOptions();
        var postgres = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            var connectionString = DatabaseTimeouts.ForPostgres(postgres, sessions.DatabaseTimeout);
            services.AddPooledDbContextFactory<PostgresBookstoreDbContext>(db => BookstoreDbContext.Configure(db.UseNpgsql(connectionString,
                npgsql => npgsql.ExecutionStrategy(dependencies => new ReconnectOnceExecutionStrategy(dependencies)))));
            services.AddSingleton<IDbContextFactory<BookstoreDbContext>, FlavourFactory<PostgresBookstoreDbContext>>();
        }
        else
        {
            var file = Path.GetFullPath(sessions.DatabasePath, environment.ContentRootPath);
            var connectionString = DatabaseTimeouts.ForSqlite(file, sessions.DatabaseTimeout);
            services.AddPooledDbContextFactory<SqliteBookstoreDbContext>(db => BookstoreDbContext.Configure(db.UseSqlite(connectionString)));
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
