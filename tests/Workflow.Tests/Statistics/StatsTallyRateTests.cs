using Platform.Workflow.Statistics;

namespace Platform.Workflow.Tests.Statistics;

/// <summary>The formulas of the rates a bulletin ranks by, on counts set by hand.</summary>
public sealed class StatsTallyRateTests
{
    [Fact]
    public void ResponseRate_Should_Be_AnsweredOnTime_OverEveryCaseDueAnAnswer()
    {
        // arrange: 5 accepted (3 on time), 2 declined (1 on time), 1 still waiting past its deadline
        var tally = new StatsTally { Accepted = 5, AcceptedOnTime = 3, Declined = 2, DeclinedOnTime = 1, UnansweredPastDue = 1 };

        // act
        var rate = tally.ResponseRate;

        // assert
        Assert.Equal(8, tally.ResponseDue);
        Assert.Equal(4, tally.RespondedOnTime);
        Assert.Equal(4.0 / 8, rate);
    }

    [Fact]
    public void ResolutionRate_Should_Be_Solved_OverVerified()
    {
        // arrange
        var tally = new StatsTally { Verified = 4, Solved = 3, Satisfied = 2 };

        // act
        var (resolution, satisfaction) = (tally.ResolutionRate, tally.SatisfactionRate);

        // assert
        Assert.Equal(3.0 / 4, resolution);
        Assert.Equal(2.0 / 4, satisfaction);
    }

    [Fact]
    public void RepeatRate_Should_Be_Repeats_OverCases()
    {
        // arrange
        var tally = new StatsTally { Cases = 10, Repeats = 3 };

        // act
        var rate = tally.RepeatRate;

        // assert
        Assert.Equal(0.3, rate);
    }

    [Fact]
    public void EveryRate_Should_Be_Null_WhenItsDenominatorIsZero()
    {
        // arrange
        var tally = new StatsTally();

        // act
        double?[] rates = [tally.ResponseRate, tally.ResolutionRate, tally.SatisfactionRate, tally.RepeatRate, tally.CitizenSatisfactionRate];

        // assert
        Assert.All(rates, Assert.Null);
    }

    [Fact]
    public void SummedTallies_Should_Add_EveryCountTheRatesUse()
    {
        // arrange
        var a = new StatsTally { Cases = 2, Repeats = 1, Accepted = 1, AcceptedOnTime = 1, Verified = 1, Solved = 1 };
        var b = new StatsTally { Cases = 2, Declined = 1, DeclinedOnTime = 0, UnansweredPastDue = 1, Verified = 1 };

        // act
        var sum = StatsTally.Sum([a, b]);

        // assert
        Assert.Equal((0.25, 1.0 / 3, 0.5), (sum.RepeatRate!.Value, sum.ResponseRate!.Value, sum.ResolutionRate!.Value));
    }
}
