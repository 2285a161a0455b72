namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>Paths of the simulated Kakao (kauth.kakao.com and kapi.kakao.com) and of Logto's Kakao connector.</summary>
internal static class KakaoRoutes
{
    public const string Authorize = "/kakao/oauth/authorize";
    public const string Token = "/kakao/oauth/token";
    public const string UserMe = "/kakao/v2/user/me";
    public const string Images = "/kakao/images";

    /// <summary>Logto's redirect URI for a connector is <c>{endpoint}/callback/{connectorId}</c>.</summary>
    public const string ConnectorCallback = "/callback/kakao-universal";

    /// <summary>Where the emulator's sign-in experience starts a Kakao sign-in.</summary>
    public const string ConnectorStart = "/social/kakao";

    public const string ConnectorId = "kakao-universal";
    public const string Target = "kakao";
}
