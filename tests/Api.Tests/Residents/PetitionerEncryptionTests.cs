using System.Text;
using Microsoft.Data.Sqlite;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Residents;

/// <summary>Issue 13, acceptance 4: petitioners' ID numbers and phones are encrypted at rest.</summary>
public sealed class PetitionerEncryptionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task SqliteFile_Should_NotContain_ADemoPetitionersIdNumberOrPhone_WhichOfficersStillRead()
    {
        // arrange: what the city's officer (pii.read, an ancestor of every unit) reads of a seeded petitioner
        var response = await factory.AskAsync("sh.officer", """
            { cases(first: 1, where: { title: { contains: "工资" } }) { nodes { petitioners { idNumber phone } } } }
            """);
        var petitioner = response["data"]!["cases"]!["nodes"]![0]!["petitioners"]![0]!;
        var idNumber = petitioner.Str("idNumber");
        var phone = petitioner.Str("phone");
        SqliteConnection.ClearAllPools();

        // act
        var file = FileBytes();

        // assert
        Assert.Matches("^[0-9]{17}[0-9X]$", idNumber);
        Assert.Matches("^1[0-9]{10}$", phone);
        Assert.False(Contains(file, idNumber), "The ID number is stored in plain text.");
        Assert.All(StoredColumns(), value => Assert.StartsWith("pii1:", value));
    }

    [Fact]
    public void Production_Should_RefuseToStart_WithoutAPiiKey()
    {
        // arrange
        using var production = PlatformFactory.ForEnvironment("Production").WithSetting("Pii:Key", "");

        // act
        var refused = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        // assert
        Assert.Contains("Pii:Key", refused.ToString());
    }

    private byte[] FileBytes() =>
        Directory.GetFiles(factory.DataFolder, "platform.db*").SelectMany(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }).ToArray();

    /// <summary>Every stored ID number and phone of every petitioner, as the file holds them.</summary>
    private List<string> StoredColumns()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "platform.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT IdNumber FROM Petitioners WHERE IdNumber IS NOT NULL UNION ALL SELECT Phone FROM Petitioners WHERE Phone IS NOT NULL";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static bool Contains(byte[] file, string text) => file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
