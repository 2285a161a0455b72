using BookstoreBlazor.Admin;
using BookstoreBlazor.Api;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Health;
using BookstoreBlazor.Hosting;
using BookstoreBlazor.Localization;
using BookstoreBlazor.Sessions;

var builder = WebApplication.CreateBuilder(args);
builder.AddLogtoEmulatorWhenUnconfigured();
builder.AddLogtoAuthentication();
builder.AddBookstoreSessions();
builder.AddBookstoreCatalog();
builder.AddBookstoreClubs();
builder.AddBookstoreAdmin();
builder.AddBookstoreApi();
builder.AddBookstoreUi();
builder.AddBookstoreLocalization();
builder.AddBookstoreAntiforgery();
builder.AddBookstoreHealth();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseBookstoreLocalization();
app.UseBookstorePipeline();
app.MapBookstore();
app.RunOrExplain();
