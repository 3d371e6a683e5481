using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;

namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>
/// Resolves a field with a function of its source alone (<see cref="ISourceValue"/>), such as a
/// global id made from the row's key: <c>.ResolveSource(c =&gt; GlobalId.Encode(TypeName, c.Id))</c>.
/// Unlike <c>Resolve(c =&gt; … c.Source …)</c> on a typed field, no typed context is made per call.
/// </summary>
public static class SourceResolver
{
    public static FieldBuilder<TSource, TReturn> ResolveSource<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Func<TSource, TReturn?> read) =>
        field.Resolve(new Of<TSource, TReturn>(read));

    /// <summary>
    /// Resolves with the context and its source, typed: <c>.ResolveWith((c, x) =&gt; Loader(c, x.Id))</c>.
    /// GraphQL.NET makes a typed context per call for a typed resolver that returns a loader's result;
    /// this passes the execution's own, which it does not reuse while a loader holds it.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ResolveWith<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, TSource, TReturn?> resolve) =>
        field.Resolve(new With<TSource, TReturn>(resolve));

    private sealed class With<TSource, TReturn>(Func<IResolveFieldContext, TSource, TReturn?> resolve) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(resolve(context, (TSource)context.Source!));
    }

    private sealed class Of<TSource, TReturn>(Func<TSource, TReturn?> read) : IFieldResolver, IRequiresResolveFieldContextAccessor, ISourceValue
    {
        public bool RequiresResolveFieldContextAccessor => false;

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((TSource)context.Source!));

        public object? ValueOf(object source) => read((TSource)source);
    }
}
