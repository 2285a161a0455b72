using System.Security.Claims;
using BookstoreBlazor.Admin;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

/// <summary>
/// A migrated SQLite catalogue behind the real catalogue services, and the app's own admin policy evaluated by the real
/// authorization service (bUnit's stand-in only grants policies by name), so a test decides who is admin by roles.
/// </summary>
public abstract class AdminTestContext : BookstoreTestContext, IAsyncLifetime
{
    protected const string AdminSub = "boss-sub";
    protected const string AdminName = "보스 Admin";

    protected BookDatabase Books { get; private set; } = default!;

    /// <summary>Configuration the app would read (e.g. <c>Bookstore:AdminRole</c>); set before the test renders.</summary>
    protected Dictionary<string, string?> Settings { get; } = [];

    protected override void AddServices(IServiceCollection services)
    {
        // Resolved at the first render, after InitializeAsync has made the database.
        services.AddSingleton(_ => Books.Catalog);
        services.AddSingleton(_ => Books.Editor);
        services.AddSingleton(_ => Books.Shelf);
        services.AddSingleton<IConfiguration>(_ => new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
        services.AddAuthorizationCore();
        services.AddBookstoreAdminPolicy();
        services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
    }

    async Task IAsyncLifetime.InitializeAsync() => Books = await BookDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Books.DisposeAsync();
    }

    protected ClaimsPrincipal SignInWithRoles(string sub, string name, params string[] roles) =>
        SignInAs([new(LogtoClaimTypes.Subject, sub), new(LogtoClaimTypes.Name, name), .. roles.Select(r => new Claim(LogtoClaimTypes.Roles, r))]);

    protected ClaimsPrincipal SignInAsAdmin() => SignInWithRoles(AdminSub, AdminName, "reader", "admin");

    protected ClaimsPrincipal SignInAsReader() => SignInWithRoles("reader-sub", "Reader", "reader");

    protected Task<Book> AddBookAsync(string isbn, string title, params string[] authors) =>
        Books.AddAsync(isbn, title, authors.Length > 0 ? authors : ["Anonymous"]);
}
