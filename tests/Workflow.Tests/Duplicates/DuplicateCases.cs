using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Duplicates;

/// <summary>Cases registered for the duplicate tests: a petitioner's phone and the words of the title are chosen per test.</summary>
internal static class DuplicateCases
{
    public static async Task<int> RegisterAsync(WorkflowDatabase database, string userName, string title, string? phone = null)
    {
        var (intake, actor) = database.As<CaseIntake>(userName);
        return await intake.RegisterAsync(actor, new RegisterCaseInput
        {
            Petitioners = [new PetitionerInput { Name = "赵六", Phone = phone }],
            Headcount = 1,
            Channel = Channel.Visit,
            ReceptionForm = ReceptionForm.OnSite,
            Category = CaseCategory.Housing,
            Title = title,
            Description = title,
        });
    }
}
