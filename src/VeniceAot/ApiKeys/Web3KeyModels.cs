using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.ApiKeys
{
    /// <summary><c>GET /api_keys/generate_web3_key</c>: a token for the wallet to sign.</summary>
    public sealed class Web3TokenResponse
    {
        /// <summary>The token holder.</summary>
        [JsonPropertyName("data")]
        public Web3Token Data { get; set; } = new();

        /// <summary>Whether the call succeeded.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The token a wallet signs to create a key.</summary>
    public sealed class Web3Token
    {
        /// <summary>The JWT to sign.</summary>
        [JsonPropertyName("token")]
        public string Token { get; set; } = string.Empty;

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The body of <c>POST /api_keys/generate_web3_key</c>: a key created by a wallet signature.</summary>
    public sealed class CreateWeb3ApiKeyRequest
    {
        /// <summary>The key's type.</summary>
        [JsonPropertyName("apiKeyType")]
        public required ApiKeyType ApiKeyType { get; init; }

        /// <summary>The wallet address that holds staked VVV.</summary>
        [JsonPropertyName("address")]
        public required string Address { get; init; }

        /// <summary>The wallet's signature of <see cref="Token"/>.</summary>
        [JsonPropertyName("signature")]
        public required string Signature { get; init; }

        /// <summary>The token from <c>GET /api_keys/generate_web3_key</c>.</summary>
        [JsonPropertyName("token")]
        public required string Token { get; init; }

        /// <summary>A description (Venice defaults to "Web3 API Key").</summary>
        [JsonPropertyName("description")]
        public string? Description { get; init; }

        /// <summary>Spending limits.</summary>
        [JsonPropertyName("consumptionLimit")]
        public ConsumptionLimits? ConsumptionLimit { get; init; }

        /// <summary>The window the limits apply to.</summary>
        [JsonPropertyName("limitPeriod")]
        public LimitPeriod? LimitPeriod { get; init; }

        /// <summary>Which models the key may call.</summary>
        [JsonPropertyName("modelPrivacy")]
        public ModelPrivacy? ModelPrivacy { get; init; }

        /// <summary>Expiry as <c>yyyy-MM-dd</c> or ISO timestamp; <c>""</c> for never.</summary>
        [JsonPropertyName("expiresAt")]
        public string? ExpiresAt { get; init; }
    }
}
