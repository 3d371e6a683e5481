namespace Platform.Api.GraphQL.Cases;

/// <summary>
/// Whose queues are read: the paths of the units whose work they cover (see
/// <see cref="CaseQueueUnits"/>) and the caller's subject, for the leader's own cases.
/// </summary>
public sealed record CaseQueueHolder(IReadOnlyList<string> Paths, string Subject);
