using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Issue 7 item 3: forms the token server cannot read are an OAuth <c>invalid_request</c> (400),
/// never a 500 or a stack trace, in Development (which would show the developer exception page)
/// and in Production.
/// </summary>
public sealed class MalformedTokenRequestTests(EnvironmentHosts hosts) : IClassFixture<EnvironmentHosts>
{
    public static TheoryData<string, string> Forms()
    {
        var data = new TheoryData<string, string>();
        foreach (var environment in new[] { "Development", "Production" })
        {
            data.Add(environment, string.Join("&", Enumerable.Range(0, 1100).Select(i => $"f{i}=1")));
            data.Add(environment, "grant_type=password&x=" + new string('a', 4 * 1024 * 1024 + 1));
            data.Add(environment, "grant_type=password&" + new string('k', 2049) + "=1");
            data.Add(environment, "grant_type=pass%00word&client_id=demo-frontend");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task AnUnreadableForm_Should_Get_InvalidRequest_WithoutInternals(string environment, string form)
    {
        // arrange
        using var client = hosts.In(environment).CreateClient();
        using var content = new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded");

        // act
        using var response = await client.PostAsync("/connect/token", content);
        var body = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", JsonNode.Parse(body)!["error"]!.GetValue<string>());
        NoInternals.In(body);
    }
}
