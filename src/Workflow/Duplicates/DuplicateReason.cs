namespace Platform.Workflow.Duplicates;

/// <summary>Why a case may repeat another: the same petitioner (by the keyed hash of the ID number or phone), or much the same words.</summary>
public enum DuplicateReason { SamePetitioner, SimilarText }
