namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>The simulated Kakao app: its REST API key (Logto's connector <c>clientId</c>), secret and accounts.</summary>
public sealed class KakaoSimulatorOptions
{
    public string RestApiKey { get; set; } = "bookstore-kakao-rest-api-key";

    /// <summary>Kakao's optional client secret; random per emulator run unless set.</summary>
    public string ClientSecret { get; set; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public List<KakaoAccount> Accounts { get; set; } = [.. KakaoAccount.Defaults];

    /// <summary>
    /// How long the emulator's Kakao connector waits for Kakao's token and user endpoints. The simulated Kakao runs in
    /// this process, so it is only as late as the machine is busy: a limit that a loaded machine cannot reach unless
    /// something hangs. Past it, the sign-in ends on the connector's failure page.
    /// </summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
