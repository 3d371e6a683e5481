using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Identity;

/// <summary>The authorization code flow end to end, as a browser front end goes through it (DESIGN §7).</summary>
public sealed class CodeFlowTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task TheWholeCodeFlow_Should_SignIn_Refresh_DetectReuse_Revoke_AndSignOut()
    {
        // arrange
        using var flow = new CodeFlowClient(factory);

        // act: authorize → sign-in form → code → tokens
        var tokens = await flow.SignInAsync("taopu.officer", DemoAccounts.Password);

        // assert: an access token the API accepts, an ID token, a refresh token
        var access = tokens.GetProperty("access_token").GetString()!;
        Assert.Equal("/sh/putuo/taopu/", Jwt.Payload(access).GetProperty("unit_path").GetString());
        Assert.Equal(DemoAccounts.IdOf("taopu.officer"), Jwt.Payload(tokens.GetProperty("id_token").GetString()!).GetProperty("sub").GetString());
        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        Assert.Equal("桃浦镇", await ViewerUnitAsync(access));

        // act: refresh → a new refresh token (rotation) and a new access token
        using var refreshed = await flow.RefreshAsync(refresh);
        var second = await CodeFlowClient.ReadJsonAsync(refreshed, HttpStatusCode.OK);
        var secondRefresh = second.GetProperty("refresh_token").GetString()!;
        var secondAccess = second.GetProperty("access_token").GetString()!;
        Assert.NotEqual(refresh, secondRefresh);
        Assert.Equal("桃浦镇", await ViewerUnitAsync(secondAccess));

        // act: the first refresh token again → refused, and the whole chain is revoked
        using var replayed = await flow.RefreshAsync(refresh);
        Assert.Equal("invalid_grant", (await CodeFlowClient.ReadJsonAsync(replayed, HttpStatusCode.BadRequest)).GetProperty("error").GetString());
        using var afterReuse = await flow.RefreshAsync(secondRefresh);
        Assert.Equal(HttpStatusCode.BadRequest, afterReuse.StatusCode);
        Assert.Null(await ViewerUnitAsync(secondAccess));

        // act: sign in again (the session cookie skips the form), then revoke the new access token
        var code = await flow.FollowToCodeAsync(flow.AuthorizeUrl());
        using var exchanged = await flow.ExchangeAsync(code);
        var third = await CodeFlowClient.ReadJsonAsync(exchanged, HttpStatusCode.OK);
        var thirdAccess = third.GetProperty("access_token").GetString()!;
        using (var userInfo = await UserInfoAsync(flow, thirdAccess))
        {
            var claims = await CodeFlowClient.ReadJsonAsync(userInfo, HttpStatusCode.OK);
            Assert.Equal("/sh/putuo/taopu/", claims.GetProperty("unit_path").GetString());
        }

        using var revoked = await flow.Browser.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = DemoClients.Frontend,
            ["token"] = thirdAccess,
            ["token_type_hint"] = "access_token",
        }));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        // assert: userinfo and the API refuse the revoked token
        using (var refusedUserInfo = await UserInfoAsync(flow, thirdAccess))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refusedUserInfo.StatusCode);
        }

        Assert.Null(await ViewerUnitAsync(thirdAccess));

        // act: sign out → back to the client's registered address, and the session is gone
        using var signOut = await flow.Browser.GetAsync(
            "/connect/endsession?post_logout_redirect_uri=" + Uri.EscapeDataString("http://localhost:5173/"));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("http://localhost:5173/", signOut.Headers.Location!.OriginalString);
        using var again = await flow.Browser.GetAsync(flow.AuthorizeUrl());
        Assert.StartsWith("/account/signin", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<string?> ViewerUnitAsync(string accessToken)
    {
        using var client = factory.CreateClient(accessToken);
        var response = await client.PostGraphQLAsync("{ viewer { unit { name } } }");
        return response["data"]?["viewer"]?["unit"]?["name"]?.GetValue<string>();
    }

    private static Task<HttpResponseMessage> UserInfoAsync(CodeFlowClient flow, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return flow.Browser.SendAsync(request);
    }
}
