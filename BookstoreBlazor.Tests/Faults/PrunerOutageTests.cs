using System.Net;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BookstoreBlazor.Tests.Faults;

public sealed class PrunerOutageTests
{
    [SecurityCase(CatalogueArea.Faults, "Session database locked when the hourly prune of expired sessions runs",
        "The app keeps running (an exception would stop the host); the next prune deletes them")]
    [Fact]
    public async Task APruneDuringAnOutage_IsSkipped_AndTheAppKeepsRunning()
    {
        await using var app = new BookstoreAppFactory(UnreachableLogto.Endpoint(),
            new Dictionary<string, string?> { ["Sessions:DatabaseTimeout"] = "00:00:01" });
        await using var fast = app.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new HourlyTimersRunOften())));
        var databases = fast.Services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>();
        await using (var db = await databases.CreateDbContextAsync())
        {
            db.Sessions.Add(new UserSession
            {
                Id = "expired", UserId = "someone", Ticket = [1], CreatedAt = DateTime.UtcNow.AddDays(-20),
                LastSeenAt = DateTime.UtcNow.AddDays(-15), ExpiresAt = DateTime.UtcNow.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }

        using (SqliteWriteLock.Take(app.DatabasePath!))
            await Eventually.TrueAsync(() => Task.FromResult(app.Logs.Lines.Any(l => l.Contains("Expired sessions were not pruned"))));
        await Eventually.TrueAsync(async () =>
        {
            await using var db = await databases.CreateDbContextAsync();
            return !await db.Sessions.AnyAsync();
        });

        Assert.False(fast.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        using var live = await fast.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>The system clock, except that a timer of an hour or more fires every half second.</summary>
    private sealed class HourlyTimersRunOften : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, Shorten(dueTime), Shorten(period));

        private static TimeSpan Shorten(TimeSpan interval) => interval >= TimeSpan.FromHours(1) ? TimeSpan.FromMilliseconds(500) : interval;
    }
}
