using System.Text.Json.Nodes;

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
    public const string KakaoUserId = "4242424242";

    public static FakeLogtoUser KakaoTester { get; } =
        new("nvadwst6by8k", "카카오테스터", Email: "kakao.tester@example.com", Picture: "https://k.kakaocdn.example/p.jpg")
        {
            Identities = new JsonObject { ["kakao"] = KakaoIdentity(KakaoUserId, "카카오테스터", "kakao.tester@example.com") },
        };

    /// <summary>Userinfo's <c>identities</c> (scope <c>identities</c>); never in the ID token.</summary>
    public JsonObject? Identities { get; init; }

    /// <summary>Userinfo's <c>custom_data</c> (scope <c>custom_data</c>).</summary>
    public JsonObject? CustomData { get; init; }

    /// <summary>One entry of <c>identities</c> shaped like Logto's Kakao connector writes it.</summary>
    public static JsonObject KakaoIdentity(string userId, string? nickname, string? email, JsonObject? rawData = null) => new()
    {
        ["userId"] = userId,
        ["details"] = new JsonObject
        {
            ["id"] = userId,
            ["name"] = nickname,
            ["email"] = email,
            ["avatar"] = "https://k.kakaocdn.example/p.jpg",
            ["rawData"] = rawData ?? new JsonObject { ["id"] = long.Parse(userId), ["properties"] = new JsonObject { ["nickname"] = nickname } },
        },
    };
}
