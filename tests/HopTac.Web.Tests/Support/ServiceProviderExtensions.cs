using Microsoft.Extensions.DependencyInjection;

namespace HopTac.Web.Tests.Support;

internal static class ServiceProviderExtensions
{
    public static T GetRequiredServiceForTests<T>(this IServiceProvider services)
        where T : notnull => services.GetRequiredService<T>();
}
