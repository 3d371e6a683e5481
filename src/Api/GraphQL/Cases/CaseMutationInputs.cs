using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Adds the fields every change to an existing case carries: its id and the version the client read.</summary>
public static class CaseMutationInputs
{
    public static void AddCaseReference<T>(this InputObjectGraphType<T> input)
        where T : CaseChangeInput =>
        input.Reference("caseId", CaseType.TypeName, "The case to change.", "The case's version as the client read it.");
}
