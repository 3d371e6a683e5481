using Platform.Api.GraphQL.Cases;

namespace Platform.Api.GraphQL.Subscriptions;

/// <summary>
/// A change to one of the subscriber's queues: the case when it is in the queue after the change,
/// or the key of the case that left it (when the subscriber can still see that case).
/// </summary>
public sealed record QueueChange(CaseQueueKind Kind, CaseQueueHolder Holder, int? CaseKey, int? RemovedCaseKey);
