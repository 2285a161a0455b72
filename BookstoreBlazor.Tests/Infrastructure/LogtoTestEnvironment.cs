namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>One fake Logto tenant plus one Bookstore app pointed at it, and a browser for the app.</summary>
public sealed class LogtoTestEnvironment : IAsyncDisposable
{
    private LogtoTestEnvironment(FakeLogto logto, BookstoreAppFactory app)
    {
        Logto = logto;
        App = app;
        Browser = app.CreateBrowser();
    }

    public FakeLogto Logto { get; }
    public BookstoreAppFactory App { get; }
    public HttpClient Browser { get; }

    public static async Task<LogtoTestEnvironment> StartAsync(bool advertisePar = false, IDictionary<string, string?>? settings = null)
    {
        var logto = await FakeLogto.StartAsync(advertisePar);
        return new LogtoTestEnvironment(logto, new BookstoreAppFactory(logto.Endpoint, settings));
    }

    public async Task<HttpResponseMessage> SignInAsync(string path = "/sign-in") => await SignInFlow.SignInAsync(Browser, path);

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await App.DisposeAsync();
        await Logto.DisposeAsync();
    }
}
