using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.ApiKeys
{
    /// <summary>Spending limits of a key, evaluated per <see cref="LimitPeriod"/>. Null means no limit (and is not sent).</summary>
    public sealed class ConsumptionLimits
    {
        /// <summary>USD limit.</summary>
        [JsonPropertyName("usd")]
        public decimal? Usd { get; set; }

        /// <summary>DIEM limit.</summary>
        [JsonPropertyName("diem")]
        public decimal? Diem { get; set; }

        /// <summary>VCU limit (deprecated by Venice: use <see cref="Diem"/>).</summary>
        [JsonPropertyName("vcu")]
        public decimal? Vcu { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>An API key as listed by <c>GET /api_keys</c> or returned by <c>GET /api_keys/{id}</c> and <c>PATCH /api_keys</c>.</summary>
    public sealed class ApiKey
    {
        /// <summary>The key's id (not the secret).</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The key's type.</summary>
        [JsonPropertyName("apiKeyType")]
        public ApiKeyType ApiKeyType { get; set; }

        /// <summary>The description given at creation.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>Spending limits.</summary>
        [JsonPropertyName("consumptionLimits")]
        public ConsumptionLimits? ConsumptionLimits { get; set; }

        /// <summary>The window the limits apply to.</summary>
        [JsonPropertyName("limitPeriod")]
        public LimitPeriod? LimitPeriod { get; set; }

        /// <summary>Which models the key may call.</summary>
        [JsonPropertyName("modelPrivacy")]
        public ModelPrivacy? ModelPrivacy { get; set; }

        /// <summary>When the key was created.</summary>
        [JsonPropertyName("createdAt")]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>When the key expires; null for never.</summary>
        [JsonPropertyName("expiresAt")]
        public DateTimeOffset? ExpiresAt { get; set; }

        /// <summary>When the key was last used.</summary>
        [JsonPropertyName("lastUsedAt")]
        public DateTimeOffset? LastUsedAt { get; set; }

        /// <summary>The last six characters of the secret, to recognise it.</summary>
        [JsonPropertyName("last6Chars")]
        public string? Last6Chars { get; set; }

        /// <summary>Trailing usage (list and detail responses).</summary>
        [JsonPropertyName("usage")]
        public ApiKeyUsage? Usage { get; set; }

        /// <summary>Usage in the current limit window; present only for keys with limits.</summary>
        [JsonPropertyName("currentPeriodUsage")]
        public UsageAmounts? CurrentPeriodUsage { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A key's usage summary.</summary>
    public sealed class ApiKeyUsage
    {
        /// <summary>Usage over the trailing seven days.</summary>
        [JsonPropertyName("trailingSevenDays")]
        public UsageAmounts? TrailingSevenDays { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Amounts spent. Venice sends these as decimal strings (<c>"10.2424"</c>); they are read as numbers.</summary>
    public sealed class UsageAmounts
    {
        /// <summary>USD spent, bundled credits included.</summary>
        [JsonPropertyName("usd")]
        public decimal? Usd { get; set; }

        /// <summary>DIEM spent.</summary>
        [JsonPropertyName("diem")]
        public decimal? Diem { get; set; }

        /// <summary>VCU spent (deprecated by Venice).</summary>
        [JsonPropertyName("vcu")]
        public decimal? Vcu { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>GET /api_keys</c>: the active keys.</summary>
    public sealed class ApiKeyList
    {
        /// <summary>The keys.</summary>
        [JsonPropertyName("data")]
        public List<ApiKey> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A response whose <c>data</c> is one key (<c>GET /api_keys/{id}</c>, <c>PATCH /api_keys</c>).</summary>
    public sealed class ApiKeyResponse
    {
        /// <summary>The key.</summary>
        [JsonPropertyName("data")]
        public ApiKey Data { get; set; } = new();

        /// <summary>Whether the call succeeded (PATCH only).</summary>
        [JsonPropertyName("success")]
        public bool? Success { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>DELETE /api_keys</c>: whether the key was deleted.</summary>
    public sealed class DeleteApiKeyResponse
    {
        /// <summary>True when the key was deleted.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The body of <c>POST /api_keys</c>. Null properties are not sent.</summary>
    public sealed class CreateApiKeyRequest
    {
        /// <summary>The key's type.</summary>
        [JsonPropertyName("apiKeyType")]
        public required ApiKeyType ApiKeyType { get; init; }

        /// <summary>A description (at most 64 characters).</summary>
        [JsonPropertyName("description")]
        public required string Description { get; init; }

        /// <summary>Spending limits.</summary>
        [JsonPropertyName("consumptionLimit")]
        public ConsumptionLimits? ConsumptionLimit { get; init; }

        /// <summary>The window the limits apply to.</summary>
        [JsonPropertyName("limitPeriod")]
        public LimitPeriod? LimitPeriod { get; init; }

        /// <summary>Which models the key may call.</summary>
        [JsonPropertyName("modelPrivacy")]
        public ModelPrivacy? ModelPrivacy { get; init; }

        /// <summary>Expiry as <c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm:ss(.fff)Z</c>; <c>""</c> for never.</summary>
        [JsonPropertyName("expiresAt")]
        public string? ExpiresAt { get; init; }
    }

    /// <summary>The body of <c>PATCH /api_keys</c>: the id plus only the fields to change.</summary>
    public sealed class UpdateApiKeyRequest
    {
        /// <summary>The id of the key to update.</summary>
        [JsonPropertyName("id")]
        public required string Id { get; init; }

        /// <summary>New description.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; init; }

        /// <summary>New spending limits.</summary>
        [JsonPropertyName("consumptionLimit")]
        public ConsumptionLimits? ConsumptionLimit { get; init; }

        /// <summary>New limit window.</summary>
        [JsonPropertyName("limitPeriod")]
        public LimitPeriod? LimitPeriod { get; init; }

        /// <summary>New privacy tier.</summary>
        [JsonPropertyName("modelPrivacy")]
        public ModelPrivacy? ModelPrivacy { get; init; }

        /// <summary>New expiry (<c>yyyy-MM-dd</c> or ISO timestamp); <c>""</c> removes it.</summary>
        [JsonPropertyName("expiresAt")]
        public string? ExpiresAt { get; init; }
    }

    /// <summary>A newly created key, with its secret. The secret is shown once: store it now.</summary>
    public sealed class CreatedApiKey
    {
        /// <summary>The secret key. It is never returned again.</summary>
        [JsonPropertyName("apiKey")]
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>The key's id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The key's type.</summary>
        [JsonPropertyName("apiKeyType")]
        public ApiKeyType ApiKeyType { get; set; }

        /// <summary>The description.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>Spending limits.</summary>
        [JsonPropertyName("consumptionLimit")]
        public ConsumptionLimits? ConsumptionLimit { get; set; }

        /// <summary>The limit window.</summary>
        [JsonPropertyName("limitPeriod")]
        public LimitPeriod? LimitPeriod { get; set; }

        /// <summary>Which models the key may call.</summary>
        [JsonPropertyName("modelPrivacy")]
        public ModelPrivacy? ModelPrivacy { get; set; }

        /// <summary>When the key expires; null for never.</summary>
        [JsonPropertyName("expiresAt")]
        public DateTimeOffset? ExpiresAt { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <inheritdoc/>
        public override string ToString() => $"CreatedApiKey {{ Id = {Id}, ApiKeyType = {ApiKeyType}, ApiKey = (secret) }}";
    }

    /// <summary><c>POST /api_keys</c> and <c>POST /api_keys/generate_web3_key</c>: the created key.</summary>
    public sealed class CreateApiKeyResponse
    {
        /// <summary>The key, with its secret.</summary>
        [JsonPropertyName("data")]
        public CreatedApiKey Data { get; set; } = new();

        /// <summary>Whether the call succeeded.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
