using System.Globalization;
using System.Linq.Expressions;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Limits;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// A HotChocolate-style filter input (<c>where: CaseFilterInput</c>) over <typeparamref name="TEntity"/>.
/// Subclasses set <c>Name</c> and declare fields; <c>and</c>/<c>or</c> are added here, and each field's
/// type is an operation input chosen by the member's CLR type. <see cref="ToPredicate"/> turns the
/// argument into an expression EF Core translates to SQL.
/// </summary>
/// <remarks>
/// GraphQL.NET 8 passes an input object whose graph type maps no CLR type as
/// <c>IDictionary&lt;string, object?&gt;</c> (lists as <c>List&lt;object?&gt;</c>, enums as their CLR value,
/// <c>ID</c> as string or number); read it with <c>context.Arguments["where"].Value</c> or use
/// <see cref="FilterContextExtensions.ApplyWhere{TEntity}"/>.
/// </remarks>
public abstract partial class FilterInputType<TEntity> : InputObjectGraphType, INestableInput
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IServiceProvider, Expression<Func<TEntity, bool>>>> _computed = new(StringComparer.Ordinal);

    protected FilterInputType()
    {
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType { Name = "and", Type = self });
        AddField(new FieldType { Name = "or", Type = self });
    }

    /// <summary>Adds a filter on a string, int, long, DateTime or bool member (nullable or not).</summary>
    protected FieldType Field<TValue>(string name, Expression<Func<TEntity, TValue>> member)
    {
        var type = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        var operationType = type switch
        {
            _ when type == typeof(string) => typeof(StringOperationFilterInputType),
            _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) => typeof(IntOperationFilterInputType),
            _ when type == typeof(long) => typeof(LongOperationFilterInputType),
            _ when type == typeof(DateTime) => typeof(DateTimeOperationFilterInputType),
            _ when type == typeof(bool) => typeof(BooleanOperationFilterInputType),
            _ when type.IsEnum => throw new ArgumentException(
                $"Filter '{name}' is an enum; declare it with Field<TEnum, TEnumGraphType>.", nameof(member)),
            _ => throw new ArgumentException($"Filter '{name}' has unsupported type {typeof(TValue)}.", nameof(member)),
        };
        return Add(name, operationType, new FilterField(member, v => FilterValues.Convert(v, typeof(TValue)), type == typeof(string)));
    }

    /// <summary>Adds a filter on an enum member; <typeparamref name="TEnumGraphType"/> names the operation input.</summary>
    protected FieldType Field<TEnum, TEnumGraphType>(string name, Expression<Func<TEntity, TEnum>> member)
        where TEnum : struct, Enum
        where TEnumGraphType : EnumerationGraphType<TEnum>, new() =>
        Add(name, typeof(EnumOperationFilterInputType<TEnum, TEnumGraphType>), new FilterField(member, v => FilterValues.Convert(v, typeof(TEnum)), false));

    /// <inheritdoc cref="Field{TEnum, TEnumGraphType}(string, Expression{Func{TEntity, TEnum}})"/>
    protected FieldType Field<TEnum, TEnumGraphType>(string name, Expression<Func<TEntity, TEnum?>> member)
        where TEnum : struct, Enum
        where TEnumGraphType : EnumerationGraphType<TEnum>, new() =>
        Add(name, typeof(EnumOperationFilterInputType<TEnum, TEnumGraphType>), new FilterField(member, v => FilterValues.Convert(v, typeof(TEnum)), false));

    /// <summary>
    /// Adds a filter on a key exposed as an opaque global ID. An ID that <paramref name="decode"/> rejects
    /// (returns null) matches no row: <c>eq</c> is false, <c>neq</c> is true, and it is dropped from <c>in</c>/<c>nin</c>.
    /// </summary>
    protected FieldType IdField(string name, Expression<Func<TEntity, int>> key, Func<string, int?> decode) =>
        Add(name, typeof(IdOperationFilterInputType), new FilterField(key, v => DecodeId(v, decode), false));

    /// <inheritdoc cref="IdField(string, Expression{Func{TEntity, int}}, Func{string, int?})"/>
    protected FieldType IdField(string name, Expression<Func<TEntity, int?>> key, Func<string, int?> decode) =>
        Add(name, typeof(IdOperationFilterInputType), new FilterField(key, v => DecodeId(v, decode), false));

    /// <summary>
    /// Adds a filter on a reference to a tenant-filtered row (DESIGN §4 rule 4). A reference the caller
    /// cannot see reads as null, as the field that follows it does: its id matches nothing and
    /// <c>eq: null</c> matches it, so a filter never confirms that a hidden row exists.
    /// </summary>
    protected FieldType ReferenceField<TReferenced>(string name, Expression<Func<TEntity, int?>> key, Func<string, int?> decode)
        where TReferenced : class =>
        Add(name, typeof(IdOperationFilterInputType), new FilterField(key, v => DecodeId(v, decode), false, ReferenceCondition.Seen<TReferenced>));

    /// <summary>
    /// Adds a Boolean filter whose condition depends on the request, e.g. on the current time.
    /// <paramref name="condition"/> is called once per translated filter with the request's services;
    /// values its lambda captures (such as <c>now</c>) become SQL parameters of that execution,
    /// never constants fixed when the schema was built.
    /// </summary>
    protected FieldType ComputedField(string name, Func<IServiceProvider, Expression<Func<TEntity, bool>>> condition)
    {
        _computed.Add(name, condition);
        return AddField(new FieldType { Name = name, Type = typeof(BooleanOperationFilterInputType) });
    }

    /// <summary>
    /// Translates a <c>where</c> argument (null, or the dictionary GraphQL.NET parsed) into a predicate.
    /// Fields of one object are ANDed; an empty object or null filters nothing. <paramref name="services"/>
    /// (the request's) is needed only by fields added with <see cref="ComputedField"/>, <paramref name="db"/>
    /// (the context the query runs on) only by those added with <see cref="ReferenceField"/>.
    /// </summary>
    public Expression<Func<TEntity, bool>> ToPredicate(object? whereArgument, IServiceProvider? services = null, PlatformDbContext? db = null)
    {
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var limits = services?.GetService<IOptions<QueryLimitsOptions>>()?.Value ?? new QueryLimitsOptions();
        var request = new FilterRequest(services, db, limits.MaxFilterValues, limits.MaxFilterDepth);
        var body = whereArgument is null ? Conditions.True : Translate(ToObject(whereArgument), parameter, request);
        return Expression.Lambda<Func<TEntity, bool>>(body, parameter);
    }

    /// <summary>The condition <paramref name="where"/> puts on <paramref name="entity"/>, an expression of type <typeparamref name="TEntity"/>.</summary>
    internal Expression Translate(IDictionary<string, object?> where, Expression entity, FilterRequest request)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            conditions.Add(name switch
            {
                "and" => Conditions.All(FilterOperationTranslator.Nested(value).Select(o => Translate(o, entity, request))),
                "or" => Conditions.Any(FilterOperationTranslator.Nested(value).Select(o => Translate(o, entity, request))),
                _ when _nested.TryGetValue(name, out var nested) => nested(entity, ToObject(value), request),
                _ when FieldFor(name, request.Services) is { } field =>
                    FilterOperationTranslator.Translate(Member(field, entity, request), ToObject(value), field, request.MaxValues),
                _ => throw new InvalidOperationException($"'{Name}' has no field '{name}'."),
            });
        }

        return Conditions.All(conditions);
    }

    /// <summary>The member as the caller sees it: a reference to a row it cannot see is null.</summary>
    private Expression Member(FilterField field, Expression entity, FilterRequest request)
    {
        var member = ParameterReplacer.Replace(field.Member, entity);
        if (field.Seen is null)
        {
            return member;
        }

        var db = request.Db ?? throw new InvalidOperationException($"'{Name}' filters on references and needs the query's context.");
        return Expression.Condition(field.Seen(db, member), member, Expression.Constant(null, member.Type));
    }

    private FilterField? FieldFor(string name, IServiceProvider? services)
    {
        if (_fields.TryGetValue(name, out var field))
        {
            return field;
        }

        if (!_computed.TryGetValue(name, out var condition))
        {
            return null;
        }

        var built = condition(services ?? throw new InvalidOperationException($"'{Name}.{name}' is computed per request and needs the request's services."));
        return new FilterField(built, v => FilterValues.Convert(v, typeof(bool)), false);
    }

    private FieldType Add(string name, Type operationType, FilterField field)
    {
        _fields.Add(name, field);
        return AddField(new FieldType { Name = name, Type = operationType });
    }

    private static object? DecodeId(object? value, Func<string, int?> decode) =>
        value is null ? null : decode(Convert.ToString(value, CultureInfo.InvariantCulture)!) ?? FilterValues.NoMatch;

    private static IDictionary<string, object?> ToObject(object value) =>
        value as IDictionary<string, object?>
        ?? throw new InvalidOperationException($"Expected an input object, got {value.GetType()}.");
}
