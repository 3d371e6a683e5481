using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Introspection;

/// <summary>
/// The introspection fields of the current specification that graphql-js's
/// <c>getIntrospectionQuery</c> asks for with every option on: <c>__Directive.isRepeatable</c>,
/// <c>args(includeDeprecated:)</c> and <c>inputFields(includeDeprecated:)</c> with
/// <c>__InputValue.isDeprecated</c>, and (<see cref="MissingIntrospectionFields"/>) <c>__Type.specifiedByURL</c>
/// and <c>__Directive.args(includeDeprecated:)</c>. <c>__Type.isOneOf</c>
/// comes with GraphQL.NET already.
/// </summary>
internal static class IntrospectionFeatures
{
    public static void Enable(ISchema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.RegisterVisitor(new MissingIntrospectionFields());
    }
}
