using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>What arrived at a back-channel logout URI.</summary>
public sealed record ReceivedLogout(string? ContentType, string LogoutToken);

/// <summary>
/// A stand-in app on a real loopback port that only records what is posted to <c>/backchannel-logout</c>, and
/// optionally never answers while it runs (to play an app too slow for any sender to wait for).
/// </summary>
public sealed class LogoutReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedLogout> _received = Channel.CreateUnbounded<ReceivedLogout>();
    private readonly CancellationTokenSource _stopping = new();
    private int _unanswered;

    private LogoutReceiver(WebApplication app, bool holdAnswers)
    {
        _app = app;
        app.MapPost("/backchannel-logout", async (HttpContext context) =>
        {
            Interlocked.Increment(ref _unanswered);
            try
            {
                var form = await context.Request.ReadFormAsync();
                _received.Writer.TryWrite(new ReceivedLogout(context.Request.ContentType, form["logout_token"].ToString()));
                if (holdAnswers)
                {
                    using var givenUp = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
                    await Task.Delay(Timeout.Infinite, givenUp.Token);
                }
                return Results.Ok();
            }
            finally
            {
                Interlocked.Decrement(ref _unanswered);
            }
        });
    }

    public Uri BaseUri => new(_app.Urls.First());

    public Uri LogoutUri => new(BaseUri, "backchannel-logout");

    /// <summary>Requests that arrived and are still open: neither answered nor given up by the sender.</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    public static async Task<LogoutReceiver> StartAsync(bool holdAnswers = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new LogoutReceiver(builder.Build(), holdAnswers);
        await receiver._app.StartAsync();
        return receiver;
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
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
