using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>The steps of a matrix cell: a fresh case in the state its mutation needs, the mutation as the cell's principal, the outcome.</summary>
internal static class PermissionSteps
{
    /// <summary>The city sees every case, so it looks at the case before and after without taking part.</summary>
    private const string Observer = "sh.officer";

    /// <summary>Everything a mutation could change, to compare before and after a refusal.</summary>
    private const string Fingerprint = """
        id version status leaderOwnerName acceptedAt resolveDueAt resolvedAt closedAt deadlineExtended
        handlingUnit { path }
        shares { kind status targetUnit { path } }
        supervisions { id repliedAt }
        verifications { satisfaction }
        events(last: 1) { totalCount nodes { kind actorUnit { path } } }
        """;

    private static readonly Dictionary<string, string> EventOf = new()
    {
        ["acceptCase"] = "ACCEPTED", ["declineCase"] = "DECLINED", ["withdrawCase"] = "WITHDRAWN",
        ["assignCase"] = "ASSIGNED", ["escalateCase"] = "ESCALATED", ["referCase"] = "REFERRED",
        ["acceptReferral"] = "REFERRAL_ACCEPTED", ["returnReferral"] = "REFERRAL_RETURNED",
        ["requestAssistance"] = "ASSISTANCE_REQUESTED", ["addCaseNote"] = "NOTE_ADDED",
        ["assignLeaderOwner"] = "LEADER_OWNER_ASSIGNED", ["superviseCase"] = "SUPERVISED",
        ["replyToSupervision"] = "SUPERVISION_REPLIED", ["remindCase"] = "REMINDED",
        ["extendDeadline"] = "DEADLINE_EXTENDED", ["resolveCase"] = "RESOLVED", ["verifyCase"] = "VERIFIED", ["closeCase"] = "CLOSED",
    };

    /// <summary>A unit below each handling unit, for assignCase.</summary>
    private static readonly Dictionary<string, string> Below = new()
    {
        ["/sh/putuo/taopu/loupu/"] = "/sh/putuo/taopu/loupu/g1/",
        ["/sh/putuo/taopu/"] = "/sh/putuo/taopu/ziteng/",
    };

    /// <summary>A fresh case of <paramref name="setup"/>, brought into a state in which <paramref name="mutation"/> is allowed.</summary>
    public static async Task<JsonNode> PrepareAsync(this PlatformFactory factory, CaseSetup setup, string mutation)
    {
        var (registrar, handler) = setup switch
        {
            CaseSetup.ReferredToCommittee => ("changbai.officer", "changbai.officer"),
            CaseSetup.Township => ("taopu.officer", "taopu.officer"),
            CaseSetup.EscalatedFromCommittee => ("loupu.proxy", "taopu.officer"),
            _ => ("loupu.proxy", "loupu.proxy"),
        };
        var id = (await factory.RegisterAsync(registrar, $"权限矩阵 {setup} {mutation}")).Id();
        var move = setup switch
        {
            CaseSetup.ReferredToCommittee => ("referCase", "/sh/putuo/taopu/loupu/"),
            CaseSetup.EscalatedFromCommittee => ("escalateCase", "/sh/putuo/taopu/"),
            CaseSetup.AssistedBySibling => ("requestAssistance", "/sh/putuo/taopu/chunguang/"),
            CaseSetup.ReferredFromCommittee => ("referCase", "/sh/yangpu/changbai/"),
            _ => default((string, string)?),
        };
        if (move is var (moveMutation, target))
        {
            await factory.StepAsync(registrar, moveMutation, id, target);
        }

        if (mutation is "extendDeadline" or "resolveCase" or "verifyCase" or "closeCase")
        {
            await factory.StepAsync(handler, "acceptCase", id);
        }

        if (mutation is "verifyCase" or "closeCase")
        {
            await factory.StepAsync(handler, "resolveCase", id);
        }

        if (mutation is "closeCase")
        {
            await factory.StepAsync(handler, "verifyCase", id);
        }

        if (mutation is "replyToSupervision")
        {
            // A leader of the unit just above the handling unit: a strict ancestor, as supervision requires.
            var handling = (await factory.ObserveAsync(id))["handlingUnit"].Str("path");
            await factory.StepAsync($"{Code(Parent(handling))}.leader", "superviseCase", id);
        }

        return await factory.ObserveAsync(id);
    }

    /// <summary>Runs <paramref name="mutation"/> on <paramref name="case"/> as <paramref name="principal"/>, with valid input; returns the payload.</summary>
    public static async Task<JsonNode> RunAsync(this PlatformFactory factory, string principal, string mutation, JsonNode @case) =>
        await factory.MutateAsync(principal, mutation, await factory.InputAsync(mutation, @case, target: null));

