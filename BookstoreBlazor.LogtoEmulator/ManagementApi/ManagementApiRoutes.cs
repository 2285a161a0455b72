namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>The part of Logto's Management API (<c>/api</c>) an app with book clubs calls, behind <c>koaAuth</c>.</summary>
internal static class ManagementApiRoutes
{
    public static void MapManagementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<ManagementApiAuthentication>()
                .RefuseAsync(context.HttpContext.Request) ?? await next(context));
        api.MapOrganizationEndpoints();
        api.MapInvitationEndpoints();
        api.MapOrganizationRoleEndpoints();
        api.MapUserEndpoints();
    }
}
