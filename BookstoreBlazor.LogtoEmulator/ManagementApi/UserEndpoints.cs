using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// <c>GET /api/users/{userId}</c>: Logto's <c>userProfileResponseGuard</c>, the user info fields plus <c>hasPassword</c>;
/// 404 <c>entity.not_exists_with_id</c> for an unknown id.
/// </summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/users/{userId}", (string userId, UserDirectory users) =>
        {
            if (users.FindById(userId) is not { } user)
            {
                return ManagementErrors.NotExistsWithId("users", userId);
            }

            var profile = ManagementJson.User(user);
            profile["hasPassword"] = user.Password is not null;
            return ManagementJson.Write(profile);
        });
}
