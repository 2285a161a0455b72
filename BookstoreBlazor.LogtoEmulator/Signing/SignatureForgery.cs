namespace BookstoreBlazor.LogtoEmulator.Signing;

/// <summary>How a test token is signed: genuinely, or in one of the ways an attacker without Logto's key would try.</summary>
public enum SignatureForgery
{
    /// <summary>With the emulator's own signing key, as Logto signs.</summary>
    None,

    /// <summary>With another P-384 key that claims the emulator's key id.</summary>
    UnknownKey,

    /// <summary>Unsigned: <c>alg: none</c> and an empty signature.</summary>
    AlgNone,

    /// <summary>HS256 with the emulator's public key (PEM) as the secret: the classic algorithm-confusion forgery.</summary>
    HmacWithPublicKey,
}
