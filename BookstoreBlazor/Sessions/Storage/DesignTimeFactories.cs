using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BookstoreBlazor.Sessions.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build each flavour without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBookstoreDbContext>
{
    public SqliteBookstoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBookstoreDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBookstoreDbContext>
{
    public PostgresBookstoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBookstoreDbContext>().UseNpgsql("Host=127.0.0.1;Database=design-time").Options);
}
