namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>A simulated Kakao account. <see cref="Email"/> null means the user shares no email.</summary>
public sealed record KakaoAccount(long Id, string Nickname, string? Email, KakaoProfileImage Image)
{
    /// <summary>Nickname, profile image and email: what most Kakao users share.</summary>
    public static KakaoAccount Tester { get; } = new(4242424242, "카카오테스터", "kakao.tester@example.com", KakaoProfileImage.Own);

    /// <summary>Kakao often cannot make email a required consent item, so some users have none.</summary>
    public static KakaoAccount WithoutEmail { get; } = new(4343434343, "책벌레", null, KakaoProfileImage.Own);

    /// <summary>Still on Kakao's default picture, which Logto's connector maps to no avatar.</summary>
    public static KakaoAccount WithDefaultImage { get; } =
        new(4444444444, "새내기", "saenaegi@example.com", KakaoProfileImage.KakaoDefault);

    public static IReadOnlyList<KakaoAccount> Defaults { get; } = [Tester, WithoutEmail, WithDefaultImage];

    /// <summary>
    /// What <c>/v2/user/me</c> reports as the profile image instead of the simulator's own picture: any string, so
    /// tests can hand the app an upstream value no real Kakao should send (a <c>javascript:</c> URL, say).
    /// </summary>
    public string? ReportedImageUrl { get; init; }

    /// <summary>
    /// Extra entries in <c>properties</c> of <c>/v2/user/me</c>: a Kakao app can define its own user properties, so
    /// the profile (and Logto's <c>rawData</c> copy of it) can be far larger than nickname and picture.
    /// </summary>
    public IReadOnlyDictionary<string, string> CustomProperties { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Roles the Logto user gets when this Kakao account first signs in, besides the tenant's default roles (as if an admin
    /// had assigned them at once), e.g. to make a Kakao user an admin from the start.
    /// </summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public Uri ImageUrl(Uri imageBase) =>
        new(imageBase, Image == KakaoProfileImage.KakaoDefault ? "default_profile.svg" : $"{Id}.svg");

    /// <summary>The profile image URL as Kakao's <c>/v2/user/me</c> sends it.</summary>
    public string ProfileImageUrl(Uri imageBase) => ReportedImageUrl ?? ImageUrl(imageBase).AbsoluteUri;
}

public enum KakaoProfileImage
{
    Own,
    KakaoDefault,
}
