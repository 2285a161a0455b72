using System.Security.Claims;
using BookstoreBlazor.Api;

namespace BookstoreBlazor.Tests.Components;

public sealed class FakeApiGrants : IApiGrants
{
    public bool IsConfigured { get; set; }

    public ApiGrant? Grant { get; set; }

    public Task<ApiGrant?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => Task.FromResult(Grant);
}
