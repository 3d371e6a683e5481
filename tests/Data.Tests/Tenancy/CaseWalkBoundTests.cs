using Microsoft.Data.Sqlite;
using Platform.Data.Tenancy;

namespace Platform.Data.Tests.Tenancy;

/// <summary>A walk's bound interrupts a statement that reads past it, and leaves the connection as it was once lifted.</summary>
public sealed class CaseWalkBoundTests
{
    // A statement that steps through a million rows, as a walk over a whole index would.
    private const string Long = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT count(*) FROM n";

    [Fact]
    public void AStatementReadingPastTheBound_Should_BeInterrupted_AndRunInFull_OnceTheBoundIsLifted()
    {
        // arrange
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        // act
        var bound = CaseWalkBound.On(connection, rows: 1_000);
        var cut = Assert.Throws<SqliteException>(() => Scalar(connection, Long));
        var tripped = bound.Tripped;
        bound.Dispose();
        var full = Scalar(connection, Long);

        // assert
        Assert.Equal(SQLitePCL.raw.SQLITE_INTERRUPT, cut.SqliteErrorCode);
        Assert.True(tripped);
        Assert.Equal(1_000_000L, full);
    }

    [Fact]
    public void AStatementWithinTheBound_Should_Run_AndNotTrip()
    {
        // arrange
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var bound = CaseWalkBound.On(connection, rows: 10_000);

        // act
        var small = Scalar(connection, "SELECT count(*) FROM (SELECT 1 UNION ALL SELECT 2)");

        // assert
        Assert.Equal(2L, small);
        Assert.False(bound.Tripped);
    }

    [Fact]
    public void TheBound_Should_Be_SlackTimesTheExpectedWalk_AndAtLeastTheFloor()
    {
        // arrange
        var walk = new CaseWalk { TableRows = 1_000_000 };

        // act and assert: a township of 6,869 cases, a page of 20 (21 rows read)
        Assert.Equal(CaseWalk.BoundSlack * 21L * 1_000_000 / 6_869, walk.BoundRows(6_869, 21));
        Assert.Equal(walk.BoundFloor, walk.BoundRows(71_294, 21));
    }

    [Theory]
    [InlineData(21L, 1_000_000L)]
    [InlineData(8L, 1L)]
    [InlineData(10_101L, 1_000_000L)]
    [InlineData(1L, 1L)]
    public void TheFewestToWalk_Should_Be_TheSmallestScopeForWhichAWalkPays(long rowsToRead, long tableRows)
    {
        // arrange
        var walk = new CaseWalk { TableRows = tableRows };

        // act
        var fewest = walk.FewestToWalk(rowsToRead)!.Value;

        // assert
        Assert.True(walk.Pays(fewest, rowsToRead));
        Assert.False(walk.Pays(fewest - 1, rowsToRead));
    }

    [Fact]
    public void TheFewestToWalk_Should_BeUnknown_WhileTheTableSizeIs() =>
        Assert.Null(new CaseWalk().FewestToWalk(21));

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
