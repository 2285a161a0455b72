using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>Posts to the app's back-channel logout endpoint the way Logto does.</summary>
internal static class BackchannelLogout
{
    public static async Task<HttpResponseMessage> PostAsync(EmulatorEnvironment env, string? logoutToken)
    {
        using var http = new HttpClient();
        var form = logoutToken is null ? [] : new[] { KeyValuePair.Create("logout_token", logoutToken) };
        return await http.PostAsync(new Uri(env.AppBase, "backchannel-logout"), new FormUrlEncodedContent(form));
    }
}
