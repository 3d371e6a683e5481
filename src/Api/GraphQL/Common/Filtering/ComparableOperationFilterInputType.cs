using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// The operations HotChocolate offers on comparable scalars: eq neq in nin gt ngt gte ngte lt nlt lte nlte.
/// Each subclass is one named type shared by every filter in the schema.
/// </summary>
public abstract class ComparableOperationFilterInputType<TScalarGraphType> : InputObjectGraphType
    where TScalarGraphType : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name)
    {
        Name = name;
        Field<TScalarGraphType>("eq");
        Field<TScalarGraphType>("neq");
        Field<ListGraphType<TScalarGraphType>>("in");
        Field<ListGraphType<TScalarGraphType>>("nin");
        foreach (var operation in new[] { "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" })
        {
            Field<TScalarGraphType>(operation);
        }
    }
}
