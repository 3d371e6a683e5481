using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Platform.Data.Protection;

/// <summary>Reads <c>Pii:Key</c> at start-up: required outside Development and Testing, where the published development key stands in.</summary>
internal static class PiiProtection
{
    public const string KeySetting = "Pii:Key";

    public static void Configure(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration[KeySetting];
        if (string.IsNullOrWhiteSpace(key))
        {
            key = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? PiiKeys.DevelopmentKey
                : throw new InvalidOperationException(
                    $"{KeySetting} is not set: petitioners' ID numbers and phones are encrypted with it. Set it to a secret of 32 random bytes in base64 (`openssl rand -base64 32`).");
        }

        PiiCipher.Use(key);
    }
}
