using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A loopback TCP relay in front of a server (PostgreSQL) that a test can cut and restore: cut, it closes every open
/// connection and stops listening, so the app sees exactly a database that went away (connections reset, new ones
/// refused); restored, it listens on the same port again. While cut it keeps the port bound (not listening), so no
/// other socket on the machine can take the port in between.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly DnsEndPoint _target;
    private readonly Lock _lock = new();
    private readonly List<TcpClient> _connections = [];
    private Socket? _socket;
    private CancellationTokenSource? _running;

    private TcpRelay(DnsEndPoint target) => _target = target;

    public int Port { get; private set; }

    public static TcpRelay Start(string host, int port)
    {
        var relay = new TcpRelay(new DnsEndPoint(host, port));
        relay._socket = Bind(0);
        relay.Port = ((IPEndPoint)relay._socket.LocalEndPoint!).Port;
        relay.Restore();
        return relay;
    }

    public void Cut() => Stop(keepPort: true);

    private void Stop(bool keepPort)
    {
        lock (_lock)
        {
            _running?.Cancel();
            _running = null;
            // A listening socket cannot stop listening, so it is closed and, for a cut, the port bound again at once,
            // unlistened: connecting is refused, and the kernel hands the port to no one else (Linux gives neither a
            // port-0 bind nor an outgoing connection a port that a socket has bound).
            _socket?.Dispose();
            _socket = keepPort ? BindAgain(Port) : null;
            foreach (var connection in _connections)
                connection.Dispose();
            _connections.Clear();
        }
    }

    public void Restore()
    {
        lock (_lock)
        {
            if (_running is not null)
                return;
            _socket ??= BindAgain(Port);
            _socket.Listen();
            _running = new CancellationTokenSource();
            _ = AcceptAsync(_socket, _running.Token);
        }
    }

    private static Socket Bind(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        // The port may still have connections in TIME_WAIT from before the cut.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
        return socket;
    }

    /// <summary>Binds the relay's port again; should anything take it in the instant it was free, waits for it.</summary>
    private static Socket BindAgain(int port)
    {
        var patience = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return Bind(port);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && patience.Elapsed < Patience.Background)
            {
                Thread.Sleep(50);
            }
        }
    }

    private async Task AcceptAsync(Socket listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = new TcpClient { Client = await listener.AcceptAsync(cancellationToken) };
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
        Stop(keepPort: false);
        return ValueTask.CompletedTask;
    }
}
