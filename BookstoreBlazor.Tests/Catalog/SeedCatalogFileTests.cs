using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Catalog.Seed;

namespace BookstoreBlazor.Tests.Catalog;

/// <summary>The whole of books.json, checked book by book: what the seeder would put in front of readers.</summary>
public sealed class SeedCatalogFileTests
{
    private static readonly IReadOnlyList<SeedBook> Seeds = SeedCatalog.Load();

    [Fact]
    public void TheCatalogue_HoldsAtLeast150Books_BalancedAcrossKoreanJapaneseAndEnglish()
    {
        Assert.True(Seeds.Count >= 150, $"only {Seeds.Count} books");
        foreach (var language in BookLanguages.All)
            Assert.True(Seeds.Count(s => s.Language == language.Code) >= 45, $"too few {language.Name} books");
        foreach (var genre in BookGenres.All)
            Assert.True(Seeds.Count(s => s.Genre == genre.Code) >= 3, $"too few {genre.Name}");
    }

    [Fact]
    public void EveryIsbn_HasAValidCheckDigit_AndIsUnique()
    {
        var invalid = Seeds.Where(s => Isbn.Normalize(s.Isbn) != s.Isbn).Select(s => $"{s.Isbn} {s.Title}").ToList();
        Assert.Empty(invalid);
        Assert.Empty(Seeds.GroupBy(s => s.Isbn).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void EveryBook_PassesTheRulesAnAdminsEditMustPass()
    {
        var broken = Seeds
            .Select(s => (s.Title, Errors: BookDraftValidator.Validate(BookDraft.From(s.ToBook()))))
            .Where(r => r.Errors.Count > 0)
            .Select(r => $"{r.Title}: {string.Join("; ", r.Errors.SelectMany(e => e.Value))}")
            .ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void KoreanAndJapaneseBooks_CarryAnEnglishTitleAndRomanisedAuthors_ForReadersWhoCannotReadTheScript()
    {
        var missing = Seeds.Where(s => s.Language != "en")
            .Where(s => string.IsNullOrWhiteSpace(s.AlternateTitle) || s.AuthorsLatin?.Count != s.Authors.Count)
            .Select(s => s.Title).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryDescription_IsOneParagraph_AndNoTwoBooksShareOne()
    {
        Assert.All(Seeds, s => Assert.DoesNotContain('\n', s.Description));
        Assert.All(Seeds, s => Assert.InRange(s.Description.Split(' ').Length, 25, 120));
        Assert.Empty(Seeds.GroupBy(s => s.Description).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
