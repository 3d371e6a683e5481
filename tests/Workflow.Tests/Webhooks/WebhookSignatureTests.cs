using System.Security.Cryptography;
using System.Text;
using Platform.Workflow.Webhooks;

namespace Platform.Workflow.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private const string Body = """{"kind":"CLOSED"}""";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void Signature_Should_BeTheHmacOfTimestampDotBody()
    {
        // act
        var header = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);

        // assert: computed here without the code under test
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("1700000000." + Body)));
        Assert.Equal($"t=1700000000,v1={expected}", header);
    }

    [Fact]
    public void Verify_Should_Refuse_ATamperedBody_AStaleTimestamp_AndAnotherSecret()
    {
        // arrange
        var header = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);
        var tolerance = TimeSpan.FromMinutes(5);

        // act + assert
        Assert.True(WebhookSignature.Verify(Secret, header, Body, Now.AddMinutes(4), tolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, Body.Replace("CLOSED", "ACCEPTED"), Now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, Body, Now.AddMinutes(6), tolerance));
        Assert.False(WebhookSignature.Verify("whsec_other", header, Body, Now, tolerance));
    }

    [Fact]
    public void Backoff_Should_Double_UpToTheCap()
    {
        // arrange
        var options = new WebhookOptions { BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(3) };

        // act + assert
        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3)],
            Enumerable.Range(1, 5).Select(options.DelayAfter));
    }
}
