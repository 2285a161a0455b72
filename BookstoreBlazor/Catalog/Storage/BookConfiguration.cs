using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookstoreBlazor.Catalog.Storage;

internal sealed class BookConfiguration : IEntityTypeConfiguration<Book>
{
    public void Configure(EntityTypeBuilder<Book> book)
    {
        book.ToTable("Books");
        book.HasKey(b => b.Id);
        book.Property(b => b.Isbn).HasMaxLength(13);
        book.HasIndex(b => b.Isbn).IsUnique();
        book.Property(b => b.Title).HasMaxLength(BookLimits.Title);
        book.Property(b => b.AlternateTitle).HasMaxLength(BookLimits.Title);
        book.Property(b => b.Language).HasMaxLength(8);
        book.Property(b => b.Genre).HasMaxLength(32);
        book.Property(b => b.Description).HasMaxLength(BookLimits.Description);
        book.Property(b => b.UpdatedByName).HasMaxLength(200);
        book.Property(b => b.UpdatedBySubject).HasMaxLength(128);
        book.Property(b => b.SearchText).HasMaxLength(2048);
        book.Property(b => b.SortTitle).HasMaxLength(BookLimits.Title);
        book.Property(b => b.SortAuthor).HasMaxLength(BookLimits.Author);
        book.Property(b => b.Version).IsConcurrencyToken();
        book.HasIndex(b => b.Genre);
        book.HasIndex(b => b.Language);
        book.HasIndex(b => b.AddedAt);
        // A removed book leaves every query; a shelf still reaches it by navigation, with IgnoreQueryFilters.
        book.HasQueryFilter(b => b.RemovedAt == null);
    }
}
