namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// Font stacks of fonts readers already have (a cover never downloads one), per language: Han characters are drawn
/// differently in Japan and Korea, so a Japanese title asks for a Japanese font first and a Korean one for a Korean.
/// </summary>
internal static class CoverFonts
{
    public static string Title(string language) => language switch
    {
        "ko" => "'Noto Serif CJK KR', 'Noto Serif KR', 'Nanum Myeongjo', AppleMyungjo, Batang, 'Noto Sans CJK KR', serif",
        "ja" => "'Noto Serif CJK JP', 'Noto Serif JP', 'Hiragino Mincho ProN', 'Yu Mincho', 'MS Mincho', 'Noto Sans CJK JP', serif",
        _ => "Georgia, 'Times New Roman', 'Noto Serif', 'DejaVu Serif', 'Noto Serif CJK KR', serif",
    };

    public static string Text(string language) => language switch
    {
        "ko" => "'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif",
        "ja" => "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif",
        _ => "'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK KR', sans-serif",
    };
}
