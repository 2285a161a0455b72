namespace BookstoreBlazor.Tests.Load;

/// <summary>Load tests run on their own, after the rest, so they neither slow other tests into timeouts nor get slowed.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}
