namespace Platform.Identity;

/// <summary>Creates the demo users and clients when they are missing.</summary>
public static class IdentitySeeder
{
    public static Task SeedPlatformIdentityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }
}
