namespace BookstoreBlazor.Clubs;

/// <summary>The <c>Bookstore:Clubs</c> configuration section: the Logto organization roles book clubs use.</summary>
public sealed class ClubOptions
{
    public const string SectionName = "Bookstore:Clubs";

    /// <summary>
    /// The organization role (a name in <c>organization_roles</c>) whose holders run a club: they change its reading
    /// list and invite people. Logto compares role names exactly, so this does too.
    /// </summary>
    public string OwnerRole { get; set; } = "owner";

    /// <summary>The organization role an ordinary member holds, and the one an invitation gives.</summary>
    public string MemberRole { get; set; } = "member";
}
