using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mizan.Data.Legal;

/// <summary>Registers the authorities' channel: removal orders, referrals, preservation, data requests, reports.</summary>
public static class LegalServiceCollectionExtensions
{
    /// <summary>Adds the legal services (options: defaults unless registered).</summary>
    public static IServiceCollection AddLegal(this IServiceCollection services)
    {
        services.TryAddSingleton(new LegalOptions());
        services.AddScoped<Preservation.PreservationService>();
        services.TryAddSingleton(new Reports.ReportOptions());
        services.AddScoped<Reports.ReportGenerator>();
        services.AddScoped<Reports.ReportService>();
        services.AddScoped<Referrals.ReferralAnswers>();
        services.AddScoped<Referrals.ReferralService>();
        services.AddScoped<DataRequests.DataRequestService>();
        services.AddScoped<Orders.RemovalOrderService>();
        services.AddScoped<Orders.DeadlineWatch>();
        return services;
    }
}
