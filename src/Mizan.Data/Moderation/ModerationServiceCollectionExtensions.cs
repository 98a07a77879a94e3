using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mizan.Data.Moderation.Cases;
using Mizan.Data.Moderation.Complaints;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Moderation.Items;
using Mizan.Data.Moderation.Notices;
using Mizan.Data.Moderation.Policy;
using Mizan.Data.Moderation.Settings;
using Mizan.Data.Moderation.Statements;

namespace Mizan.Data.Moderation;

/// <summary>Registers the moderation services.</summary>
public static class ModerationServiceCollectionExtensions
{
    /// <summary>Adds items, policy, notices, cases, decisions, statements and complaints (options: defaults unless registered).</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.TryAddSingleton(new ModerationOptions());
        services.AddScoped<ModerationChanges>();
        services.AddScoped<PolicyService>();
        services.AddScoped<StatementBuilder>();
        services.AddScoped<DecisionWriter>();
        services.AddScoped<DecisionService>();
        services.AddScoped<ItemService>();
        services.AddScoped<NoticeService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<CaseService>();
        services.AddScoped<ComplaintService>();
        services.AddScoped<TransparencyExporter>();
        return services;
    }
}
