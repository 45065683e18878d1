using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.ApiKeys
{
    /// <summary>An API key's type: <c>INFERENCE</c> keys call inference endpoints only; <c>ADMIN</c> keys can do everything.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ApiKeyType>))]
    public readonly record struct ApiKeyType(string Value) : IOpenEnum<ApiKeyType>
    {
        /// <summary><c>INFERENCE</c>.</summary>
        public static ApiKeyType Inference => new("INFERENCE");

        /// <summary><c>ADMIN</c>.</summary>
        public static ApiKeyType Admin => new("ADMIN");

        /// <inheritdoc/>
        public static ApiKeyType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The window consumption limits apply to.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<LimitPeriod>))]
    public readonly record struct LimitPeriod(string Value) : IOpenEnum<LimitPeriod>
    {
        /// <summary><c>EPOCH</c>: resets every UTC day (legacy default).</summary>
        public static LimitPeriod Epoch => new("EPOCH");

        /// <summary><c>MONTH</c>: resets on the 1st of each UTC month.</summary>
        public static LimitPeriod Month => new("MONTH");

        /// <summary><c>LIFETIME</c>: never resets.</summary>
        public static LimitPeriod Lifetime => new("LIFETIME");

        /// <inheritdoc/>
        public static LimitPeriod FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>Which models a key may call, by privacy tier.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ModelPrivacy>))]
    public readonly record struct ModelPrivacy(string Value) : IOpenEnum<ModelPrivacy>
    {
        /// <summary><c>ALL</c>: every model.</summary>
        public static ModelPrivacy All => new("ALL");

        /// <summary><c>PRIVATE_TEXT</c>: text and embedding models must be Private, TEE or E2EE.</summary>
        public static ModelPrivacy PrivateText => new("PRIVATE_TEXT");

        /// <summary><c>PRIVATE_ONLY</c>: every model must be Private, TEE or E2EE.</summary>
        public static ModelPrivacy PrivateOnly => new("PRIVATE_ONLY");

        /// <inheritdoc/>
        public static ModelPrivacy FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The kind of limit a rate-limit log entry records.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<RateLimitType>))]
    public readonly record struct RateLimitType(string Value) : IOpenEnum<RateLimitType>
    {
        /// <summary><c>RPD</c>: requests per day.</summary>
        public static RateLimitType RequestsPerDay => new("RPD");

        /// <summary><c>RPM</c>: requests per minute.</summary>
        public static RateLimitType RequestsPerMinute => new("RPM");

        /// <summary><c>TPM</c>: tokens per minute.</summary>
        public static RateLimitType TokensPerMinute => new("TPM");

        /// <summary><c>FAILED_REQUESTS</c>: too many non-success responses in the window.</summary>
        public static RateLimitType FailedRequests => new("FAILED_REQUESTS");

        /// <summary><c>UNSUPPORTED_FEATURE_REQUESTS</c>: too many requests for a feature the model lacks.</summary>
        public static RateLimitType UnsupportedFeatureRequests => new("UNSUPPORTED_FEATURE_REQUESTS");

        /// <inheritdoc/>
        public static RateLimitType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
