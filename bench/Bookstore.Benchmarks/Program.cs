using Bookstore.Benchmarks;
using Bookstore.Benchmarks.Measurements;

// In the order they run; the table orders its sections as the issue does. Start-up goes first, while no other app
// process competes for the CPU.
IMeasurement[] measurements =
[
    new StartUp(),
    new CookieBytes(),
    new PageThroughput(),
    new ApiThroughput(),
    new SignInFlows(),
    new CircuitMemory(),
];

return await BenchCommand.RunAsync(args, measurements);
