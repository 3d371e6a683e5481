using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Data.Tests.Seeding;

/// <summary>Seeded timelines are written by the same builders as live changes, so their details have the same shape.</summary>
public sealed class DemoEventDataTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task SeededRegistration_Should_Have_TheShape_Of_ALiveOne()
    {
        // arrange
        await using var db = database.Open("/sh/");
        var qrCase = await db.Cases.FirstAsync(c => c.Channel == Channel.QrCode);

        // act
        var data = await db.CaseEvents.Where(e => e.CaseId == qrCase.Id && e.Kind == CaseEventKind.Registered).Select(e => e.Data).SingleAsync();

        // assert
        Assert.Equal(EventJson.Serialize(CaseEventData.Registered(qrCase.OwnerPath, qrCase.Headcount)), data);
    }

    [Fact]
    public async Task SeededDetails_Should_Spell_EnumValues_AsTheSchemaDoes()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var details = await db.CaseEvents.Where(e => e.Data != null).Select(e => e.Data!).ToListAsync();

        // assert
        Assert.DoesNotContain(details, d => d.Contains("QRCODE", StringComparison.Ordinal) || d.Contains("NOAGREEMENT", StringComparison.Ordinal));
        Assert.Contains(details, d => d.Contains("\"outcome\":\"NO_AGREEMENT\"", StringComparison.Ordinal) || d.Contains("\"outcome\":\"AGREEMENT\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeededMediationEntries_Should_Name_TheirSession()
    {
        // arrange
        await using var db = database.Open("/sh/");
        var sessions = await db.MediationSessions.Where(s => s.CaseId != null).Select(s => NodeIds.Encode(NodeIds.MediationSession, s.Id)).ToListAsync();

        // act
        var scheduled = await db.CaseEvents.Where(e => e.Kind == CaseEventKind.MediationScheduled).Select(e => e.Data!).ToListAsync();

        // assert
        Assert.NotEmpty(scheduled);
        Assert.All(scheduled, d => Assert.Contains(JsonNode.Parse(d)!["session"]!.GetValue<string>(), sessions));
    }
}
