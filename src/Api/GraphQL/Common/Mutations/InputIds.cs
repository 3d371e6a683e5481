using GraphQL.Builders;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Relay;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>
/// Input fields of type <c>ID</c> that bind onto the workflow's keys: an id of the named type binds
/// as its key; any other id binds as 0, which names no row, so the workflow answers as for a row
/// that does not exist. An optional id that is null or empty binds as null (not given).
/// </summary>
public static class InputIds
{
    public static FieldBuilder<TSource, object> Id<TSource>(this InputObjectGraphType<TSource> input, string name, string typeName) =>
        input.Field<NonNullGraphType<IdGraphType>>(name).ParseValue(value => GlobalId.DecodeKey(value as string, typeName) ?? 0);

    public static FieldBuilder<TSource, object> OptionalId<TSource>(this InputObjectGraphType<TSource> input, string name, string typeName) =>
        input.Field<IdGraphType>(name).ParseValue(value => value is string { Length: > 0 } id ? GlobalId.DecodeKey(id, typeName) ?? 0 : null!);

    /// <summary>The two fields every change to an existing object carries: its id and the version the client read.</summary>
    public static void Reference<TSource>(this InputObjectGraphType<TSource> input, string idField, string typeName, string idDescription, string versionDescription)
    {
        input.Id(idField, typeName).Description(idDescription);
        input.Field<NonNullGraphType<IntGraphType>>("version").Description(versionDescription);
    }
}
