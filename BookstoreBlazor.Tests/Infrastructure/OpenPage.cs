using System.Security.Claims;
using BookstoreBlazor.Sessions.Refresh;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// An open interactive page's authentication state: the provider a circuit gets, handed the principal a page load would
/// give it, recording each new user its revalidation hands the page.
/// </summary>
internal sealed class OpenPage : IDisposable
{
    private readonly IServiceScope _circuit;
    private readonly List<ClaimsPrincipal> _changes = [];

    public OpenPage(EmulatorEnvironment env, ClaimsPrincipal user)
    {
        _circuit = env.App.Services.CreateScope();
        var provider = (SessionRevalidatingAuthenticationStateProvider)_circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        provider.AuthenticationStateChanged += async state =>
        {
            var changed = (await state).User;
            lock (_changes)
                _changes.Add(changed);
        };
    }

    public IReadOnlyList<ClaimsPrincipal> Changes
    {
        get
        {
            lock (_changes)
                return [.. _changes];
        }
    }

    /// <summary>The user of the <paramref name="count"/>th change, once it has happened.</summary>
    public async Task<ClaimsPrincipal> NextChangeAsync(int count)
    {
        await WaitUntilAsync(() => Changes.Count >= count, () => $"Change {count} of the open page's user");
        return Changes[count - 1];
    }

    /// <summary>Each revalidation refreshes at Logto, which a machine busy with other test runs can make slow.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, Func<string> what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience.Background, $"{what()} did not happen within {Patience.Background}.");
            await Task.Delay(100);
        }
    }

    public void Dispose() => _circuit.Dispose();
}
