using BookstoreBlazor.LogtoEmulator.Kakao;

namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// An organization the emulator creates at start, with its members and their organization roles: test accounts by
/// username at once, Kakao accounts by Kakao id when that Kakao user is first created (its first sign-in).
/// </summary>
public sealed record OrganizationSeed(string Name, string? Description)
{
    /// <summary>Test account username → organization role names.</summary>
    public IReadOnlyDictionary<string, string[]> Members { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Kakao account id → organization role names, applied when the Kakao user signs in for the first time.</summary>
    public IReadOnlyDictionary<long, string[]> KakaoMembers { get; init; } = new Dictionary<long, string[]>();

    public static OrganizationSeed MidnightReaders { get; } = new("한밤의 독서회", "밤마다 한 장(章)씩 같이 읽는 모임")
    {
        Members = new Dictionary<string, string[]> { ["reader"] = [EmulatorOrganizationRole.OwnerName] },
        KakaoMembers = new Dictionary<long, string[]> { [KakaoAccount.Tester.Id] = [EmulatorOrganizationRole.MemberName] },
    };

    public static OrganizationSeed SosekiReaders { get; } = new("漱石を読む会", "夏目漱石を一冊ずつ、月に一度語り合う会")
    {
        Members = new Dictionary<string, string[]>
        {
            ["admin"] = [EmulatorOrganizationRole.OwnerName],
            ["reader"] = [EmulatorOrganizationRole.MemberName],
        },
        KakaoMembers = new Dictionary<long, string[]> { [KakaoAccount.WithDefaultImage.Id] = [EmulatorOrganizationRole.OwnerName] },
    };

    public static IReadOnlyList<OrganizationSeed> Defaults { get; } = [MidnightReaders, SosekiReaders];
}
