using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using BookstoreBlazor.Authentication;

namespace BookstoreBlazor.Api;

/// <summary>The bearer scheme's refusals as problem details, and no token accepted while no API resource is configured.</summary>
internal sealed class BearerTokenEvents(IOptions<LogtoOptions> logto) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        if (string.IsNullOrWhiteSpace(logto.Value.ApiResource))
            context.Fail("Bookstore's API resource is not configured (Logto:ApiResource), so no token can be for it.");
        return Task.CompletedTask;
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        // The handler describes token errors it knows (expired, bad signature ...); ours, like a missing resource, by message.
        var failure = context.AuthenticateFailure;
        var description = string.IsNullOrEmpty(context.ErrorDescription) ? failure?.Message : context.ErrorDescription;
        return ApiProblems.WriteUnauthorizedAsync(context.HttpContext, failure is null ? null : "invalid_token", description);
    }
}
