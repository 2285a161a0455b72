using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace BookstoreBlazor.Api;

/// <summary>Tells OpenAPI readers how to authenticate: a Logto access token for the API resource, as a bearer token.</summary>
internal sealed class BearerSecuritySchemeTransformer(IOptions<LogtoOptions> logto) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Bookstore API";
        document.Info.Description =
            $"Logto access tokens for the API resource {Resource} only (RFC 8707), validated against Logto's keys. " +
            $"Scopes: {string.Join(", ", ApiScopes.All.Select(s => $"{s} ({ApiScopes.Describe(s)})"))}. Cookies are never accepted.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiSchemes.Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"A Logto access token whose audience is {Resource}.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiSchemes.Bearer, document)] = [] });
        return Task.CompletedTask;
    }

    private string Resource => string.IsNullOrWhiteSpace(logto.Value.ApiResource) ? "(Logto:ApiResource, not configured)" : logto.Value.ApiResource;
}
