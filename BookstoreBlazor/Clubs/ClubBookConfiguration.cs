using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookstoreBlazor.Clubs;

internal sealed class ClubBookConfiguration : IEntityTypeConfiguration<ClubBook>
{
    public const int NameLength = 200;

    public void Configure(EntityTypeBuilder<ClubBook> clubBook)
    {
        clubBook.ToTable("ClubBooks");
        clubBook.HasKey(c => c.Id);
        clubBook.Property(c => c.ClubId).HasMaxLength(ClubId.MaxLength);
        clubBook.Property(c => c.AddedBySubject).HasMaxLength(128);
        clubBook.Property(c => c.AddedByName).HasMaxLength(NameLength);
        // Also the index every list of one club reads by.
        clubBook.HasIndex(c => new { c.ClubId, c.BookId }).IsUnique();
        clubBook.HasOne(c => c.Book).WithMany().HasForeignKey(c => c.BookId).OnDelete(DeleteBehavior.Cascade);
    }
}
