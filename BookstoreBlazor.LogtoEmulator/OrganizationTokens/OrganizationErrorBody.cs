using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.OrganizationTokens;

/// <summary>
/// Logto's error body for a refused organization request: besides <c>error</c> and <c>error_description</c>, its
/// <c>code</c> (<c>oidc.access_denied</c>) and, for <c>insufficient_scope</c>, the missing <c>scope</c>; and its status,
/// 403 for both, where OpenIddict's token endpoint answers 400.
/// </summary>
internal static class OrganizationErrorBody
{
    private const string MissingScopeProperty = "logto-emulator.organization-missing-scope";
    private const string RefusedProperty = "logto-emulator.organization-refused";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseInlineHandler(context =>
            {
                if (context.Transaction.Properties.ContainsKey(RefusedProperty) && context.Response.Error is { } error)
                {
                    context.Transaction.GetHttpRequest()!.HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
                    context.Response["code"] = "oidc." + error;
                    if (context.Transaction.Properties.TryGetValue(MissingScopeProperty, out var scope))
                    {
                        context.Response["scope"] = (string)scope!;
                    }
                }

                return default;
            })
            .SetOrder(OpenIddictServerAspNetCoreHandlers.AttachHttpResponseCode<ApplyTokenResponseContext>.Descriptor.Order + 1)
            .Build();

    public static void Refuse(ValidateTokenRequestContext context, string error, string description, string? missingScope = null)
    {
        context.Transaction.Properties[RefusedProperty] = true;
        if (missingScope is not null)
        {
            context.Transaction.Properties[MissingScopeProperty] = missingScope;
        }

        context.Reject(error, description);
    }
}
