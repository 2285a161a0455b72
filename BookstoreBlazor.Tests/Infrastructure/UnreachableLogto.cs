using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>A Logto that was never there: a loopback address where nothing listens, so every connection is refused.</summary>
public static class UnreachableLogto
{
    // Bound but never listening: connections are refused, and no other process (or test) can take the port meanwhile,
    // as it could once a probing listener had closed. Held for the test run; there are only a few.
    private static readonly ConcurrentBag<Socket> Reserved = [];

    public static string Endpoint()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Reserved.Add(socket);
        return $"http://127.0.0.1:{((IPEndPoint)socket.LocalEndPoint!).Port}";
    }
}
