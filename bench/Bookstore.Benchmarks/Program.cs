using Bookstore.Benchmarks;
using Bookstore.Benchmarks.Measurements;

// In the order they run; the table orders its sections as the issue does. Start-up goes first, while no other app
// process competes for the CPU.
IMeasurement[] measurements =
[
    new StartUp(),
    new CookieBytes(),
    new PageThroughput(),
    new SignInFlows(),
    // ── Measurement 4, circuits (hook) ─────────────────────────────────────────────────────────────────────────────
    // Add the Circuits folder's IMeasurement here (Name "circuits"); it records its rows in RowGroup.Circuits with
    // run.Table.Record(...) for each of run.Variants. What it needs from the run: run.AppAsync(variant) for the shared
    // app, or run.StartApp(variant, dataName) + WaitUntilServingAsync + run.Logto.AllowAppAsync for a fresh process (await using it)
    // (BaseUri, WorkingSetBytes); run.SignInAsync(app, run.CreateClient()) for a signed-in browser whose Cookies go to
    // the hub connection; run.Certificate.Accepts for the WebSocket's TLS; run.Shape.Mode to size a smoke run.
];

return await BenchCommand.RunAsync(args, measurements);
