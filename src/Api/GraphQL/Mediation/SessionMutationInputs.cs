using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>Adds the fields every change to an existing session carries: its id and the version the client read.</summary>
public static class SessionMutationInputs
{
    public static void AddSessionReference<T>(this InputObjectGraphType<T> input)
        where T : SessionChangeInput =>
        input.Reference("sessionId", MediationSessionType.TypeName, "The mediation session to change.", "The session's version as the client read it.");
}
