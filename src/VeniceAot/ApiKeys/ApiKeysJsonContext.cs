using System.Text.Json.Serialization;

namespace VeniceAot.ApiKeys
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the ApiKeys group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(ApiKeyList))]
    [JsonSerializable(typeof(ApiKeyResponse))]
    [JsonSerializable(typeof(CreateApiKeyRequest))]
    [JsonSerializable(typeof(CreateApiKeyResponse))]
    [JsonSerializable(typeof(UpdateApiKeyRequest))]
    [JsonSerializable(typeof(DeleteApiKeyResponse))]
    [JsonSerializable(typeof(RateLimitsResponse))]
    [JsonSerializable(typeof(RateLimitLogResponse))]
    [JsonSerializable(typeof(Web3TokenResponse))]
    [JsonSerializable(typeof(CreateWeb3ApiKeyRequest))]
    public sealed partial class ApiKeysJsonContext : JsonSerializerContext;
}
