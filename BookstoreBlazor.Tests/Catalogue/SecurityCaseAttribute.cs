namespace BookstoreBlazor.Tests.Catalogue;

/// <summary>
/// Marks a test as the proof of one row of the README's security catalogue. The README table is generated from these
/// attributes, so a case cannot be listed without a test, and a test cannot change its promise without the README.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SecurityCaseAttribute(CatalogueArea area, string @case, string expected) : Attribute
{
    public CatalogueArea Area { get; } = area;
    public string Case { get; } = @case;
    public string Expected { get; } = expected;
}
