using Mizan.Data.Keys;

namespace Mizan.Console.Tests;

public sealed partial class FormRulesTests
{
    /// <summary>
    /// The forms of the removal order pages (/orders): one transition each on an order seeded through the API. Every
    /// transition is the API's removal_orders.work rule (legal officers and admins); the refused roles read orders
    /// (auditor, authority) or do not (moderator).
    /// </summary>
    private async Task<IEnumerable<Form>> OrderFormsAsync(string prefix)
    {
        var (_, authority) = await OrderSeed.AuthorityAsync(factory.ClientFor, factory.CreateClient, factory.Services, prefix + "-authority");
        var order = await OrderSeed.OrderAsync(factory.ClientFor, authority, prefix);
        string at = $"/orders/{order.Id}?handler=";
        (string, string)[] reasons = [("Reasons", "test data")];
        return
        [
            new(at + "Validate", [("Authentication", "test data")], Roles.Legal, Roles.Auditor),
            new(at + "ClarificationRequest", [("Reason", "manifest_error"), ("Details", "test data")], Roles.Legal, Roles.Authority),
            new(at + "Clarification", [("Clarification", "test data")], Roles.Admin, Roles.Moderator),
            new(at + "Impossibility", [("Reason", "force_majeure"), ("Details", "test data")], Roles.Legal, Roles.Auditor),
            new(at + "GroundsCeased", [("Details", "test data")], Roles.Legal, Roles.Authority),
            new(at + "Execute", [("Action", "disable_in_eu")], Roles.Legal, Roles.Auditor),
            new(at + "Confirm", [], Roles.Legal, Roles.Authority),
            new(at + "Feedback", [], Roles.Legal, Roles.Auditor),
            new(at + "ScrutinyRequest", [("RequestedBy", "hosting_provider"), .. reasons], Roles.Legal, Roles.Authority),
            new(at + "ScrutinyDecision", [("InfringementFound", "false"), .. reasons], Roles.Legal, Roles.Auditor),
            new(at + "Final", reasons, Roles.Legal, Roles.Moderator),
            new(at + "Annulment", reasons, Roles.Admin, Roles.Auditor),
            new(at + "NonDisclosure", [("untilUtc", "2030-01-01T00:00")], Roles.Legal, Roles.Authority),
            new("/orders/new", [("Entry.AuthorityReference", prefix + "-entered"), ("Entry.Channel", "email")], Roles.Legal, Roles.Auditor),
        ];
    }
}
