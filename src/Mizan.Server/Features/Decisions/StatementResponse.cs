using Mizan.Data.Moderation.Statements;

namespace Mizan.Server.Features.Decisions;

/// <summary>A statement of reasons, and until when it is withheld from the user (null: the user may see it).</summary>
internal sealed record StatementResponse(StatementOfReasons Statement, DateTime? WithheldUntil);
