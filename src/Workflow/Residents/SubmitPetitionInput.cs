using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Workflow.Residents;

/// <summary>A resident's petition from a unit's QR code (一码直通), passed on by the residents' portal.</summary>
public sealed record SubmitPetitionInput
{
    /// <summary>The unit the QR code names; the case lands in its queue.</summary>
    public int UnitId { get; init; }
    public CaseCategory Category { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public PetitionerInput Contact { get; init; } = new();

    /// <summary>How it came in: <c>QR_CODE</c> from a unit's door code, <c>ONLINE</c> from a civic app (Open311); see <see cref="PetitionDesk.Channels"/>.</summary>
    public Channel Channel { get; init; } = Channel.QrCode;
}
