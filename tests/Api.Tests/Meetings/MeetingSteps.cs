using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Meetings;

/// <summary>Holding meetings and reading their decisions through HTTP as demo accounts.</summary>
public static class MeetingSteps
{
    public const string MeetingView = """
        id version kind title
        unit { path }
        attendingUnits { path }
        agendaItems { position title grade case { id } }
        decisions { shareKind text dueAt open overdue targetUnit { path } case { id status } }
        """;

    /// <summary>A joint meeting of <paramref name="principal"/>'s unit on <paramref name="caseIds"/>, attended by <paramref name="attendingPaths"/>; must succeed.</summary>
    public static async Task<JsonNode> CreateMeetingAsync(
        this PlatformFactory factory, string principal, IReadOnlyList<string> caseIds, params string[] attendingPaths)
    {
        var attending = new List<string>();
        foreach (var path in attendingPaths)
        {
            attending.Add(await factory.UnitIdAsync(path));
        }

        var payload = await factory.PayloadAsync(principal, "createMeeting", new
        {
            kind = "JOINT",
            title = "矛盾化解联席会",
            heldAt = TestClock.Start,
            place = "街道会议室",
            attendingUnitIds = attending,
            agendaItems = caseIds.Select((id, i) => new { title = $"议题{i + 1}", caseId = id, grade = i == 0 ? "HARD" : null }).ToArray(),
        }, $"meeting {{ {MeetingView} }}");
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["meeting"]!;
    }

    /// <summary>The decisions <paramref name="principal"/> sees, open or closed as asked.</summary>
    public static async Task<JsonArray> DecisionsAsync(this PlatformFactory factory, string principal, bool open)
    {
        var response = await factory.AskAsync(principal, """
            query Decisions($open: Boolean) {
              meetingDecisions(open: $open, first: 100) { totalCount nodes { open overdue dueAt case { id } meeting { id } } }
            }
            """, new { open });
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return response["data"]!["meetingDecisions"]!["nodes"]!.AsArray();
    }
}
