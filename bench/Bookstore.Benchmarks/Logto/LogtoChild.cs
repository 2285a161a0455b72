using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using Microsoft.Extensions.Logging;

namespace Bookstore.Benchmarks.Logto;

/// <summary>
/// The benchmark started as <c>--logto-emulator N</c>: the Logto emulator with N Kakao accounts in a process of its
/// own, so its CPU and memory are measured apart from the app's and the browsers'. It serves until its standard input
/// closes, which also happens when the benchmark dies.
/// </summary>
public static class LogtoChild
{
    public const string Argument = "--logto-emulator";

    public static async Task<int> RunAsync(int kakaoAccounts)
    {
        var options = new LogtoEmulatorOptions
        {
            Kakao = { Accounts = [.. BenchKakaoAccounts.Create(kakaoAccounts)] },
            // Errors only, and on standard error: standard output carries the answers.
            ConfigureLogging = logging => logging
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Error),
        };
        await using var host = await LogtoEmulatorHost.StartAsync(options);
        Say(new LogtoReady(host.Endpoint.BaseUri, host.DefaultClient.ClientId, host.DefaultClient.ClientSecret));

        while (await Console.In.ReadLineAsync() is { } line)
        {
            LogtoAnswer answer;
            try
            {
                answer = await AnswerAsync(host, LogtoMessages.Parse<LogtoRequest>(line));
            }
            catch (Exception e)
            {
                answer = new LogtoAnswer(Error: e.Message);
            }
            Say(answer);
        }
        return 0;
    }

    private static async Task<LogtoAnswer> AnswerAsync(LogtoEmulatorHost host, LogtoRequest request)
    {
        if (request.AllowApp is { } app)
        {
            await host.AllowAppAsync(app);
            return new LogtoAnswer();
        }
        if (request is { TokenSubject: { } subject, TokenResource: { } resource, TokenScope: { } scope })
            return new LogtoAnswer(host.CreateAccessToken(AccessTokenFault.None, resource, subject, scope));
        return new LogtoAnswer(Error: "Unknown request.");
    }

    private static void Say<T>(T message)
    {
        Console.Out.WriteLine(LogtoMessages.Prefix + LogtoMessages.Line(message));
        Console.Out.Flush();
    }
}
