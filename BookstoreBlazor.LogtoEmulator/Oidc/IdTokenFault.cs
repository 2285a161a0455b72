namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// What the ID token issued at sign-in (the authorization_code grant) gets wrong on purpose, to test that an app refuses
/// it. Everything else about the token stays genuine, so the one fault is the only reason to refuse it.
/// </summary>
public enum IdTokenFault
{
    /// <summary>A genuine ID token.</summary>
    None,

    /// <summary>Signed with another P-384 key that claims the emulator's key id.</summary>
    UnknownSigningKey,

    /// <summary>Unsigned: <c>alg: none</c> and an empty signature.</summary>
    AlgNone,

    /// <summary>HS256 keyed with the emulator's public key, the one the JWKS publishes.</summary>
    HmacWithPublicKey,

    /// <summary>Issued by another Logto tenant.</summary>
    WrongIssuer,

    /// <summary>Issued to another application.</summary>
    WrongAudience,

    /// <summary>Issued two hours ago, expired one hour ago.</summary>
    Expired,

    /// <summary>Issued an hour from now: <c>iat</c> and <c>nbf</c> in the future.</summary>
    NotYetValid,

    /// <summary>Carries a nonce other than the one the app sent.</summary>
    WrongNonce,

    /// <summary>Has no <c>sub</c>.</summary>
    MissingSubject,
}
