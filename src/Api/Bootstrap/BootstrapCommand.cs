using Platform.Identity.Administration;
using Platform.Identity.Bootstrap;

namespace Platform.Api.Bootstrap;

/// <summary>
/// <c>dotnet run --project src/Api -- bootstrap --admin-user sh.admin --unit-tree units.json
/// [--client-id console --redirect-uri https://… [--origin https://…]]</c>: runs after the
/// migrations, prints what it did and exits without serving. The admin's password comes from
/// <see cref="PasswordVariable"/> or, when that is unset, the first line of standard input.
/// </summary>
public static class BootstrapCommand
{
    public const string Name = "bootstrap";
    public const string PasswordVariable = "PLATFORM_BOOTSTRAP_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Returns the process exit code: 0 when done, 2 for bad arguments or a bad tree file, 1 when a rule refused.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = Options(args[1..]);
        if (options is null || !options.TryGetValue("--admin-user", out var admin) || !options.TryGetValue("--unit-tree", out var treeFile))
        {
            await output.WriteLineAsync("usage: bootstrap --admin-user <name> --unit-tree <file.json> [--client-id <id> --redirect-uri <uri>... [--origin <origin>...]]");
            return 2;
        }

        UnitTree tree;
        try
        {
            tree = UnitTree.Parse(await File.ReadAllTextAsync(treeFile[0], cancellationToken));
            tree.Flatten();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"bootstrap: cannot use the unit tree '{treeFile[0]}': {e.Message}");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? await input.ReadLineAsync(cancellationToken) ?? "";
        var request = new BootstrapRequest(tree, admin[0], password, options.GetValueOrDefault("--client-id")?[0],
            options.GetValueOrDefault("--redirect-uri") ?? [], options.GetValueOrDefault("--origin") ?? []);
        using var scope = services.CreateScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<PlatformBootstrap>().RunAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or AdministrationException)
        {
            await output.WriteLineAsync($"bootstrap: {e.Message}");
            return 1;
        }

        await output.WriteLineAsync($"bootstrap: done; sign in as '{admin[0]}'.");
        return 0;
    }

    /// <summary>The <c>--name value</c> pairs; a name may repeat. Null when an argument has no value.</summary>
    private static Dictionary<string, List<string>>? Options(string[] args)
    {
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            (options.TryGetValue(args[i], out var values) ? values : options[args[i]] = []).Add(args[i + 1]);
        }

        return options;
    }
}
