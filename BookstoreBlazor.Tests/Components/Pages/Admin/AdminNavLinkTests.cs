using BookstoreBlazor.Components.Layout;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

/// <summary>The navigation's "Admin" link follows the admin policy: the configured Logto role, nothing else.</summary>
public sealed class AdminNavLinkTests : AdminTestContext
{
    [Fact]
    public void NavMenu_ForAnAdmin_LinksToTheCatalogueAdmin()
    {
        SignInAsAdmin();

        var cut = Render<NavMenu>();

        Assert.Equal("/admin/books", cut.Find("a[data-testid=nav-admin]").GetAttribute("href"));
        Assert.Equal("Admin", cut.Find("a[data-testid=nav-admin]").TextContent.Trim());
    }

    [Fact]
    public void NavMenu_ForASignedInReader_HasNoAdminLink()
    {
        SignInAsReader();

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("[data-testid=nav-admin]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=nav-sessions]"));
    }

    [Fact]
    public void NavMenu_WhenAnonymous_HasNoAdminLink()
    {
        Auth.SetNotAuthorized();

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("[data-testid=nav-admin]"));
    }

    [Fact]
    public void NavMenu_WithAnotherAdminRoleConfigured_FollowsThatRoleOnly()
    {
        Settings["Bookstore:AdminRole"] = "catalogue-editor";
        SignInWithRoles("editor-sub", "Editor", "catalogue-editor");

        var editor = Render<NavMenu>();

        Assert.NotEmpty(editor.FindAll("[data-testid=nav-admin]"));
        SignInAsAdmin();
        editor.Render();
        Assert.Empty(editor.FindAll("[data-testid=nav-admin]"));
    }

    [Fact]
    public void NavMenu_RoleNamesMatchExactly_LikeLogto()
    {
        SignInWithRoles("sub", "Almost", "Admin", "admins", " admin x");

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("[data-testid=nav-admin]"));
    }
}
