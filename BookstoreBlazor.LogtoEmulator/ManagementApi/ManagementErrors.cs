using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// Logto's <c>RequestError</c> bodies, <c>{ message, code }</c>, with the English phrases of its error codes (the
/// <c>details</c> of <c>request.invalid_input</c> go into the message, as Logto interpolates them).
/// </summary>
internal static class ManagementErrors
{
    public static IResult HeaderMissing() => Error(401, "auth.authorization_header_missing", "Authorization header is missing.");

    public static IResult TokenTypeNotSupported() =>
        Error(401, "auth.authorization_token_type_not_supported", "Authorization type is not supported.");

    public static IResult Unauthorized() => Error(401, "auth.unauthorized", "Unauthorized. Please check credentials and its scope.");

    public static IResult Forbidden() => Error(403, "auth.forbidden", "Forbidden. Please check your user roles and permissions.");

    public static IResult NotFound() => Error(404, "entity.not_found", "The resource does not exist.");

    public static IResult NotExistsWithId(string name, string id) =>
        Error(404, "entity.not_exists_with_id", $"The {name} with ID `{id}` does not exist.");

    public static IResult ForeignKeyNotFound() => Error(422, "entity.relation_foreign_key_not_found",
        "Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist.");

    public static IResult UniqueViolation() =>
        Error(422, "entity.unique_integrity_violation", "The entity already exists. Please check the input and try again.");

    public static IResult RequireMembership() =>
        Error(422, "organization.require_membership", "The user must be a member of the organization to proceed.");

    public static IResult RoleNamesNotFound(IEnumerable<string> names) => Error(422, "organization.role_names_not_found",
        $"Invalid role names detected: {string.Join(", ", names)}. Please create these roles first and try again.");

    public static IResult InvalidInput(int status, string details) => Error(status, "request.invalid_input", $"Input is invalid. {details}");

    public static IResult InvalidPagination() => Error(400, "guard.invalid_pagination", "The pagination value of the request is invalid.");

    /// <summary>A body that fails the route's schema (Logto's koaGuard).</summary>
    public static IResult GuardInvalidInput() => Error(400, "guard.invalid_input", "The request body is invalid.");

    private static IResult Error(int status, string code, string message) =>
        ManagementJson.Write(new JsonObject { ["message"] = message, ["code"] = code }, status);
}
