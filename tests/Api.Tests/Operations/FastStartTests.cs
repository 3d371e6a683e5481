using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// The work moved off the start (README, Fast start) is still done, and done the same way: the
/// model is built once for both pools, every mutation input still converts, and a property field
/// has the type and the value GraphQL.NET's expression field would give.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class FastStartTests(PlatformFactory factory)
{
    [Fact]
    public void TheWriteAndReadPools_Should_Share_OneModel()
    {
        // arrange
        var contexts = factory.Services.GetRequiredService<SystemDbContexts>();

        // act
        using var write = contexts.Unscoped();
        using var read = contexts.ForReading(TenantScope.None);

        // assert
        Assert.Same(write.Model, read.Model);
        Assert.NotEmpty(write.Model.GetEntityTypes());
    }

    [Fact]
    public void EveryMutationInput_Should_Compile_ItsConversion()
    {
        // arrange
        var inputs = factory.Services.GetRequiredService<ISchema>().AllTypes
            .OfType<IInputObjectGraphType>()
            .Select(type => (Type: type, Input: MutationInputOf(type.GetType())))
            .Where(pair => pair.Input is not null)
            .ToList();

        // act
        var compiled = inputs.Select(pair => ObjectExtensions.CompileToObject(pair.Input!, pair.Type)).ToList();

        // assert
        Assert.True(inputs.Count >= 50, $"{inputs.Count} mutation inputs");
        Assert.All(compiled, Assert.NotNull);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("note")]
    [InlineData("count")]
    [InlineData("maybe")]
    [InlineData("at")]
    public async Task APropertyField_Should_HaveTheTypeAndValue_OfTheExpressionField(string name)
    {
        // arrange
        var type = new SampleType();
        // Named after the property as it is; the schema's name converter camel-cases it later.
        var property = type.Fields.Single(field => string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase));
        var expression = type.GetField(name + "ByExpression")!;
        var source = new Sample("陶浦", null, 3, null, new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc));
        var context = new ResolveFieldContext { Source = source };

        // act
        var value = await property.Resolver!.ResolveAsync(context);
        var expected = await expression.Resolver!.ResolveAsync(context);

        // assert
        Assert.Equal(expression.Type, property.Type);
        Assert.Equal(expected, value);
        Assert.Equal(typeof(PropertyResolver<,>), property.Resolver.GetType().GetGenericTypeDefinition());
        Assert.Equal(typeof(ExpressionFieldResolver<,>), expression.Resolver.GetType().GetGenericTypeDefinition());
    }

    private static Type? MutationInputOf(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(MutationInputType<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private sealed record Sample(string Name, string? Note, int Count, int? Maybe, DateTime At);

    private sealed class SampleType : ObjectGraphType<Sample>
    {
        public SampleType()
        {
            this.Property(s => s.Name);
            this.Property(s => s.Note);
            this.Property(s => s.Count);
            this.Property(s => s.Maybe);
            this.Property(s => s.At);
            Field("nameByExpression", s => s.Name);
            Field("noteByExpression", s => s.Note);
            Field("countByExpression", s => s.Count);
            Field("maybeByExpression", s => s.Maybe);
            Field("atByExpression", s => s.At);
        }
    }
}
