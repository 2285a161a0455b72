using System.Security.Claims;
using BookstoreBlazor.Authentication;

namespace BookstoreBlazor.Catalog.Editing;

/// <summary>Who makes a change to the catalogue, as the book's "last changed by" shows it.</summary>
public sealed record BookEditor(string Subject, string Name)
{
    public static BookEditor From(ClaimsPrincipal user) =>
        new(user.GetUserId() ?? throw new InvalidOperationException("An editor must be signed in."), Truncate(user.GetDisplayName(), 200));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
