using System.Linq.Expressions;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>Only a predicate that captures nothing but the lifted value becomes a compiled shape.</summary>
public sealed class CapturedValuesTests
{
    private static readonly ParameterExpression Paths = Expression.Parameter(typeof(IReadOnlyList<string>), "paths");

    [Fact]
    public void Lift_Should_ReadTheStub_FromTheParameter()
    {
        // arrange
        IReadOnlyList<string> stub = new List<string>();
        Expression<Func<Case, bool>> predicate = c => stub.Contains(c.HandlingPath) && c.Status == CaseStatus.Accepted;

        // act
        var lifted = CapturedValues.Lift(predicate, stub, Paths);

        // assert
        Assert.NotNull(lifted);
        var run = Expression.Lambda<Func<IReadOnlyList<string>, Case, bool>>(lifted.Body, Paths, lifted.Parameters[0]).Compile();
        Assert.True(run(["/sh/a/"], new Case { HandlingPath = "/sh/a/", Status = CaseStatus.Accepted }));
        Assert.False(run(["/sh/b/"], new Case { HandlingPath = "/sh/a/", Status = CaseStatus.Accepted }));
    }

    [Fact]
    public void Lift_Should_Refuse_APredicate_ThatCapturesAnotherValue()
    {
        // arrange
        IReadOnlyList<string> stub = new List<string>();
        var now = new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc);
        Expression<Func<Case, bool>> predicate = c => stub.Contains(c.HandlingPath) && c.ResolveDueAt < now;

        // act, assert
        Assert.Null(CapturedValues.Lift(predicate, stub, Paths));
    }

    [Theory]
    [InlineData(CaseQueueKind.PendingAcceptance, true)]
    [InlineData(CaseQueueKind.InProgress, true)]
    [InlineData(CaseQueueKind.ReferralsIn, true)]
    [InlineData(CaseQueueKind.DueSoon, false)]
    [InlineData(CaseQueueKind.Overdue, false)]
    [InlineData(CaseQueueKind.ReplyOverdue, false)]
    [InlineData(CaseQueueKind.LeaderOwned, false)]
    public void AQueue_Should_Compile_OnlyWhenItDependsOnThePathsAlone(CaseQueueKind kind, bool alone)
    {
        // act, assert
        Assert.Equal(alone, CaseQueues.DependsOnPathsAlone(kind));
        Assert.Equal(alone, CaseQueues.ForPaths(kind, Paths) is not null);
    }
}
