using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>What a registration must satisfy before anything is stored; every problem is reported at once.</summary>
public static class CaseIntakeRules
{
    /// <summary>The receiving unit, or VALIDATION errors for every field that is wrong.</summary>
    public static async Task<Unit> ValidateAsync(Change change, RegisterCaseInput input)
    {
        var check = new InputValidator();
        check.Text("title", input.Title, CaseLimits.Title);
        check.Text("description", input.Description, CaseLimits.Description);
        check.Range("headcount", input.Headcount, 1, CaseLimits.MaxHeadcount);
        check.OptionalText("clientMutationId", input.ClientMutationId, CaseLimits.ClientMutationId);
        if (input.Petitioners.Count == 0)
        {
            check.Add("petitioners", "At least one petitioner is required.");
        }
        else if (input.Petitioners.Count > CaseLimits.MaxPetitioners)
        {
            check.Add("petitioners", $"At most {CaseLimits.MaxPetitioners} petitioners can be registered with one case.");
        }

        for (var i = 0; i < input.Petitioners.Count; i++)
        {
            var p = input.Petitioners[i];
            check.Text($"petitioners[{i}].name", p.Name, CaseLimits.PetitionerName);
            check.OptionalText($"petitioners[{i}].phone", p.Phone, CaseLimits.Phone);
            check.OptionalText($"petitioners[{i}].idNumber", p.IdNumber, CaseLimits.IdNumber);
            check.OptionalText($"petitioners[{i}].address", p.Address, CaseLimits.Address);
        }

        var unit = await Units.InScopeAsync(change, input.UnitId, check,
            "A case can be registered only in the caller's unit or one of its descendants.");
        check.ThrowIfInvalid();
        return unit!;
    }
}
