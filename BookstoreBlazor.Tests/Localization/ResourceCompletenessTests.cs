using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using BookstoreBlazor.Localization;
using BookstoreBlazor.Localization.Resources;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>
/// Every resource says every key in every language (en in the neutral .resx, ko and ja beside it), none empty, and with
/// the same placeholders, so no reader meets a key name, a blank or an English word in a translated page.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    private const string ResourceNamespace = "BookstoreBlazor.Localization.Resources";

    public static TheoryData<string> ResourceTypes() => new(MarkerClasses());

    private static string[] MarkerClasses() =>
        typeof(LayoutText).Assembly.GetTypes().Where(t => t.Namespace == ResourceNamespace && t.IsPublic).Select(t => t.Name).ToArray();

    [Fact]
    public void EveryMarkerClassHasItsResources_AndThereAreSeveral()
    {
        var types = MarkerClasses();
        Assert.Contains(nameof(LayoutText), types);
        Assert.True(types.Length >= 4, string.Join(", ", types));
    }

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public void Resource_HasEveryKeyInEveryLanguage_NoneEmpty_SamePlaceholders(string typeName)
    {
        var type = typeof(LayoutText).Assembly.GetType($"{ResourceNamespace}.{typeName}")!;
        var manager = new ResourceManager(type);
        var english = Strings(manager, CultureInfo.InvariantCulture);
        Assert.NotEmpty(english);

        foreach (var culture in BookstoreCultures.Supported.Where(c => c != BookstoreCultures.Default))
        {
            var translated = Strings(manager, CultureInfo.GetCultureInfo(culture));
            Assert.True(english.Keys.Order().SequenceEqual(translated.Keys.Order()),
                $"{typeName}.{culture}.resx: missing [{string.Join(", ", english.Keys.Except(translated.Keys))}], " +
                $"extra [{string.Join(", ", translated.Keys.Except(english.Keys))}]");
            foreach (var (key, text) in translated)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{typeName}.{culture}.resx: {key} is empty");
                Assert.Equal(Placeholders(english[key]), Placeholders(text));
            }
        }
        foreach (var (key, text) in english)
            Assert.False(string.IsNullOrWhiteSpace(text), $"{typeName}.resx: {key} is empty");
    }

    private static Dictionary<string, string> Strings(ResourceManager manager, CultureInfo culture)
    {
        // tryParents: false, so a missing .ko.resx is not quietly answered by the English one.
        using var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"{manager.BaseName}: no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
