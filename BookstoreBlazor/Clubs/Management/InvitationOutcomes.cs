using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// Every <see cref="InvitationOutcome"/> with the sentence the user reads for it, in the language of the request that
/// asked (the culture flows into the directory's awaits).
/// </summary>
internal sealed class InvitationOutcomes(IStringLocalizer<ClubsText> text)
{
    public InvitationOutcome Sent(ClubInvitation invitation) =>
        new(InvitationOutcomeKind.Sent, text["Outcome.Sent", invitation.Invitee], invitation);

    public InvitationOutcome Accepted(ClubInvitation invitation) =>
        new(InvitationOutcomeKind.Accepted, text["Outcome.Accepted", invitation.ClubName], invitation);

    public InvitationOutcome Declined(ClubInvitation invitation) =>
        new(InvitationOutcomeKind.Declined, text["Outcome.Declined", invitation.ClubName], invitation);

    public InvitationOutcome InvalidEmail => new(InvitationOutcomeKind.InvalidEmail, text["Outcome.InvalidEmail"]);

    public InvitationOutcome AlreadyMember => new(InvitationOutcomeKind.AlreadyMember, text["Outcome.AlreadyMember"]);

    public InvitationOutcome AlreadyInvited => new(InvitationOutcomeKind.AlreadyInvited, text["Outcome.AlreadyInvited"]);

    public InvitationOutcome NoLongerValid => new(InvitationOutcomeKind.NoLongerValid, text["Outcome.NoLongerValid"]);

    public InvitationOutcome InvitationNotFound => new(InvitationOutcomeKind.NotFound, text["Outcome.InvitationNotFound"]);

    public InvitationOutcome ClubNotFound => new(InvitationOutcomeKind.NotFound, text["Outcome.ClubNotFound"]);

    public InvitationOutcome NotConfigured => new(InvitationOutcomeKind.NotConfigured, text["Outcome.NotConfigured"]);

    public InvitationOutcome Unavailable => new(InvitationOutcomeKind.Unavailable, text["Outcome.Unavailable"]);
}
