using System.Security.Cryptography;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>Ids shaped like Logto's: lowercase letters and digits, 12 long for users and organizations, 21 for the rest.</summary>
internal static class LogtoIds
{
    public const int Short = 12;
    public const int Standard = 21;

    public static string New(int length = Standard) =>
        RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", length);
}
