using GraphQL;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>What translating one <c>where</c> argument needs, and how deep into nested object and list filters it is.</summary>
/// <param name="Services">The request's services, for computed fields.</param>
/// <param name="Db">The context the query runs on, for reference-key fields.</param>
/// <param name="MaxValues">Most values of an <c>in</c>/<c>nin</c> list.</param>
/// <param name="MaxDepth">Most nested object and list filters inside each other.</param>
/// <param name="Depth">Nested object and list filters entered so far; the root filter is 0.</param>
internal sealed record FilterRequest(IServiceProvider? Services, PlatformDbContext? Db, int MaxValues, int MaxDepth, int Depth = 0)
{
    /// <summary>The request one nested filter further down; beyond <see cref="MaxDepth"/> it is <c>MAX_DEPTH</c>.</summary>
    public FilterRequest Deeper() => Depth + 1 > MaxDepth
        ? throw new ExecutionError($"Filters and sorts nest at most {MaxDepth} objects deep.") { Code = PlatformErrors.MaxDepth }
        : this with { Depth = Depth + 1 };
}
