using System.Text;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.GraphQL.Common;

/// <summary>DESIGN §6: ids are base64 of <c>TypeName:key</c>, accepted padded or unpadded and in no other spelling.</summary>
[Collection(SharedPlatform.Name)]
public sealed class GlobalIdTests(PlatformFactory factory)
{
    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Q2FzZTo3")]
    [InlineData("Q2FzZToyNw==")]
    [InlineData("Q2FzZToyNw")]
    public void ACanonicalId_Padded_OrUnpadded_Should_Decode(string id)
    {
        // act
        var decoded = GlobalId.TryDecode(id, out var type, out var key);

        // assert
        Assert.True(decoded);
        Assert.Equal("Case", type);
        Assert.Equal(GlobalId.Encode(type, key).TrimEnd('='), id.TrimEnd('='));
    }

    [Theory]
    [InlineData("Case:1\0")]
    [InlineData("Case:01")]
    [InlineData("Case: 1")]
    [InlineData("Case:1 ")]
    [InlineData(" Case:1")]
    [InlineData("Case:+1")]
    [InlineData("Case:1\n")]
    public void AnotherSpellingOfTheSameKey_Should_NotDecode(string text)
    {
        // act
        var decoded = GlobalId.TryDecode(Base64(text), out _, out _);

        // assert
        Assert.False(decoded);
    }

    [Theory]
    [InlineData("Q2FzZTox ")]
    [InlineData(" Q2FzZTox")]
    [InlineData("Q2Fz ZTox")]
    [InlineData("Q2FzZTox\n")]
    [InlineData("Q2FzZToyNx==")]
    [InlineData("Q2FzZToyN")]
    [InlineData("")]
    public void ABase64SpellingOtherThanTheServers_Should_NotDecode(string id)
    {
        // act
        var decoded = GlobalId.TryDecode(id, out _, out _);

        // assert
        Assert.False(decoded);
    }

    [Fact]
    public async Task Node_Should_Find_NothingForANonCanonicalId()
    {
        // arrange
        const string query = "query($id: ID!) { node(id: $id) { id } }";
        var canonical = GlobalId.Encode("Case", 10);

        // act
        var padded = await factory.AskAsync("sh.officer", query, new { id = canonical });
        var unpadded = await factory.AskAsync("sh.officer", query, new { id = canonical.TrimEnd('=') });
        var withNul = await factory.AskAsync("sh.officer", query, new { id = Base64("Case:10\0") });
        var withZero = await factory.AskAsync("sh.officer", query, new { id = Base64("Case:010") });

        // assert
        Assert.Equal(canonical, padded["data"]!["node"]!["id"]!.GetValue<string>());
        Assert.Equal(canonical, unpadded["data"]!["node"]!["id"]!.GetValue<string>());
        Assert.Null(withNul["data"]?["node"]);
        Assert.Null(withZero["data"]?["node"]);
    }
}
