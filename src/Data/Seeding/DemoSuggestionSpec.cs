using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>One demo suggestion as a table row; answered ones are answered <see cref="AnsweredAfter"/> days after submission.</summary>
internal sealed record DemoSuggestionSpec(
    string Topic,
    SuggestionChannel Channel,
    SuggestionStatus Status,
    int DaysAgo,
    string Content,
    string? Response = null,
    int? Progress = null,
    string? ImplementationNote = null,
    int AnsweredAfter = 10,
    bool Anonymous = false);
