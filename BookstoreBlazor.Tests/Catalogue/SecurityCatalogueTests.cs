using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Catalogue;

public sealed class SecurityCatalogueTests
{
    /// <summary>Set to 1 to rewrite the README's table from the tests instead of checking it.</summary>
    public const string UpdateVariable = "BOOKSTORE_UPDATE_CATALOGUE";

    [Fact]
    public void Readme_SecurityTable_IsTheCatalogueTheTestsProve()
    {
        var readmePath = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var begin = readme.IndexOf(SecurityCatalogue.Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(SecurityCatalogue.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "README.md has no security catalogue markers.");

        var current = readme[begin..(end + SecurityCatalogue.End.Length)];
        var expected = SecurityCatalogue.Markdown().ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(readmePath, readme.Replace(current, expected));
            return;
        }
        Assert.True(current == expected,
            $"README.md's security table is out of date. Regenerate it: {UpdateVariable}=1 dotnet test --filter SecurityCatalogueTests");
    }

    [Fact]
    public void Catalogue_HasAtLeastFortyDistinctCases()
    {
        var cases = SecurityCatalogue.Entries.Select(entry => (entry.Case.Area, entry.Case.Case)).ToList();

        Assert.True(cases.Count >= 40, $"The catalogue lists {cases.Count} cases; the issue asks for at least 40.");
        Assert.Equal(cases.Count, cases.Distinct().Count());
    }

    [Fact]
    public void EveryCase_IsARunnableTest()
    {
        foreach (var entry in SecurityCatalogue.Entries)
        {
            var fact = entry.Test.GetCustomAttributes(typeof(FactAttribute), inherit: true).Cast<FactAttribute>().SingleOrDefault();
            Assert.True(fact is not null, $"{entry.TestName} carries a [SecurityCase] but is not a test.");
            Assert.True(fact.Skip is null, $"{entry.TestName} is skipped, so it proves nothing.");
            Assert.False(string.IsNullOrWhiteSpace(entry.Case.Expected), $"{entry.TestName} states no expected result.");
        }
    }
}
