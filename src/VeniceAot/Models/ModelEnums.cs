using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Models
{
    /// <summary>
    /// A model's type, and the <c>type</c> filter of <c>GET /models</c>. Open: a type Venice adds later is kept as is.
    /// <see cref="All"/> and <see cref="Code"/> are filters of <c>GET /models</c> only; a listed model never has them.
    /// </summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ModelType>))]
    public readonly record struct ModelType(string Value) : IOpenEnum<ModelType>
    {
        /// <summary><c>asr</c>: speech recognition (transcription).</summary>
        public static ModelType Asr => new("asr");

        /// <summary><c>embedding</c>: text embeddings.</summary>
        public static ModelType Embedding => new("embedding");

        /// <summary><c>image</c>: image generation.</summary>
        public static ModelType Image => new("image");

        /// <summary><c>music</c>: music and audio generation.</summary>
        public static ModelType Music => new("music");

        /// <summary><c>text</c>: chat and completion models.</summary>
        public static ModelType Text => new("text");

        /// <summary><c>tts</c>: text to speech.</summary>
        public static ModelType Tts => new("tts");

        /// <summary><c>upscale</c>: image upscaling.</summary>
        public static ModelType Upscale => new("upscale");

        /// <summary><c>inpaint</c>: image editing and inpainting.</summary>
        public static ModelType Inpaint => new("inpaint");

        /// <summary><c>video</c>: video generation.</summary>
        public static ModelType Video => new("video");

        /// <summary><c>all</c>: a <c>GET /models</c> filter that lists every type.</summary>
        public static ModelType All => new("all");

        /// <summary><c>code</c>: a <c>GET /models</c> filter that lists text models optimised for code.</summary>
        public static ModelType Code => new("code");

        /// <inheritdoc/>
        public static ModelType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How Venice handles the data sent to a model.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ModelPrivacyMode>))]
    public readonly record struct ModelPrivacyMode(string Value) : IOpenEnum<ModelPrivacyMode>
    {
        /// <summary><c>private</c>: zero data retention.</summary>
        public static ModelPrivacyMode Private => new("private");

        /// <summary><c>anonymized</c>: Venice cannot guarantee privacy, but requests are not tied to a user.</summary>
        public static ModelPrivacyMode Anonymized => new("anonymized");

        /// <inheritdoc/>
        public static ModelPrivacyMode FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The quantization of a running text model. Open: Venice has added values before.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ModelQuantization>))]
    public readonly record struct ModelQuantization(string Value) : IOpenEnum<ModelQuantization>
    {
        /// <summary><c>fp4</c>.</summary>
        public static ModelQuantization Fp4 => new("fp4");

        /// <summary><c>fp8</c>.</summary>
        public static ModelQuantization Fp8 => new("fp8");

        /// <summary><c>fp16</c>.</summary>
        public static ModelQuantization Fp16 => new("fp16");

        /// <summary><c>bf16</c>.</summary>
        public static ModelQuantization Bf16 => new("bf16");

        /// <summary><c>int8</c>.</summary>
        public static ModelQuantization Int8 => new("int8");

        /// <summary><c>int4</c>.</summary>
        public static ModelQuantization Int4 => new("int4");

        /// <summary><c>not-available</c>: Venice does not publish it.</summary>
        public static ModelQuantization NotAvailable => new("not-available");

        /// <inheritdoc/>
        public static ModelQuantization FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>A <c>reasoning_effort</c> value a text model accepts.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ReasoningEffortOption>))]
    public readonly record struct ReasoningEffortOption(string Value) : IOpenEnum<ReasoningEffortOption>
    {
        /// <summary><c>none</c>: reasoning can be turned off.</summary>
        public static ReasoningEffortOption None => new("none");

        /// <summary><c>minimal</c>.</summary>
        public static ReasoningEffortOption Minimal => new("minimal");

        /// <summary><c>low</c>.</summary>
        public static ReasoningEffortOption Low => new("low");

        /// <summary><c>medium</c>.</summary>
        public static ReasoningEffortOption Medium => new("medium");

        /// <summary><c>high</c>.</summary>
        public static ReasoningEffortOption High => new("high");

        /// <summary><c>xhigh</c>.</summary>
        public static ReasoningEffortOption ExtraHigh => new("xhigh");

        /// <summary><c>max</c>.</summary>
        public static ReasoningEffortOption Max => new("max");

        /// <inheritdoc/>
        public static ReasoningEffortOption FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>An output quality an image or edit model accepts (the <c>quality</c> request parameter).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ModelQualityLevel>))]
    public readonly record struct ModelQualityLevel(string Value) : IOpenEnum<ModelQualityLevel>
    {
        /// <summary><c>low</c>.</summary>
        public static ModelQualityLevel Low => new("low");

        /// <summary><c>medium</c>.</summary>
        public static ModelQualityLevel Medium => new("medium");

        /// <summary><c>high</c>.</summary>
        public static ModelQualityLevel High => new("high");

        /// <inheritdoc/>
        public static ModelQualityLevel FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>What a video model generates from.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<VideoModelType>))]
    public readonly record struct VideoModelType(string Value) : IOpenEnum<VideoModelType>
    {
        /// <summary><c>image-to-video</c>.</summary>
        public static VideoModelType ImageToVideo => new("image-to-video");

        /// <summary><c>text-to-video</c>.</summary>
        public static VideoModelType TextToVideo => new("text-to-video");

        /// <summary><c>video</c>: video to video.</summary>
        public static VideoModelType Video => new("video");

        /// <inheritdoc/>
        public static VideoModelType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How a TTS provider implements voice cloning.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<VoiceCloningMode>))]
    public readonly record struct VoiceCloningMode(string Value) : IOpenEnum<VoiceCloningMode>
    {
        /// <summary><c>zero_shot</c>: the reference audio is re-read on every synthesis call.</summary>
        public static VoiceCloningMode ZeroShot => new("zero_shot");

        /// <summary><c>persistent</c>: the provider keeps a voice template across calls.</summary>
        public static VoiceCloningMode Persistent => new("persistent");

        /// <inheritdoc/>
        public static VoiceCloningMode FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
