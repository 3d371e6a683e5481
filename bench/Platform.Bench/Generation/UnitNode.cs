using Platform.Data.Entities;

namespace Platform.Bench.Generation;

/// <summary>A unit of the generated tree (demo or generated), with who acts for it.</summary>
internal sealed class UnitNode
{
    public required int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required UnitKind Kind { get; init; }
    public required UnitNode? Parent { get; init; }
    public required string Path { get; init; }
    public int Depth => Path.Count(c => c == '/') - 2;
    public bool IsDemo { get; init; }
    public List<UnitNode> Children { get; } = [];

    /// <summary>The officer (a proxy for a committee) who receives and handles cases here.</summary>
    public Actor Officer { get; set; } = null!;

    /// <summary>The leader who supervises from here or, for a committee, the nearest one above.</summary>
    public Actor Leader { get; set; } = null!;

    /// <summary>The township this unit is in or is, if any.</summary>
    public UnitNode? Township => Kind == UnitKind.Township ? this : Parent?.Township;

    public UnitNode? District => Kind == UnitKind.District ? this : Parent?.District;
}

/// <summary>A person recorded on events: a demo account, or a made-up officer of a generated unit (no account).</summary>
internal sealed record Actor(string Id, string Name, int UnitId);
