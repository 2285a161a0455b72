using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>What arrived at a back-channel logout URI.</summary>
public sealed record ReceivedLogout(string? ContentType, string LogoutToken);

/// <summary>
/// A stand-in app on a real loopback port that only records what is posted to <c>/backchannel-logout</c>,
/// optionally answering late (to play a slow app).
/// </summary>
public sealed class LogoutReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedLogout> _received;

    private LogoutReceiver(WebApplication app, Channel<ReceivedLogout> received)
    {
        _app = app;
        _received = received;
        BaseUri = new Uri(app.Urls.First());
    }

    public Uri BaseUri { get; }

    public Uri LogoutUri => new(BaseUri, "backchannel-logout");

    public static async Task<LogoutReceiver> StartAsync(TimeSpan? answerAfter = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var received = Channel.CreateUnbounded<ReceivedLogout>();
        app.MapPost("/backchannel-logout", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            received.Writer.TryWrite(new ReceivedLogout(context.Request.ContentType, form["logout_token"].ToString()));
            if (answerAfter is { } delay)
                await Task.Delay(delay, context.RequestAborted);
            return Results.Ok();
        });
        await app.StartAsync();
        return new LogoutReceiver(app, received);
    }

    /// <summary>The next logout request, waiting for it at most <paramref name="timeout"/>.</summary>
    public async Task<ReceivedLogout> NextAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? Patience.Background);
        return await _received.Reader.ReadAsync(cancellation.Token);
    }

    /// <summary>Everything received so far that has not been read.</summary>
    public IReadOnlyList<ReceivedLogout> Drain()
    {
        var all = new List<ReceivedLogout>();
        while (_received.Reader.TryRead(out var next))
            all.Add(next);
        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
