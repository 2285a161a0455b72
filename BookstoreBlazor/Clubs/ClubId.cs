namespace BookstoreBlazor.Clubs;

/// <summary>
/// A book club's id: the id of its Logto organization. Logto makes them from lowercase letters and digits (12 of them
/// today), so anything else in a claim or a URL is not a club and is never passed on to the database.
/// </summary>
public static class ClubId
{
    public const int MaxLength = 32;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    /// <summary>For services whose callers authorized the club already: a malformed id there is a bug, not input.</summary>
    public static void ThrowIfInvalid(string? value)
    {
        if (!IsValid(value))
            throw new ArgumentException($"A club id is 1 to {MaxLength} lowercase letters and digits.", nameof(value));
    }
}
