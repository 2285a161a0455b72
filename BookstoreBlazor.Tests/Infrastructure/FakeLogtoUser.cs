namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>A Logto user as the fake tenant reports it. Null values are sent as JSON null, as Logto does.</summary>
public sealed record FakeLogtoUser(
    string Sub,
    string? Name,
    string? Username = null,
    string? Email = null,
    string? Picture = null,
    params string[] Roles)
{
    public static FakeLogtoUser KakaoTester { get; } =
        new("nvadwst6by8k", "카카오테스터", Email: "kakao.tester@example.com", Picture: "https://k.kakaocdn.example/p.jpg");
}

/// <summary>Ways the fake can get an ID token wrong, to prove the app checks each one.</summary>
public enum IdTokenFault
{
    None,
    UnknownSigningKey,
    WrongIssuer,
    WrongAudience,
    Expired,
    WrongNonce,
}
