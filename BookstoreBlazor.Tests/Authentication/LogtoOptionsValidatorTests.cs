using BookstoreBlazor.Authentication;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class LogtoOptionsValidatorTests
{
    private static LogtoOptions Valid() => new() { Endpoint = "https://abc123.logto.app/", AppId = "app", AppSecret = "secret" };

    private static string? Problems(LogtoOptions options) => new LogtoOptionsValidator().Validate(null, options).FailureMessage;

    [Fact]
    public void Validate_CompleteConfiguration_Succeeds()
    {
        Assert.True(new LogtoOptionsValidator().Validate(null, Valid()).Succeeded);
    }

    [Theory]
    [InlineData("Endpoint")]
    [InlineData("AppId")]
    [InlineData("AppSecret")]
    public void Validate_MissingKey_NamesTheKeyAndHowToSetIt(string key)
    {
        var options = Valid();
        typeof(LogtoOptions).GetProperty(key)!.SetValue(options, " ");

        var message = Problems(options);

        Assert.Contains($"Logto:{key} is missing", message);
        Assert.Contains($"Logto__{key}", message);
        Assert.Contains($"dotnet user-secrets set \"Logto:{key}\"", message);
    }

    [Fact]
    public void Validate_NothingConfigured_ReportsEveryProblemInOneMessage()
    {
        var result = new LogtoOptionsValidator().Validate(null, new LogtoOptions());

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Logto:Endpoint", failure);
        Assert.Contains("Logto:AppId", failure);
        Assert.Contains("Logto:AppSecret", failure);
    }

    [Theory]
    [InlineData("abc123.logto.app")]
    [InlineData("ftp://abc123.logto.app")]
    [InlineData("https://abc123.logto.app/?tenant=1")]
    [InlineData("not a url")]
    public void Validate_MalformedEndpoint_IsRejected(string endpoint)
    {
        Assert.Contains("is not a URL", Problems(Valid().With(endpoint)));
    }

    [Fact]
    public void Validate_PlainHttpEndpointOnAnotherHost_IsRejected()
    {
        Assert.Contains("must use https", Problems(Valid().With("http://abc123.logto.app")));
    }

    [Theory]
    [InlineData("http://localhost:3001")]
    [InlineData("http://127.0.0.1:3001/")]
    [InlineData("https://abc123.logto.app")]
    public void Validate_HttpsOrLocalhostEndpoint_IsAccepted(string endpoint)
    {
        Assert.Null(Problems(Valid().With(endpoint)));
    }

    [Fact]
    public void Validate_ScopesWithoutOpenId_AreRejected()
    {
        var options = Valid();
        options.Scopes = "profile email";

        Assert.Contains("Logto:Scopes must include 'openid'", Problems(options));
    }

    [Fact]
    public void Validate_UnknownPrompt_IsRejected()
    {
        var options = Valid();
        options.Prompt = "always";

        Assert.Contains("Logto:Prompt", Problems(options));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("10.00:00:00")]
    public void Validate_TimeoutThatIsNotAFewSeconds_IsRejected(string timeout)
    {
        var options = Valid();
        options.Timeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("Logto:Timeout must be more than zero and at most 00:02:00", Problems(options));
    }

    [Theory]
    [InlineData("00:00:00.5")]
    [InlineData("00:02:00")]
    public void Validate_TimeoutWithinBounds_IsAccepted(string timeout)
    {
        var options = Valid();
        options.Timeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Null(Problems(options));
    }

    [Theory]
    [InlineData("kakao&first_screen=register")]
    [InlineData("social:kakao")]
    [InlineData("ka kao")]
    public void Validate_ConnectorThatIsNotATarget_IsRejected(string connector)
    {
        var options = Valid();
        options.SocialConnectors = [connector];

        Assert.Contains("Logto:SocialConnectors", Problems(options));
    }
}

internal static class LogtoOptionsTestExtensions
{
    public static LogtoOptions With(this LogtoOptions options, string endpoint)
    {
        options.Endpoint = endpoint;
        return options;
    }
}
