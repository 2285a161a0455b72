using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>Checks <c>Logto:Management</c> at start-up: an App ID with its secret or neither, and an absolute resource URI.</summary>
internal sealed class ManagementApiOptionsValidator : IValidateOptions<ManagementApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ManagementApiOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AppId) != string.IsNullOrWhiteSpace(options.AppSecret))
            problems.Add("Logto:Management:AppId and Logto:Management:AppSecret go together: set both to the App ID and App secret " +
                         "of a machine-to-machine app with the Management API role, or neither (club invitations are then off). " +
                         "Set the secret with Logto__Management__AppSecret or: dotnet user-secrets set \"Logto:Management:AppSecret\" " +
                         "\"<value>\" --project BookstoreBlazor");
        if (!Uri.TryCreate(options.Resource, UriKind.Absolute, out var resource) || !string.IsNullOrEmpty(resource.Fragment))
            problems.Add($"Logto:Management:Resource '{options.Resource}' must be the Management API's indicator, an absolute URI: " +
                         $"{ManagementApiOptions.DefaultResource} for a self-hosted Logto, https://{{tenantId}}.logto.app/api for Logto Cloud.");

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Bookstore cannot start: the Logto:Management configuration is wrong." + Environment.NewLine +
                                         string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
    }
}
