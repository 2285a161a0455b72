using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// Test-only: the last authorization request the emulator accepted, so a test can check what an app asked Logto for
/// even when it went through PAR and the browser only carried a <c>request_uri</c>. Never keeps a client secret.
/// </summary>
public sealed class AuthorizationRequestLog : IOpenIddictServerHandler<HandlePushedAuthorizationRequestContext>
{
    private IReadOnlyDictionary<string, string>? _lastPushed;
    private IReadOnlyDictionary<string, string>? _lastAuthorization;

    /// <summary>Records pushed requests once OpenIddict has authenticated the client and validated the request.</summary>
    internal static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandlePushedAuthorizationRequestContext>()
            .UseSingletonHandler<AuthorizationRequestLog>()
            .Build();

    /// <summary>The last pushed authorization request (<c>/oidc/request</c>), as the client posted it.</summary>
    public IReadOnlyDictionary<string, string>? LastPushed => Volatile.Read(ref _lastPushed);

    /// <summary>The last request at <c>/oidc/auth</c>, a pushed request's parameters restored: what Logto acts on.</summary>
    public IReadOnlyDictionary<string, string>? LastAuthorization => Volatile.Read(ref _lastAuthorization);

    /// <summary>The emulator's own warm-up push at start is none of an app's.</summary>
    internal void ForgetPushed() => Volatile.Write(ref _lastPushed, null);

    internal void RecordAuthorization(OpenIddictRequest request) => Volatile.Write(ref _lastAuthorization, Parameters(request));

    ValueTask IOpenIddictServerHandler<HandlePushedAuthorizationRequestContext>.HandleAsync(HandlePushedAuthorizationRequestContext context)
    {
        Volatile.Write(ref _lastPushed, Parameters(context.Request));
        return default;
    }

    /// <summary>A repeated parameter (several <c>resource</c>s) as its values joined by spaces, like <c>scope</c>.</summary>
    private static Dictionary<string, string> Parameters(OpenIddictRequest request) =>
        request.GetParameters()
            .Where(p => p.Key != OpenIddictConstants.Parameters.ClientSecret)
            .ToDictionary(p => p.Key, p => (StringValues)p.Value is { Count: > 1 } values ? string.Join(' ', values.ToArray()) : p.Value.ToString() ?? "",
                StringComparer.Ordinal);
}
