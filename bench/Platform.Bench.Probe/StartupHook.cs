using Platform.Bench.Probe;

/// <summary>
/// The entry point the runtime calls before <c>Main</c> when this assembly is named in
/// <c>DOTNET_STARTUP_HOOKS</c>; the runtime requires this name, in the global namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize() => BenchProbe.Install();
}
