using System.Text.Json.Serialization;

namespace VeniceAot.Billing
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Billing group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(BillingBalance))]
    [JsonSerializable(typeof(UsageAnalytics))]
    [JsonSerializable(typeof(UsageHistoryPage))]
    public sealed partial class BillingJsonContext : JsonSerializerContext;
}
