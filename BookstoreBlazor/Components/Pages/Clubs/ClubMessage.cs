using MudBlazor;

namespace BookstoreBlazor.Components.Pages.Clubs;

/// <summary>What became of something the user just did on a club page, and how it is shown.</summary>
public sealed record ClubMessage(string Text, Severity Severity)
{
    /// <summary>The outcome's message, worded in the reader's language by the club directory that made it.</summary>
    public static ClubMessage Of(BookstoreBlazor.Clubs.Management.InvitationOutcome outcome) =>
        new(outcome.Message, outcome.Succeeded ? Severity.Success : Severity.Warning);
}
