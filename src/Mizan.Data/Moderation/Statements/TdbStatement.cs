using System.Text.Json.Serialization;

namespace Mizan.Data.Moderation.Statements;

/// <summary>One statement of reasons in the DSA Transparency Database's submission format (field names as the TDB API).</summary>
public sealed class TdbStatement
{
    [JsonPropertyName("decision_visibility")]
    public List<string>? DecisionVisibility { get; set; }

    [JsonPropertyName("decision_visibility_other")]
    public string? DecisionVisibilityOther { get; set; }

    [JsonPropertyName("decision_monetary")]
    public string? DecisionMonetary { get; set; }

    [JsonPropertyName("decision_monetary_other")]
    public string? DecisionMonetaryOther { get; set; }

    [JsonPropertyName("decision_provision")]
    public string? DecisionProvision { get; set; }

    [JsonPropertyName("decision_account")]
    public string? DecisionAccount { get; set; }

    [JsonPropertyName("account_type")]
    public string? AccountType { get; set; }

    [JsonPropertyName("decision_ground")]
    public string? DecisionGround { get; set; }

    [JsonPropertyName("decision_ground_reference_url")]
    public string? DecisionGroundReferenceUrl { get; set; }

    [JsonPropertyName("illegal_content_legal_ground")]
    public string? IllegalContentLegalGround { get; set; }

    [JsonPropertyName("illegal_content_explanation")]
    public string? IllegalContentExplanation { get; set; }

    [JsonPropertyName("incompatible_content_ground")]
    public string? IncompatibleContentGround { get; set; }

    [JsonPropertyName("incompatible_content_explanation")]
    public string? IncompatibleContentExplanation { get; set; }

    [JsonPropertyName("incompatible_content_illegal")]
    public string? IncompatibleContentIllegal { get; set; }

    [JsonPropertyName("content_type")]
    public List<string>? ContentType { get; set; }

    [JsonPropertyName("content_type_other")]
    public string? ContentTypeOther { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("category_addition")]
    public List<string>? CategoryAddition { get; set; }

    [JsonPropertyName("category_specification")]
    public List<string>? CategorySpecification { get; set; }

    [JsonPropertyName("category_specification_other")]
    public string? CategorySpecificationOther { get; set; }

    [JsonPropertyName("territorial_scope")]
    public List<string>? TerritorialScope { get; set; }

    [JsonPropertyName("content_language")]
    public string? ContentLanguage { get; set; }

    [JsonPropertyName("content_date")]
    public string? ContentDate { get; set; }

    [JsonPropertyName("application_date")]
    public string? ApplicationDate { get; set; }

    [JsonPropertyName("end_date_visibility_restriction")]
    public string? EndDateVisibilityRestriction { get; set; }

    [JsonPropertyName("decision_facts")]
    public string? DecisionFacts { get; set; }

    [JsonPropertyName("source_type")]
    public string? SourceType { get; set; }

    [JsonPropertyName("source_identity")]
    public string? SourceIdentity { get; set; }

    [JsonPropertyName("automated_detection")]
    public string? AutomatedDetection { get; set; }

    [JsonPropertyName("automated_decision")]
    public string? AutomatedDecision { get; set; }

    [JsonPropertyName("puid")]
    public string? Puid { get; set; }
}
