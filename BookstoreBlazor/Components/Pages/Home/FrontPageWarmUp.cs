namespace BookstoreBlazor.Components.Pages.Home;

/// <summary>
/// Starts reading the front page's rows as soon as the app listens, so the first visitor's request finds the read
/// (the process's first catalogue query, the costly one) already under way instead of starting it.
/// </summary>
internal sealed class FrontPageWarmUp(FrontPageCache frontPage) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        // Not awaited: start-up does not wait for it, and a failed read is read again by the first visitor.
        _ = frontPage.GetAsync();
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
