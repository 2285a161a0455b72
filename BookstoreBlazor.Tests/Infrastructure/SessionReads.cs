using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// Counts the queries one app sends to read its sessions table, as EF Core reports them to its diagnostic listener.
/// The listener is process-wide, so only commands on that app's own SQLite file count: tests run side by side.
/// </summary>
public sealed class SessionReads : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _databasePath;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _allListeners;
    private int _count;

    private SessionReads(string databasePath)
    {
        _databasePath = databasePath;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public static SessionReads Watch(EmulatorEnvironment env) =>
        new(env.App.DatabasePath ?? throw new InvalidOperationException("Counting reads needs the app's SQLite file."));

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
                _subscriptions.Add(listener.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: var command } &&
            IsSessionRead(command))
        {
            Interlocked.Increment(ref _count);
        }
    }

    private bool IsSessionRead(DbCommand command) =>
        command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) &&
        command.CommandText.Contains("FROM \"UserSessions\"", StringComparison.Ordinal) &&
        command.Connection?.ConnectionString.Contains(_databasePath, StringComparison.Ordinal) == true;

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
            _subscriptions.ForEach(s => s.Dispose());
    }
}
