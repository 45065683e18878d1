using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace VeniceAot.Extensions.DependencyInjection
{
    /// <summary>
    /// Reads <see cref="VeniceClientOptions"/> from a configuration section by hand: every key is read and parsed
    /// explicitly, so there is no reflection-based binding (trim and Native AOT safe). A key that is absent leaves the
    /// option as it was; a value that does not parse, or a key this reader does not know, fails with an
    /// <see cref="InvalidOperationException"/> that names the full configuration key (never the API key's value).
    /// </summary>
    internal static class VeniceConfigurationReader
    {
        /// <summary>The keys understood directly under the section.</summary>
        internal static readonly string[] TopLevelKeys =
        [
            "ApiKey", "BaseAddress", "Timeout", "UserAgent", "AllowInsecureHttp", "OverallTimeout", "MaxResponseBytes",
            "FailureBudgetThreshold", "RecordContent", "Retry",
        ];

        /// <summary>The keys understood under <c>Retry</c>.</summary>
        internal static readonly string[] RetryKeys = ["Enabled", "MaxAttempts", "BaseDelay", "MaxDelay"];

        public static void Read(IConfiguration section, VeniceClientOptions options)
        {
            RejectUnknownKeys(section, TopLevelKeys);
            if (section["ApiKey"] is { } apiKey)
            {
                options.ApiKey = apiKey.Trim();
            }

            if (section["BaseAddress"] is { Length: > 0 } baseAddress)
            {
                options.BaseAddress = Uri.TryCreate(baseAddress, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                    ? uri
                    : throw Invalid(section, "BaseAddress", baseAddress, "an absolute http(s) address such as https://api.venice.ai/api/v1");
            }

            if (ReadTimeSpan(section, "Timeout") is { } timeout)
            {
                options.Timeout = timeout;
            }

            if (section["UserAgent"] is { Length: > 0 } userAgent)
            {
                options.UserAgent = userAgent;
            }

            if (ReadBool(section, "AllowInsecureHttp") is { } allowInsecureHttp)
            {
                options.AllowInsecureHttp = allowInsecureHttp;
            }

            if (ReadBool(section, "RecordContent") is { } recordContent)
            {
                options.RecordContent = recordContent;
            }

            if (section["OverallTimeout"] is { } overall)
            {
                // An empty value clears it (no overall bound), so a layered source can switch it off again.
                options.OverallTimeout = overall.Length == 0 ? null : ReadTimeSpan(section, "OverallTimeout");
            }

            if (ReadInt64(section, "MaxResponseBytes") is { } maxResponseBytes)
            {
                options.MaxResponseBytes = maxResponseBytes;
            }

            if (ReadInt32(section, "FailureBudgetThreshold") is { } threshold)
            {
                options.FailureBudgetThreshold = threshold;
            }

            IConfigurationSection retry = section.GetSection("Retry");
            if (retry.Exists())
            {
                RejectUnknownKeys(retry, RetryKeys);
                options.Retry ??= new RetryOptions();
                if (ReadBool(retry, "Enabled") is { } enabled)
                {
                    options.Retry.Enabled = enabled;
                }

                if (ReadInt32(retry, "MaxAttempts") is { } maxAttempts)
                {
                    options.Retry.MaxAttempts = maxAttempts;
                }

                if (ReadTimeSpan(retry, "BaseDelay") is { } baseDelay)
                {
                    options.Retry.BaseDelay = baseDelay;
                }

                if (ReadTimeSpan(retry, "MaxDelay") is { } maxDelay)
                {
                    options.Retry.MaxDelay = maxDelay;
                }
            }
        }

        /// <summary>The full configuration key of <paramref name="key"/> under <paramref name="section"/>.</summary>
        internal static string KeyPath(IConfiguration section, string key) =>
            section is IConfigurationSection { Path: { Length: > 0 } path } ? path + ":" + key : key;

        private static void RejectUnknownKeys(IConfiguration section, string[] known)
        {
            List<string>? unknown = null;
            foreach (IConfigurationSection child in section.GetChildren())
            {
                if (Array.FindIndex(known, k => string.Equals(k, child.Key, StringComparison.OrdinalIgnoreCase)) < 0)
                {
                    (unknown ??= []).Add(KeyPath(section, child.Key));
                }
            }

            if (unknown is not null)
            {
                throw new InvalidOperationException(
                    $"Unknown Venice configuration key(s): {string.Join(", ", unknown)}. Known keys here: {string.Join(", ", known)} (a misspelt key would otherwise be ignored silently).");
            }
        }

        private static TimeSpan? ReadTimeSpan(IConfiguration section, string key)
        {
            string? value = section[key];
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out TimeSpan parsed)
                ? parsed
                : throw Invalid(section, key, value, "a time span such as 00:00:30 (hh:mm:ss) or 1.00:00:00 (d.hh:mm:ss)");
        }

        private static bool? ReadBool(IConfiguration section, string key)
        {
            string? value = section[key];
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            return bool.TryParse(value, out bool parsed) ? parsed : throw Invalid(section, key, value, "true or false");
        }

        private static long? ReadInt64(IConfiguration section, string key)
        {
            string? value = section[key];
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed)
                ? parsed
                : throw Invalid(section, key, value, "a whole number");
        }

        private static int? ReadInt32(IConfiguration section, string key)
        {
            string? value = section[key];
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed)
                ? parsed
                : throw Invalid(section, key, value, "a whole number (32-bit)");
        }

        private static InvalidOperationException Invalid(IConfiguration section, string key, string value, string expected) =>
            new($"The Venice configuration key '{KeyPath(section, key)}' has the value '{value}', which is not {expected}.");
    }
}
