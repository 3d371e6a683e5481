using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Receptions;

/// <summary>Leader reception days (领导接待日): a booking the leader receives becomes a LEADER_DAY case.</summary>
public sealed class ReceptionDayTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>The Thursday after the test clock's start, in the morning (Shanghai), as 桃浦 holds it.</summary>
    private static readonly DateTime Thursday = new(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc);

    private const string AppointmentView = "id version status petitionerName case { id receptionForm channel firstReceiverName ownerUnit { path } }";

    [Fact]
    public async Task ReceivedBooking_Should_RegisterACase_WithReceptionFormLeaderDay_AndTheLeaderAsReceiver()
    {
        // arrange
        var schedule = await ScheduleAsync();
        var booked = await BookAsync("loupu.proxy", schedule.Id());

        // act
        var received = await factory.PayloadAsync("taopu.leader", "receiveAppointment",
            new { appointmentId = booked.Id(), version = booked.Version() }, $"appointment {{ {AppointmentView} }}");

        // assert
        Assert.Equal("BOOKED", booked.Str("status"));
        Assert.True(received["errors"] is null, received["errors"]?.ToJsonString());
        var appointment = received["appointment"]!;
        Assert.Equal("RECEIVED", appointment.Str("status"));
        var @case = appointment["case"]!;
        Assert.Equal(("LEADER_DAY", "VISIT", "/sh/putuo/taopu/"), (@case.Str("receptionForm"), @case.Str("channel"), @case["ownerUnit"].Str("path")));
        Assert.Equal(schedule.Str("leaderName"), @case.Str("firstReceiverName"));
    }

    [Fact]
    public async Task ReceiveAppointment_Should_BeRefused_ToAnyoneButTheLeader()
    {
        // arrange
        var booked = await BookAsync("taopu.officer", (await ScheduleAsync()).Id());

        // act
        var byOfficer = await factory.PayloadAsync("taopu.officer", "receiveAppointment",
            new { appointmentId = booked.Id(), version = booked.Version() }, "appointment { id }");

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", Assert.Single(byOfficer["errors"]!.AsArray()).Str("code"));
    }

    [Fact]
    public async Task Booking_Should_FallOnTheScheduleWeekday()
    {
        // arrange
        var schedule = await ScheduleAsync();

        // act
        var friday = await factory.PayloadAsync("taopu.officer", "bookReception", Booking(schedule.Id(), Thursday.AddDays(1)), "appointment { id }");

        // assert
        Assert.Equal("VALIDATION", Assert.Single(friday["errors"]!.AsArray()).Str("code"));
    }

    [Fact]
    public async Task ReceptionDay_Should_BeNotFound_ForAnotherDistrict()
    {
        // arrange
        var schedule = await ScheduleAsync();
        var booked = await BookAsync("taopu.officer", schedule.Id());
        const string query = """
            query Read($schedule: ID!, $appointment: ID!) {
              schedule: node(id: $schedule) { id }
              appointment: node(id: $appointment) { id }
              receptionAppointments(first: 100) { nodes { id } }
              receptionSchedules(first: 100) { nodes { id } }
            }
            """;

        // act
        var response = await factory.AskAsync("yanghang.officer", query, new { schedule = schedule.Id(), appointment = booked.Id() });
        var booking = await factory.PayloadAsync("yanghang.officer", "bookReception", Booking(schedule.Id(), Thursday), "appointment { id }");

        // assert
        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], response.ErrorCodes());
        Assert.Empty(response["data"]!["receptionAppointments"]!["nodes"]!.AsArray());
        Assert.DoesNotContain(response["data"]!["receptionSchedules"]!["nodes"]!.AsArray(), n => n.Id() == schedule.Id());
        Assert.Equal("VALIDATION", Assert.Single(booking["errors"]!.AsArray()).Str("code"));
    }

    private async Task<JsonNode> ScheduleAsync()
    {
        var payload = await factory.PayloadAsync("taopu.officer", "createReceptionSchedule",
            new { leaderUserName = "taopu.leader", place = "桃浦镇信访接待室", weekday = "THURSDAY" }, "schedule { id version leaderName weekday }");
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["schedule"]!;
    }

    private async Task<JsonNode> BookAsync(string principal, string scheduleId)
    {
        var payload = await factory.PayloadAsync(principal, "bookReception", Booking(scheduleId, Thursday), "appointment { id version status }");
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["appointment"]!;
    }

    private static object Booking(string scheduleId, DateTime at) => new
    {
        scheduleId,
        at,
        petitionerName = "王建国",
        petitionerPhone = "13900001111",
        headcount = 1,
        category = "URBAN_CONSTRUCTION",
        subject = "桥下空间改造",
        description = "预约领导接待日，反映桥下空间闲置问题。",
    };
}
