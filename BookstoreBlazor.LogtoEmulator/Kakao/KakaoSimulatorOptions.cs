namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>The simulated Kakao app: its REST API key (Logto's connector <c>clientId</c>), secret and accounts.</summary>
public sealed class KakaoSimulatorOptions
{
    public string RestApiKey { get; set; } = "bookstore-kakao-rest-api-key";

    /// <summary>Kakao's optional client secret; random per emulator run unless set.</summary>
    public string ClientSecret { get; set; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public List<KakaoAccount> Accounts { get; set; } = [.. KakaoAccount.Defaults];
}
