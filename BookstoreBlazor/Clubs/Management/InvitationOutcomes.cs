namespace BookstoreBlazor.Clubs.Management;

/// <summary>Every <see cref="InvitationOutcome"/> with the sentence the user reads for it.</summary>
internal static class InvitationOutcomes
{
    public static InvitationOutcome Sent(ClubInvitation invitation) => new(InvitationOutcomeKind.Sent,
        $"Invitation sent to {invitation.Invitee}. They can accept it on their invitations page within 7 days.", invitation);

    public static InvitationOutcome Accepted(ClubInvitation invitation) =>
        new(InvitationOutcomeKind.Accepted, $"You joined {invitation.ClubName}.", invitation);

    public static InvitationOutcome Declined(ClubInvitation invitation) =>
        new(InvitationOutcomeKind.Declined, $"You declined the invitation to {invitation.ClubName}.", invitation);

    public static InvitationOutcome InvalidEmail { get; } = new(InvitationOutcomeKind.InvalidEmail,
        "That is not a valid email address. Enter one address, such as name@example.com.");

    public static InvitationOutcome AlreadyMember { get; } =
        new(InvitationOutcomeKind.AlreadyMember, "The person with that email is already a member of this club.");

    public static InvitationOutcome AlreadyInvited { get; } = new(InvitationOutcomeKind.AlreadyInvited,
        "That email already has a pending invitation to this club.");

    public static InvitationOutcome NoLongerValid { get; } = new(InvitationOutcomeKind.NoLongerValid,
        "This invitation is no longer valid: it has expired, or it was already accepted or declined.");

    public static InvitationOutcome InvitationNotFound { get; } =
        new(InvitationOutcomeKind.NotFound, "There is no such invitation for you.");

    public static InvitationOutcome ClubNotFound { get; } = new(InvitationOutcomeKind.NotFound, "That club does not exist.");

    public static InvitationOutcome NotConfigured { get; } = new(InvitationOutcomeKind.NotConfigured,
        "Invitations are not set up on this Bookstore: it needs a Logto machine-to-machine app for the Management API.");

    public static InvitationOutcome Unavailable { get; } = new(InvitationOutcomeKind.Unavailable,
        "Logto could not be reached, so nothing was changed. Please try again in a moment.");
}
