using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Data;
using BookstoreBlazor.Shelves;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BookstoreBlazor.Api;

/// <summary>
/// <c>/api/shelf</c>: the caller's own shelf, named by the token's <c>sub</c> and nothing else, so no request can
/// reach another reader's shelf.
/// </summary>
internal static class ShelfApi
{
    public static RouteGroupBuilder MapShelfApi(this RouteGroupBuilder api)
    {
        var shelf = api.MapGroup("/shelf").WithTags("Shelf");
        shelf.MapGet("/", ListAsync).RequireAuthorization(ApiPolicies.ReadShelf).WithSummary("Your shelf, optionally one state (read:shelf).");
        shelf.MapPut("/{isbn}", SaveAsync).RequireAuthorization(ApiPolicies.WriteShelf)
            .WithSummary("Put a book on your shelf or change it (write:shelf); If-Match refuses overwriting a change made elsewhere.");
        shelf.MapDelete("/{isbn}", RemoveAsync).RequireAuthorization(ApiPolicies.WriteShelf).WithSummary("Take a book off your shelf (write:shelf).");
        return api;
    }

    private static async Task<Ok<ShelfDto>> ListAsync(Shelf shelf, ClaimsPrincipal user, ShelfState? state, CancellationToken cancellationToken)
    {
        var listing = await shelf.ListAsync(Reader(user), state, cancellationToken);
        var counts = Enum.GetValues<ShelfState>().ToDictionary(s => s, listing.CountOf);
        return TypedResults.Ok(new ShelfDto(counts, listing.Entries.Select(ShelfEntryDto.From).ToList()));
    }

    private static async Task<IResult> SaveAsync(string isbn, ShelfInput input, Shelf shelf, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Versions.TryReadIfMatch(context.Request, out var seen))
            return BooksApi.BadIfMatch();
        if (input.State is not { } state)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["Say want-to-read, reading or read."] });

        var reader = Reader(context.User);
        var current = await shelf.FindAsync(reader, isbn, cancellationToken);
        var change = new ShelfChange(state, input.Rating, input.Note, input.VisibleToClubs ?? current?.VisibleToClubs ?? false);
        var result = await shelf.SaveAsync(reader, isbn, change, seen ?? current?.Version, cancellationToken);
        if (result.Status == SaveStatus.Saved)
            context.Response.Headers.ETag = Versions.Tag(result.Value!.Version);
        return result.Status switch
        {
            SaveStatus.Saved when current is null => TypedResults.Created($"{ApiRoutes.Shelf}/{result.Value!.Book.Isbn}", ShelfEntryDto.From(result.Value)),
            SaveStatus.Saved => TypedResults.Ok(ShelfEntryDto.From(result.Value!)),
            SaveStatus.Invalid => TypedResults.ValidationProblem(result.Errors!.ToDictionary(e => ApiJson.Name(e.Key), e => e.Value)),
            SaveStatus.Conflict => Changed(),
            _ => BooksApi.NoSuchBook(isbn),
        };
    }

    private static async Task<IResult> RemoveAsync(string isbn, Shelf shelf, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Versions.TryReadIfMatch(context.Request, out var seen))
            return BooksApi.BadIfMatch();

        var reader = Reader(context.User);
        if (await shelf.FindAsync(reader, isbn, cancellationToken) is not { } current)
            return TypedResults.Problem($"'{isbn}' is not on your shelf.", statusCode: StatusCodes.Status404NotFound, title: "Not Found");

        var result = await shelf.RemoveAsync(reader, current.Book.Isbn, seen ?? current.Version, cancellationToken);
        return result.Status switch
        {
            SaveStatus.Saved => TypedResults.NoContent(),
            SaveStatus.Conflict => Changed(),
            _ => TypedResults.Problem($"'{isbn}' is not on your shelf.", statusCode: StatusCodes.Status404NotFound, title: "Not Found"),
        };
    }

    private static ProblemHttpResult Changed() => TypedResults.Problem(
        "This shelf entry changed since the version you sent (another app or tab changed it); GET your shelf again and reapply.",
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed");

    // The bearer scheme validated the token, whose sub is always set by Logto.
    private static string Reader(ClaimsPrincipal user) => user.GetUserId() ?? throw new InvalidOperationException("A Logto access token always names its sub.");
}
