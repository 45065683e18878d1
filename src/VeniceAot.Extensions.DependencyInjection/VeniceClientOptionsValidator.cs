using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace VeniceAot.Extensions.DependencyInjection
{
    /// <summary>
    /// Checks one registration's named <see cref="VeniceClientOptions"/> when they are first read (the first resolve of
    /// its <see cref="VeniceClient"/>, or host start-up). Failures say which configuration key or option to set; the API
    /// key's value is never part of a message.
    /// </summary>
    internal sealed class VeniceClientOptionsValidator(string name, string? configurationPath) : IValidateOptions<VeniceClientOptions>
    {
        public string Name { get; } = name;

        /// <summary>The configuration section the options come from, or null when only a callback sets them.</summary>
        public string? ConfigurationPath { get; set; } = configurationPath;

        public ValidateOptionsResult Validate(string? name, VeniceClientOptions options)
        {
            if (!string.Equals(name, Name, StringComparison.Ordinal))
            {
                return ValidateOptionsResult.Skip;
            }

            var failures = new List<string>();
            if (string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add(ConfigurationPath is { } path
                    ? $"No Venice API key for the client '{Name}': set the configuration key '{Key(path, "ApiKey")}' (environment variable {EnvironmentName(path, "ApiKey")}), or set VeniceClientOptions.ApiKey in the configure callback."
                    : $"No Venice API key for the client '{Name}': set VeniceClientOptions.ApiKey in the configure callback given to AddVeniceClient / AddKeyedVeniceClient.");
            }

            if (options.BaseAddress is not { IsAbsoluteUri: true } baseAddress || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"The Venice client '{Name}' needs an absolute http(s) base address ({Describe("BaseAddress")}), not '{options.BaseAddress}'.");
            }

            if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                failures.Add($"The Venice client '{Name}' needs a positive timeout ({Describe("Timeout")}), not {options.Timeout}.");
            }

            if (options.Retry is { MaxAttempts: < 1 })
            {
                failures.Add($"The Venice client '{Name}' needs Retry.MaxAttempts of at least 1 ({Describe("Retry:MaxAttempts")}), not {options.Retry.MaxAttempts}.");
            }

            if (options.MaxResponseBytes <= 0)
            {
                failures.Add($"The Venice client '{Name}' needs a positive MaxResponseBytes ({Describe("MaxResponseBytes")}), not {options.MaxResponseBytes}.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        private string Describe(string key) =>
            ConfigurationPath is { } path ? $"configuration key '{Key(path, key)}'" : "VeniceClientOptions." + key.Replace(':', '.');

        private static string Key(string path, string key) => path.Length == 0 ? key : path + ":" + key;

        private static string EnvironmentName(string path, string key) => Key(path, key).Replace(":", "__", StringComparison.Ordinal);
    }
}
