using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary>Elders' workrooms: create, update, add and remove elders.</summary>
public static class WorkroomMutations
{
    public const int MaxName = 100;
    public const int MaxAddress = 300;
    public const int MaxOpeningHours = 200;
    public const int MaxDescription = 2_000;
    public const string TheWorkroom = "The workroom";

    public static void AddWorkroomMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateWorkroomInput, Workroom, WorkroomType>(
            "createWorkroom", new CreateWorkroomInputType(), "workroom",
            "Opens a workroom run by the caller's unit or a descendant.",
            CreateAsync);
        mutation.Mutation<UpdateWorkroomInput, Workroom, WorkroomType>(
            "updateWorkroom", new UpdateWorkroomInputType(), "workroom",
            "Changes a workroom's name, address, opening hours or description; its unit or an ancestor only.",
            UpdateAsync);
        mutation.Mutation<AddElderInput, Workroom, WorkroomType>(
            "addElder", new AddElderInputType(), "workroom",
            "Adds an elder to a workroom, optionally linked to the elder's own account; its unit or an ancestor only.",
            WorkroomElders.AddAsync);
        mutation.Mutation<RemoveElderInput, Workroom, WorkroomType>(
            "removeElder", new RemoveElderInputType(), "workroom",
            "Marks an elder of a workroom inactive (kept on record); its unit or an ancestor only.",
            WorkroomElders.RemoveAsync);
    }

    private static async Task<int> CreateAsync(CreateWorkroomInput input, MutationContext m)
    {
        WorkroomAccess.RequireWriter(m.Principal);
        var check = new InputValidator();
        var workroom = new Workroom
        {
            Name = check.Text("name", input.Name, MaxName),
            Address = check.OptionalText("address", input.Address, MaxAddress),
            OpeningHours = check.OptionalText("openingHours", input.OpeningHours, MaxOpeningHours),
            Description = check.OptionalText("description", input.Description, MaxDescription),
            CreatedAt = m.Now,
        };
        int? unitId = string.IsNullOrEmpty(input.UnitId) ? m.Principal.UnitId : GlobalId.DecodeKey(input.UnitId, UnitType.TypeName);
        var unit = unitId is null ? null : await m.Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, m.CancellationToken);
        if (unit is null)
        {
            check.Add("unitId", "No such unit.");
        }
        else if (!m.Principal.Scope.Contains(unit.Path))
        {
            check.Add("unitId", "A workroom can be opened only by the caller's unit or one of its descendants.");
        }

        check.ThrowIfInvalid();
        workroom.UnitId = unit!.Id;
        workroom.OwnerPath = unit.Path;

        // The history entry needs the new workroom's id: save it first, all in one transaction.
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        m.Db.Workrooms.Add(workroom);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        Log(m, workroom, "WORKROOM_CREATED", workroom.Name, new { unit = unit.Path });
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return workroom.Id;
    }

    private static async Task<int> UpdateAsync(UpdateWorkroomInput input, MutationContext m)
    {
        WorkroomAccess.RequireWriter(m.Principal);
        var check = new InputValidator();
        var name = input.Name is null ? null : check.Text("name", input.Name, MaxName);
        var address = check.OptionalText("address", input.Address, MaxAddress);
        var hours = check.OptionalText("openingHours", input.OpeningHours, MaxOpeningHours);
        var description = check.OptionalText("description", input.Description, MaxDescription);
        if (input is { Name: null, Address: null, OpeningHours: null, Description: null })
        {
            check.Add("input", "Name at least one of name, address, openingHours or description.");
        }

        check.ThrowIfInvalid();
        var workroom = await VersionedChanges.LoadAsync<Workroom>(m, input.WorkroomId, WorkroomType.TypeName, input.Version, TheWorkroom);
        WorkroomAccess.RequireManager(m.Principal, workroom);
        var changed = new List<string>();
        if (name is not null && name != workroom.Name)
        {
            workroom.Name = name;
            changed.Add("name");
        }

        if (input.Address is not null && address != workroom.Address)
        {
            workroom.Address = address;
            changed.Add("address");
        }

        if (input.OpeningHours is not null && hours != workroom.OpeningHours)
        {
            workroom.OpeningHours = hours;
            changed.Add("openingHours");
        }

        if (input.Description is not null && description != workroom.Description)
        {
            workroom.Description = description;
            changed.Add("description");
        }

        Log(m, workroom, "WORKROOM_UPDATED", null, new { changed });
        return await VersionedChanges.SaveAsync(m, workroom);
    }

    public static void Log(MutationContext m, Workroom workroom, string kind, string? note, object? data = null) =>
        ActivityLog.Append(m, new ActivityEvent { WorkroomId = workroom.Id, OwnerPath = workroom.OwnerPath }, kind, note, data);
}
