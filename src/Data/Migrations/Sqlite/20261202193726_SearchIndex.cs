using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.Sqlite
{
    /// <summary>
    /// The search index becomes one row per case and word carrying the case's owner path and
    /// registration time. The old rows are dropped with their table; the words are cut in C#, so
    /// every existing case is queued in CaseIndexBacklog and rebuilt in the background after start.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseTerms");

            migrationBuilder.CreateTable(
                name: "CaseTerms",
                columns: table => new
                {
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTerms", x => new { x.CaseId, x.Term });
                    table.ForeignKey(
                        name: "FK_CaseTerms_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTerms_Term_OwnerPath_RegisteredAt_CaseId_Count",
                table: "CaseTerms",
                columns: new[] { "Term", "OwnerPath", "RegisteredAt", "CaseId", "Count" });

            migrationBuilder.CreateTable(
                name: "CaseIndexBacklog",
                columns: table => new
                {
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseIndexBacklog", x => x.CaseId);
                });

            migrationBuilder.Sql("INSERT INTO \"CaseIndexBacklog\" (\"CaseId\") SELECT \"Id\" FROM \"Cases\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseIndexBacklog");

            migrationBuilder.DropTable(
                name: "CaseTerms");

            // The earlier shape comes back empty: rebuild it from the cases' texts if going back.
            migrationBuilder.CreateTable(
                name: "CaseTerms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTerms_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTerms_CaseId",
                table: "CaseTerms",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTerms_Term_CaseId_Count",
                table: "CaseTerms",
                columns: new[] { "Term", "CaseId", "Count" });
        }
    }
}
