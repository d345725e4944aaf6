using Sobes.Web.Accounts;
using Sobes.Web.Channels;
using Sobes.Web.Editing;
using Sobes.Web.Cases;
using Sobes.Web.Hosting;
using Sobes.Web.Library;
using Sobes.Web.Owning;
using Sobes.Web.Problems;
using Sobes.Web.Stats;
using Sobes.Web.Study;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSobesLibrary();
builder.Services.AddSobesWeb();
builder.Services.AddSobesCases();
builder.Services.AddSobesChannels();

var app = builder.Build();
await app.PrepareLibraryAsync();
app.UseSobesWeb();
app.MapLibraryApi();
app.MapStatsApi();
app.MapAccountsApi();
app.MapStudyApi();
app.MapEditingApi();
app.MapOwningApi();
app.MapProblemsApi();
app.MapCasesApi();
app.MapChannelsApi();
await app.RunAsync();

/// <summary>The entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
