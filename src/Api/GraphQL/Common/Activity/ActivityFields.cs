using System.Linq.Expressions;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Common.Activity;

public static class ActivityFields
{
    /// <summary>Adds <c>history: [ActivityEvent!]!</c>, oldest first, loaded in one batch per level.</summary>
    public static void AddHistory<TSource>(this ObjectGraphType<TSource> type, Expression<Func<ActivityEvent, int?>> subject, Func<TSource, int> id)
    {
        var foreignKey = ((MemberExpression)subject.Body).Member.Name;
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityEventType>>>>("history")
            .Description("What happened to this object, oldest first.")
            .Resolve(c => EntityLoaders.ByParent<ActivityEvent>(
                c, foreignKey, id(c.Source), q => q.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)));
    }
}
