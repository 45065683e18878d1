using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Embeddings
{
    /// <summary>
    /// An embedding model id. Open and case-sensitive: any id from <c>GET /models?type=embedding</c> works, whether or not
    /// it is one of the static members (which are the ids the spec lists). A string converts implicitly.
    /// </summary>
    /// <param name="Value">The model id.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<EmbeddingModel>))]
    public readonly record struct EmbeddingModel(string Value) : IOpenEnum<EmbeddingModel>
    {
        /// <summary><c>text-embedding-bge-m3</c>.</summary>
        public static EmbeddingModel BgeM3 => new("text-embedding-bge-m3");

        /// <summary><c>text-embedding-bge-en-icl</c>.</summary>
        public static EmbeddingModel BgeEnIcl => new("text-embedding-bge-en-icl");

        /// <summary><c>text-embedding-qwen3-8b</c>.</summary>
        public static EmbeddingModel Qwen3_8B => new("text-embedding-qwen3-8b");

        /// <summary><c>text-embedding-qwen3-0-6b</c>.</summary>
        public static EmbeddingModel Qwen3_0_6B => new("text-embedding-qwen3-0-6b");

        /// <summary><c>text-embedding-multilingual-e5-large-instruct</c>.</summary>
        public static EmbeddingModel MultilingualE5LargeInstruct => new("text-embedding-multilingual-e5-large-instruct");

        /// <summary><c>text-embedding-3-small</c>.</summary>
        public static EmbeddingModel TextEmbedding3Small => new("text-embedding-3-small");

        /// <summary><c>text-embedding-3-large</c>.</summary>
        public static EmbeddingModel TextEmbedding3Large => new("text-embedding-3-large");

        /// <summary><c>gemini-embedding-2-preview</c>.</summary>
        public static EmbeddingModel GeminiEmbedding2Preview => new("gemini-embedding-2-preview");

        /// <summary><c>text-embedding-nemotron-embed-vl-1b-v2</c>.</summary>
        public static EmbeddingModel NemotronEmbedVl1BV2 => new("text-embedding-nemotron-embed-vl-1b-v2");

        /// <summary>Wraps any model id.</summary>
        /// <param name="value">The model id, exactly as Venice lists it.</param>
        public static implicit operator EmbeddingModel(string value) => new(value);

        /// <inheritdoc/>
        public static EmbeddingModel FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How the response carries each vector. Either way <see cref="EmbeddingData.Embedding"/> holds the floats.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<EmbeddingEncodingFormat>))]
    public readonly record struct EmbeddingEncodingFormat(string Value) : IOpenEnum<EmbeddingEncodingFormat>
    {
        /// <summary><c>float</c>: a JSON array of numbers (Venice's default).</summary>
        public static EmbeddingEncodingFormat Float => new("float");

        /// <summary><c>base64</c>: a base64 string of little-endian float32 values (about a quarter of the size).</summary>
        public static EmbeddingEncodingFormat Base64 => new("base64");

        /// <inheritdoc/>
        public static EmbeddingEncodingFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
