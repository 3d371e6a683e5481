using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// Runs graphql-js (16 and 17, <c>tests/js</c>) as schema tools do, through Node. Restores the
/// npm packages from the committed lock file when they are missing.
/// </summary>
public static class GraphQLJs
{
    private static readonly SemaphoreSlim Restore = new(1, 1);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "js");

    /// <summary>Each library's <c>getIntrospectionQuery()</c>, with default options and with every option.</summary>
    public static async Task<JsonArray> IntrospectionQueriesAsync() =>
        JsonNode.Parse(await RunAsync("queries", stdin: null))!.AsArray();

    /// <summary><c>printSchema(buildClientSchema(answer))</c> and <c>printSchema(buildSchema(sdl))</c>.</summary>
    public static async Task<(string FromAnswer, string FromFile)> PrintAsync(string library, string options, JsonNode answer, string sdl)
    {
        var input = new JsonObject { ["library"] = library, ["options"] = options, ["answer"] = answer.DeepClone(), ["sdl"] = sdl };
        var printed = JsonNode.Parse(await RunAsync("print", input.ToJsonString()))!;
        return (printed["fromAnswer"]!.GetValue<string>(), printed["fromFile"]!.GetValue<string>());
    }

    private static Task<string> RunAsync(string command, string? stdin) => RunScriptAsync("introspection.mjs", [command], stdin);

    /// <summary>Runs one of the <c>tests/js</c> scripts with Node after restoring the packages; its standard output.</summary>
    public static async Task<string> RunScriptAsync(string script, string[] arguments, string? stdin)
    {
        await EnsureRestoredAsync();
        var (exitCode, stdout, stderr) = await ProcessAsync("node", [script, .. arguments], stdin);
        if (exitCode != 0)
            throw new InvalidOperationException($"node {script} {string.Join(' ', arguments)} failed ({exitCode}): {stderr}");

        return stdout;
    }

    /// <summary>Runs <c>npm ci</c> in <see cref="Folder"/> unless every package is there.</summary>
    public static async Task EnsureRestoredAsync()
    {
        await Restore.WaitAsync();
        try
        {
            // npm ci leaves its own copy of the lock file in node_modules: older than the lock, it is stale.
            var installed = new FileInfo(Path.Combine(Folder, "node_modules", ".package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json")))
                return;

            var (exitCode, _, stderr) = await ProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], stdin: null);
            if (exitCode != 0)
                throw new InvalidOperationException($"npm ci in tests/js failed ({exitCode}): {stderr}");
        }
        finally
        {
            Restore.Release();
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> ProcessAsync(string fileName, string[] arguments, string? stdin)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            folder = folder.Parent;

        return folder?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test binaries.");
    }
}
