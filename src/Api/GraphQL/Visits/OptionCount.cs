namespace Platform.Api.GraphQL.Visits;

/// <summary>How many respondents chose one option of a CHOICE question.</summary>
public sealed record OptionCount(string Option, int Count);
