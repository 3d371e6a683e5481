using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

/// <summary>An in-memory SQLite store with six gadgets in two boxes; enums are stored by name as in the platform.</summary>
public sealed class GadgetDb : DbContext
{
    private readonly SqliteConnection _connection;

    private GadgetDb(SqliteConnection connection, CommandCounter counter)
        : base(new DbContextOptionsBuilder<GadgetDb>().UseSqlite(connection).AddInterceptors(counter).Options)
    {
        _connection = connection;
        Commands = counter;
    }

    public CommandCounter Commands { get; }

    public DbSet<Gadget> Gadgets => Set<Gadget>();

    public DbSet<Box> Boxes => Set<Box>();

    public static GadgetDb Create()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var db = new GadgetDb(connection, new CommandCounter());
        db.Database.EnsureCreated();
        db.Boxes.AddRange(new Box { Id = 1, Label = "first" }, new Box { Id = 2, Label = "second" });
        db.Gadgets.AddRange(
            Gadget(1, "Alpha lever", "oiled", GadgetKind.Lever, 10, 1, null, true, 5, 1),
            Gadget(2, "Beta spring", null, GadgetKind.Spring, 20, 2, 3, false, null, 1),
            Gadget(3, "Gamma gear", "worn", GadgetKind.Gear, 30, 3, null, true, 3, 2),
            Gadget(4, "Delta gear", "oiled", GadgetKind.Gear, 20, 4, 5, true, 4, 2),
            Gadget(5, "Epsilon valve", null, GadgetKind.SteamValve, 50, 5, null, false, null, 2),
            Gadget(6, "Alpha spring", "new", GadgetKind.Spring, 10, 6, 7, true, 5, 1));
        db.SaveChanges();
        db.ChangeTracker.Clear();
        db.Commands.Count = 0;
        return db;
    }

    public override void Dispose()
    {
        base.Dispose();
        _connection.Dispose();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Gadget>().Property(g => g.Kind).HasConversion<string>();

    private static Gadget Gadget(
        int id, string name, string? notes, GadgetKind kind, int weight, int madeMonth, int? soldMonth, bool active, int? rating, int boxId) =>
        new()
        {
            Id = id,
            Name = name,
            Notes = notes,
            Kind = kind,
            Weight = weight,
            Serial = id * 100L,
            MadeAt = new DateTime(2024, madeMonth, 1, 0, 0, 0, DateTimeKind.Utc),
            SoldAt = soldMonth is { } month ? new DateTime(2024, month, 1, 0, 0, 0, DateTimeKind.Utc) : null,
            Active = active,
            Rating = rating,
            BoxId = boxId,
        };
}
