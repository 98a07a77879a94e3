using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mizan.Data;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteMizanDbContext</c> build the SQLite context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMizanDbContext>
{
    public SqliteMizanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMizanDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresMizanDbContext</c> build the PostgreSQL context without a
/// host or a server (generating a migration never connects).
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMizanDbContext>
{
    public PostgresMizanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMizanDbContext>().UseNpgsql("Host=localhost;Database=mizan_design").Options);
}
