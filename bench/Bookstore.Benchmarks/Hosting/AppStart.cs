namespace Bookstore.Benchmarks.Hosting;

/// <summary>Everything an app process is started with. <see cref="DataDirectory"/> holds its SQLite session database.</summary>
public sealed record AppStart(
    PublishedApp App,
    AppVariant Variant,
    BenchCertificate Certificate,
    Uri LogtoEndpoint,
    string AppId,
    string AppSecret,
    string DataDirectory);
