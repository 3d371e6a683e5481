using GraphQL.Validation;

namespace Platform.Api.Transport;

/// <summary>Reported by <see cref="QueryOnlyOverGetRule"/>; the transport turns it into a 405.</summary>
internal sealed class MutationOverGetError : ValidationError
{
    public MutationOverGetError()
        : base("Only queries may be sent with GET; send mutations with POST.")
    {
        Code = GraphQLRequestError.MethodNotAllowedCode;
    }
}
