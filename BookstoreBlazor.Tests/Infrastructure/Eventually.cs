using System.Diagnostics;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>Waits for something a background service or another process does on its own schedule.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what = "The condition")
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Patience.Background)
                Assert.Fail($"{what} was never met within {Patience.Background}.");
            await Task.Delay(100);
        }
    }
}
