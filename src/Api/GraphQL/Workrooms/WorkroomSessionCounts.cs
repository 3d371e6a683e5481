namespace Platform.Api.GraphQL.Workrooms;

/// <summary>How many sessions a workroom holds that the caller can see, and how many of them ended in an agreement.</summary>
public sealed record WorkroomSessionCounts(int Sessions, int Agreements)
{
    public static readonly WorkroomSessionCounts None = new(0, 0);
}
