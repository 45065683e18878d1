using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.ApiKeys
{
    /// <summary><c>GET /api_keys/rate_limits</c>.</summary>
    public sealed class RateLimitsResponse
    {
        /// <summary>The key's tier, balances and per-model limits.</summary>
        [JsonPropertyName("data")]
        public RateLimitStatus Data { get; set; } = new();

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The calling key's access, tier, balances and per-model limits.</summary>
    public sealed class RateLimitStatus
    {
        /// <summary>Whether the key may call the API now.</summary>
        [JsonPropertyName("accessPermitted")]
        public bool AccessPermitted { get; set; }

        /// <summary>The account's API tier.</summary>
        [JsonPropertyName("apiTier")]
        public ApiTier? ApiTier { get; set; }

        /// <summary>Balances by currency.</summary>
        [JsonPropertyName("balances")]
        public AccountBalances? Balances { get; set; }

        /// <summary>When the key expires; null for never.</summary>
        [JsonPropertyName("keyExpiration")]
        public DateTimeOffset? KeyExpiration { get; set; }

        /// <summary>When the next daily epoch begins.</summary>
        [JsonPropertyName("nextEpochBegins")]
        public DateTimeOffset? NextEpochBegins { get; set; }

        /// <summary>Limits per model.</summary>
        [JsonPropertyName("rateLimits")]
        public List<ModelRateLimits> RateLimits { get; set; } = [];

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>An API tier.</summary>
    public sealed class ApiTier
    {
        /// <summary>The tier id, e.g. <c>paid</c>.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>Whether usage is charged.</summary>
        [JsonPropertyName("isCharged")]
        public bool IsCharged { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Account balances.</summary>
    public sealed class AccountBalances
    {
        /// <summary>USD balance.</summary>
        [JsonPropertyName("USD")]
        public decimal? Usd { get; set; }

        /// <summary>DIEM balance.</summary>
        [JsonPropertyName("DIEM")]
        public decimal? Diem { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The limits that apply to one model.</summary>
    public sealed class ModelRateLimits
    {
        /// <summary>The model id.</summary>
        [JsonPropertyName("apiModelId")]
        public string? ApiModelId { get; set; }

        /// <summary>The limits.</summary>
        [JsonPropertyName("rateLimits")]
        public List<RateLimit> RateLimits { get; set; } = [];

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One limit: an amount per unit (<c>RPM</c>, <c>RPD</c>, <c>TPM</c>).</summary>
    public sealed class RateLimit
    {
        /// <summary>The allowed amount.</summary>
        [JsonPropertyName("amount")]
        public decimal Amount { get; set; }

        /// <summary>The unit.</summary>
        [JsonPropertyName("type")]
        public RateLimitType Type { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>GET /api_keys/rate_limits/log</c>: recent rate-limit hits.</summary>
    public sealed class RateLimitLogResponse
    {
        /// <summary>The entries.</summary>
        [JsonPropertyName("data")]
        public List<RateLimitLogEntry> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One time a key hit a limit.</summary>
    public sealed class RateLimitLogEntry
    {
        /// <summary>The key that hit the limit.</summary>
        [JsonPropertyName("apiKeyId")]
        public string ApiKeyId { get; set; } = string.Empty;

        /// <summary>The model called.</summary>
        [JsonPropertyName("modelId")]
        public string ModelId { get; set; } = string.Empty;

        /// <summary>The tier, e.g. <c>paid</c>.</summary>
        [JsonPropertyName("rateLimitTier")]
        public string? RateLimitTier { get; set; }

        /// <summary>Which limit was hit.</summary>
        [JsonPropertyName("rateLimitType")]
        public RateLimitType RateLimitType { get; set; }

        /// <summary>When.</summary>
        [JsonPropertyName("timestamp")]
        public DateTimeOffset? Timestamp { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
