namespace BookstoreBlazor.Data;

public enum SaveStatus
{
    Saved,
    /// <summary>The input broke a rule; <see cref="SaveResult{T}.Errors"/> says which, per field. Nothing was written.</summary>
    Invalid,
    /// <summary>Someone saved a change in between (another tab, another admin); <see cref="SaveResult{T}.Value"/> is theirs.</summary>
    Conflict,
    NotFound,
}

/// <summary>What became of a change: saved, refused with reasons, overtaken by another change, or aimed at nothing.</summary>
public sealed record SaveResult<T>(SaveStatus Status, T? Value = default, IReadOnlyDictionary<string, string[]>? Errors = null)
    where T : class
{
    public static SaveResult<T> Saved(T value) => new(SaveStatus.Saved, value);
    public static SaveResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(SaveStatus.Invalid, Errors: errors);
    public static SaveResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
    public static SaveResult<T> Conflict(T? current) => new(SaveStatus.Conflict, current);
    public static SaveResult<T> NotFound() => new(SaveStatus.NotFound);
}
