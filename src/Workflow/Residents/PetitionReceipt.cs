namespace Platform.Workflow.Residents;

/// <summary>What the petitioner takes home: the receipt code (shown only this once) and the case number.</summary>
public sealed record PetitionReceipt(string Receipt, string CaseNumber, DateTime RegisteredAt, string UnitName);
