using System.Security.Claims;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BookstoreBlazor.Api;

/// <summary><c>/api/books</c>: search and read for any valid token; add, change and remove with <c>write:books</c>.</summary>
internal static class BooksApi
{
    public static RouteGroupBuilder MapBooksApi(this RouteGroupBuilder api)
    {
        var books = api.MapGroup("/books").WithTags("Books");
        books.MapGet("/", SearchAsync).RequireAuthorization(ApiPolicies.Reader)
            .WithSummary("Search the catalogue (title or author in any script), filter, sort and page.");
        books.MapGet("/{isbn}", GetAsync).RequireAuthorization(ApiPolicies.Reader).WithSummary("One book; its ETag is its version.");
        books.MapPost("/", AddAsync).RequireAuthorization(ApiPolicies.WriteBooks).WithSummary("Add a book (write:books).");
        books.MapPut("/{isbn}", UpdateAsync).RequireAuthorization(ApiPolicies.WriteBooks)
            .WithSummary("Change a book (write:books); send If-Match with its ETag to refuse overwriting someone else's change.");
        books.MapDelete("/{isbn}", RemoveAsync).RequireAuthorization(ApiPolicies.WriteBooks)
            .WithSummary("Remove a book from the catalogue (write:books); readers' shelves keep it.");
        return api;
    }

    private static async Task<Ok<BookPageDto>> SearchAsync(BookCatalog catalog, string? q, string? genre, string? lang, string? sort,
        int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var result = await catalog.SearchAsync(CatalogQuery.From(q, genre, lang, sort, page, pageSize), cancellationToken);
        return TypedResults.Ok(new BookPageDto(result.Books.Select(BookDto.From).ToList(), result.Query.Page, result.Query.PageSize,
            result.Total, result.PageCount));
    }

    private static async Task<Results<Ok<BookDto>, ProblemHttpResult>> GetAsync(string isbn, BookCatalog catalog, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(isbn, cancellationToken) is not { } book)
            return NoSuchBook(isbn);
        context.Response.Headers.ETag = Versions.Tag(book.Version);
        return TypedResults.Ok(BookDto.From(book));
    }

    private static async Task<IResult> AddAsync(BookInput input, CatalogEditor editor, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await editor.AddAsync(input.ToDraft(), BookEditor.From(user), cancellationToken);
        if (result.Errors?.GetValueOrDefault(nameof(BookDraft.Isbn)) is [CatalogEditor.DuplicateIsbn])
            return TypedResults.Problem(CatalogEditor.DuplicateIsbn, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        return result.Status == SaveStatus.Saved
            ? TypedResults.Created($"{ApiRoutes.Books}/{result.Value!.Isbn}", BookDto.From(result.Value))
            : Written(result, input.Isbn ?? "");
    }

    private static async Task<IResult> UpdateAsync(string isbn, BookInput input, CatalogEditor editor, BookCatalog catalog,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (!Versions.TryReadIfMatch(context.Request, out var seen))
            return BadIfMatch();
        if (await catalog.FindAsync(isbn, cancellationToken) is not { } current)
            return NoSuchBook(isbn);

        var result = await editor.UpdateAsync(current.Isbn, input.ToDraft(), seen ?? current.Version, BookEditor.From(context.User), cancellationToken);
        return Written(result, isbn, context);
    }

    private static async Task<IResult> RemoveAsync(string isbn, CatalogEditor editor, BookCatalog catalog, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!Versions.TryReadIfMatch(context.Request, out var seen))
            return BadIfMatch();
        if (await catalog.FindAsync(isbn, cancellationToken) is not { } current)
            return NoSuchBook(isbn);

        var result = await editor.RemoveAsync(current.Isbn, seen ?? current.Version, BookEditor.From(context.User), cancellationToken);
        return result.Status == SaveStatus.Saved ? TypedResults.NoContent() : Written(result, isbn, context);
    }

    private static IResult Written(SaveResult<Book> result, string isbn, HttpContext? context = null)
    {
        if (result.Status == SaveStatus.Saved && context is not null)
            context.Response.Headers.ETag = Versions.Tag(result.Value!.Version);
        return result.Status switch
        {
            SaveStatus.Saved => TypedResults.Ok(BookDto.From(result.Value!)),
            SaveStatus.Invalid => TypedResults.ValidationProblem(result.Errors!.ToDictionary(e => ApiJson.Name(e.Key), e => e.Value)),
            SaveStatus.Conflict => TypedResults.Problem(
                $"The book changed since version you sent (it is now version {result.Value?.Version}); GET it again and reapply your change.",
                statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed"),
            _ => NoSuchBook(isbn),
        };
    }

    public static ProblemHttpResult NoSuchBook(string isbn) =>
        TypedResults.Problem($"No book with ISBN '{isbn}' is in the catalogue.", statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    public static ProblemHttpResult BadIfMatch() =>
        TypedResults.Problem("If-Match must be a strong entity tag such as \"3\" (the ETag of the last GET).",
            statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");
}
