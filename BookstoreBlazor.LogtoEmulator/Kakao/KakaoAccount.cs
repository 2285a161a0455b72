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

    public Uri ImageUrl(Uri imageBase) =>
        new(imageBase, Image == KakaoProfileImage.KakaoDefault ? "default_profile.svg" : $"{Id}.svg");
}

public enum KakaoProfileImage
{
    Own,
    KakaoDefault,
}
