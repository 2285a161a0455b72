using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Catalog;

/// <summary>
/// A small catalogue in three languages and all genres, added through <see cref="CatalogEditor"/> as an admin would:
/// enough for two pages of the list, a search in Hangul that finds two books, and rows on the front page.
/// </summary>
public static class SampleBooks
{
    public const string YunDongju = "윤동주";

    public static IReadOnlyList<BookDraft> All { get; } =
    [
        Korean(1, "하늘과 바람과 별과 시", "Sky, Wind, Stars and Poems", YunDongju, "Yun Dong-ju", 1948, "poetry", 12000, featured: true,
            "The only collection of a young poet who died in a Fukuoka prison months before liberation: quiet, clear poems of shame, hope and the stars."),
        Korean(2, "윤동주 전집", "The Complete Poems of Yun Dong-ju", YunDongju, "Yun Dong-ju", 1955, "poetry", 18000),
        Korean(3, "무정", "The Heartless", "이광수", "Yi Kwang-su", 1917, "novel", 15000, featured: true),
        Korean(4, "운수 좋은 날", "A Lucky Day", "현진건", "Hyeon Jin-geon", 1924, "short-stories", 9000),
        Korean(5, "메밀꽃 필 무렵", "When the Buckwheat Blooms", "이효석", "Lee Hyo-seok", 1936, "short-stories", 9500, featured: true),
        Korean(6, "날개", "Wings", "이상", "Yi Sang", 1936, "short-stories", 8500),
        Korean(7, "님의 침묵", "The Silence of Love", "한용운", "Han Yong-un", 1926, "poetry", 11000),
        Korean(8, "소나기", "The Shower", "황순원", "Hwang Sun-won", 1953, "short-stories", 8000),
        Korean(9, "봄봄", "Spring, Spring", "김유정", "Kim Yu-jeong", 1935, "short-stories", 8000),
        Korean(10, "사슴", "Deer", "백석", "Baek Seok", 1936, "poetry", 10000),
        Korean(11, "만세전", "On the Eve of the Uprising", "염상섭", "Yeom Sang-seop", 1924, "novel", 14000),
        Japanese(1, "坊っちゃん", "Botchan", "夏目漱石", "Natsume Sōseki", 1906, "novel", 9000, featured: true),
        Japanese(2, "こころ", "Kokoro", "夏目漱石", "Natsume Sōseki", 1914, "novel", 10000),
        Japanese(3, "吾輩は猫である", "I Am a Cat", "夏目漱石", "Natsume Sōseki", 1905, "novel", 13000),
        Japanese(4, "羅生門", "Rashōmon", "芥川龍之介", "Akutagawa Ryūnosuke", 1915, "short-stories", 7000),
        Japanese(5, "銀河鉄道の夜", "Night on the Galactic Railroad", "宮沢賢治", "Miyazawa Kenji", 1934, "children", 9000, featured: true),
        Japanese(6, "注文の多い料理店", "The Restaurant of Many Orders", "宮沢賢治", "Miyazawa Kenji", 1924, "children", 8000),
        Japanese(7, "人間失格", "No Longer Human", "太宰治", "Dazai Osamu", 1948, "novel", 9500),
        Japanese(8, "走れメロス", "Run, Melos!", "太宰治", "Dazai Osamu", 1940, "short-stories", 7500),
        Japanese(9, "ごん狐", "Gon, the Little Fox", "新美南吉", "Niimi Nankichi", 1932, "children", 7000),
        Japanese(10, "怪人二十面相", "The Fiend with Twenty Faces", "江戸川乱歩", "Edogawa Ranpo", 1936, "mystery", 9000),
        Japanese(11, "みだれ髪", "Tangled Hair", "与謝野晶子", "Yosano Akiko", 1901, "poetry", 8000),
        English(1, "Pride and Prejudice", "Jane Austen", 1813, "novel", 14000, featured: true),
        English(2, "The Adventures of Tom Sawyer", "Mark Twain", 1876, "children", 13000),
        English(3, "The Hound of the Baskervilles", "Arthur Conan Doyle", 1902, "mystery", 12000, featured: true),
        English(4, "The Time Machine", "H. G. Wells", 1895, "science-fiction", 11000),
        English(5, "Frankenstein; or, The Modern Prometheus", "Mary Shelley", 1818, "science-fiction", 12500, featured: true),
        English(6, "The Importance of Being Earnest", "Oscar Wilde", 1895, "drama", 9000),
        English(7, "Leaves of Grass", "Walt Whitman", 1855, "poetry", 15000),
        English(8, "A Room of One's Own", "Virginia Woolf", 1929, "essays", 10000),
    ];

    /// <summary>Adds every sample book; the app's own seed books stay.</summary>
    public static async Task AddAllAsync(CatalogEditor editor)
    {
        foreach (var draft in All)
        {
            var result = await editor.AddAsync(draft, BookDatabase.Admin);
            Assert.True(result.Value is not null, $"{draft.Title} was refused");
        }
    }

    public static string IsbnOf(string title) => All.Single(b => b.Title == title).Isbn!;

    /// <summary>A valid ISBN-13 from a 12-digit stem.</summary>
    public static string Isbn13(string stem) => stem + Isbn.CheckDigit(stem);

    private static BookDraft Korean(int n, string title, string alternate, string author, string latin, int year, string genre,
        int price, bool featured = false, string? description = null) =>
        Draft(Isbn13($"97889{n:0000000}"), title, alternate, author, latin, year, "ko", genre, price, featured, description);

    private static BookDraft Japanese(int n, string title, string alternate, string author, string latin, int year, string genre,
        int price, bool featured = false) =>
        Draft(Isbn13($"97840{n:0000000}"), title, alternate, author, latin, year, "ja", genre, price, featured, null);

    private static BookDraft English(int n, string title, string author, int year, string genre, int price, bool featured = false) =>
        Draft(Isbn13($"97801{n:0000000}"), title, null, author, null, year, "en", genre, price, featured, null);

    private static BookDraft Draft(string isbn, string title, string? alternate, string author, string? latin, int year,
        string language, string genre, int price, bool featured, string? description) => new()
    {
        Isbn = isbn,
        Title = title,
        AlternateTitle = alternate,
        Authors = [author],
        AuthorsLatin = latin is null ? [] : [latin],
        Year = year,
        Language = language,
        Genre = genre,
        Price = price,
        Featured = featured,
        Description = description ?? $"One of the classics of {BookLanguages.NameOf(language)} literature, first published in {year}.",
    };
}
