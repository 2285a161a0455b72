namespace BookstoreBlazor.Catalog;

/// <summary>ISBN-13: 13 digits whose last is the check digit (weights 1, 3, 1, 3 …).</summary>
public static class Isbn
{
    /// <summary>
    /// The 13 digits of <paramref name="input"/> without hyphens or spaces, when they form a valid ISBN-13; null
    /// otherwise, so a malformed or mistyped ISBN never reaches the database.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
            return null;

        var digits = new string(input.Where(c => c is not ('-' or ' ')).ToArray());
        return digits.Length == 13 && digits.All(char.IsAsciiDigit) && CheckDigit(digits) == digits[12] - '0'
            ? digits
            : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;

    /// <summary>The check digit the first 12 digits call for.</summary>
    public static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return (10 - sum % 10) % 10;
    }

    /// <summary>978-4-10-101001-3 style is publisher-specific; a reader only needs the prefix set apart.</summary>
    public static string Display(string isbn) => isbn.Length == 13 ? $"{isbn[..3]}-{isbn[3..]}" : isbn;
}
