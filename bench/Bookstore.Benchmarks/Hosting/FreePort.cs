using System.Net;
using System.Net.Sockets;

namespace Bookstore.Benchmarks.Hosting;

public static class FreePort
{
    /// <summary>A loopback port nobody listens on right now (the app binds it a moment later).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
