using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Tests.Common;

public sealed class WorkflowAssemblyTests
{
    [Fact]
    public void TheWorkflow_Should_Reference_NoGraphQLAssembly()
    {
        // arrange
        var workflow = typeof(CaseIntake).Assembly;

        // act
        var references = workflow.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        // assert
        Assert.Contains("Platform.Data", references);
        Assert.DoesNotContain(references, name => name.StartsWith("GraphQL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryFeaturesMappings_Should_Compile()
    {
        // arrange
        var config = WorkflowMappings.Config;

        // act
        var compile = Record.Exception(() => config.Compile());

        // assert
        Assert.Null(compile);
    }
}
