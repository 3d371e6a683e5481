using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Residents;

/// <summary>
/// The residents' channel (一码直通, DESIGN §11): a petition submitted through the residents'
/// portal, its status read with the receipt, and the petitioner's satisfaction answer.
/// </summary>
public sealed class PetitionDesk(ChangeRunner runner, IOptions<DeadlinePolicy> policy)
{
    /// <summary>The units whose QR codes take petitions: committees and townships.</summary>
    public static readonly UnitKind[] IntakeUnits = [UnitKind.Committee, UnitKind.Township];

    /// <summary>The channels residents reach the desk by: a unit's QR code, or a civic app (Open311).</summary>
    public static readonly Channel[] Channels = [Channel.QrCode, Channel.Online];

    /// <summary>Registers the petition in the named unit, channel QR_CODE (or ONLINE from a civic app), and returns its receipt.</summary>
    public Task<PetitionReceipt> SubmitAsync(Actor actor, SubmitPetitionInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            ResidentAccess.RequirePortal(actor);
            var registration = new RegisterCaseInput
            {
                Petitioners = [input.Contact],
                Headcount = 1,
                Channel = input.Channel,
                ReceptionForm = ReceptionForm.OnSite,
                Category = input.Category,
                Title = input.Title,
                Description = input.Description,
                UnitId = input.UnitId,
            };
            if (!Channels.Contains(input.Channel))
            {
                throw new InvalidInputException("channel", "Residents submit by QR code or online only.");
            }

            var unit = await ValidateAsync(change, registration);
            var receipt = Receipts.New();
            return await change.InTransactionAsync(async () =>
            {
                var @case = await CaseRegistration.AddAsync(change, unit, registration, policy.Value);
                @case.ReceiptHash = Receipts.Hash(receipt);
                await change.SaveAsync();
                return new PetitionReceipt(receipt, @case.Number, @case.RegisteredAt, unit.Name);
            });
        }, cancellationToken);

    /// <summary>The case's public status, or NOT_FOUND for a wrong code and an unknown one alike.</summary>
    public Task<PetitionStatus> StatusAsync(Actor actor, string receipt, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, change =>
        {
            ResidentAccess.RequirePortal(actor);
            return ReadAsync(change, Receipts.Hash(receipt));
        }, cancellationToken);

    /// <summary>Records the petitioner's answer once, after resolution; it counts apart from staff verifications.</summary>
    public Task<PetitionStatus> RateAsync(Actor actor, RateResolutionInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            ResidentAccess.RequirePortal(actor);
            var comment = InputValidator.Single("comment", input.Comment, CaseLimits.Note, required: false);
            var hash = Receipts.Hash(input.Receipt);
            var @case = await change.Db.Cases.SingleOrDefaultAsync(c => hash != null && c.ReceiptHash == hash, change.CancellationToken)
                ?? throw new NotFoundException(TheReceipt);
            CaseChanges.RequireStatus(@case, "rate the resolution", CaseStatus.Resolved, CaseStatus.Verified, CaseStatus.Closed);
            if (@case.CitizenSatisfaction is not null)
            {
                throw new InvalidTransitionException("rate the resolution again", "RATED");
            }

            @case.CitizenSatisfaction = input.Satisfaction;
            @case.CitizenComment = comment;
            @case.CitizenRatedAt = change.Now;
            await CaseChanges.SaveAsync(change, @case, CaseEventKind.CitizenRated, comment,
                CaseEventData.CitizenRated(input.Satisfaction));
            return await ReadAsync(change, hash);
        }, cancellationToken);

    private const string TheReceipt = "The receipt";

    private static async Task<Unit> ValidateAsync(Change change, RegisterCaseInput registration)
    {
        var unit = await CaseIntakeRules.ValidateAsync(change, registration);
        if (!IntakeUnits.Contains(unit.Kind))
        {
            throw new InvalidInputException("unitId", "Petitions are taken by committees and townships only.");
        }

        return unit;
    }

    private static async Task<PetitionStatus> ReadAsync(Change change, string? hash) =>
        await change.Db.Cases.AsNoTracking()
            .Where(c => hash != null && c.ReceiptHash == hash)
            .Select(c => new PetitionStatus(
                c.Number, c.Status, c.HandlingUnit!.Name, c.ResolvedAt != null ? c.Answer : null,
                c.RegisteredAt, c.AcceptedAt, c.ResolvedAt, c.ClosedAt, c.CitizenSatisfaction, c.CitizenRatedAt))
            .SingleOrDefaultAsync(change.CancellationToken)
        ?? throw new NotFoundException(TheReceipt);
}
