using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Workrooms;

/// <summary>Elders' workrooms: open one, change its details.</summary>
public sealed class WorkroomManagement(ChangeRunner runner)
{
    public const string TheWorkroom = "The workroom";

    /// <summary>Opens a workroom run by the actor's unit or a descendant.</summary>
    public Task<int> CreateAsync(Actor actor, CreateWorkroomInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, change => change.InTransactionAsync(async () =>
        {
            WorkroomAccess.RequireWriter(actor);
            var check = new InputValidator();
            check.Text("name", input.Name, WorkroomLimits.Name);
            check.OptionalText("address", input.Address, WorkroomLimits.Address);
            check.OptionalText("openingHours", input.OpeningHours, WorkroomLimits.OpeningHours);
            check.OptionalText("description", input.Description, WorkroomLimits.Description);
            var unit = await Units.InScopeAsync(change, input.UnitId, check,
                "A workroom can be opened only by the caller's unit or one of its descendants.");
            check.ThrowIfInvalid();

            var workroom = input.MapTo<Workroom>();
            workroom.UnitId = unit!.Id;
            workroom.OwnerPath = unit.Path;
            workroom.CreatedAt = change.Now;
            change.Db.Workrooms.Add(workroom);
            await change.SaveThenRecordAsync(() => Log(change, workroom, ActivityKinds.WorkroomCreated, workroom.Name, new { unit = unit.Path }));
            return workroom.Id;
        }), cancellationToken);

    /// <summary>Changes a workroom's name, address, opening hours or description; its unit or an ancestor only.</summary>
    public Task<int> UpdateAsync(Actor actor, UpdateWorkroomInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            WorkroomAccess.RequireWriter(actor);
            var check = new InputValidator();
            var name = input.Name is null ? null : check.Text("name", input.Name, WorkroomLimits.Name);
            var address = check.OptionalText("address", input.Address, WorkroomLimits.Address);
            var hours = check.OptionalText("openingHours", input.OpeningHours, WorkroomLimits.OpeningHours);
            var description = check.OptionalText("description", input.Description, WorkroomLimits.Description);
            if (input is { Name: null, Address: null, OpeningHours: null, Description: null })
            {
                check.Add("input", "Name at least one of name, address, openingHours or description.");
            }

            check.ThrowIfInvalid();
            var workroom = await Versioned.LoadAsync<Workroom>(change, input.WorkroomId, input.Version, TheWorkroom);
            WorkroomAccess.RequireManager(actor, workroom);
            var changed = new List<string>();
            Set(changed, "name", name is not null && name != workroom.Name, () => workroom.Name = name!);
            Set(changed, "address", input.Address is not null && address != workroom.Address, () => workroom.Address = address);
            Set(changed, "openingHours", input.OpeningHours is not null && hours != workroom.OpeningHours, () => workroom.OpeningHours = hours);
            Set(changed, "description", input.Description is not null && description != workroom.Description, () => workroom.Description = description);
            Log(change, workroom, ActivityKinds.WorkroomUpdated, null, new { changed });
            return await Versioned.SaveAsync(change, workroom);
        }, cancellationToken);

    internal static void Log(Change change, Workroom workroom, string kind, string? note, object? data = null) =>
        History.Append(change, new ActivityEvent { WorkroomId = workroom.Id, OwnerPath = workroom.OwnerPath }, kind, note, data);

    private static void Set(List<string> changed, string field, bool differs, Action apply)
    {
        if (differs)
        {
            apply();
            changed.Add(field);
        }
    }
}
