namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>Profile pictures for the simulated accounts, drawn as SVG so nothing is fetched from the internet.</summary>
internal static class KakaoAvatars
{
    private static readonly string[] Colours = ["#F2A65A", "#6CB4EE", "#8FD694", "#C39BD3"];

    public static IResult Render(string file, KakaoSimulator kakao)
    {
        if (file == "default_profile.svg")
        {
            return Svg("#D9D9D9", "<circle cx='32' cy='25' r='11' fill='#fff'/><path d='M12 56c2-11 10-17 20-17s18 6 20 17z' fill='#fff'/>");
        }

        var account = long.TryParse(Path.GetFileNameWithoutExtension(file), out var id) ? kakao.FindAccount(id) : null;
        if (account is null || !file.EndsWith(".svg", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var colour = Colours[(int)(account.Id % Colours.Length)];
        var initial = System.Net.WebUtility.HtmlEncode(account.Nickname[..1]);
        return Svg(colour, $"<text x='32' y='42' font-size='28' text-anchor='middle' fill='#fff' font-family='sans-serif'>{initial}</text>");
    }

    private static IResult Svg(string background, string body) => Results.Text(
        $"<svg xmlns='http://www.w3.org/2000/svg' width='64' height='64' viewBox='0 0 64 64'><rect width='64' height='64' fill='{background}'/>{body}</svg>",
        "image/svg+xml");
}
