using System.Net;
using System.Net.Sockets;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Npgsql;

namespace BookstoreBlazor.Tests.Faults;

/// <summary>
/// Which PostgreSQL failures the app retries once on a fresh connection, told apart on the exceptions Npgsql really
/// throws: a connection that broke in use is retried, one that cannot be opened is not (the server is still away).
/// </summary>
public sealed class BrokenConnectionTests
{
    [Fact]
    public async Task AConnectionCutWhileOpen_CountsAsBrokenInUse()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = TcpRelay.Start(server.Host!, server.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Host = "127.0.0.1", Port = relay.Port, Pooling = false,
        };
        await using var connection = new NpgsqlConnection(throughRelay.ConnectionString);
        await connection.OpenAsync();

        relay.Cut();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync());

        Assert.True(ReconnectOnceExecutionStrategy.BrokeInUse(failure), failure.ToString());
    }

    [Fact]
    public async Task AServerThatRefusesTheConnection_IsNotRetried()
    {
        using var closed = ClosedLoopbackPort();
        var closedPort = ((IPEndPoint)closed.LocalEndPoint!).Port;
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={closedPort};Username=nobody;Pooling=false;Timeout=5");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => connection.OpenAsync());

        Assert.False(ReconnectOnceExecutionStrategy.BrokeInUse(failure), failure.ToString());
    }

    [Fact]
    public void AServerShuttingDown_TellsItsClients_AndThatIsRetried()
    {
        var shutdown = new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL",
            PostgresErrorCodes.AdminShutdown);
        var uniqueViolation = new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.True(ReconnectOnceExecutionStrategy.BrokeInUse(shutdown));
        Assert.False(ReconnectOnceExecutionStrategy.BrokeInUse(uniqueViolation));
    }

    /// <summary>
    /// A port bound but never listening: connecting is refused, and no other socket can take the port while the test
    /// holds it (as one could once a probing listener had closed).
    /// </summary>
    private static Socket ClosedLoopbackPort()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }
}
