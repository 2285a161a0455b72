namespace BookstoreBlazor.Tests.Catalogue;

/// <summary>The catalogue's sections, in the order the README lists them.</summary>
public enum CatalogueArea
{
    Callback,
    Tokens,
    Authorization,
    Redirects,
    Csrf,
    Api,
    Content,
    Clubs,
    BackchannelLogout,
    Faults,
    Load,
    Hardening,
}
