using GraphQL;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Loading;

public static class GraphTypes
{
    /// <summary>The named type behind non-null and list wrappers.</summary>
    public static IComplexGraphType Complex(IGraphType? type)
    {
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type as IComplexGraphType
            ?? throw new InvalidOperationException($"'{type?.Name}' is not an object type.");
    }

    /// <summary>The named type of the resolving field, e.g. <c>Case</c> for <c>[Case!]!</c>.</summary>
    public static IComplexGraphType Of(IResolveFieldContext context) => Complex(context.FieldDefinition.ResolvedType);
}
