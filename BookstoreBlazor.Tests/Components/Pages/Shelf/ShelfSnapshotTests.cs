using System.Text.Json;
using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Shelves;

namespace BookstoreBlazor.Tests.Components.Pages.Shelf;

/// <summary>What prerendering hands the interactive render survives the trip through JSON, and the note is cut to a snippet.</summary>
public sealed class ShelfSnapshotTests : ShelfTestContext
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task PageSnapshot_RoundTrips_WithTheBooksShownFieldsOnly()
    {
        await PutAsync(KakaoSub, Soseki, ShelfState.Reading, 4, new string('あ', 500));
        var listing = await Shelf.ListAsync(KakaoSub);
        var snapshot = new ShelfPageSnapshot(KakaoSub, ShelfState.Reading, listing.Entries.Select(ShelfItem.From).ToList(), ShelfCounts.From(listing));

        var json = JsonSerializer.Serialize(snapshot, Web);
        var back = JsonSerializer.Deserialize<ShelfPageSnapshot>(json, Web)!;

        var item = Assert.Single(back.Items);
        Assert.Equal((KakaoSub, ShelfState.Reading, new ShelfCounts(0, 1, 0)), (back.UserId, back.Filter, back.Counts));
        Assert.Equal((Soseki, "こころ", "ja", ShelfState.Reading, 4), (item.Book.Isbn, item.Book.Title, item.Book.Language, item.State, item.Rating));
        Assert.Equal(["夏目漱石"], item.Book.Authors);
        Assert.Equal(NoteSnippet.DefaultLength + 1, item.NoteStart!.Length);
        Assert.Equal("", item.Book.Description);
    }

    [Fact]
    public void PanelSnapshot_RoundTrips_OnAndOffTheShelf()
    {
        var on = new ShelfPanelSnapshot(KakaoSub, Austen, new ShelfEntryView(ShelfState.Read, 5, "note", 3, new DateTime(2026, 1, 2, 3, 4, 5)));
        var off = new ShelfPanelSnapshot(KakaoSub, Austen, null);

        Assert.Equal(on, JsonSerializer.Deserialize<ShelfPanelSnapshot>(JsonSerializer.Serialize(on, Web), Web));
        Assert.Equal(off, JsonSerializer.Deserialize<ShelfPanelSnapshot>(JsonSerializer.Serialize(off, Web), Web));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("line one\n\n  line two\t", 40, "line one line two")]
    [InlineData("abcdefghijk", 5, "abcde…")]
    [InlineData("가나다라마바", 3, "가나다…")]
    [InlineData("👩‍👩‍👧👍🏽abc", 2, "👩‍👩‍👧👍🏽…")]
    public void NoteSnippet_IsOneLine_CutBetweenWholeCharacters(string note, int length, string expected) =>
        Assert.Equal(expected, NoteSnippet.Of(note, length));
}
