using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Crypto
{
    /// <summary>One JSON-RPC 2.0 call for <c>POST /crypto/rpc/{network}</c>.</summary>
    public sealed record JsonRpcRequest
    {
        /// <summary>The protocol version; <c>2.0</c> unless set otherwise.</summary>
        [JsonPropertyName("jsonrpc")]
        public string? JsonRpc { get; init; } = "2.0";

        /// <summary>The method, e.g. <c>eth_blockNumber</c> or <c>getBalance</c> (Solana).</summary>
        [JsonPropertyName("method")]
        public required string Method { get; init; }

        /// <summary>The positional parameters; see <see cref="JsonRpcParams"/> to build them.</summary>
        [JsonPropertyName("params")]
        public IReadOnlyList<JsonElement>? Params { get; init; }

        /// <summary>The id echoed back in the response; needed to match batch answers to calls.</summary>
        [JsonPropertyName("id")]
        public JsonRpcId? Id { get; init; }
    }

    /// <summary>One JSON-RPC 2.0 answer: <see cref="Result"/> on success, <see cref="Error"/> on a per-call failure (still HTTP 200).</summary>
    public sealed class JsonRpcResponse
    {
        /// <summary>The protocol version.</summary>
        [JsonPropertyName("jsonrpc")]
        public string? JsonRpc { get; set; }

        /// <summary>The id of the call this answers; null when the server could not tell.</summary>
        [JsonPropertyName("id")]
        public JsonRpcId? Id { get; set; }

        /// <summary>
        /// The method's result, any JSON (a JSON <c>null</c> result is an element of kind <see cref="JsonValueKind.Null"/>);
        /// <see cref="JsonValueKind.Undefined"/> when the answer has no <c>result</c>.
        /// </summary>
        [JsonPropertyName("result")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public JsonElement Result { get; set; }

        /// <summary>The per-call error, when the call failed.</summary>
        [JsonPropertyName("error")]
        public JsonRpcError? Error { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A JSON-RPC error object.</summary>
    public sealed class JsonRpcError
    {
        /// <summary>The error code, e.g. -32602 (invalid params).</summary>
        [JsonPropertyName("code")]
        public long Code { get; set; }

        /// <summary>The message.</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>Extra data, any JSON.</summary>
        [JsonPropertyName("data")]
        public JsonElement? Data { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The answer of <c>GET /crypto/rpc/networks</c>.</summary>
    public sealed class CryptoRpcNetworkList
    {
        /// <summary>The network slugs, sorted (e.g. <c>ethereum-mainnet</c>, <c>base-mainnet</c>, <c>solana-mainnet</c>).</summary>
        [JsonPropertyName("networks")]
        public List<string> Networks { get; set; } = [];

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Builds <see cref="JsonRpcRequest.Params"/> values without reflection.</summary>
    public static class JsonRpcParams
    {
        /// <summary>A string parameter, e.g. an address, <c>latest</c> or hex data.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The JSON value.</returns>
        public static JsonElement String(string value) => JsonSerializer.SerializeToElement(value, CryptoJsonContext.Default.String);

        /// <summary>An integer parameter.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The JSON value.</returns>
        public static JsonElement Number(long value) => JsonSerializer.SerializeToElement(value, CryptoJsonContext.Default.Int64);

        /// <summary>A boolean parameter (e.g. the full-transactions flag of <c>eth_getBlockByNumber</c>).</summary>
        /// <param name="value">The value.</param>
        /// <returns>The JSON value.</returns>
        public static JsonElement Bool(bool value) => JsonSerializer.SerializeToElement(value, CryptoJsonContext.Default.Boolean);

        /// <summary>Any JSON given as text, e.g. <c>{"to":"0x…","data":"0x…"}</c> for <c>eth_call</c>.</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The JSON value.</returns>
        public static JsonElement Json(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
    }
}
