namespace Platform.Data.Entities;

/// <summary>A question of a visit's questionnaire; a CHOICE question lists its options, one a line.</summary>
public sealed class QuestionnaireQuestion : ITenantOwned
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public OutreachVisit? Visit { get; set; }

    /// <summary>The visit's owner path.</summary>
    public string OwnerPath { get; set; } = "";
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public QuestionKind Kind { get; set; }
    public string Options { get; set; } = "";
}
