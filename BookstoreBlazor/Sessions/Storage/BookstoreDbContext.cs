using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions.Storage;

/// <summary>Sessions and the data-protection key ring, in one database so every instance shares both.</summary>
public abstract class BookstoreDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<UserSession> Sessions => Set<UserSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var session = modelBuilder.Entity<UserSession>();
        session.ToTable("UserSessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(64);
        session.Property(s => s.UserId).HasMaxLength(128);
        session.Property(s => s.LogtoSessionId).HasMaxLength(128);
        session.Property(s => s.UserAgent).HasMaxLength(512);
        session.Property(s => s.IpAddress).HasMaxLength(64);
        session.HasIndex(s => s.UserId);
        session.HasIndex(s => s.LogtoSessionId);
        session.HasIndex(s => s.ExpiresAt);
    }
}

/// <summary>The SQLite flavour, with its own migrations.</summary>
public sealed class SqliteBookstoreDbContext(DbContextOptions<SqliteBookstoreDbContext> options) : BookstoreDbContext(options);

/// <summary>The PostgreSQL flavour, with its own migrations.</summary>
public sealed class PostgresBookstoreDbContext(DbContextOptions<PostgresBookstoreDbContext> options) : BookstoreDbContext(options);
