using Platform.Data.Protection;

namespace Platform.Data.Tests.Protection;

public sealed class PiiCipherTests
{
    public PiiCipherTests() => PiiCipher.Use(PiiKeys.DevelopmentKey);

    [Fact]
    public void Protect_Should_HideTheValue_EncryptEqualValuesAlike_AndRoundTrip()
    {
        // act
        var once = PiiCipher.Protect("310107199001011234");
        var twice = PiiCipher.Protect("310107199001011234");
        var other = PiiCipher.Protect("310107199001011235");

        // assert
        Assert.StartsWith(PiiCipher.Prefix, once);
        Assert.DoesNotContain("1990", once);
        Assert.Equal(once, twice);
        Assert.NotEqual(once, other);
        Assert.Equal("310107199001011234", PiiCipher.Unprotect(once));
        Assert.Equal("13912345678", PiiCipher.Unprotect("13912345678"));
    }

    [Fact]
    public void Hash_Should_MatchTheSameNumberHoweverItIsWritten()
    {
        // act
        var hash = PiiCipher.Hash("31010719800202123X");

        // assert
        Assert.Equal(hash, PiiCipher.Hash(" 310107-19800202-123x "));
        Assert.NotEqual(hash, PiiCipher.Hash("310107198002021231"));
        Assert.Null(PiiCipher.Hash("  "));
        Assert.Equal(64, hash!.Length);
    }

    [Fact]
    public void Use_Should_RefuseAShortKey_AndASecondKeyInTheSameProcess()
    {
        // act
        var shortKey = Assert.Throws<InvalidOperationException>(() => PiiCipher.Use(Convert.ToBase64String(new byte[16])));
        var secondKey = Assert.Throws<InvalidOperationException>(() => PiiCipher.Use(Convert.ToBase64String(new byte[32])));

        // assert
        Assert.Contains("32 bytes", shortKey.Message);
        Assert.Contains("another Pii:Key", secondKey.Message);
    }
}
