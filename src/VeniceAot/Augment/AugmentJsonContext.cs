using System.Text.Json.Serialization;

namespace VeniceAot.Augment
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Augment group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(TextParserResponse))]
    [JsonSerializable(typeof(WebScrapeRequest))]
    [JsonSerializable(typeof(WebScrapeResponse))]
    [JsonSerializable(typeof(WebSearchRequest))]
    [JsonSerializable(typeof(WebSearchResponse))]
    public sealed partial class AugmentJsonContext : JsonSerializerContext;
}
