using System.Net;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Admin;

/// <summary>Who may open the admin pages over real HTTP: the Logto role in the session, as Logto says it now.</summary>
public sealed class AdminAccessTests
{
    private const string Forbidden = "You don't have access to this page";

    [Fact]
    public async Task SignedOut_AdminPage_GoesThroughSignIn_AndComesBackToIt()
    {
        await using var env = await AdminEnvironment.StartAsync();

        var signIn = await env.GoAsync("/admin/books");
        var page = await env.Browser.SubmitAsync(signIn, new Dictionary<string, string?> { ["identifier"] = "admin", ["password"] = AdminEnvironment.Password });

        Assert.Equal("/admin/books", signIn.Redirects[0].PathAndQuery);
        Assert.Equal("/sign-in?returnUrl=%2Fadmin%2Fbooks", signIn.Redirects[1].PathAndQuery);
        Assert.Equal(env.Logto.Endpoint.BaseUri.Authority, signIn.Uri.Authority);
        Assert.Equal("/admin/books", page.Uri.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Catalogue admin", page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AnAdmin_OpensTheListTheFormAndTheEditPage_AndSeesTheAdminLink()
    {
        await using var env = await AdminEnvironment.StartAsync();
        await env.SignInAsync("admin");

        var list = await env.GoAsync("/admin/books");
        var add = await env.GoAsync("/admin/books/new");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (list.Status, add.Status));
        Assert.True(list.Has("admin-books"));
        Assert.Equal("/admin/books", list.Attribute("nav-admin", "href"));
        Assert.True(add.Has("save-book"));
    }

    [SecurityCase(CatalogueArea.Authorization, "A signed-in reader (no admin role) opens the admin pages",
        "403 with the friendly no-access page for the list, the add form and the edit form; no catalogue data, no admin link")]
    [Fact]
    public async Task AReader_GetsA403WithTheFriendlyPage_OnEveryAdminPage()
    {
        await using var env = await AdminEnvironment.StartAsync();
        await env.SignInAsync("reader");

        foreach (var path in new[] { "/admin/books", "/admin/books/new", "/admin/books/9788937460449/edit" })
        {
            var page = await env.GoAsync(path);

            Assert.Equal(HttpStatusCode.Forbidden, page.Status);
            Assert.Equal(path, page.Uri.PathAndQuery);
            Assert.Equal(Forbidden, page.Text("status-title"));
            Assert.Equal("/", page.Document.QuerySelector("[data-testid=forbidden] a")!.GetAttribute("href"));
            Assert.False(page.Has("admin-books") || page.Has("save-book") || page.Has("nav-admin"));
        }
    }

    [Fact]
    public async Task AnUnknownBook_ForAnAdmin_IsPageNotFound()
    {
        await using var env = await AdminEnvironment.StartAsync();
        await env.SignInAsync("admin");

        var page = await env.GoAsync("/admin/books/9780000000019/edit");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Text("status-title"));
    }

    [SecurityCase(CatalogueArea.Authorization, "`Bookstore:AdminRole` names another Logto role",
        "Only holders of that role are admins; a user whose role is merely called `admin` gets 403")]
    [Fact]
    public async Task AnotherAdminRoleName_ChangesWhoIsAdmin()
    {
        await using var env = await AdminEnvironment.StartAsync(new Dictionary<string, string?> { ["Bookstore:AdminRole"] = AdminEnvironment.EditorRole });

        await env.SignInAsync("admin");
        var asAdmin = await env.GoAsync("/admin/books");
        await env.SignOutAsync();
        await env.SignInAsync("editor");
        var asEditor = await env.GoAsync("/admin/books");

        Assert.Equal(HttpStatusCode.Forbidden, asAdmin.Status);
        Assert.Equal(HttpStatusCode.OK, asEditor.Status);
        Assert.True(asEditor.Has("admin-books"));
    }

    [SecurityCase(CatalogueArea.Authorization, "The admin role is taken away at Logto while the admin is signed in",
        "At the next token refresh the same session gets 403 on the admin pages, and keeps working elsewhere")]
    [Fact]
    public async Task ARoleRemovedAtLogto_LosesAdminAtTheNextRefresh_InTheSameSession()
    {
        await using var env = await AdminEnvironment.StartAsync();
        await env.SignInAsync("admin");
        var before = await env.GoAsync("/admin/books");
        var session = (await SavedTokens.ReadAsync(env)).Principal.GetSessionId();
        var refreshes = env.Logto.Statistics.RefreshTokenGrants;

        env.Logto.SetRoles(env.UserId("admin"), "reader");
        var after = await env.GoAsync("/admin/books");
        var home = await env.GoAsync("/");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (before.Status, after.Status));
        Assert.Equal(Forbidden, after.Text("status-title"));
        Assert.True(env.Logto.Statistics.RefreshTokenGrants > refreshes);
        var ticket = await SavedTokens.ReadAsync(env);
        Assert.Equal(session, ticket.Principal.GetSessionId());
        Assert.Equal(["reader"], ticket.Principal.GetRoles());
        Assert.Equal("You are signed in with Logto.", home.Text("auth-state"));
    }

    [Fact]
    public async Task ARoleAddedAtLogto_GivesAdminAtTheNextRefresh_InTheSameSession()
    {
        await using var env = await AdminEnvironment.StartAsync();
        await env.SignInAsync("reader");
        var before = await env.GoAsync("/admin/books");

        env.Logto.SetRoles(env.UserId("reader"), "reader", "admin");
        var after = await env.GoAsync("/admin/books");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (before.Status, after.Status));
        Assert.True(after.Has("admin-books"));
        Assert.Equal(["reader", "admin"], (await SavedTokens.ReadAsync(env)).Principal.GetRoles());
    }
}
