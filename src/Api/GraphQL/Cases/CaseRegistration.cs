using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>
/// Builds a newly received case with its petitioners, deadlines and REGISTERED event, and adds it
/// to the mutation's context; the caller validates the input and saves. Shared by registerCase
/// and by the mutations that turn other objects into cases (e.g. convertSuggestionToCase).
/// </summary>
public static class CaseRegistration
{
    public static async Task<Case> AddAsync(MutationContext m, Unit unit, RegisterCaseInput input, string? clientMutationId = null, object? eventData = null)
    {
        var policy = m.Services.GetRequiredService<IOptions<DeadlinePolicy>>().Value;
        var @case = new Case
        {
            Number = await CaseNumbers.NextAsync(m.Db, unit.Path, m.Now, m.CancellationToken),
            Title = input.Title.Trim(),
            Description = input.Description.Trim(),
            Category = input.Category,
            Channel = input.Channel,
            ReceptionForm = input.ReceptionForm,
            Status = CaseStatus.Registered,
            Headcount = input.Headcount,
            OwnerUnitId = unit.Id,
            OwnerPath = unit.Path,
            HandlingUnitId = unit.Id,
            HandlingPath = unit.Path,
            FirstReceiverId = m.Principal.Subject ?? "",
            FirstReceiverName = m.Principal.Name ?? "",
            RegisteredAt = m.Now,
            AcceptDueAt = m.Now.AddDays(policy.AcceptDays),
            ClientMutationId = string.IsNullOrEmpty(clientMutationId) ? null : clientMutationId,
            Petitioners = input.Petitioners.Select((p, i) => new Petitioner
            {
                OwnerPath = unit.Path,
                Ordinal = i,
                Name = p.Name.Trim(),
                Phone = Blank(p.Phone),
                IdNumber = Blank(p.IdNumber),
                Address = Blank(p.Address),
            }).ToList(),
        };
        m.Db.Cases.Add(@case);
        CaseTimeline.Append(m, @case, CaseEventKind.Registered, data: eventData ?? new { unit = unit.Path, headcount = @case.Headcount });
        return @case;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
