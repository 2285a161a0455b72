using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// An authorization request naming more than one <c>resource</c> (RFC 8707 repeats the parameter), which the handler's
/// message, one value per parameter, cannot hold: the first stays in <see cref="OpenIdConnectMessage.Resource"/>, the
/// others are appended to the redirect URL here, or to the pushed request by <see cref="MoreResourcesPush"/>. A request
/// already pushed (only <c>client_id</c> and <c>request_uri</c> left) gets none: they went with the push.
/// </summary>
internal sealed class MoreResourcesMessage : OpenIdConnectMessage
{
    public MoreResourcesMessage(OpenIdConnectMessage request, IReadOnlyList<string> moreResources) : base(request)
    {
        MoreResources = moreResources;
    }

    public IReadOnlyList<string> MoreResources { get; }

    /// <summary>Kept through the handler's copies, so the copy it pushes still knows the other resources.</summary>
    public override OpenIdConnectMessage Clone() => new MoreResourcesMessage(this, MoreResources);

    public override string CreateAuthenticationRequestUrl()
    {
        var url = base.CreateAuthenticationRequestUrl();
        return string.IsNullOrEmpty(Resource)
            ? url
            : url + string.Concat(MoreResources.Select(resource => "&resource=" + Uri.EscapeDataString(resource)));
    }

    /// <summary>Every parameter as it goes on the wire, each resource its own <c>resource</c> pair.</summary>
    public IEnumerable<KeyValuePair<string, string>> FormParameters() =>
        Parameters.Where(p => p.Value is not null)
            .Concat(string.IsNullOrEmpty(Resource) ? [] : MoreResources.Select(resource => KeyValuePair.Create("resource", resource)));
}
