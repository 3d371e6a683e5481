namespace Platform.Data.Entities;

/// <summary>A mutable object whose <see cref="Version"/> grows with every change (an EF Core concurrency token).</summary>
public interface IVersioned
{
    int Id { get; }

    int Version { get; set; }
}
