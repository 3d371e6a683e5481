using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Duplicates;

namespace Platform.Api.GraphQL.Duplicates;

/// <summary>Repeat petitions (重复信访): <see cref="DuplicateLinks"/>.</summary>
public static class DuplicateMutations
{
    public static void AddDuplicateMutations(this ObjectGraphType mutation) =>
        mutation.Workflow<DuplicateLinks, Case, CaseType>("case")
            .Add("linkDuplicate", new LinkDuplicateInputType(),
                "Marks the case as a repeat of an earlier visible case, which stays the one handled; both timelines show the link.",
                w => w.LinkAsync)
            .Add("unlinkDuplicate", new CaseReasonInputType("UnlinkDuplicateInput", "Why the cases are not the same matter."),
                "Undoes a duplicate link; both timelines show it.",
                w => w.UnlinkAsync);
}
