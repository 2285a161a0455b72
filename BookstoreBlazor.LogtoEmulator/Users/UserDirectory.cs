using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.Users;

/// <summary>The emulator's users, in memory. Ids look like Logto's: 12 lowercase letters and digits.</summary>
public sealed class UserDirectory
{
    private readonly ConcurrentDictionary<string, EmulatorUser> _users = new();
    private readonly Lock _createLock = new();

    public IReadOnlyCollection<EmulatorUser> All => _users.Values.ToArray();

    public EmulatorUser? FindById(string id) => _users.GetValueOrDefault(id);

    /// <summary>Logto signs in with a username or an email as the identifier.</summary>
    public EmulatorUser? FindByIdentifier(string identifier) =>
        _users.Values.FirstOrDefault(u =>
            string.Equals(u.Username, identifier, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(u.Email, identifier, StringComparison.OrdinalIgnoreCase));

    public EmulatorUser? FindByIdentity(string target, string userId) =>
        _users.Values.FirstOrDefault(u => u.Identities.TryGetValue(target, out var identity) && identity.UserId == userId);

    public EmulatorUser? SignInWithPassword(string identifier, string password)
    {
        var user = FindByIdentifier(identifier);
        return user?.Password is { } expected && SameText(expected, password) ? user : null;
    }

    public EmulatorUser Add(TestAccount account)
    {
        var user = Register(account.Username, account.Password, account.Name, account.Email, account.Roles)
            ?? throw new InvalidOperationException($"The username '{account.Username}' is taken.");
        return account.CustomData is null ? user : Store(user with { CustomData = (JsonObject)account.CustomData.DeepClone() });
    }

    /// <summary>A new password user, or null when the username is taken.</summary>
    public EmulatorUser? Register(string username, string password, string? name = null, string? email = null,
        IReadOnlyList<string>? roles = null)
    {
        lock (_createLock)
        {
            if (FindByIdentifier(username) is not null)
            {
                return null;
            }

            return Store(new EmulatorUser
            {
                Id = NewId(), Username = username, Password = password, Name = name, Email = email, Roles = roles ?? [],
            });
        }
    }

    /// <summary>The user linked to this social identity; the first sign-in creates the user, as Logto does.</summary>
    public (EmulatorUser User, bool Created) SignInWithIdentity(string target, SocialProfile profile)
    {
        lock (_createLock)
        {
            var identity = new LinkedIdentity(profile.Id, profile.ToDetails());
            if (FindByIdentity(target, profile.Id) is { } existing)
            {
                var identities = new Dictionary<string, LinkedIdentity>(existing.Identities) { [target] = identity };
                return (Store(existing with { Identities = identities, UpdatedAt = DateTimeOffset.UtcNow }), false);
            }

            var created = new EmulatorUser
            {
                Id = NewId(),
                Name = profile.Name,
                Email = profile.Email,
                Picture = profile.Avatar,
                Identities = new Dictionary<string, LinkedIdentity> { [target] = identity },
            };
            return (Store(created), true);
        }
    }

    private EmulatorUser Store(EmulatorUser user) => _users[user.Id] = user;

    private static string NewId() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 12);

    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
