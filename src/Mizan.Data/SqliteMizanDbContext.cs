using Microsoft.EntityFrameworkCore;

namespace Mizan.Data;

/// <summary>The embedded SQLite store (one file, WAL), with its own migrations under Migrations/Sqlite.</summary>
public sealed class SqliteMizanDbContext(DbContextOptions<SqliteMizanDbContext> options) : MizanDbContext(options);