    /// <summary>
    /// The payload's outcome is <paramref name="expected"/>; a success bumped the version once and added
    /// exactly its event, by the principal's unit; a refusal changed nothing at all.
    /// </summary>
    public static async Task AssertOutcomeAsync(
        this PlatformFactory factory, JsonNode before, string mutation, string principal, JsonNode payload, string expected)
    {
        Assert.Equal(expected, payload.Outcome());
        var after = await factory.ObserveAsync(before.Str("id"));
        if (expected != PermissionMatrix.Ok)
        {
            Assert.Null(payload["case"]);
            Assert.Equal(before.ToJsonString(), after.ToJsonString());
            return;
        }

        Assert.Equal(before.Int("version") + 1, after.Int("version"));
        Assert.Equal(before["events"].Int("totalCount") + 1, after["events"].Int("totalCount"));
        var last = after["events"]!["nodes"]![0]!;
        Assert.Equal(EventOf[mutation], last.Str("kind"));
        Assert.Equal(await factory.ScopeOfAsync(principal), last["actorUnit"].Str("path"));
    }

    /// <summary><c>OK</c> when the payload has no errors, else the code of its single error.</summary>
    public static string Outcome(this JsonNode payload) =>
        payload["errors"] is null ? PermissionMatrix.Ok : payload.ErrorCode();

    /// <summary>The case as the city sees it: everything a mutation could change.</summary>
    public static Task<JsonNode> ObserveAsync(this PlatformFactory factory, string id) =>
        factory.ReadAsync(Observer, id, Fingerprint);

    /// <summary>How many cases there are, as the city counts them.</summary>
    public static async Task<int> CaseCountAsync(this PlatformFactory factory)
    {
        var response = await factory.AskAsync(Observer, "{ cases { totalCount } }");
        Assert.Null(response["errors"]);
        return response["data"]!["cases"].Int("totalCount");
    }

    /// <summary>A preparing step that must succeed.</summary>
    private static async Task StepAsync(this PlatformFactory factory, string principal, string mutation, string id, string? target = null)
    {
        await factory.SucceedAsync(principal, mutation, await factory.InputAsync(mutation, await factory.ObserveAsync(id), target));
    }

    /// <summary>Valid input for <paramref name="mutation"/> on the case as it is now; a share goes to <paramref name="target"/> or a default unit.</summary>
    private static async Task<Dictionary<string, object?>> InputAsync(this PlatformFactory factory, string mutation, JsonNode @case, string? target)
    {
        var handling = @case["handlingUnit"].Str("path");
        var input = new Dictionary<string, object?> { ["caseId"] = @case.Str("id"), ["version"] = @case.Int("version") };
        switch (mutation)
        {
            case "declineCase" or "returnReferral":
                input["reason"] = "不属于本单位职责范围。";
                break;
            case "assignCase" or "escalateCase" or "referCase" or "requestAssistance":
                target ??= mutation switch
                {
                    "assignCase" => Below[handling],
                    "escalateCase" => Parent(handling),
                    "referCase" => "/sh/yangpu/changbai/",
                    _ => "/sh/putuo/taopu/zhenjian/",
                };
                input["unitId"] = await factory.UnitIdAsync(target);
                break;
            case "addCaseNote" or "remindCase":
                input["note"] = "已电话联系信访人，请抓紧办理。";
                break;
            case "superviseCase":
                input["level"] = "NORMAL";
                input["instruction"] = "请于三日内报告办理进展。";
                input["replyDueAt"] = factory.Clock.UtcNow.AddDays(3);
                break;
            case "replyToSupervision":
                input["supervisionId"] = @case["supervisions"]![0].Str("id");
                input["reply"] = "已召开协调会，正在落实。";
                break;
            case "extendDeadline":
                input["days"] = 10;
                input["reason"] = "需协调多个部门。";
                break;
            case "resolveCase":
                input["answer"] = "已协调有关部门处理，并答复信访人。";
                break;
            case "verifyCase":
                (input["handledPerNorm"], input["measuresImplemented"], input["problemSolved"], input["citizenSatisfied"]) = (true, true, true, true);
                (input["satisfaction"], input["method"]) = ("SATISFIED", "PHONE");
                break;
        }

        return input;
    }

    private static string Parent(string path) => path[..(path.TrimEnd('/').LastIndexOf('/') + 1)];

    private static string Code(string path) => path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];
}
