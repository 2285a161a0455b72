using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>The app's stored sessions, read straight from its database: a refused sign-in must leave no row behind.</summary>
public static class SessionRows
{
    public static async Task<int> CountAsync(EmulatorEnvironment env)
    {
        await using var db = await env.App.Services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>().CreateDbContextAsync();
        return await db.Sessions.CountAsync();
    }
}
