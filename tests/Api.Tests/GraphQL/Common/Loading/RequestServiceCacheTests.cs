using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Loading;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

public sealed class RequestServiceCacheTests
{
    [Fact]
    public void KeptService_Should_BeAskedOfTheScopeOnce()
    {
        // arrange
        using var provider = new ServiceCollection().AddScoped<DataLoaderScope>().BuildServiceProvider();
        using var scope = provider.CreateScope();
        var counting = new CountingProvider(scope.ServiceProvider);
        var cache = new RequestServiceCache(counting);

        // act
        var first = cache.GetRequiredService<DataLoaderScope>();
        var second = cache.GetRequiredService<DataLoaderScope>();

        // assert
        Assert.Same(first, second);
        Assert.Same(scope.ServiceProvider.GetRequiredService<DataLoaderScope>(), first);
        Assert.Equal(1, counting.Asked);
    }

    [Fact]
    public void OtherService_Should_BeAskedOfTheScopeEveryTime()
    {
        // arrange
        using var provider = new ServiceCollection().AddTransient<List<int>>().BuildServiceProvider();
        using var scope = provider.CreateScope();
        var counting = new CountingProvider(scope.ServiceProvider);
        var cache = new RequestServiceCache(counting);

        // act
        var first = cache.GetRequiredService<List<int>>();
        var second = cache.GetRequiredService<List<int>>();

        // assert
        Assert.NotSame(first, second);
        Assert.Equal(2, counting.Asked);
    }

    [Fact]
    public void MissingService_Should_ThrowAsTheScopeDoes()
    {
        // arrange
        using var provider = new ServiceCollection().BuildServiceProvider();
        using var scope = provider.CreateScope();
        var cache = new RequestServiceCache(scope.ServiceProvider);

        // act
        var kept = () => cache.GetRequiredService<DataLoaderScope>();
        var other = () => cache.GetRequiredService<List<int>>();

        // assert
        Assert.Throws<InvalidOperationException>(kept);
        Assert.Throws<InvalidOperationException>(other);
        Assert.Null(cache.GetService(typeof(DataLoaderScope)));
    }

    [Fact]
    public void KeyedService_Should_ComeFromTheScope()
    {
        // arrange
        using var provider = new ServiceCollection().AddKeyedScoped<DataLoaderScope>("reports").BuildServiceProvider();
        using var scope = provider.CreateScope();
        var cache = new RequestServiceCache(scope.ServiceProvider);

        // act
        var keyed = cache.GetRequiredKeyedService<DataLoaderScope>("reports");

        // assert
        Assert.Same(scope.ServiceProvider.GetRequiredKeyedService<DataLoaderScope>("reports"), keyed);
        Assert.Null(cache.GetService(typeof(DataLoaderScope)));
    }

    private sealed class CountingProvider(IServiceProvider inner) : IServiceProvider
    {
        public int Asked { get; private set; }

        public object? GetService(Type serviceType)
        {
            Asked++;
            return inner.GetService(serviceType);
        }
    }
}
