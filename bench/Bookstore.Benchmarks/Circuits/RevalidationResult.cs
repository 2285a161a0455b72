namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// Whether open pages notice ended sessions in time: after holding every circuit for two revalidation intervals, the
/// sessions of some are ended and each of those must receive a render batch (its UI switching to signed out) within
/// one interval plus the margin, while every other circuit receives none.
/// </summary>
/// <param name="EndSessionsSeconds">From the first session starting to end to the last one ended.</param>
/// <param name="SlowestEndSeconds">The longest single end call: how much a delay may overstate the page's share.</param>
public sealed record RevalidationResult(
    double IntervalSeconds,
    double MarginSeconds,
    int Held,
    int ConnectedAfterHold,
    int Ended,
    double EndSessionsSeconds,
    double SlowestEndSeconds,
    int SwitchedInTime,
    int SwitchedLate,
    int NeverSwitched,
    int SentToSignIn,
    double? P50DelaySeconds,
    double? P99DelaySeconds,
    double? MaxDelaySeconds,
    int Untouched,
    int UntouchedThatSwitched,
    int ConnectedAtEnd)
{
    /// <summary>Every ended circuit switched in time, none of the others did, and no circuit dropped.</summary>
    public bool KeptUp => SwitchedInTime == Ended && UntouchedThatSwitched == 0 && ConnectedAfterHold == Held && ConnectedAtEnd == Held;
}
