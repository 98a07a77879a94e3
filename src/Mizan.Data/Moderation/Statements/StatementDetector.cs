namespace Mizan.Data.Moderation.Statements;

/// <summary>One detector behind a decision: name, version, score and the threshold it passed.</summary>
public sealed record StatementDetector(string Detector, string Version, string Signal, double Score, double Threshold);
