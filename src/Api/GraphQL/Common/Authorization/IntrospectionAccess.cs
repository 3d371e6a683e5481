namespace Platform.Api.GraphQL.Common.Authorization;

/// <summary>Who may select <c>__schema</c> and <c>__type</c>; <c>__typename</c> is open to anyone.</summary>
public enum IntrospectionAccess
{
    /// <summary>Any caller with a valid access token, whatever its scopes.</summary>
    Authenticated,

    /// <summary>Anyone, without a token: for development tools.</summary>
    Anyone,

    /// <summary>No one: schema tooling is fed from <c>/graphql/schema.graphql</c> or the committed file instead.</summary>
    Nobody,
}
