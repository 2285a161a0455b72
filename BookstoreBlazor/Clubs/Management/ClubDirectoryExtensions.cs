using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Clubs.Management;

public static class ClubDirectoryExtensions
{
    /// <summary>The club directory over Logto's Management API (<c>Logto:Management</c>), off when that section is empty.</summary>
    public static IServiceCollection AddClubDirectory(this IServiceCollection services)
    {
        services.AddOptions<ManagementApiOptions>().BindConfiguration(ManagementApiOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ManagementApiOptions>, ManagementApiOptionsValidator>();
        services.AddSingleton<ManagementTokenSource>();
        services.AddSingleton<ManagementApiClient>();
        services.AddSingleton<OrganizationRoleIds>();
        services.AddSingleton<IClubDirectory, ClubDirectory>();
        return services;
    }
}
