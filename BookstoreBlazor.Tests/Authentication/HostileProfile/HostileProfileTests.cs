using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Users;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication.HostileProfile;

/// <summary>
/// Names, nicknames and emails an attacker chose, through the real sign-in (emulated Logto registration or Kakao) and
/// every page that shows them: each stays text, isolated from the text around it, and a name that draws nothing
/// gives way to the next display-name candidate.
/// </summary>
public sealed class HostileProfileTests
{
    private const string Password = "correct-horse";

    [SecurityCase(CatalogueArea.Content, "Markup as the Logto `name` (`<script>`, `<img src=x onerror>`, `\"><svg onload>`), typed at Logto's registration",
        "Shown as text in the greeting, app bar, avatar, profile and sign-out page: HTML-encoded, no element, handler or script injected")]
    [Theory]
    [MemberData(nameof(HostileText.Markup), MemberType = typeof(HostileText))]
    public async Task LogtoNameWithMarkup_IsTextOnEveryPage(string name)
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var home = await RegisterAsync(env, "mallory", name);
        var profile = await env.GoAsync("/profile");
        var signOut = await env.GoAsync("/sign-out");

        Assert.Equal("/", home.Uri.AbsolutePath);
        foreach (var page in new[] { home, profile, signOut })
            HostileText.AssertNoMarkupFrom(page, name);
        Assert.Equal(name, home.IsolatedText("greeting"));
        Assert.Equal(name, home.IsolatedText("user-menu"));
        Assert.Equal(name, home.Attribute("avatar-initials", "aria-label"));
        Assert.Equal(name, profile.IsolatedText("profile-name"));
        Assert.Equal(name, profile.IsolatedText("claim-name"));
        Assert.Equal(name, signOut.IsolatedText("signed-in-as"));
    }

    [SecurityCase(CatalogueArea.Content, "Markup as the Kakao nickname, which becomes the Logto `name` and the linked Kakao card",
        "Shown as text in the greeting, app bar, profile, Kakao card and sign-out page; no element, handler or script injected")]
    [Theory]
    [MemberData(nameof(HostileText.Markup), MemberType = typeof(HostileText))]
    public async Task KakaoNicknameWithMarkup_IsTextOnEveryPage(string nickname)
    {
        var kakao = new KakaoAccount(4646464646, nickname, "mallory@example.com", KakaoProfileImage.Own);
        await using var env = await StartWithKakaoAsync(kakao);

        var home = await env.SignInWithKakaoAsync(kakao);
        var profile = await env.GoAsync("/profile");
        var signOut = await env.GoAsync("/sign-out");

        foreach (var page in new[] { home, profile, signOut })
            HostileText.AssertNoMarkupFrom(page, nickname);
        Assert.Equal(nickname, home.IsolatedText("greeting"));
        Assert.Equal(nickname, home.IsolatedText("user-menu"));
        Assert.Equal(nickname, profile.IsolatedText("profile-name"));
        Assert.Equal(nickname, profile.IsolatedText("linked-identity-name"));
        Assert.Equal(nickname, signOut.IsolatedText("signed-in-as"));
    }

    [SecurityCase(CatalogueArea.Content, "Markup in the email Kakao shares (e.g. `<img src=x onerror=alert(1)>@example.com`)",
        "Shown as text on the profile card, the claims table and the Kakao card; no element, handler or script injected")]
    [Theory]
    [MemberData(nameof(HostileText.Markup), MemberType = typeof(HostileText))]
    public async Task KakaoEmailWithMarkup_IsTextOnEveryPage(string markup)
    {
        var email = markup + "@example.com";
        var kakao = new KakaoAccount(4646464646, "메일러", email, KakaoProfileImage.Own);
        await using var env = await StartWithKakaoAsync(kakao);

        var home = await env.SignInWithKakaoAsync(kakao);
        var profile = await env.GoAsync("/profile");

        foreach (var page in new[] { home, profile })
            HostileText.AssertNoMarkupFrom(page, markup);
        Assert.Equal(email, profile.IsolatedText("profile-email"));
        Assert.Equal(email, profile.IsolatedText("claim-email"));
        Assert.Equal(email, profile.IsolatedText("linked-identity-email"));
    }

    [Fact]
    public async Task RightToLeftOverride_IsKeptAsGiven_ButIsolatedOnEveryPage()
    {
        // Read left to right this ends "admin"; the override is the user's own text, so it stays, inside a <bdi>.
        var kakao = new KakaoAccount(4747474747, "\u202Enimda", "\u202Emoc.elpmaxe@reppilf", KakaoProfileImage.KakaoDefault);
        await using var env = await StartWithKakaoAsync(kakao);

        var home = await env.SignInWithKakaoAsync(kakao);
        var profile = await env.GoAsync("/profile");
        var signOut = await env.GoAsync("/sign-out");

        Assert.Equal(kakao.Nickname, home.IsolatedText("greeting"));
        Assert.Equal(kakao.Nickname, home.IsolatedText("user-menu"));
        Assert.Equal(kakao.Nickname, profile.IsolatedText("profile-name"));
        Assert.Equal(kakao.Nickname, profile.IsolatedText("claim-name"));
        Assert.Equal(kakao.Nickname, profile.IsolatedText("linked-identity-name"));
        Assert.Equal(kakao.Email, profile.IsolatedText("profile-email"));
        Assert.Equal(kakao.Email, profile.IsolatedText("claim-email"));
        Assert.Equal(kakao.Email, profile.IsolatedText("linked-identity-email"));
        Assert.Equal(kakao.Nickname, signOut.IsolatedText("signed-in-as"));
        // The avatar's letter is the first one that draws something, not the override.
        Assert.Equal("N", home.Text("avatar-initials"));
    }

    [SecurityCase(CatalogueArea.Content, "A name made only of invisible characters (U+200B, U+200D, U+FEFF, U+2060, bidi controls, the Hangul filler U+3164)",
        "Treated as no name: greeting, app bar, avatar and profile fall back to the username, else the email, else `sub`; the Kakao card says *Nickname not shared*")]
    [Theory]
    [InlineData("\u200B\u200D\uFEFF")]
    [InlineData("\u3164\u3164")]
    [InlineData("\u2060 \u200B \u202E\u2066")]
    public async Task NameOfOnlyInvisibleCharacters_FallsBackToUsernameThenEmailThenSub(string invisible)
    {
        var withEmail = new KakaoAccount(4848484848, invisible, "ghost@example.com", KakaoProfileImage.KakaoDefault);
        var withoutEmail = new KakaoAccount(4949494949, invisible, null, KakaoProfileImage.KakaoDefault);
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions
        {
            TestAccounts = [new TestAccount("ghost_writer", Password, invisible)],
            Kakao = { Accounts = [withEmail, withoutEmail] },
        });

        var byUsername = await ShownNamesAsync(env, () => env.SignInWithPasswordAsync("ghost_writer", Password));
        var byEmail = await ShownNamesAsync(env, () => env.SignInWithKakaoAsync(withEmail));
        var bySub = await ShownNamesAsync(env, () => env.SignInWithKakaoAsync(withoutEmail));

        Assert.Equal(("ghost_writer", "GW", "Not set", null), byUsername);
        Assert.Equal(("ghost@example.com", "G", "Not set", "Nickname not shared"), byEmail);
        var sub = Assert.Single(env.Logto.Users.All, u => u.Identities.TryGetValue("kakao", out var kakao) && kakao.UserId == "4949494949").Id;
        Assert.Equal((sub, sub[..1].ToUpperInvariant(), "Not set", "Nickname not shared"), bySub);
    }

    [Fact]
    public async Task ZeroWidthCharactersInsideRealText_AreKept()
    {
        // A zero-width joiner builds the emoji; zero-width spaces and Hebrew are legitimate in names too.
        var kakao = new KakaoAccount(5050505050, "👩\u200D💻 카카오\u200B테스터 שלום", "dev@example.com", KakaoProfileImage.KakaoDefault);
        await using var env = await StartWithKakaoAsync(kakao);

        var home = await env.SignInWithKakaoAsync(kakao);
        var profile = await env.GoAsync("/profile");

        Assert.Equal(kakao.Nickname, home.IsolatedText("greeting"));
        Assert.Equal(kakao.Nickname, profile.IsolatedText("linked-identity-name"));
        Assert.Equal("👩\u200D💻카", home.Text("avatar-initials"));
    }

    /// <summary>Signs in, then reads what the app calls the user: display name, avatar letters, name claim, Kakao card.</summary>
    private static async Task<(string? Shown, string? Initials, string? NameClaim, string? KakaoName)> ShownNamesAsync(
        EmulatorEnvironment env, Func<Task<BrowserPage>> signIn)
    {
        var home = await signIn();
        var profile = await env.GoAsync("/profile");
        var signOut = await env.GoAsync("/sign-out");
        var shown = home.IsolatedText("greeting");
        Assert.Equal(shown, home.IsolatedText("user-menu"));
        Assert.Equal(shown, profile.IsolatedText("profile-name"));
        Assert.Equal(shown, signOut.IsolatedText("signed-in-as"));
        var result = (shown, home.Text("avatar-initials"), profile.Text("claim-name"), profile.Text("linked-identity-name"));
        await env.SignOutAsync();
        return result;
    }

    private static Task<EmulatorEnvironment> StartWithKakaoAsync(KakaoAccount account) =>
        EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { Kakao = { Accounts = [account] } });

    /// <summary>Logto's "Create account" screen, reached from the app's <c>/sign-up</c>: the name is whatever was typed.</summary>
    private static async Task<BrowserPage> RegisterAsync(EmulatorEnvironment env, string username, string name)
    {
        var register = await env.GoAsync("/sign-up");
        return await env.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = username, ["name"] = name, ["password"] = Password,
        });
    }
}
