using Microsoft.Data.Sqlite;

namespace Platform.Api.Tests.Operations;

internal static class MigrationLocks
{
    /// <summary>The lock row a process killed inside <c>Migrate()</c> leaves, in a database with nothing migrated yet.</summary>
    public static void Leave(string dataFolder, DateTimeOffset takenAt)
    {
        Directory.CreateDirectory(dataFolder);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "platform.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, $takenAt);
            """;
        command.Parameters.AddWithValue("$takenAt", takenAt.ToString("O"));
        command.ExecuteNonQuery();
    }
}
