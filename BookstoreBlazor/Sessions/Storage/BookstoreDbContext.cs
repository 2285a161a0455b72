using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Storage;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Shelves;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BookstoreBlazor.Sessions.Storage;

/// <summary>
/// Sessions, the data-protection key ring, the catalogue, readers' shelves and clubs' reading lists: one database, so every instance shares
/// all of them and one connection string (or SQLite file) is all there is to configure.
/// </summary>
public abstract class BookstoreDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<UserSession> Sessions => Set<UserSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Book> Books => Set<Book>();
    public DbSet<ShelfEntry> ShelfEntries => Set<ShelfEntry>();
    public DbSet<ClubBook> ClubBooks => Set<ClubBook>();

    /// <summary>What every flavour's options add; pooled contexts cannot change their options in OnConfiguring.</summary>
    // Shelves read books with IgnoreQueryFilters on purpose: a removed book stays on the shelves that hold it.
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

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

        modelBuilder.ApplyConfiguration(new BookConfiguration());
        modelBuilder.ApplyConfiguration(new ShelfEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ClubBookConfiguration());
    }
}

/// <summary>The SQLite flavour, with its own migrations.</summary>
public sealed class SqliteBookstoreDbContext(DbContextOptions<SqliteBookstoreDbContext> options) : BookstoreDbContext(options);

/// <summary>The PostgreSQL flavour, with its own migrations.</summary>
public sealed class PostgresBookstoreDbContext(DbContextOptions<PostgresBookstoreDbContext> options) : BookstoreDbContext(options);
