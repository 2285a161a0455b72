namespace BookstoreBlazor.LogtoEmulator;

/// <summary>The emulator's base URL, like a Logto tenant's endpoint (always ends with a slash).</summary>
public sealed class EmulatorEndpoint(Uri baseUri)
{
    public Uri BaseUri { get; } = new(baseUri.AbsoluteUri.TrimEnd('/') + "/");

    /// <summary>The OpenID Connect issuer: <c>{endpoint}/oidc</c>, without a trailing slash, as Logto has it.</summary>
    public Uri Issuer => new(BaseUri, "oidc");

    public Uri Resolve(string path) => new(BaseUri, path.TrimStart('/'));
}
