namespace Platform.Api.GraphQL.Visits;

/// <summary>The answers to one question summed up: how many answered, per option, and the mean rating.</summary>
public sealed record QuestionAggregate(int Answered, IReadOnlyList<OptionCount> Options, double? AverageRating);
