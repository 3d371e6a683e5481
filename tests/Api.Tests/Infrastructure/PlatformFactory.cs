using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data;
using Platform.Data.Seeding;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// Hosts the whole application in-process over its own SQLite database in a fresh temporary
/// folder, deleted on dispose by the factory that created it.
/// </summary>
public sealed partial class PlatformFactory : WebApplicationFactory<Program>
{
    public const string TestingEnvironment = "Testing";

    private readonly bool ownsDataFolder;

    /// <summary>A host in the <c>Testing</c> environment over a new database; also the xunit fixture.</summary>
    public PlatformFactory()
        : this(TestingEnvironment, dataFolder: null)
    {
    }

    private PlatformFactory(string environment, string? dataFolder)
    {
        Environment = environment;
        ownsDataFolder = dataFolder is null;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));

        // Outside Development and tests the token server insists on HTTPS.
        if (environment is not (TestingEnvironment or "Development"))
        {
            ClientOptions.BaseAddress = new Uri("https://localhost");
        }
    }

    public string Environment { get; }

    /// <summary>A host in another environment, e.g. <c>Production</c>, over a new database.</summary>
    public static PlatformFactory ForEnvironment(string environment) => new(environment, dataFolder: null);

    /// <summary>A <c>Testing</c> host on the data folder <paramref name="dataFolder"/>, which the caller deletes.</summary>
    public static PlatformFactory ForDataFolder(string dataFolder) => new(TestingEnvironment, dataFolder);

    /// <summary>A second host on the database of <paramref name="other"/>, as a restart or another replica.</summary>
    public static PlatformFactory SharingDatabaseWith(PlatformFactory other) => new(other.Environment, other.DataFolder);

    public string DataFolder { get; }

    /// <summary>A password-grant access token for a demo account, through <c>demo-frontend</c>.</summary>
    public async Task<string> GetTokenAsync(string userName, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = DemoClients.Frontend,
            ["username"] = userName,
            ["password"] = DemoAccounts.Password,
        };
        return await ReadAccessTokenAsync(await RequestTokenAsync(form, scope));
    }

    /// <summary>A client-credentials access token, by default for <c>demo-integration</c>.</summary>
    public async Task<string> GetClientTokenAsync(
        string clientId = DemoClients.Integration, string clientSecret = DemoClients.IntegrationSecret, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        };
        return await ReadAccessTokenAsync(await RequestTokenAsync(form, scope));
    }

    /// <summary>Posts a token request as is, for tests that look at the error responses.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(IDictionary<string, string> form, string? scope = null)
    {
        if (scope is not null)
        {
            form = new Dictionary<string, string>(form) { ["scope"] = scope };
        }

        using var client = CreateClient();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// Serves the host on a real socket, <c>127.0.0.1</c> on a free port, for a browser to reach;
    /// returns its base address. Call before anything else starts the host. A <paramref name="port"/>
    /// from <see cref="FreeLoopbackPort"/> lets a setting name the address before the host starts.
    /// </summary>
    public Uri ListenOnLoopback(int port = 0)
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.Single());
    }

    /// <summary>A loopback port free at the moment of asking.</summary>
    public static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>A client that sends <paramref name="accessToken"/> as its bearer token.</summary>
    public HttpClient CreateClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:DataFolder", DataFolder);

        // The suite sends thousands of requests as a handful of principals from one address;
        // the tests of the limits themselves set their own with WithSetting.
        builder.UseSetting("RateLimits:GraphQL:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "1000000");
        // One process: revocations reach the status cache at once, so entries may live as long as
        // a test class; SQL-counting tests then never see a status query mid-test. Tests of
        // another replica's view use a second host, whose cache starts empty.
        builder.UseSetting("Identity:TokenStatusCacheDuration", "01:00:00");
        // Outside Development and Testing the host refuses to start without a PII key; the process
        // holds one key, so every host here uses the published development key.
        builder.UseSetting("Pii:Key", Platform.Data.Protection.PiiKeys.DevelopmentKey);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            foreach (var configure in configureServices)
            {
                configure(services);
            }
        });
    }

    /// <summary>The platform's clock: fixed at <see cref="TestClock.Start"/> until a test moves it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Adds service registrations (e.g. interceptors) before the host starts.</summary>
    public PlatformFactory WithServices(Action<IServiceCollection> configure)
    {
        configureServices.Add(configure);
        return this;
    }

    private readonly List<Action<IServiceCollection>> configureServices = [];

    /// <summary>Sets a configuration value (e.g. <c>GraphQL:Introspection</c>) before the host starts.</summary>
    public PlatformFactory WithSetting(string key, string value)
    {
        settings[key] = value;
        return this;
    }

    private readonly Dictionary<string, string> settings = [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataFolder && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    private static async Task<string> ReadAccessTokenAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Token request failed ({(int)response.StatusCode}): {body}");
            }

            using var json = JsonDocument.Parse(body);
            return json.RootElement.GetProperty("access_token").GetString()!;
        }
    }
}
