using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Bookstore.Benchmarks.Hosting;

/// <summary>
/// Makes another .NET process run a full, blocking garbage collection now, the way <c>dotnet-gcdump</c> does (an
/// EventPipe session with the runtime's GCHeapCollect keyword), and waits until it has finished. Memory read right
/// after it holds what the app keeps, not what its collector had not yet come round to.
/// </summary>
public static class InducedGc
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Collects; returns the managed heap's size after the collection, in bytes.</summary>
    public static async Task<long> CollectAsync(int processId, CancellationToken cancellationToken)
    {
        var provider = new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational,
            (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect));
        using var session = new DiagnosticsClient(processId).StartEventPipeSession(provider, requestRundown: false, circularBufferMB: 16);
        var heapAfter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(() => Read(session, heapAfter), CancellationToken.None);
        try
        {
            return await heapAfter.Task.WaitAsync(Timeout, cancellationToken);
        }
        finally
        {
            session.Stop();
            await reading;
        }
    }

    private static void Read(EventPipeSession session, TaskCompletionSource<long> heapAfter)
    {
        try
        {
            using var source = new EventPipeEventSource(session.EventStream);
            var induced = false;
            source.Clr.GCStart += gc => induced |= gc.Depth == 2 && gc.Reason == GCReason.Induced;
            // The runtime reports the heap's generations once a collection has finished.
            source.Clr.GCHeapStats += stats =>
            {
                if (induced)
                    heapAfter.TrySetResult(stats.TotalHeapSize);
            };
            source.Process();
            heapAfter.TrySetException(new InvalidOperationException("The app's event stream ended before its collection did."));
        }
        catch (Exception e)
        {
            heapAfter.TrySetException(e);
        }
    }
}
