using GraphQL.Validation;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>An operation exceeded <see cref="QueryLimitsOptions"/>; it is rejected before anything executes.</summary>
public sealed class QueryLimitError : ValidationError
{
    public QueryLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
