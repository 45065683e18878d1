using System.Text.Json.Serialization;
using VeniceAot.ApiKeys;
using VeniceAot.Chat;
using VeniceAot.Embeddings;
using VeniceAot.Models;

namespace VeniceAot.Benchmarks.Peers
{
    /// <summary>
    /// Refit's own source-generated context over the Venice models it sends and reads (Refit takes one context),
    /// with the same options as VeniceAot's group contexts so both parse identically.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(ChatCompletionRequest))]
    [JsonSerializable(typeof(ChatCompletion))]
    [JsonSerializable(typeof(ChatCompletionChunk))]
    [JsonSerializable(typeof(DeleteApiKeyResponse))]
    [JsonSerializable(typeof(ModelList))]
    [JsonSerializable(typeof(EmbeddingRequest))]
    [JsonSerializable(typeof(EmbeddingResponse))]
    internal sealed partial class RefitJsonContext : JsonSerializerContext;
}
