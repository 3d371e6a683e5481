using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Duplicates;

/// <summary>Issue 13, acceptance 2: repeat petitions (重复信访) found by the petitioner's keyed hash, and linked.</summary>
public sealed class DuplicateTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string IdNumber = "31010719800202123X";

    [Fact]
    public async Task SamePetitionersComplaint_Should_ListTheEarlierCase_AndTheLink_Should_ShowOnBothTimelines()
    {
        // arrange
        var earlier = await RegisterAsync("ziteng.proxy", "小区门口夜间施工噪声", IdNumber);
        var again = await RegisterAsync("ziteng.proxy", "再次反映：工地晚上还在干活", IdNumber.ToLowerInvariant());

        // act
        var listed = await PossibleDuplicatesAsync("ziteng.proxy", again.Id());
        var linked = await factory.SucceedAsync("ziteng.proxy", "linkDuplicate",
            new { caseId = again.Id(), version = again.Version(), primaryCaseId = earlier.Id(), reason = "同一信访人同一事项" },
            "primaryCase { id }");
        var twice = await factory.MutateAsync("ziteng.proxy", "linkDuplicate",
            new { caseId = linked.Id(), version = linked.Version(), primaryCaseId = earlier.Id() });
        var unlinked = await factory.SucceedAsync("ziteng.proxy", "unlinkDuplicate", new { caseId = linked.Id(), version = linked.Version() }, "primaryCase { id }");

        // assert
        Assert.Contains(listed, d => d["case"].Id() == earlier.Id() && d.Str("reason") == "SAME_PETITIONER");
        Assert.DoesNotContain(listed, d => d["case"].Id() == again.Id());
        Assert.Equal(earlier.Id(), linked["primaryCase"].Id());
        Assert.Equal("INVALID_TRANSITION", twice.ErrorCode());
        Assert.Null(unlinked["primaryCase"]);
        var earlierEvents = (await factory.EventsAsync("ziteng.proxy", earlier.Id())).Select(e => e.Str("kind")).ToList();
        var againEvents = (await factory.EventsAsync("ziteng.proxy", again.Id())).Select(e => e.Str("kind")).ToList();
        Assert.Equal(["REGISTERED", "DUPLICATE_LINKED", "DUPLICATE_UNLINKED"], earlierEvents);
        Assert.Equal(["REGISTERED", "DUPLICATE_LINKED", "DUPLICATE_UNLINKED"], againEvents);
    }

    [Fact]
    public async Task SamePetitioner_InAnotherDistrict_Should_NeverBeListed()
    {
        // arrange
        var elsewhere = await RegisterAsync("antu.proxy", "安图新村楼道堆物", IdNumber);
        var here = await RegisterAsync("loupu.proxy", "楼浦村道路积水", IdNumber);

        // act
        var fromPutuo = await PossibleDuplicatesAsync("loupu.proxy", here.Id());
        var fromYangpu = await PossibleDuplicatesAsync("antu.proxy", elsewhere.Id());
        var fromCity = await PossibleDuplicatesAsync("sh.officer", here.Id());
        var hidden = await factory.AskAsync("antu.proxy", """
            query D($id: ID!) { possibleDuplicates(caseId: $id) { reason } }
            """, new { id = here.Id() });

        // assert
        Assert.DoesNotContain(fromPutuo, d => d["case"].Id() == elsewhere.Id());
        Assert.DoesNotContain(fromYangpu, d => d["case"].Id() == here.Id());
        Assert.Contains(fromCity, d => d["case"].Id() == elsewhere.Id());
        foreach (var listed in fromYangpu)
        {
            var read = await factory.AskAsync("antu.proxy", "query C($id: ID!) { case(id: $id) { id } }", new { id = listed["case"].Id() });
            Assert.NotNull(read["data"]!["case"]);
        }

        Assert.Equal(["NOT_FOUND"], hidden.ErrorCodes());
    }

    [Fact]
    public async Task ALink_ToACaseTheReaderCannotSee_Should_NameNeitherItsIdNorItsNumber()
    {
        // arrange: 楼浦村's case, and 桃浦's own case (hidden from 楼浦村) linked to it by 桃浦
        var primary = await RegisterAsync("loupu.proxy", "村口垃圾清运不及时", IdNumber);
        var repeat = await RegisterAsync("taopu.officer", "再次反映：村口垃圾无人清运", IdNumber);
        await factory.SucceedAsync("taopu.officer", "linkDuplicate",
            new { caseId = repeat.Id(), version = repeat.Version(), primaryCaseId = primary.Id() }, "primaryCase { id }");

        // act
        var seenByTaopu = (await factory.EventsAsync("taopu.officer", primary.Id())).Last(e => e.Str("kind") == "DUPLICATE_LINKED")!;
        var seenByLoupu = (await factory.EventsAsync("loupu.proxy", primary.Id())).Last(e => e.Str("kind") == "DUPLICATE_LINKED")!;

        // assert
        Assert.Contains(repeat.Id(), seenByTaopu["data"]!.ToJsonString());
        Assert.Contains(repeat.Str("number"), seenByTaopu["data"]!.ToJsonString());
        Assert.DoesNotContain(repeat.Id(), seenByLoupu["data"]?.ToJsonString() ?? "");
        Assert.DoesNotContain(repeat.Str("number"), seenByLoupu["data"]?.ToJsonString() ?? "");
    }

    private Task<JsonNode> RegisterAsync(string principal, string title, string idNumber) =>
        factory.SucceedAsync(principal, "registerCase", new
        {
            petitioners = new[] { new { name = "赵卫东", phone = "13700001111", idNumber } },
            headcount = 1,
            channel = "VISIT",
            receptionForm = "ON_SITE",
            category = "ENVIRONMENT",
            title,
            description = "来访反映。",
        });

    private async Task<List<JsonNode>> PossibleDuplicatesAsync(string principal, string caseId)
    {
        var response = await factory.AskAsync(principal, """
            query D($id: ID!) { possibleDuplicates(caseId: $id) { reason case { id } } }
            """, new { id = caseId });
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return [.. response["data"]!["possibleDuplicates"]!.AsArray().Select(d => d!)];
    }
}
