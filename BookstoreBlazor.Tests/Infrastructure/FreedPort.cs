using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A restart on the port the previous instance just freed (clients already point there): another socket on the machine
/// may take the port in that instant, so the restart waits until the port is free again rather than failing.
/// </summary>
public static class FreedPort
{
    /// <summary>Runs <paramref name="start"/> until it binds; it must clean up after itself when it fails.</summary>
    public static async Task<T> RebindAsync<T>(Func<Task<T>> start)
    {
        var patience = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await start();
            }
            catch (Exception e) when (IsAddressInUse(e) && patience.Elapsed < Patience.Background)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    private static bool IsAddressInUse(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
                return true;
        }

        return false;
    }
}
