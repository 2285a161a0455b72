using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>The app's resources without a service container, for unit tests of code that takes a localizer.</summary>
public static class Localizers
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<T> For<T>() => new StringLocalizer<T>(Factory);
}
