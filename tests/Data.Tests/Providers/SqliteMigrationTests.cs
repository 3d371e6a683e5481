using Microsoft.EntityFrameworkCore;
using Platform.Data.Tenancy;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Providers;

public sealed class SqliteMigrationTests
{
    [Fact]
    public void Migrations_Should_Match_TheModel()
    {
        // arrange
        using var database = new SqliteTestDatabase();
        using var db = database.Create(TenantScope.None);

        // act
        var pending = db.Database.HasPendingModelChanges();

        // assert
        Assert.False(pending, "The SQLite model has changes that no migration captures.");
    }
}
