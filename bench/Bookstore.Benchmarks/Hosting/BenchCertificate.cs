using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Bookstore.Benchmarks.Hosting;

/// <summary>
/// A self-signed certificate for the app's loopback https port, made fresh for each run. Clients trust exactly this
/// certificate (by its SHA-256 hash), never "any certificate", so a mix-up with another local server cannot go unnoticed.
/// </summary>
public sealed class BenchCertificate : IDisposable
{
    private readonly X509Certificate2 _certificate;
    private readonly byte[] _hash;

    private BenchCertificate(X509Certificate2 certificate, string pfxPath, string password)
    {
        _certificate = certificate;
        _hash = certificate.GetCertHash(HashAlgorithmName.SHA256);
        PfxPath = pfxPath;
        Password = password;
    }

    /// <summary>What Kestrel loads (<c>Kestrel__Certificates__Default__Path</c>).</summary>
    public string PfxPath { get; }

    public string Password { get; }

    public static BenchCertificate Create(string directory)
    {
        // P-256: the cheapest handshake a browser would also accept, so TLS does not dominate short-lived connections.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(2));

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(directory, "bench-certificate.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new BenchCertificate(certificate, path, password);
    }

    /// <summary>For <c>RemoteCertificateValidationCallback</c> (HttpClient, WebSockets): only this certificate passes.</summary>
    public bool Accepts(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null && certificate.GetCertHash(HashAlgorithmName.SHA256).AsSpan().SequenceEqual(_hash);

    public void Dispose() => _certificate.Dispose();
}
