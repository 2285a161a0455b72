using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// One real interactive circuit, opened the way blazor.web.js opens it for a prerendered page: GET the page with the
/// browser's cookies, StartCircuit with no components, wait for the renderer to attach, then add the page's root
/// components from its markers. Every render batch is acknowledged and every JS call answered, so the server sees
/// a live browser. Fails on <c>JS.Error</c> or a closed connection.
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    private readonly BlazorCircuitSettings _settings;
    private readonly CookieContainer _cookies;
    private readonly List<IDisposable> _owned = [];
    private readonly HubConnection _hub;
    private readonly TaskCompletionSource _attached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _rendered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<ReceivedRenderBatch> _batchesSinceRendered = new();
    private readonly ConcurrentQueue<RequestedNavigation> _navigations = new();
    private readonly ConcurrentDictionary<string, int> _guessedJsCalls = new(StringComparer.Ordinal);
    private byte[] _proof = [];
    private string? _secret;
    private int _nextJsObjectId;
    private int _renderBatches;
    private int _jsCalls;
    private int _closing;

    private BlazorCircuit(BlazorCircuitSettings settings, CookieContainer cookies)
    {
        _settings = settings;
        _cookies = cookies;
        _hub = CircuitHubConnection.Create(settings, cookies, _owned);
        _hub.On<long, string, string, int, long, int>("JS.BeginInvokeJS", AnswerJsCallAsync);
        _hub.On<long, byte[]>("JS.RenderBatch", AcknowledgeRenderBatchAsync);
        _hub.On<string>("JS.Error", error => Fail("JS.Error: " + error));
        _hub.On<int, string>("JS.AttachComponent", (componentId, selector) => Trace($"AttachComponent {componentId} at {selector}"));
        _hub.On<long>("JS.EndUpdateRootComponents", batchId => Trace($"EndUpdateRootComponents {batchId}"));
        _hub.On<string, bool, string>("JS.EndInvokeDotNet", (_, _, _) => { });
        _hub.On<int, string, string?, bool>("JS.EndLocationChanging", (_, _, _, _) => { });
        _hub.Closed += error =>
        {
            if (Volatile.Read(ref _closing) == 0)
                Fail("connection closed" + (error is null ? "" : ": " + error.Message));
            return Task.CompletedTask;
        };
    }

    /// <summary>Why the circuit failed (a JS.Error or the connection closing), or null while it is healthy.</summary>
    public string? Failure => _failed.Task.IsCompleted ? _failed.Task.Result : null;

    public bool IsConnected => Failure is null && _hub.State == HubConnectionState.Connected;

    public int RenderBatches => Volatile.Read(ref _renderBatches);

    public int JsCalls => Volatile.Read(ref _jsCalls);

    /// <summary>Calls expecting a value that were answered with a guessed null (identifier, count); should stay empty.</summary>
    public IReadOnlyDictionary<string, int> GuessedJsCalls => _guessedJsCalls;

    /// <summary>Where the app sent the browser (NavigationManager.NavigateTo), in order.</summary>
    public IReadOnlyList<RequestedNavigation> Navigations => [.. _navigations];

    /// <summary>The render batches that arrived after the one proving the interactive render, in order.</summary>
    public IReadOnlyList<ReceivedRenderBatch> BatchesSinceRendered => [.. _batchesSinceRendered];

    /// <summary>The first render batch that arrived at or after <paramref name="timestamp"/>, if any.</summary>
    public ReceivedRenderBatch? FirstBatchSince(long timestamp) => _batchesSinceRendered.FirstOrDefault(batch => batch.ReceivedAt >= timestamp);

    /// <summary>The first navigation the app asked for at or after <paramref name="timestamp"/>, if any.</summary>
    public RequestedNavigation? FirstNavigationSince(long timestamp) => _navigations.FirstOrDefault(navigation => navigation.RequestedAt >= timestamp);

    /// <summary>
    /// When the page first changed at or after <paramref name="timestamp"/>: a render batch (an interactive page
    /// switching its UI) or a requested navigation (a static page's island loading the signed-out page), or null.
    /// </summary>
    public long? FirstChangeSince(long timestamp)
    {
        var batch = FirstBatchSince(timestamp)?.ReceivedAt;
        var navigation = FirstNavigationSince(timestamp)?.RequestedAt;
        return batch is null ? navigation : navigation is null ? batch : Math.Min(batch.Value, navigation.Value);
    }

    /// <summary>Opens a circuit for the browser whose cookies are <paramref name="cookies"/> and waits until it has rendered.</summary>
    public static async Task<BlazorCircuit> OpenAsync(BlazorCircuitSettings settings, CookieContainer cookies, CancellationToken cancellationToken = default)
    {
        var circuit = new BlazorCircuit(settings, cookies);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.OpenTimeout);
        try
        {
            await circuit.StartAsync(timeout.Token);
            return circuit;
        }
        catch (Exception e)
        {
            await circuit.DisposeAsync();
            if (e is BlazorCircuitException)
                throw;
            throw new BlazorCircuitException(
                circuit.Failure ?? (e is OperationCanceledException && !cancellationToken.IsCancellationRequested
                    ? $"not rendered within {settings.OpenTimeout.TotalSeconds:0} s"
                    : e.GetType().Name + ": " + e.Message), e);
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        // Markers expire (their descriptors are valid for 5 minutes) and each may be used once: fetch right before use.
        var page = PrerenderedPage.Parse(await GetPageAsync(cancellationToken), _settings.ProofSelector);
        _proof = Encoding.UTF8.GetBytes(page.ProofText);

        await _hub.StartAsync(cancellationToken);
        // A Blazor Web App starts the circuit empty ("[]") and adds its root components once the renderer attaches.
        _secret = await _hub.InvokeAsync<string?>("StartCircuit", _settings.AppBase.AbsoluteUri, _settings.PageUri.AbsoluteUri,
                      "[]", page.ComponentState, cancellationToken)
                  ?? throw new BlazorCircuitException("The server refused to start a circuit.");
        await UntilOrFailedAsync(_attached.Task, cancellationToken);
        await _hub.SendAsync("UpdateRootComponents", page.AddRootComponentsOperations(), page.ComponentState, cancellationToken);
        await UntilOrFailedAsync(_rendered.Task, cancellationToken);
    }

    private async Task<string> GetPageAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new CookieJarHandler(_cookies, _settings.CreateHandler()));
        using var request = new HttpRequestMessage(HttpMethod.Get, _settings.PageUri);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage?.RequestUri?.AbsolutePath != _settings.PageUri.AbsolutePath)
            throw new BlazorCircuitException($"GET {_settings.PageUri.AbsolutePath} answered {(int)response.StatusCode} " +
                                             $"at {response.RequestMessage?.RequestUri?.AbsolutePath} (not signed in?).");
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private async Task UntilOrFailedAsync(Task awaited, CancellationToken cancellationToken)
    {
        await Task.WhenAny(awaited, _failed.Task).WaitAsync(cancellationToken);
        if (Failure is { } failure)
            throw new BlazorCircuitException(failure);
    }

    private async Task AnswerJsCallAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        Interlocked.Increment(ref _jsCalls);
        Trace($"BeginInvokeJS {identifier} resultType={resultType} target={targetInstanceId} args={argsJson}");
        if (identifier == "Blazor._internal.attachWebRendererInterop")
            _attached.TrySetResult();
        else if (identifier == NavigateTo)
            _navigations.Enqueue(new RequestedNavigation(FirstArgument(argsJson), Stopwatch.GetTimestamp()));
        else if (JsInteropReplies.IsGuess(identifier, resultType))
            _guessedJsCalls.AddOrUpdate(identifier, 1, (_, count) => count + 1);

        // Handle 0 means fire-and-forget: the server awaits no answer.
        if (asyncHandle == 0)
            return;
        var result = JsInteropReplies.For(identifier, resultType, () => Interlocked.Increment(ref _nextJsObjectId));
        await _hub.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{asyncHandle},true,{result}]");
    }

    private async Task AcknowledgeRenderBatchAsync(long batchId, byte[] data)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _renderBatches);
        Trace($"RenderBatch {batchId} ({data.Length} bytes)");
        if (_rendered.Task.IsCompleted)
            _batchesSinceRendered.Enqueue(new ReceivedRenderBatch(batchId, data.Length, receivedAt));
        else if (data.AsSpan().IndexOf(_proof) >= 0)
            _rendered.TrySetResult();

        // Unacknowledged batches stall rendering (and post-render JS interop) after ten; ack each, in order, without error.
        await _hub.SendAsync("OnRenderCompleted", batchId, null);
    }

    private const string NavigateTo = "Blazor._internal.navigationManager.navigateTo";

    private static string FirstArgument(string argsJson) =>
        JsonNode.Parse(argsJson) is JsonArray { Count: > 0 } arguments ? arguments[0]?.ToString() ?? "" : "";

    private void Fail(string reason)
    {
        Trace("failed: " + reason);
        _failed.TrySetResult(reason);
    }

    private void Trace(string line) => _settings.Trace?.Invoke(line);

    /// <summary>
    /// Ends the circuit as a browser leaving the page does: POST <c>_blazor/disconnect</c> with the circuit's secret
    /// (without it a closed connection leaves the circuit retained for minutes), then close the connection.
    /// </summary>
    /// <returns>Whether the server confirmed that it ended the circuit.</returns>
    public async Task<bool> CloseAsync()
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
            return false;
        var ended = false;
        try
        {
            if (_secret is not null)
                ended = await PostDisconnectAsync(_secret);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            Trace("disconnect failed: " + e.Message);
        }
        finally
        {
            await _hub.DisposeAsync();
            lock (_owned)
                _owned.ForEach(owned => owned.Dispose());
        }
        return ended;
    }

    private async Task<bool> PostDisconnectAsync(string secret)
    {
        using var http = new HttpClient(new CookieJarHandler(_cookies, _settings.CreateHandler())) { Timeout = TimeSpan.FromSeconds(30) };
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("circuitId", secret)]);
        using var response = await http.PostAsync(new Uri(_settings.AppBase, CircuitHubConnection.HubPath + "/disconnect"), form);
        return response.IsSuccessStatusCode;
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
