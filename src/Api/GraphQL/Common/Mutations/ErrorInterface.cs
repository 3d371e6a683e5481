using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary><c>interface Error { message: String! code: String! }</c>, implemented by every payload error.</summary>
public sealed class ErrorInterface : InterfaceGraphType<DomainError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A domain error returned in a mutation payload.";
        Field(e => e.Message);
        Field(e => e.Code);
    }
}
