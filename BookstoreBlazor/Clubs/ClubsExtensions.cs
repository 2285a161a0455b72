using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Clubs.Management;

namespace BookstoreBlazor.Clubs;

public static class ClubsExtensions
{
    /// <summary>Book clubs (Logto organizations): their role names, the members' clubs from claims, lists and shelves.</summary>
    public static WebApplicationBuilder AddBookstoreClubs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClubOptions>().BindConfiguration(ClubOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.OwnerRole) && !string.IsNullOrWhiteSpace(options.MemberRole),
                "Bookstore:Clubs:OwnerRole and Bookstore:Clubs:MemberRole must name Logto organization roles (the defaults are \"owner\" and \"member\").")
            .Validate(options => options.OwnerRole?.Trim() != options.MemberRole?.Trim(),
                "Bookstore:Clubs:OwnerRole and Bookstore:Clubs:MemberRole must name two different organization roles.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ClubMemberships>();
        builder.Services.AddSingleton<ClubReadingList>();
        builder.Services.AddSingleton<ClubShelves>();
        builder.Services.AddSingleton<IClubAccess, OrganizationTokenClubAccess>();
        builder.Services.AddClubDirectory();
        return builder;
    }
}
