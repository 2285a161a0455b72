using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Sessions;

public sealed class ExpiredSessionPrunerTests
{
    [Fact]
    public async Task Pruning_DeletesExpiredSessions_AndKeepsLiveOnes()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var databases = env.App.Services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>();
        await using (var db = await databases.CreateDbContextAsync())
        {
            db.Sessions.Add(new UserSession
            {
                Id = "expired", UserId = "someone", Ticket = [1], CreatedAt = DateTime.UtcNow.AddDays(-20),
                LastSeenAt = DateTime.UtcNow.AddDays(-15), ExpiresAt = DateTime.UtcNow.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }

        var pruned = await env.App.Services.GetRequiredService<ExpiredSessionPruner>().PruneAsync(CancellationToken.None);

        Assert.Equal(1, pruned);
        await using var after = await databases.CreateDbContextAsync();
        Assert.Equal("카카오테스터", (await env.GoAsync("/profile")).Text("profile-name"));
        Assert.False(await after.Sessions.AnyAsync(s => s.Id == "expired"));
    }
}
