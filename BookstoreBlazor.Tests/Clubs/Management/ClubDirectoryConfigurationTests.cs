using BookstoreBlazor.Clubs;
using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.LogtoEmulator.ManagementApi;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Clubs.Management;

/// <summary><c>Logto:Management</c>: off when empty, checked at start, and filled in from the embedded emulator.</summary>
public sealed class ClubDirectoryConfigurationTests
{
    [Fact]
    public async Task WithoutAnM2MApp_EveryCallIsNotConfigured_AndLogtoIsNotAsked()
    {
        await using var logto = await BookstoreBlazor.LogtoEmulator.LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });
        await using var env = DirectoryEnvironment.StartApp(logto, logto.Endpoint.BaseUri.AbsoluteUri, new Dictionary<string, string?>());
        var directory = env.Directory;
        var club = logto.Organizations.All[0].Id;

        Assert.False(directory.IsConfigured);
        Assert.Equal(DirectoryStatus.NotConfigured, (await directory.FindClubAsync(club)).Status);
        Assert.Equal(DirectoryStatus.NotConfigured, (await directory.MembersAsync(club)).Status);
        Assert.Equal(DirectoryStatus.NotConfigured, (await directory.PendingInvitationsOfClubAsync(club)).Status);
        Assert.Equal(DirectoryStatus.NotConfigured, (await directory.InvitationsForAsync("reader@example.com")).Status);
        var outcomes = new[]
        {
            await directory.InviteAsync(club, "someone@example.com", "inviter00000"),
            await directory.AcceptAsync("invitation0000000000", "user00000000", "reader@example.com"),
            await directory.DeclineAsync("invitation0000000000", "reader@example.com"),
        };
        Assert.All(outcomes, outcome => Assert.Equal(InvitationOutcomeKind.NotConfigured, outcome.Kind));
        Assert.All(outcomes, outcome => Assert.Contains("not set up", outcome.Message));
        Assert.Equal(0, logto.Statistics.ClientCredentialsGrants);
    }

    [Theory]
    [InlineData("app", "", null)]
    [InlineData("", "secret", null)]
    [InlineData("app", "secret", "default.logto.app/api")]
    [InlineData("app", "secret", "https://default.logto.app/api#all")]
    public void AnIdWithoutItsSecret_OrAResourceThatIsNotAnAbsoluteUri_StopsTheStart(string appId, string secret, string? resource)
    {
        var options = new ManagementApiOptions { AppId = appId, AppSecret = secret, Resource = resource ?? ManagementApiOptions.DefaultResource };

        var result = new ManagementApiOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(resource is null ? "go together" : "absolute URI", result.FailureMessage);
    }

    [Theory]
    [InlineData("", "", ManagementApiOptions.DefaultResource)]
    [InlineData("m2m-app", "secret", "https://abc123.logto.app/api")]
    public void NeitherOrBoth_WithAnAbsoluteResource_Starts(string appId, string secret, string resource)
    {
        var options = new ManagementApiOptions { AppId = appId, AppSecret = secret, Resource = resource };

        Assert.True(new ManagementApiOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(appId.Length > 0, options.IsConfigured);
    }

    [Fact]
    public void TheDefaultResource_IsASelfHostedLogtosManagementApi()
    {
        Assert.Equal("https://default.logto.app/api", new ManagementApiOptions().Resource);
    }

    [Fact]
    public async Task ClubsWithOnlyHalfTheM2MApp_StopTheStart_NamingTheKeys()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logto:Management:AppId"] = "m2m-app" });
        builder.AddBookstoreClubs();
        await using var app = builder.Build();

        var refused = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Logto:Management:AppSecret", refused.Message);
    }

    [Fact]
    public async Task Development_WithTheEmbeddedEmulator_UsesItsManagementApp()
    {
        await using var app = new BookstoreAppFactory("", new Dictionary<string, string?> { ["Logto:AppId"] = "", ["Logto:AppSecret"] = "" });
        var directory = app.Services.GetRequiredService<IClubDirectory>();

        var options = app.Services.GetRequiredService<IOptions<ManagementApiOptions>>().Value;
        var invitations = await directory.InvitationsForAsync("reader@example.com");

        Assert.True(directory.IsConfigured);
        Assert.Equal(LogtoManagementApi.DefaultAppId, options.AppId);
        Assert.Equal(LogtoManagementApi.Indicator, options.Resource);
        Assert.Equal(DirectoryStatus.Ok, invitations.Status);
    }
}
