using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>What the claim action keeps from Logto's userinfo <c>identities</c>, and what it must never keep.</summary>
public sealed class LinkedIdentitiesClaimActionTests
{
    private const string KakaoNickname = "카카오테스터";
    private const string KakaoEmail = "kakao.tester@example.com";

    private static ClaimsIdentity Run(JsonNode? identities, ClaimsIdentity? identity = null)
    {
        var userInfo = new JsonObject { ["sub"] = "nvadwst6by8k", ["name"] = KakaoNickname };
        if (identities is not null)
            userInfo["identities"] = identities;
        return RunRaw(userInfo.ToJsonString(), identity);
    }

    private static ClaimsIdentity RunRaw(string userInfoJson, ClaimsIdentity? identity = null)
    {
        identity ??= new ClaimsIdentity("Logto");
        using var userInfo = JsonDocument.Parse(userInfoJson);
        new LinkedIdentitiesClaimAction().Run(userInfo.RootElement, identity, "Logto");
        return identity;
    }

    private static List<string> Linked(ClaimsIdentity identity) =>
        identity.FindAll(LogtoClaimTypes.LinkedIdentity).Select(c => c.Value).ToList();

    /// <summary>Userinfo's <c>identities</c> for the Kakao tester, shaped as the emulator (like Logto's Kakao connector) writes it.</summary>
    private static JsonObject Kakao(string? email = KakaoEmail, JsonObject? rawData = null)
    {
        var userId = KakaoAccount.Tester.Id.ToString(CultureInfo.InvariantCulture);
        var profile = new SocialProfile(userId, KakaoNickname, email, "https://k.kakaocdn.example/p.jpg",
            rawData ?? new JsonObject { ["id"] = KakaoAccount.Tester.Id, ["properties"] = new JsonObject { ["nickname"] = KakaoNickname } });
        return new JsonObject { ["kakao"] = new JsonObject { ["userId"] = userId, ["details"] = profile.ToDetails() } };
    }

    [Fact]
    public void KakaoIdentityWithEmail_BecomesOneCompactClaim()
    {
        var identity = Run(Kakao());

        var claim = Assert.Single(identity.FindAll(LogtoClaimTypes.LinkedIdentity));
        Assert.Equal("""{"provider":"kakao","userId":"4242424242","name":"카카오테스터","email":"kakao.tester@example.com"}""", claim.Value);
        Assert.Equal("Logto", claim.Issuer);
    }

    [Theory]
    [InlineData("\u200B\u200D\uFEFF")]
    [InlineData("\u3164")]
    [InlineData("\u202E\u2066 \u2069")]
    public void NicknameThatDrawsNothing_IsLeftOut(string nickname)
    {
        var kakao = Kakao();
        kakao["kakao"]!["details"]!["name"] = nickname;

        var claim = Assert.Single(Linked(Run(kakao)));

        Assert.Equal("""{"provider":"kakao","userId":"4242424242","email":"kakao.tester@example.com"}""", claim);
    }

    [Theory]
    [InlineData("absent")]
    [InlineData("null")]
    [InlineData("empty")]
    public void KakaoIdentityWithoutEmail_LeavesTheEmailOut(string email)
    {
        var kakao = Kakao();
        var details = kakao["kakao"]!["details"]!.AsObject();
        switch (email)
        {
            case "absent": details.Remove("email"); break;
            case "null": details["email"] = null; break;
            default: details["email"] = "  "; break;
        }

        var value = Assert.Single(Linked(Run(kakao)));

        Assert.Equal("""{"provider":"kakao","userId":"4242424242","name":"카카오테스터"}""", value);
    }

    [Fact]
    public void TwoProviders_BecomeOneClaimEach_InLogtosOrder()
    {
        var identities = Kakao();
        identities["google"] = new JsonObject
        {
            ["userId"] = "1090000000001",
            ["details"] = new JsonObject { ["id"] = "1090000000001", ["name"] = "Kim Minsu", ["email"] = "minsu@gmail.example" },
        };

        var values = Linked(Run(identities));

        Assert.Equal(2, values.Count);
        Assert.StartsWith("""{"provider":"kakao","userId":"4242424242",""", values[0]);
        Assert.Equal("""{"provider":"google","userId":"1090000000001","name":"Kim Minsu","email":"minsu@gmail.example"}""", values[1]);
    }

