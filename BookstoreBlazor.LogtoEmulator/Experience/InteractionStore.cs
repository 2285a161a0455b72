using System.Collections.Concurrent;
using System.Security.Cryptography;
using BookstoreBlazor.LogtoEmulator.Localization;

namespace BookstoreBlazor.LogtoEmulator.Experience;

/// <summary>Interactions in memory, found through an HttpOnly cookie that holds only a random id.</summary>
internal sealed class InteractionStore(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, Interaction> _interactions = new();

    public Interaction Start(HttpContext context, string resumeUrl, FirstScreen firstScreen, string? loginHint,
        ExperienceLanguage? language)
    {
        ForgetExpired();
        var interaction = new Interaction
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            ResumeUrl = resumeUrl,
            FirstScreen = firstScreen,
            LoginHint = loginHint,
            Language = language,
            ExpiresAt = clock.GetUtcNow() + Lifetime,
        };
        _interactions[interaction.Id] = interaction;
        context.Response.Cookies.Append(EmulatorCookies.Interaction, interaction.Id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
        });
        return interaction;
    }

    public Interaction? Current(HttpContext context)
    {
        if (context.Request.Cookies[EmulatorCookies.Interaction] is not { } id ||
            !_interactions.TryGetValue(id, out var interaction))
        {
            return null;
        }

        if (interaction.ExpiresAt < clock.GetUtcNow())
        {
            _interactions.TryRemove(id, out _);
            return null;
        }

        return interaction;
    }

    private void ForgetExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, interaction) in _interactions)
        {
            if (interaction.ExpiresAt < now)
            {
                _interactions.TryRemove(id, out _);
            }
        }
    }

    public void End(HttpContext context)
    {
        if (context.Request.Cookies[EmulatorCookies.Interaction] is { } id)
        {
            _interactions.TryRemove(id, out _);
        }

        context.Response.Cookies.Delete(EmulatorCookies.Interaction, new CookieOptions { Path = "/" });
    }
}
