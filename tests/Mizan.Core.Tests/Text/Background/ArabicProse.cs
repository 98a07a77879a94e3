namespace Mizan.Core.Tests.Text.Background;

/// <summary>
/// Neutral Arabic news-style sentences written for these tests (no package ships Arabic news prose), as escapes
/// so that no editor reshapes them (STYLE.md); the comments give a translation.
/// </summary>
internal static class ArabicProse
{
    /// <summary>"The Ministry of Health announced today the opening of a new hospital in the city; the hospital has
    /// two hundred beds and an emergency department."</summary>
    public const string HealthNews =
        "\u0623\u0639\u0644\u0646\u062A \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0635\u062D\u0629 \u0627\u0644\u064A\u0648\u0645 " +
        "\u0639\u0646 \u0627\u0641\u062A\u062A\u0627\u062D \u0645\u0633\u062A\u0634\u0641\u0649 \u062C\u062F\u064A\u062F \u0641\u064A " +
        "\u0627\u0644\u0645\u062F\u064A\u0646\u0629\u060C \u0648\u064A\u0636\u0645 \u0627\u0644\u0645\u0633\u062A\u0634\u0641\u0649 " +
        "\u0645\u0626\u062A\u064A \u0633\u0631\u064A\u0631 \u0648\u0642\u0633\u0645\u0627 \u0644\u0644\u0637\u0648\u0627\u0631\u0626.";

    /// <summary>"Oil prices fell on world markets because of higher supply and weak demand during the winter."</summary>
    public const string MarketNews =
        "\u062A\u0631\u0627\u062C\u0639\u062A \u0623\u0633\u0639\u0627\u0631 \u0627\u0644\u0646\u0641\u0637 \u0641\u064A " +
        "\u0627\u0644\u0623\u0633\u0648\u0627\u0642 \u0627\u0644\u0639\u0627\u0644\u0645\u064A\u0629 \u0628\u0633\u0628\u0628 " +
        "\u0632\u064A\u0627\u062F\u0629 \u0627\u0644\u0645\u0639\u0631\u0648\u0636 \u0648\u0636\u0639\u0641 \u0627\u0644\u0637\u0644\u0628 " +
        "\u062E\u0644\u0627\u0644 \u0641\u0635\u0644 \u0627\u0644\u0634\u062A\u0627\u0621.";

    /// <summary>"The home team won the final two goals to one in front of a large crowd."</summary>
    public const string SportsNews =
        "\u0641\u0627\u0632 \u0627\u0644\u0641\u0631\u064A\u0642 \u0627\u0644\u0645\u062D\u0644\u064A \u0641\u064A " +
        "\u0627\u0644\u0645\u0628\u0627\u0631\u0627\u0629 \u0627\u0644\u0646\u0647\u0627\u0626\u064A\u0629 \u0628\u0647\u062F\u0641\u064A\u0646 " +
        "\u0645\u0642\u0627\u0628\u0644 \u0647\u062F\u0641 \u0648\u0627\u062D\u062F \u0623\u0645\u0627\u0645 \u062C\u0645\u0647\u0648\u0631 " +
        "\u0643\u0628\u064A\u0631.";

    /// <summary>Quran 1:2-4 in ordinary (imla'i) unvocalised spelling with commas, as people type it: "al-hamdu
    /// li-llahi rabbi l-'alamin, ar-rahmani r-rahim, maliki yawmi d-din" (Uthmani spelling writes the alefs of
    /// al-'alamin and malik as dagger alefs).</summary>
    public const string FatihaOrdinarySpelling =
        "\u0627\u0644\u062D\u0645\u062F \u0644\u0644\u0647 \u0631\u0628 \u0627\u0644\u0639\u0627\u0644\u0645\u064A\u0646\u060C " +
        "\u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0631\u062D\u064A\u0645\u060C \u0645\u0627\u0644\u0643 " +
        "\u064A\u0648\u0645 \u0627\u0644\u062F\u064A\u0646";
}
