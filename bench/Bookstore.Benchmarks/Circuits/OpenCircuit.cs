namespace Bookstore.Benchmarks.Circuits;

/// <summary>A circuit and the browser (index into the harness's cookie jars) it was opened for.</summary>
internal sealed record OpenCircuit(int Browser, BlazorCircuit Circuit);
