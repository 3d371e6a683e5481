using GraphQL.Builders;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>
/// Adds a connection field of <c>TNodeGraphType</c> nodes whose type is named after the field
/// (<c>cases</c> → <c>CasesConnection!</c>); the caller adds <c>where</c>, <c>order</c>,
/// <see cref="PagingContextExtensions.PagingArguments{TSource, TReturn}(FieldBuilder{TSource, TReturn})"/> and the resolver.
/// </summary>
public static class ConnectionFields
{
    /// <summary>On a root or untyped object type (<c>query.ConnectionField&lt;CaseType&gt;("cases")</c>).</summary>
    public static FieldBuilder<object?, object> ConnectionField<TNodeGraphType>(this ObjectGraphType type, string name)
        where TNodeGraphType : IGraphType =>
        type.ConnectionField<TNodeGraphType, object?>(name);

    /// <summary>On an object type over <typeparamref name="TSource"/> (<c>this.ConnectionField&lt;CaseEventType, Case&gt;("events")</c>).</summary>
    public static FieldBuilder<TSource, object> ConnectionField<TNodeGraphType, TSource>(this ComplexGraphType<TSource> type, string name)
        where TNodeGraphType : IGraphType =>
        type.Field(name, new NonNullGraphType(new ConnectionType<TNodeGraphType>(name)));
}
