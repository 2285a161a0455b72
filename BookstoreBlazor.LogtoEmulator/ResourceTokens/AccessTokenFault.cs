namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>
/// What <see cref="LogtoEmulatorHost.CreateAccessToken"/> gets wrong on purpose, to test that an API refuses the token.
/// Everything else stays genuine, so the one fault is the only reason to refuse it.
/// </summary>
public enum AccessTokenFault
{
    /// <summary>A genuine access token, as Logto issues for the resource.</summary>
    None,

    /// <summary>Issued two hours ago, expired one hour ago.</summary>
    Expired,

    /// <summary>For another API resource of the same tenant.</summary>
    WrongAudience,

    /// <summary>Issued by another Logto tenant.</summary>
    WrongIssuer,

    /// <summary>Signed with another P-384 key that claims the emulator's key id.</summary>
    UnknownKey,

    /// <summary>Unsigned: <c>alg: none</c> and an empty signature.</summary>
    AlgNone,

    /// <summary>HS256 with the emulator's public key (PEM) as the secret: the classic algorithm-confusion forgery.</summary>
    HmacWithPublicKey,

    /// <summary>Issued an hour from now: <c>iat</c> and <c>nbf</c> in the future.</summary>
    NotYetValid,
}
