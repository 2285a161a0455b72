using System.Net;

namespace Bookstore.Benchmarks.Hosting;

public static class BenchHttpHandler
{
    /// <summary>
    /// HTTP/1.1 keep-alive as a browser uses it, trusting only the run's certificate. Redirects, cookies and
    /// decompression are the caller's business, so every request and every cookie is visible and counted.
    /// </summary>
    public static SocketsHttpHandler Create(BenchCertificate certificate, int maxConnectionsPerServer = int.MaxValue) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        MaxConnectionsPerServer = maxConnectionsPerServer,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        SslOptions = { RemoteCertificateValidationCallback = certificate.Accepts },
    };
}
