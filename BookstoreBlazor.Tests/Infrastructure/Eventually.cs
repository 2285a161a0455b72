namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>Waits for something a background service or another process does on its own schedule.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what = "The condition")
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await condition())
                return;
            await Task.Delay(250);
        }

        Assert.Fail($"{what} was never met within 15 seconds.");
    }
}
