namespace Platform.Bench;

/// <summary>Where the repository, the servers' builds and the generated databases are.</summary>
internal static class BenchPaths
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>The folder holding <c>Platform.sln</c>, found upwards from the bench's own build.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The app's build in the bench's configuration (the bench project builds it), or the
    /// published one named by <c>PLATFORM_BENCH_APP</c> (README, Performance: how to measure the
    /// ReadyToRun build a deployment runs).
    /// </summary>
    public static string AppDll => Environment.GetEnvironmentVariable("PLATFORM_BENCH_APP") is { Length: > 0 } published
        ? published
        : Output("src/Api", "Platform.Api");

    public static string BaselineDll => Output("bench/Platform.Bench.Baseline", "Platform.Bench.Baseline");

    public static string ProbeDll => Output("bench/Platform.Bench.Probe", "Platform.Bench.Probe");

    /// <summary>Generated databases live outside the repository by default (they are gigabytes; never commit one).</summary>
    public static string DataFolder =>
        Environment.GetEnvironmentVariable("PLATFORM_BENCH_DATA") ?? Path.Combine(Path.GetTempPath(), "platform-bench");

    public static string DefaultDatabase(int cases) => Path.Combine(DataFolder, $"cases-{Label(cases)}.db");

    public static string Label(int cases) => cases switch
    {
        >= 1_000_000 when cases % 1_000_000 == 0 => $"{cases / 1_000_000}m",
        >= 1_000 when cases % 1_000 == 0 => $"{cases / 1_000}k",
        _ => cases.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Output(string project, string assembly)
    {
        var path = Path.Combine(RepositoryRoot, project, "bin", Configuration, "net10.0", assembly + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing; build the bench first (dotnet build -c {Configuration} bench/Platform.Bench).", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Platform.sln not found above the bench's build folder.");
    }
}
