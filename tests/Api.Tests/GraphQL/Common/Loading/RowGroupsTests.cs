using Platform.Api.GraphQL.Common.Loading;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>Groups of exact size must hold what <c>ToLookup</c> holds, in its order.</summary>
public sealed class RowGroupsTests
{
    private static readonly (int Parent, string Name)[] Rows = [(1, "a"), (2, "b"), (1, "c"), (3, "d"), (1, "e")];

    [Fact]
    public void ToGroups_Should_HoldWhatToLookupHolds_InRowOrder()
    {
        // act
        var groups = Rows.ToGroups(r => r.Parent, r => r.Name);
        var lookup = Rows.ToLookup(r => r.Parent, r => r.Name);

        // assert
        Assert.Equal(lookup.Count, groups.Count);
        foreach (var group in lookup)
        {
            Assert.True(groups.Contains(group.Key));
            Assert.Equal(group, groups[group.Key]);
        }

        Assert.Equal(lookup.Select(g => (g.Key, g.ToList())), groups.Select(g => (g.Key, g.ToList())).OrderBy(g => g.Key));
    }

    [Fact]
    public void ToGroups_Should_GiveAnEmptyGroup_ForAKeyWithNoRows()
    {
        var groups = Rows.ToGroups(r => r.Parent);

        Assert.False(groups.Contains(4));
        Assert.Empty(groups[4]);
    }

    [Fact]
    public void ByKey_Reversed_Should_GiveEachKeysRows_TheOtherWayRound()
    {
        // act
        var groups = RowGroups.ByKey(Rows, r => r.Parent, r => r.Name, reversed: true);

        // assert
        Assert.Equal(["e", "c", "a"], groups[1]);
        Assert.Equal(["b"], groups[2]);
        Assert.Equal(["d"], groups[3]);
    }
}
