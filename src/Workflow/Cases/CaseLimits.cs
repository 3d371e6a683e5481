namespace Platform.Workflow.Cases;

/// <summary>The lengths and counts the case inputs may reach.</summary>
public static class CaseLimits
{
    public const int Title = 200;
    public const int Description = 10_000;
    public const int Reason = 2_000;
    public const int Note = 4_000;
    public const int Answer = 10_000;
    public const int MaxHeadcount = 10_000;
    public const int MaxPetitioners = 100;
    public const int PetitionerName = 100;
    public const int Phone = 32;
    public const int IdNumber = 32;
    public const int Address = 300;

    /// <summary>A retry key: long enough for a UUID with a prefix, short enough for its unique index.</summary>
    public const int ClientMutationId = 64;
}
