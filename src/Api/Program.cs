using Platform.Api;
using Platform.Api.Attachments;
using Platform.Api.Bulletins;
using Platform.Api.Cors;
using Platform.Api.GraphQL;
using Platform.Api.Ide;
using Platform.Api.Open311;
using Platform.Api.Operations;
using Platform.Api.Operations.Health;
using Platform.Api.Operations.Startup;
using Platform.Api.Residents;
using Platform.Data;
using Platform.Identity;
using Platform.Workflow;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatformOperations();
builder.Services.AddPlatformData(builder.Configuration, builder.Environment);
builder.Services.AddPlatformIdentity(builder.Configuration, builder.Environment);
builder.Services.AddPlatformWorkflow(builder.Configuration);
builder.Services.AddPlatformApi();
builder.Services.AddPlatformCors();
builder.Services.AddPlatformGraphQL(builder.Configuration);
builder.Services.AddPlatformIde(builder.Configuration);
builder.Services.AddPlatformOpen311(builder.Configuration);
builder.Services.AddPlatformAttachments();

var app = builder.Build();

// `bootstrap …` loads a unit tree and the first admin, then exits (README, First deployment); it needs no schema.
var bootstrap = Platform.Api.Bootstrap.BootstrapCommand.IsRequested(args);
var schema = bootstrap ? Task.CompletedTask : app.Services.BuildPlatformSchemaAsync();

// Migrations, keys and demo data run while the host starts to listen (README, Start-up);
// requests and background services wait for them.
var started = app.Services.GetRequiredService<PlatformStartup>().RunAsync(async () =>
{
    await app.Services.InitializePlatformAsync();
    await app.Services.RegisterPlatformIdeClientAsync();
});

if (bootstrap)
{
    await started;
    Environment.ExitCode = await Platform.Api.Bootstrap.BootstrapCommand.RunAsync(app.Services, args, Console.In, Console.Out);
    return;
}

app.UsePlatformOperations();
app.UsePlatformStartupGate();
app.UsePlatformCors();
app.UseWebSockets();
// OpenIddict's server is not asked about GraphQL requests (PlatformAuthentication).
app.UsePlatformAuthentication("/graphql");
app.UsePlatformCallerLimits();
app.UseAuthorization();
app.UsePlatformIde();
app.MapPlatformHealth();
app.MapPlatformIdentity();
await schema;
app.MapPlatformGraphQL();
app.MapPlatformResidents();
app.MapPlatformOpen311();
app.MapPlatformBulletins();
app.MapPlatformAttachments();

await app.StartAsync();
try
{
    await started;
}
catch
{
    // A failed start ends the process with its error, as it did before the host listened.
    await app.StopAsync();
    throw;
}

await app.WaitForShutdownAsync();

/// <summary>Entry point; public so that tests can host the application in-process.</summary>
public partial class Program;
