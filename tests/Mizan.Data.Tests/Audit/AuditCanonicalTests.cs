using Mizan.Data.Audit;
using Mizan.Data.Entities;

namespace Mizan.Data.Tests.Audit;

public sealed class AuditCanonicalTests
{
    // Known answer computed outside .NET from the format documented on AuditCanonical (Python: hashlib.sha256 over
    // the same lines); covers a null field, a non-ASCII value (byte length, not char length) and a newline in a value.
    [Fact]
    public void ComputeHash_DocumentedFormat_MatchesIndependentComputation()
    {
        var e = Sample();

        Assert.Equal("cb1020a266ed7f4739d547763cc613c7bb81a90dcb8ccfb838261b7eb9a0ee93", AuditCanonical.ComputeHash(e));
    }

    [Fact]
    public void ComputeHash_AnyFieldChanged_ChangesTheHash()
    {
        string original = AuditCanonical.ComputeHash(Sample());
        var changes = new Action<AuditEvent>[]
        {
            e => e.Seq = 2,
            e => e.At = e.At.AddTicks(10),
            e => e.ActorName = "key:8:ops",
            e => e.ActorRole = "moderator",
            e => e.ActorOrganisationId = null,
            e => e.Action = "bank.updated",
            e => e.SubjectType = "banks",
            e => e.SubjectId = "news-test2",
            e => e.Before = "{}",
            e => e.After = null,
            e => e.Reason = null,
            e => e.PrevHash = new string('1', 64),
        };

        foreach (var change in changes)
        {
            var e = Sample();
            change(e);
            Assert.NotEqual(original, AuditCanonical.ComputeHash(e));
        }
    }

    [Fact]
    public void ComputeHash_ValueMovedBetweenFields_ChangesTheHash()
    {
        // The length prefix keeps "a" + "b=c" apart from "a=b" + "c".
        var one = Sample();
        one.SubjectType = "x\nsubject_id=1:y";
        one.SubjectId = "z";
        var two = Sample();
        two.SubjectType = "x";
        two.SubjectId = "y\nsubject_id=1:z";

        Assert.NotEqual(AuditCanonical.ComputeHash(one), AuditCanonical.ComputeHash(two));
    }

    private static AuditEvent Sample() => new()
    {
        Seq = 1,
        At = new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc).AddTicks(1234560),
        ActorName = "key:7:ops",
        ActorRole = "admin",
        ActorOrganisationId = 1,
        Action = "bank.created",
        SubjectType = "bank",
        SubjectId = "news-test",
        Before = null,
        After = "{\"name\":\"news-test\",\"note\":\"\u0645\u062B\u0627\u0644\"}",
        Reason = "test data\nline two",
        PrevHash = AuditCanonical.GenesisHash,
        Hash = "",
    };
}
