using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VeniceAot.Crypto
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Crypto group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(CryptoRpcNetworkList))]
    [JsonSerializable(typeof(JsonRpcRequestBody))]
    [JsonSerializable(typeof(JsonRpcResponseBody))]
    [JsonSerializable(typeof(JsonRpcRequest))]
    [JsonSerializable(typeof(JsonRpcResponse))]
    [JsonSerializable(typeof(List<JsonRpcRequest>))]
    [JsonSerializable(typeof(List<JsonRpcResponse>))]
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(long))]
    [JsonSerializable(typeof(bool))]
    public sealed partial class CryptoJsonContext : JsonSerializerContext;
}
