namespace Platform.Workflow.Duplicates;

public sealed record PossibleDuplicate(int CaseId, DuplicateReason Reason);
