using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// A connection to the app's Blazor hub as blazor.web.js makes it: negotiate, then a WebSocket, protocol
/// "blazorpack", with the browser's cookies on both (the circuit's user is whoever the WebSocket request signs in as).
/// </summary>
internal static class CircuitHubConnection
{
    public const string HubPath = "_blazor";

    public static HubConnection Create(BlazorCircuitSettings settings, CookieContainer cookies, ICollection<IDisposable> owned)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(settings.AppBase, HubPath), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.HttpMessageHandlerFactory = _ => new CookieJarHandler(cookies, settings.CreateHandler());
            options.WebSocketFactory = (context, cancellationToken) => ConnectWebSocketAsync(context, settings, cookies, owned, cancellationToken);
        });
        // Registered last, so it replaces the JSON protocol the builder adds by default.
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        return builder.Build();
    }

    /// <summary>
    /// The WebSocket goes through the harness's handler too (so its certificate is trusted), which means the jar's
    /// cookies travel as a header: ClientWebSocket refuses its own cookie options alongside a handler.
    /// </summary>
    private static async ValueTask<WebSocket> ConnectWebSocketAsync(WebSocketConnectionContext context, BlazorCircuitSettings settings,
        CookieContainer cookies, ICollection<IDisposable> owned, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        var httpForm = new UriBuilder(context.Uri) { Scheme = context.Uri.Scheme == "wss" ? "https" : "http" }.Uri;
        if (cookies.GetCookieHeader(httpForm) is { Length: > 0 } header)
            socket.Options.SetRequestHeader("Cookie", header);

        var invoker = new HttpMessageInvoker(settings.CreateHandler());
        lock (owned)
            owned.Add(invoker);
        try
        {
            await socket.ConnectAsync(context.Uri, invoker, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
