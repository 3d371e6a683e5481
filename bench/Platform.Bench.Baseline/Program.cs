using Platform.Bench.Baseline;
using Platform.Bench.Baseline.Auth;
using Platform.Bench.Baseline.Data;
using Platform.Bench.Baseline.Sql;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection("Baseline").Get<BaselineOptions>()
    ?? throw new InvalidOperationException("The Baseline section (Database, Issuer) is required.");
builder.Services.AddSingleton(options);
Platform.Data.Protection.PiiCipher.Use(options.PiiKey);
builder.Services.AddSingleton(SqlCommands.Load());
builder.Services.AddSingleton<Database>();
builder.Services.AddSingleton<AccessTokens>();
builder.Services.AddSingleton<GraphQLEndpoint>();

var app = builder.Build();
var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();
app.MapPost("/graphql", endpoint.HandleAsync);
app.Run();
