using System.Globalization;
using Bookstore.Benchmarks;
using Bookstore.Benchmarks.Logto;
using Bookstore.Benchmarks.Measurements;

// The benchmark starts itself a second time to run the Logto emulator in a process of its own.
if (args is [LogtoChild.Argument, var accounts])
    return await LogtoChild.RunAsync(int.Parse(accounts, CultureInfo.InvariantCulture));

// In the order they run; the table orders its sections as the issue does. Start-up goes first, while no other app
// process competes for the CPU.
IMeasurement[] measurements =
[
    new StartUp(),
    new CookieBytes(),
    new PageThroughput(),
    new ApiThroughput(),
    new SignInFlows(),
    new MemoryOverTime(),
    new CircuitMemory(),
];

return await BenchCommand.RunAsync(args, measurements);
