using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Clubs;

/// <summary>
/// Asks the club directory so that a fault in it (a bug, a timeout it did not turn into a status) shows as Logto being
/// unavailable in that one section rather than breaking the whole page.
/// </summary>
public static class DirectoryCall
{
    public static async Task<DirectoryResult<T>> AskAsync<T>(Func<Task<DirectoryResult<T>>> call, ILogger logger, string what)
    {
        try
        {
            return await call();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Asking the club directory for {What} failed", what);
            return DirectoryResult<T>.Failed(DirectoryStatus.Unavailable);
        }
    }

    public static async Task<InvitationOutcome> ActAsync(Func<Task<InvitationOutcome>> call, ILogger logger, string what,
        IStringLocalizer<ClubsText> text)
    {
        try
        {
            return await call();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Asking the club directory to {What} failed", what);
            return new InvitationOutcome(InvitationOutcomeKind.Unavailable, text["ActUnavailable"]);
        }
    }
}