    [Fact]
    public void HugeRawDataAndAvatar_AreNeverCopied()
    {
        var huge = new string('x', 100 * 1024);
        var rawData = new JsonObject { ["id"] = 4242424242, ["kakao_account"] = new JsonObject { ["profile"] = new JsonObject { ["bio"] = huge } } };

        var identity = Run(Kakao(rawData: rawData));

        var values = identity.Claims.Select(c => c.Value).ToList();
        Assert.Single(values);
        Assert.DoesNotContain(values, v => v.Contains("xxxxxxxxxx", StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("rawData", StringComparison.Ordinal) || v.Contains("avatar", StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("kakaocdn", StringComparison.Ordinal));
        Assert.InRange(values.Sum(v => v.Length), 1, 200);
    }

    [Theory]
    [InlineData("""{"sub":"s"}""")]
    [InlineData("""{"sub":"s","identities":null}""")]
    [InlineData("""{"sub":"s","identities":"kakao"}""")]
    [InlineData("""{"sub":"s","identities":42}""")]
    [InlineData("""{"sub":"s","identities":[{"kakao":{"userId":"1"}}]}""")]
    [InlineData("""{"sub":"s","identities":{}}""")]
    [InlineData("""{"sub":"s","identities":{"kakao":"4242424242"}}""")]
    [InlineData("""{"sub":"s","identities":{"kakao":["4242424242"]}}""")]
    [InlineData("""{"sub":"s","identities":{"kakao":null}}""")]
    [InlineData("""{"sub":"s","identities":{"kakao":{"details":{"id":"4242424242","name":"n"}}}}""")]
    [InlineData("""{"sub":"s","identities":{"kakao":{"userId":4242424242}}}""")]
    [InlineData("""{"sub":"s","identities":{"kakao":{"userId":""}}}""")]
    [InlineData("""{"sub":"s","identities":{"kakao":{"userId":"   "}}}""")]
    [InlineData("""{"sub":"s","identities":{" ":{"userId":"1"}}}""")]
    public void MalformedIdentities_AddNoClaims(string userInfo)
    {
        var identity = RunRaw(userInfo);

        Assert.Empty(identity.Claims);
    }

    [Fact]
    public void ProviderWithoutUserId_IsSkipped_OthersAreKept()
    {
        var identities = Kakao();
        identities["kakao"]!.AsObject().Remove("userId");
        identities["github"] = new JsonObject { ["userId"] = "583231" };

        var value = Assert.Single(Linked(Run(identities)));

        Assert.Equal("""{"provider":"github","userId":"583231"}""", value);
    }

    [Fact]
    public void DetailsThatAreNotAnObject_KeepOnlyProviderAndUserId()
    {
        var value = Assert.Single(Linked(RunRaw("""{"identities":{"kakao":{"userId":"1","details":"oops"}}}""")));

        Assert.Equal("""{"provider":"kakao","userId":"1"}""", value);
    }

    [Fact]
    public void NonStringNameOrEmail_IsLeftOut()
    {
        var value = Assert.Single(Linked(RunRaw("""{"identities":{"kakao":{"userId":"1","details":{"name":{"first":"a"},"email":["e@x.example"]}}}}""")));

        Assert.Equal("""{"provider":"kakao","userId":"1"}""", value);
    }

    [Fact]
    public void EveryField_IsCappedAt256Characters()
    {
        var identities = new JsonObject
        {
            [new string('p', 300)] = new JsonObject
            {
                ["userId"] = new string('1', 300),
                ["details"] = new JsonObject { ["name"] = new string('가', 1000), ["email"] = new string('e', 400) + "@example.com" },
            },
        };

        var linked = LinkedIdentityValue(Assert.Single(Linked(Run(identities))));

        Assert.Equal(new string('p', 256), linked["provider"]!.GetValue<string>());
        Assert.Equal(new string('1', 256), linked["userId"]!.GetValue<string>());
        Assert.Equal(new string('가', 256), linked["name"]!.GetValue<string>());
        Assert.Equal(new string('e', 256), linked["email"]!.GetValue<string>());
    }

    [Fact]
    public void Capping_NeverSplitsASurrogatePair()
    {
        var name = new string('a', 255) + "😀😀";
        var identities = new JsonObject { ["kakao"] = new JsonObject { ["userId"] = "1", ["details"] = new JsonObject { ["name"] = name } } };

        var kept = LinkedIdentityValue(Assert.Single(Linked(Run(identities))))["name"]!.GetValue<string>();

        Assert.Equal(new string('a', 255), kept);
    }

    [Fact]
    public void AtMostTenProviders_AreKept_TheFirstOnes()
    {
        var identities = new JsonObject();
        for (var i = 0; i < 15; i++)
            identities[$"provider{i}"] = new JsonObject { ["userId"] = $"id-{i}" };

        var providers = Linked(Run(identities)).Select(v => LinkedIdentityValue(v)["provider"]!.GetValue<string>()).ToList();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"provider{i}"), providers);
    }

    [Fact]
    public void MalformedProviders_DoNotCountTowardsTheLimit()
    {
        var identities = new JsonObject();
        for (var i = 0; i < 5; i++)
            identities[$"broken{i}"] = "not an object";
        for (var i = 0; i < 10; i++)
            identities[$"provider{i}"] = new JsonObject { ["userId"] = $"id-{i}" };

        Assert.Equal(10, Linked(Run(identities)).Count);
    }

    [Fact]
    public void AClaimOfTheSameTypeFromElsewhere_IsReplacedByWhatUserInfoSays()
    {
        var identity = new ClaimsIdentity([new Claim(LogtoClaimTypes.LinkedIdentity, """{"provider":"evil","userId":"1"}""")], "Logto");

        Run(Kakao(), identity);

        var value = Assert.Single(Linked(identity));
        Assert.Contains("\"provider\":\"kakao\"", value);
    }

    [Fact]
    public void OtherClaims_AreLeftAlone()
    {
        var identity = new ClaimsIdentity([new Claim(LogtoClaimTypes.Subject, "nvadwst6by8k"), new Claim(LogtoClaimTypes.Name, KakaoNickname)], "Logto");

        Run(Kakao(), identity);

        Assert.Equal([LogtoClaimTypes.Subject, LogtoClaimTypes.Name, LogtoClaimTypes.LinkedIdentity], identity.Claims.Select(c => c.Type));
    }

    private static JsonObject LinkedIdentityValue(string value) => JsonNode.Parse(value)!.AsObject();
}
