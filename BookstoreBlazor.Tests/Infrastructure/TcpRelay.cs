using System.Net;
using System.Net.Sockets;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A loopback TCP relay in front of a server (PostgreSQL) that a test can cut and restore: cut, it closes every open
/// connection and stops listening, so the app sees exactly a database that went away (connections reset, new ones
/// refused); restored, it listens on the same port again.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly DnsEndPoint _target;
    private readonly Lock _lock = new();
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _running;

    private TcpRelay(DnsEndPoint target) => _target = target;

    public int Port { get; private set; }

    public static TcpRelay Start(string host, int port)
    {
        var relay = new TcpRelay(new DnsEndPoint(host, port));
        relay.Listen(0);
        return relay;
    }

    public void Cut()
    {
        lock (_lock)
        {
            _running?.Cancel();
            _listener?.Stop();
            _listener = null;
            foreach (var connection in _connections)
                connection.Dispose();
            _connections.Clear();
        }
    }

    public void Restore() => Listen(Port);

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        // The port may still have connections in TIME_WAIT from before the cut.
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        var running = new CancellationTokenSource();
        lock (_lock)
        {
            _listener = listener;
            _running = running;
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        _ = AcceptAsync(listener, running.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var server = new TcpClient();
        lock (_lock)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                client.Dispose();
                server.Dispose();
                return;
            }

            _connections.Add(client);
            _connections.Add(server);
        }

        try
        {
            await server.ConnectAsync(_target.Host, _target.Port, cancellationToken);
            using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(
                client.GetStream().CopyToAsync(server.GetStream(), done.Token),
                server.GetStream().CopyToAsync(client.GetStream(), done.Token));
            await done.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            client.Dispose();
            server.Dispose();
            lock (_lock)
            {
                _connections.Remove(client);
                _connections.Remove(server);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
