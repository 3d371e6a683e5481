using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>Whether the caller can see the row a key names: the key is found in the referenced set, which the tenant filter narrows.</summary>
internal static class ReferenceCondition
{
    public static Expression Seen<TReferenced>(PlatformDbContext db, Expression key)
        where TReferenced : class
    {
        var rows = db.Set<TReferenced>();
        Expression<Func<int?, bool>> seen = id => id != null && rows.Any(r => EF.Property<int>(r, "Id") == id);
        return ParameterReplacer.Replace(seen, key);
    }
}
