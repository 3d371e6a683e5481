using Platform.Workflow.Statistics;

namespace Platform.Workflow.Tests.Statistics;

public sealed class StatsPeriodsTests
{
    private static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void MonthsFromShanghaiMidnight_Should_Start_OnEachFirstAtLocalMidnight_EvenAfterShortMonths()
    {
        // act: 2031-11-01T00:00+08:00 to 2032-04-01T00:00+08:00
        var periods = StatsPeriods.Series(Utc(2031, 10, 31, 16), Utc(2032, 3, 31, 16), StatsInterval.Month, out var problem)!;

        // assert
        Assert.Null(problem);
        Assert.Equal(
            [Utc(2031, 10, 31, 16), Utc(2031, 11, 30, 16), Utc(2031, 12, 31, 16), Utc(2032, 1, 31, 16), Utc(2032, 2, 29, 16), Utc(2032, 3, 31, 16)],
            periods.Boundaries);
    }

    [Fact]
    public void Weeks_Should_Step_SevenDays_AndEndWithTheRange()
    {
        // act
        var periods = StatsPeriods.Series(Utc(2031, 1, 1), Utc(2031, 1, 20), StatsInterval.Week, out _)!;

        // assert
        Assert.Equal([Utc(2031, 1, 1), Utc(2031, 1, 8), Utc(2031, 1, 15), Utc(2031, 1, 20)], periods.Boundaries);
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void ASeries_Should_Have_AtMostSixtyPeriods(int months, bool allowed)
    {
        // act
        var periods = StatsPeriods.Series(Utc(2031, 1, 1), Utc(2031, 1, 1).AddMonths(months), StatsInterval.Month, out var problem);

        // assert
        Assert.Equal(allowed, periods is not null);
        Assert.Equal(allowed, problem is null);
    }

    [Fact]
    public void PeriodIndex_Should_Find_ThePeriodOfEachInstant()
    {
        // arrange
        var periods = StatsPeriods.Series(Utc(2031, 1, 1), Utc(2031, 12, 31), StatsInterval.Month, out _)!;
        var index = periods.IndexOf().Compile();

        // act
        int[] found = [index(Utc(2031, 1, 1)), index(Utc(2031, 1, 31, 23)), index(Utc(2031, 2, 1)), index(Utc(2031, 7, 15)), index(Utc(2031, 12, 30))];

        // assert
        Assert.Equal([0, 0, 1, 6, 11], found);
    }
}
