namespace BookstoreBlazor.Health;

/// <summary>How long a readiness check may take, and how its failure is told in the log.</summary>
internal static class HealthCheckTimeout
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public static CancellationTokenSource Start(CancellationToken requestAborted)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(Limit);
        return timeout;
    }

    /// <summary>
    /// The exception types only: their messages carry endpoint URLs and connection details. The result gets no
    /// exception either, because the health check service would log it whole.
    /// </summary>
    public static string Describe(string failure, Exception e)
    {
        var types = new List<string>();
        for (var inner = e; inner is not null; inner = inner.InnerException)
            types.Add(inner.GetType().Name);
        return $"{failure} ({string.Join(" <- ", types)}).";
    }
}
