using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// <c>&lt;Enum&gt;OperationFilterInput { eq neq in nin }</c>. Enums are stored by name, so ordering
/// comparisons would compare text and are not offered. The name follows the enum graph type's own
/// <c>Name</c>, read from an instance because subclasses may set it in their constructor.
/// </summary>
public sealed class EnumOperationFilterInputType<TEnum, TEnumGraphType> : InputObjectGraphType
    where TEnum : struct, Enum
    where TEnumGraphType : EnumerationGraphType<TEnum>, new()
{
    private static readonly string EnumName = new TEnumGraphType().Name;

    public EnumOperationFilterInputType()
    {
        Name = $"{EnumName}OperationFilterInput";
        Field<TEnumGraphType>("eq");
        Field<TEnumGraphType>("neq");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin");
    }
}
