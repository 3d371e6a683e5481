using Platform.Data.Entities;

namespace Platform.Workflow.Residents;

/// <summary>
/// A page of <see cref="PublicRequests.ListAsync"/>: case numbers (which override every other
/// criterion, as Open311's service_request_id does), categories, a registration window, open or
/// closed, and the page (1-based) of <see cref="PageSize"/> rows, newest first.
/// </summary>
public sealed record PublicRequestFilter
{
    public IReadOnlyList<string> Numbers { get; init; } = [];
    public IReadOnlyList<CaseCategory> Categories { get; init; } = [];
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }

    /// <summary>true: not yet resolved (registered, accepted, in progress); false: resolved, closed, declined or withdrawn.</summary>
    public bool? Open { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
