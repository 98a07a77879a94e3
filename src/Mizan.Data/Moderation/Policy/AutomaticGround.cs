namespace Mizan.Data.Moderation.Policy;

/// <summary>The ground an automatic removal records in its statement of reasons.</summary>
public sealed class AutomaticGround
{
    public string Ground { get; set; } = "incompatible";

    public string Reference { get; set; } = "Terms of service: terrorist and violent extremist content";

    public string Explanation { get; set; } =
        "The content is a near-exact copy of material this platform verified as terrorist content it does not allow.";
}
