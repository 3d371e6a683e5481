using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Residents.ResidentSteps;

namespace Platform.Api.Tests.Residents;

/// <summary>Wrong receipt codes: indistinguishable from unknown ones, and limited per device.</summary>
public sealed class ReceiptLookupLimitTests : IDisposable
{
    private readonly PlatformFactory factory = new PlatformFactory()
        .WithSetting("RateLimits:ReceiptMisses:PermitLimit", "3")
        .WithSetting("RateLimits:ResidentSubmissions:PermitLimit", "2");

    [Fact]
    public async Task WrongCodes_Should_AnswerLikeUnknownOnes_UntilTheDeviceIsLimited()
    {
        // arrange
        var submitted = (await factory.SubmitAsync(await factory.UnitIdAsync(Loupu), "扫码反映：噪声扰民", device: "kept"))["data"]!["submitPetition"]!;
        var receipt = submitted["receipt"].Str("receipt");
        var wrong = receipt[..^1] + (receipt[^1] == '0' ? '1' : '0');

        // act
        var unknown = await factory.StatusAsync(wrong, "guessing");
        var malformed = await factory.StatusAsync("' OR 1=1 --", "guessing");
        await factory.StatusAsync("00000-00000-00000-00000", "guessing");
        var limited = await factory.StatusAsync(receipt, "guessing");
        var otherDevice = await factory.StatusAsync(receipt.ToLowerInvariant().Replace("-", " "), "kept");

        // assert
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes());
        Assert.Equal(unknown.ToJsonString(), malformed.ToJsonString());
        Assert.Equal(["RATE_LIMITED"], limited.ErrorCodes());
        Assert.Null(otherDevice["errors"]);
        Assert.Equal("REGISTERED", otherDevice["data"]!["petitionStatus"].Str("status"));
    }

    [Fact]
    public async Task Submissions_Should_BeLimitedPerDevice()
    {
        // arrange
        var loupu = await factory.UnitIdAsync(Loupu);
        await factory.SubmitAsync(loupu, "扫码反映一", device: "busy");
        await factory.SubmitAsync(loupu, "扫码反映二", device: "busy");

        // act
        var third = await factory.SubmitAsync(loupu, "扫码反映三", device: "busy");
        var elsewhere = await factory.SubmitAsync(loupu, "扫码反映四", device: "quiet");

        // assert
        Assert.Equal(["RATE_LIMITED"], third.ErrorCodes());
        Assert.Null(elsewhere["errors"]);
        Assert.NotNull(elsewhere["data"]!["submitPetition"]!["receipt"]);
    }

    public void Dispose() => factory.Dispose();
}
