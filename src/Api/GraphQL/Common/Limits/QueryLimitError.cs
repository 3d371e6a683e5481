using GraphQL;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// A request refused by <see cref="QueryLimitsOptions"/> or by what the server supports, before
/// anything was validated or executed. The transport answers it with <see cref="StatusCode"/>
/// whatever the negotiated media type, since no GraphQL work was done.
/// </summary>
public sealed class QueryLimitError : ExecutionError
{
    public QueryLimitError(string code, string message, int statusCode = StatusCodes.Status400BadRequest)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public int StatusCode { get; }
}
