using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mizan.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMizanDbContext>
{
    public SqliteMizanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMizanDbContext>().UseSqlite("Data Source=design.db").Options);
}
