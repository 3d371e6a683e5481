using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Workflow.Tests.Infrastructure;

/// <summary>Inputs the tests start from.</summary>
public static class Inputs
{
    public static RegisterCaseInput NewCase(string title, int? unitId = null, string? clientMutationId = null) => new()
    {
        Petitioners = [new PetitionerInput { Name = " 李四 ", Phone = "13900001111", Address = "  " }],
        Headcount = 2,
        Channel = Channel.QrCode,
        ReceptionForm = ReceptionForm.OnSite,
        Category = CaseCategory.Housing,
        Title = "  " + title + "  ",
        Description = "居民反映的问题",
        UnitId = unitId,
        ClientMutationId = clientMutationId,
    };

    /// <summary>Registers a case as <paramref name="userName"/> and returns its key.</summary>
    public static async Task<int> RegisteredCaseAsync(this WorkflowDatabase database, string userName, string title, int? unitId = null)
    {
        var (intake, actor) = database.As<CaseIntake>(userName);
        return await intake.RegisterAsync(actor, NewCase(title, unitId));
    }

    /// <summary>Registers and accepts a case as <paramref name="userName"/>; its key and version now.</summary>
    public static async Task<(int Id, int Version)> AcceptedCaseAsync(this WorkflowDatabase database, string userName, string title)
    {
        var id = await database.RegisteredCaseAsync(userName, title);
        var (intake, actor) = database.As<CaseIntake>(userName);
        await intake.AcceptAsync(actor, new CaseReasonInput { CaseId = id, Version = 1 });
        return (id, 2);
    }
}
