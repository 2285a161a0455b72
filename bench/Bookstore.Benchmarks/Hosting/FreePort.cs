using System.Net;
using System.Net.Sockets;

namespace Bookstore.Benchmarks.Hosting;

public static class FreePort
{
    /// <summary>
    /// A loopback port nobody uses right now. The app binds it a moment later, and something else may take it in
    /// between: <see cref="AppProcess.WaitUntilServingAsync"/> then starts the app again on another.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
