using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Api.Tests.Infrastructure;
using Platform.Workflow.Webhooks;

namespace Platform.Api.Tests.Webhooks;

public sealed class WebhookSettingsTests
{
    [Fact]
    public void Production_Should_RequireHttps_AndPublicAddresses_WhileTestsAllowLoopbackHttp()
    {
        // arrange
        using var production = PlatformFactory.ForEnvironment("Production");
        using var testing = new PlatformFactory();

        // act
        var inProduction = production.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;
        var inTests = testing.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;

        // assert
        Assert.Equal((true, false), (inProduction.RequireHttps, inProduction.AllowPrivateAddresses));
        Assert.Equal((false, true), (inTests.RequireHttps, inTests.AllowPrivateAddresses));
    }
}
