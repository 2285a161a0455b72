using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.Users;

/// <summary>
/// The emulator's users, in memory. Ids look like Logto's: 12 lowercase letters and digits. Users created by signing up
/// or by a first social sign-in get the tenant's default roles, as Logto gives them to every new user.
/// </summary>
public sealed class UserDirectory(LogtoEmulatorOptions options)
{
    private readonly ConcurrentDictionary<string, EmulatorUser> _users = new();
    private readonly Lock _writeLock = new();

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

    /// <summary>A new password user (with the default roles unless <paramref name="roles"/> says otherwise), or null when the username is taken.</summary>
    public EmulatorUser? Register(string username, string password, string? name = null, string? email = null,
        IReadOnlyList<string>? roles = null)
    {
        lock (_writeLock)
        {
            if (FindByIdentifier(username) is not null)
            {
                return null;
            }

            return Store(new EmulatorUser
            {
                Id = NewId(), Username = username, Password = password, Name = name, Email = email,
                Roles = [.. roles ?? DefaultRoles()],
            });
        }
    }

    /// <summary>
    /// The user linked to this social identity; the first sign-in creates the user, as Logto does, with the default roles
    /// and <paramref name="extraRoles"/>.
    /// </summary>
    public (EmulatorUser User, bool Created) SignInWithIdentity(string target, SocialProfile profile,
        IReadOnlyList<string>? extraRoles = null)
    {
        lock (_writeLock)
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
                Roles = [.. DefaultRoles().Concat(extraRoles ?? []).Distinct(StringComparer.Ordinal)],
                Identities = new Dictionary<string, LinkedIdentity> { [target] = identity },
            };
            return (Store(created), true);
        }
    }

    /// <summary>Replaces the user's roles (Management API <c>PUT /api/users/{id}/roles</c>). Throws for a user role the tenant lacks.</summary>
    public EmulatorUser SetRoles(string userId, params string[] roles) => UpdateRoles(userId, _ => roles);

    /// <summary>Adds roles to the user (Management API <c>POST /api/users/{id}/roles</c>).</summary>
    public EmulatorUser AssignRoles(string userId, params string[] roles) => UpdateRoles(userId, current => current.Concat(roles));

    /// <summary>Takes roles away from the user (Management API <c>DELETE /api/users/{id}/roles/{roleId}</c>).</summary>
    public EmulatorUser RemoveRoles(string userId, params string[] roles) =>
        UpdateRoles(userId, current => current.Where(role => !roles.Contains(role, StringComparer.Ordinal)));

    // A role change touches Logto's users_roles, not the user row: updated_at stays as it was.
    private EmulatorUser UpdateRoles(string userId, Func<IReadOnlyList<string>, IEnumerable<string>> change)
    {
        lock (_writeLock)
        {
            var user = FindById(userId) ?? throw new KeyNotFoundException($"No user '{userId}' in the Logto emulator.");
            var roles = change(user.Roles).Distinct(StringComparer.Ordinal).ToArray();
            if (roles.Except(user.Roles).FirstOrDefault(role => !options.Roles.Any(r => r.Name == role && r.IsUserRole)) is { } unknown)
            {
                // Logto assigns machine-to-machine roles to M2M apps only.
                throw new ArgumentException($"The Logto emulator defines no user role '{unknown}'.");
            }

            return Store(user with { Roles = roles });
        }
    }

    private string[] DefaultRoles() => [.. options.Roles.Where(role => role.IsDefault && role.IsUserRole).Select(role => role.Name)];

    private EmulatorUser Store(EmulatorUser user) => _users[user.Id] = user;

    private static string NewId() => LogtoIds.New(LogtoIds.Short);

    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
