using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookstoreBlazor.Shelves;

internal sealed class ShelfEntryConfiguration : IEntityTypeConfiguration<ShelfEntry>
{
    public void Configure(EntityTypeBuilder<ShelfEntry> entry)
    {
        entry.ToTable("ShelfEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.UserId).HasMaxLength(128);
        entry.Property(e => e.Note).HasMaxLength(ShelfLimits.Note);
        entry.Property(e => e.Version).IsConcurrencyToken();
        entry.HasIndex(e => new { e.UserId, e.BookId }).IsUnique();
        entry.HasOne(e => e.Book).WithMany().HasForeignKey(e => e.BookId).OnDelete(DeleteBehavior.Cascade);
    }
}
