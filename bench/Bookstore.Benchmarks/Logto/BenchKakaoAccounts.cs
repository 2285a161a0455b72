using BookstoreBlazor.LogtoEmulator.Kakao;

namespace Bookstore.Benchmarks.Logto;

public static class BenchKakaoAccounts
{
    private const long FirstKakaoId = 8_100_000_000;

    /// <summary>The same accounts in the benchmark (which picks one per sign-in) and in its emulator process.</summary>
    public static IReadOnlyList<KakaoAccount> Create(int count) => Enumerable.Range(1, count)
        .Select(i => new KakaoAccount(FirstKakaoId + i, $"독자{i:0000}", $"reader{i:0000}@example.com", KakaoProfileImage.Own))
        .ToList();
}
