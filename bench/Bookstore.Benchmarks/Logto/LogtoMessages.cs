using System.Text.Json;

namespace Bookstore.Benchmarks.Logto;

/// <summary>
/// What the benchmark and its Logto emulator process say to each other, one JSON object per line: requests on the
/// child's standard input, answers on its standard output behind <see cref="Prefix"/> (anything else there is log).
/// </summary>
public static class LogtoMessages
{
    public const string Prefix = "bench-logto: ";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Line<T>(T message) => JsonSerializer.Serialize(message, Json);

    public static T Parse<T>(string line) => JsonSerializer.Deserialize<T>(line, Json)
        ?? throw new InvalidOperationException($"Not a message: {line}");
}

/// <summary>The first line the child writes, once the emulator serves.</summary>
public sealed record LogtoReady(Uri Endpoint, string ClientId, string ClientSecret);

/// <summary>One request: let an app use its callbacks (<see cref="AllowApp"/>), or mint an API access token.</summary>
public sealed record LogtoRequest(Uri? AllowApp = null, string? TokenSubject = null, string? TokenResource = null, string? TokenScope = null);

/// <summary>The answer to one request, in order: a token, nothing, or what went wrong.</summary>
public sealed record LogtoAnswer(string? Value = null, string? Error = null);
