namespace Platform.Api.Live;

/// <summary>One outbox row as a replica hands it to its connections: its position and the keys it names.</summary>
public sealed record LiveNotice(long Position, int CaseId, int CaseEventId);
