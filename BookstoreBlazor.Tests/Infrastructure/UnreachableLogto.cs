using System.Net;
using System.Net.Sockets;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>A Logto that was never there: a loopback address where nothing listens, so every connection is refused.</summary>
public static class UnreachableLogto
{
    public static string Endpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }
}
