using BookstoreBlazor.LogtoEmulator;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>The emulator warms its pushed-request path at start and leaves no trace of it for apps or tests to see.</summary>
public sealed class StartWarmUpTests
{
    [Fact]
    public async Task AStartedEmulator_HasCountedNoRequest_RecordedNoPush_AndKeepsOnlyItsConfiguredClients()
    {
        await using var logto = await LogtoEmulatorHost.StartAsync();

        Assert.Equal(0, logto.Statistics.Requests);
        Assert.Null(logto.AuthorizationRequests.LastPushed);
        await using var scope = logto.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var clientIds = new List<string?>();
        await foreach (var application in applications.ListAsync())
            clientIds.Add(await applications.GetClientIdAsync(application));
        var configured = logto.Clients.Select(c => c.ClientId).Concat(logto.MachineApps.Select(a => a.ClientId));
        if (logto.ManagementApp is { } management)
            configured = configured.Append(management.ClientId);
        Assert.Equal(configured.Distinct().Order(), clientIds.Order());
    }
}
