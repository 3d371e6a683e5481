using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The input of the case mutations that take the case and a note; one instance per mutation.</summary>
[DoNotRegister]
public sealed class CaseNoteInputType : MutationInputType<CaseNoteInput>
{
    public CaseNoteInputType(string name, string noteDescription, bool required)
    {
        Name = name;
        this.AddCaseReference();
        if (required)
        {
            Field<NonNullGraphType<StringGraphType>>("note").Description(noteDescription);
        }
        else
        {
            Field<StringGraphType>("note").Description(noteDescription);
        }
    }
}
