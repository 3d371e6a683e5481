using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Platform.Api.GraphQL.Common.Introspection;

/// <summary>
/// Adds what GraphQL.NET 8 lacks of the current specification's introspection and graphql-js asks
/// for: <c>__Type.specifiedByURL</c> (<c>specifiedByUrl: true</c>) and the <c>includeDeprecated</c>
/// argument of <c>__Directive.args</c> (<c>inputValueDeprecation: true</c>). No scalar of the schema
/// names a specification and no directive argument is deprecated, so the first is always null and
/// the second changes nothing in the answer.
/// </summary>
internal sealed class MissingIntrospectionFields : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name == "__Type" && !type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Type = typeof(StringGraphType),
                ResolvedType = schema.AllTypes["String"] ?? new StringGraphType(),
                Resolver = new FuncFieldResolver<object?>(_ => null),
            });
        }

        if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
            {
                Name = "includeDeprecated",
                ResolvedType = schema.AllTypes["Boolean"] ?? new BooleanGraphType(),
                DefaultValue = false,
            });
        }
    }
}
