using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Visits;

public sealed class VisitIssueType : ObjectGraphType<VisitIssue>
{
    public VisitIssueType()
    {
        Name = "VisitIssue";
        Description = "An issue found on a visit; once converted, the case it became.";
        this.Column("position", i => i.Position).Description("The issue's number on the visit, from 1.");
        this.Column("description", i => i.Description);
        Field<CaseType>("case")
            .Description("The case the issue became, if converted and visible.")
            .Reads(nameof(VisitIssue.CaseId))
            .Resolve(c => c.Source.CaseId is { } id ? EntityLoaders.ById<Case>(c, id) : null);
    }
}
