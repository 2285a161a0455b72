using BookstoreBlazor.Authentication;
using BookstoreBlazor.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLogtoEmulatorWhenUnconfigured();
builder.AddLogtoAuthentication();
builder.AddBookstoreUi();

var app = builder.Build();
app.UseBookstorePipeline();
app.MapBookstore();
app.RunOrExplain();
