using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Receptions;

/// <summary>An appointment at a reception day (主动约访).</summary>
public sealed class ReceptionAppointmentType : ObjectGraphType<ReceptionAppointment>
{
    public const string TypeName = "ReceptionAppointment";

    public ReceptionAppointmentType()
    {
        Name = TypeName;
        Description = "An appointment at a reception day; once received, the case it registered. Name and phone are masked unless the viewer may read personal data of the unit.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ReceptionAppointment;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(ReceptionAppointment.Id));
        this.Column("at", a => a.At);
        this.PiiColumn("petitionerName", a => a.PetitionerName, Mask.Name, a => a.OwnerPath, nullable: false);
        this.PiiColumn("petitionerPhone", a => a.PetitionerPhone, Mask.Phone, a => a.OwnerPath);
        this.Column("headcount", a => a.Headcount);
        this.Column("category", a => a.Category, typeof(NonNullGraphType<CaseCategoryEnum>));
        this.Column("subject", a => a.Subject);
        this.Column("status", a => a.Status, typeof(NonNullGraphType<AppointmentStatusEnum>));
        this.Column("bookedAt", a => a.BookedAt);
        this.Column("version", a => a.Version);
        Field<NonNullGraphType<ReceptionScheduleType>>("schedule")
            .Reads(nameof(ReceptionAppointment.ScheduleId))
            .ResolveWith((c, x) => EntityLoaders.ById<ReceptionSchedule>(c, x.ScheduleId).ValueOrPending());
        Field<CaseType>("case")
            .Description("The case the reception registered, once received and if visible.")
            .Reads(nameof(ReceptionAppointment.CaseId))
            .Resolve(c => c.Source.CaseId is { } id ? EntityLoaders.ById<Case>(c, id) : null);
    }
}
