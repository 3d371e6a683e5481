using Mapster;

namespace Platform.Workflow.Common;

/// <summary>
/// The Mapster configuration of the workflow: every feature's <see cref="IRegister"/> (inputs onto
/// new entities), compiled once so that a mapping that no longer fits fails at start, not mid-request.
/// </summary>
public static class WorkflowMappings
{
    public static TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig();
        config.Scan(typeof(WorkflowMappings).Assembly);
        config.Compile();
        return config;
    }

    /// <summary>A new <typeparamref name="TDestination"/> with the members <paramref name="source"/> maps onto.</summary>
    public static TDestination MapTo<TDestination>(this object source) => source.Adapt<TDestination>(Config);
}
