using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookstoreBlazor.Sessions.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Clubs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "VisibleToClubs",
                table: "ShelfEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ClubBooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClubId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BookId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBySubject = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClubBooks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClubBooks_Books_BookId",
                        column: x => x.BookId,
                        principalTable: "Books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClubBooks_BookId",
                table: "ClubBooks",
                column: "BookId");

            migrationBuilder.CreateIndex(
                name: "IX_ClubBooks_ClubId_BookId",
                table: "ClubBooks",
                columns: new[] { "ClubId", "BookId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClubBooks");

            migrationBuilder.DropColumn(
                name: "VisibleToClubs",
                table: "ShelfEntries");
        }
    }
}
