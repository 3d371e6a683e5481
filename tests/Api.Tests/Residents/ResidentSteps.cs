using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Residents;

/// <summary>The residents' portal's calls: its own client token, a device header, raw GraphQL.</summary>
public static class ResidentSteps
{
    public const string Loupu = "/sh/putuo/taopu/loupu/";

    public const string StatusSelection = "caseNumber status handlingUnitName answer registeredAt acceptedAt resolvedAt closedAt citizenSatisfaction citizenRatedAt";

    public static Task<string> PortalTokenAsync(this PlatformFactory factory) =>
        factory.GetClientTokenAsync(DemoClients.Resident, DemoClients.ResidentSecret);

    /// <summary>Runs <paramref name="query"/> as the portal on behalf of <paramref name="device"/>.</summary>
    public static async Task<JsonObject> AsPortalAsync(this PlatformFactory factory, string query, object? variables = null, string device = "device-1")
    {
        using var client = factory.CreateClient(await factory.PortalTokenAsync());
        client.DefaultRequestHeaders.Add("X-Resident-Device", device);
        return await client.PostGraphQLAsync(query, variables);
    }

    /// <summary>A resident's wage-arrears petition at <paramref name="unitId"/>; the whole response.</summary>
    public static Task<JsonObject> SubmitAsync(this PlatformFactory factory, string unitId, string title, string device = "device-1", string idNumber = "310107199001011234") =>
        factory.AsPortalAsync("""
            mutation Submit($input: SubmitPetitionInput!) {
              submitPetition(input: $input) { receipt { receipt caseNumber registeredAt unitName } errors { __typename ... on Error { code message } ... on ValidationError { field } } }
            }
            """, new
        {
            input = new
            {
                unitId,
                category = "LABOR_WAGES",
                title,
                description = "扫码反映物流园区用工单位拖欠工资。",
                contact = new { name = "李建国", phone = "13912345678", idNumber },
            },
        }, device);

    public static async Task<JsonObject> StatusAsync(this PlatformFactory factory, string receipt, string device = "device-1") =>
        await factory.AsPortalAsync($$"""
            query Status($receipt: String!) { petitionStatus(receipt: $receipt) { {{StatusSelection}} } }
            """, new { receipt }, device);

    public static Task<JsonObject> RateAsync(this PlatformFactory factory, string receipt, string satisfaction) =>
        factory.AsPortalAsync($$"""
            mutation Rate($input: RateResolutionInput!) {
              rateResolution(input: $input) { petition { {{StatusSelection}} } errors { __typename ... on Error { code message } } }
            }
            """, new { input = new { receipt, satisfaction, comment = "问题解决了，谢谢。" } });
}
