using Platform.Api;
using Platform.Api.Attachments;
using Platform.Api.Bulletins;
using Platform.Api.Cors;
using Platform.Api.GraphQL;
using Platform.Api.Ide;
using Platform.Api.Open311;
using Platform.Api.Operations;
using Platform.Api.Operations.Health;
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
await app.Services.InitializePlatformAsync();

if (bootstrap)
{
    Environment.ExitCode = await Platform.Api.Bootstrap.BootstrapCommand.RunAsync(app.Services, args, Console.In, Console.Out);
    return;
}

app.UsePlatformOperations();
app.UsePlatformCors();
app.UseWebSockets();
app.UseAuthentication();
app.UsePlatformCallerLimits();
app.UseAuthorization();
await app.UsePlatformIdeAsync();
app.MapPlatformHealth();
app.MapPlatformIdentity();
await schema;
app.MapPlatformGraphQL();
app.MapPlatformResidents();
app.MapPlatformOpen311();
app.MapPlatformBulletins();
app.MapPlatformAttachments();

app.Run();

/// <summary>Entry point; public so that tests can host the application in-process.</summary>
public partial class Program;
