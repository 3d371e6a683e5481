namespace Platform.Api.GraphQL.Common.Authorization;

/// <summary>Bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class IntrospectionOptions
{
    /// <summary>
    /// <c>GraphQL:Introspection</c>: who may introspect. Unset, it is <see cref="IntrospectionAccess.Anyone"/>
    /// in the Development environment and <see cref="IntrospectionAccess.Authenticated"/> elsewhere.
    /// </summary>
    public IntrospectionAccess? Introspection { get; set; }
}
