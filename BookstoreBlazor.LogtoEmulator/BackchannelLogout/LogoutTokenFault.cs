namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>What <see cref="LogtoEmulatorHost.CreateLogoutToken"/> gets wrong on purpose, to test a receiver.</summary>
public enum LogoutTokenFault
{
    /// <summary>A genuine logout token.</summary>
    None,

    /// <summary>Signed with another P-384 key that claims the emulator's key id.</summary>
    UnknownKey,
    WrongIssuer,
    WrongAudience,

    /// <summary>Issued an hour ago (and, like Logto's, without <c>exp</c>).</summary>
    Expired,

    /// <summary>Issued now, with an <c>exp</c> an hour in the past.</summary>
    ExpiryPassed,
    IssuedInTheFuture,
    MissingIssuedAt,
    WithNonce,
    MissingEvents,

    /// <summary>The back-channel logout event is there, but its value is a string rather than an object.</summary>
    EventNotAnObject,
    NoSidNorSub,
    MissingJti,

    /// <summary>Header <c>typ: JWT</c> instead of <c>logout+jwt</c>.</summary>
    WrongType,

    /// <summary>Unsigned: <c>alg: none</c> and an empty signature.</summary>
    AlgNone,

    /// <summary>HS256 with the emulator's public key (PEM) as the secret: the classic algorithm-confusion forgery.</summary>
    HmacWithPublicKey,
}
