namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// Tests that listen to activities or diagnostic events: those listeners are process-wide, so
/// other test hosts running at the same time would feed them spans and commands of their own
/// (and EF Core's diagnostic source is shared between hosts). They run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideListeners
{
    public const string Name = "Process-wide listeners (run alone)";
}
