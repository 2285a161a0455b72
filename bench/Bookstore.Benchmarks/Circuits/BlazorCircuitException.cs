namespace Bookstore.Benchmarks.Circuits;

/// <summary>A circuit that could not be opened, or that the server ended or refused.</summary>
public sealed class BlazorCircuitException(string message, Exception? inner = null) : Exception(message, inner);
