namespace Platform.Data.Entities;

/// <summary>One respondent's answer to one question: an option, a rating from 1 to 5, or a text.</summary>
public sealed class QuestionnaireAnswer : ITenantOwned
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public QuestionnaireQuestion? Question { get; set; }
    public int VisitId { get; set; }

    /// <summary>The visit's owner path.</summary>
    public string OwnerPath { get; set; } = "";

    /// <summary>Which questionnaire (respondent) of the visit the answer belongs to, from 1.</summary>
    public int Respondent { get; set; }
    public string? Choice { get; set; }
    public int? Rating { get; set; }
    public string? Text { get; set; }
}
