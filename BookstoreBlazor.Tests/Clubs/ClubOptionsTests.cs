using BookstoreBlazor.Clubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Clubs;

/// <summary><c>Bookstore:Clubs</c> is checked as the app starts (the host runs the same startup validator), like <c>Bookstore:AdminRole</c>.</summary>
public sealed class ClubOptionsTests
{
    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBookstoreClubs();
        return builder.Build();
    }

    [Fact]
    public async Task WithNothingSet_TheRolesAreOwnerAndMember()
    {
        await using var app = Build([]);

        app.Services.GetRequiredService<IStartupValidator>().Validate();
        var options = app.Services.GetRequiredService<IOptions<ClubOptions>>().Value;
        Assert.Equal(("owner", "member"), (options.OwnerRole, options.MemberRole));
    }

    [Fact]
    public async Task OtherRoleNames_AreTaken()
    {
        await using var app = Build(new() { ["Bookstore:Clubs:OwnerRole"] = "host", ["Bookstore:Clubs:MemberRole"] = "reader" });

        app.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal("host", app.Services.GetRequiredService<IOptions<ClubOptions>>().Value.OwnerRole);
    }

    [Theory]
    [InlineData("Bookstore:Clubs:OwnerRole", " ", "must name Logto organization roles")]
    [InlineData("Bookstore:Clubs:MemberRole", "", "must name Logto organization roles")]
    [InlineData("Bookstore:Clubs:MemberRole", " owner", "two different organization roles")]
    public async Task ABlankOrSharedRoleName_StopsTheStart_NamingTheKeys(string key, string value, string says)
    {
        await using var app = Build(new() { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(says, refused.Message);
        Assert.Contains("Bookstore:Clubs:OwnerRole", refused.Message);
    }
}
