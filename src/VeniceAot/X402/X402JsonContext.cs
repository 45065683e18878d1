using System.Text.Json.Serialization;

namespace VeniceAot.X402
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the X402 group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(X402BalanceResponse))]
    [JsonSerializable(typeof(X402TransactionsResponse))]
    [JsonSerializable(typeof(X402TopUpResponse))]
    [JsonSerializable(typeof(X402Discovery))]
    [JsonSerializable(typeof(X402InsufficientBalance))]
    [JsonSerializable(typeof(X402SettlementResponse))]
    [JsonSerializable(typeof(X402ErrorBody))]
    public sealed partial class X402JsonContext : JsonSerializerContext;
}
