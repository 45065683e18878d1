using System.Text.Json.Serialization;

namespace VeniceAot.Embeddings
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Embeddings group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(EmbeddingRequest))]
    [JsonSerializable(typeof(EmbeddingResponse))]
    public sealed partial class EmbeddingsJsonContext : JsonSerializerContext;
}
