using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>With <c>ConnectionStrings:Bookstore</c> set, sessions and the key ring live in PostgreSQL.</summary>
public sealed class PostgresSessionTests
{
    private const string PublicTables = "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'";

    [Fact]
    public async Task OnAnEmptyDatabase_TheMigrationsCreateTheSchema()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        Assert.Empty(await database.QueryAsync<string>(PublicTables));

        await using var env = await EmulatorEnvironment.StartAsync(settings: database.Settings());

        Assert.Superset(new HashSet<string> { "UserSessions", "DataProtectionKeys", "__EFMigrationsHistory" },
            (await database.QueryAsync<string>(PublicTables)).ToHashSet());
        using var scope = env.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BookstoreDbContext>();
        Assert.IsType<PostgresBookstoreDbContext>(db);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await database.QueryAsync<string>(
            "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\""));
    }

    [Fact]
    public async Task AKakaoSignIn_IsKeptInPostgres_BehindACookieOfAtMost512Bytes()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var env = await EmulatorEnvironment.StartAsync(settings: database.Settings());

        var home = await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        Assert.Equal(SessionInstances.SignedIn, home.Text("auth-state"));
        Assert.Contains("카카오테스터", home.Text("user-menu"));
        SessionInstances.AssertSmallAuthCookie(env);
        var ticket = await SavedTokens.ReadAsync(env);
        Assert.False(string.IsNullOrEmpty(ticket.Properties.GetTokenValue("refresh_token")));
        var userIds = await database.QueryAsync<string>("SELECT \"UserId\" FROM \"UserSessions\"");
        Assert.Equal(ticket.Principal.FindFirst("sub")?.Value, Assert.Single(userIds));
        Assert.NotEmpty(await database.QueryAsync<string>("SELECT \"Xml\" FROM \"DataProtectionKeys\""));
    }

    [Fact]
    public async Task Restart_KeepsTheSameCookieSignedIn()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await SessionInstances.AssertRestartKeepsTheCookieSignedInAsync(database.Settings());
    }
}
