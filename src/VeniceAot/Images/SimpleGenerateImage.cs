using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Images
{
    /// <summary>
    /// The body of the OpenAI-compatible <c>POST /images/generations</c>. Several fields exist only for OpenAI
    /// compatibility and are ignored by Venice. Null properties are not sent.
    /// </summary>
    public sealed class SimpleGenerateImageRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model?.Value;

        /// <summary>What the image should show (1–1500 characters).</summary>
        [JsonPropertyName("prompt")]
        public required string Prompt { get; init; }

        /// <summary>The model; Venice's default image model when not set or unknown (e.g. an OpenAI model name).</summary>
        [JsonPropertyName("model")]
        public ImageModel? Model { get; init; }

        /// <summary>Accepted for OpenAI compatibility; not used.</summary>
        [JsonPropertyName("background")]
        public ImageBackground? Background { get; init; }

        /// <summary><c>auto</c> (Venice's default) blurs adult content; <c>low</c> does not.</summary>
        [JsonPropertyName("moderation")]
        public ImageModeration? Moderation { get; init; }

        /// <summary>How many images; Venice supports only 1.</summary>
        [JsonPropertyName("n")]
        public int? N { get; init; }

        /// <summary>Accepted for OpenAI compatibility (0–100); not used.</summary>
        [JsonPropertyName("output_compression")]
        public int? OutputCompression { get; init; }

        /// <summary>The image format (Venice's default: <c>png</c>).</summary>
        [JsonPropertyName("output_format")]
        public ImageFormat? OutputFormat { get; init; }

        /// <summary>Accepted for OpenAI compatibility; not used.</summary>
        [JsonPropertyName("quality")]
        public SimpleImageQuality? Quality { get; init; }

        /// <summary><c>b64_json</c> (Venice's default) or <c>url</c> (a data URL).</summary>
        [JsonPropertyName("response_format")]
        public ImageResponseFormat? ResponseFormat { get; init; }

        /// <summary>The image size (Venice's default: <c>auto</c>, i.e. 1024x1024).</summary>
        [JsonPropertyName("size")]
        public ImageSize? Size { get; init; }

        /// <summary>Accepted for OpenAI compatibility; not used.</summary>
        [JsonPropertyName("style")]
        public SimpleImageStyle? Style { get; init; }

        /// <summary>Accepted for OpenAI compatibility; not used.</summary>
        [JsonPropertyName("user")]
        public string? User { get; init; }
    }

    /// <summary>The answer of <c>POST /images/generations</c>.</summary>
    public sealed class SimpleGenerateImageResponse
    {
        /// <summary>When the request was created, in Unix seconds.</summary>
        [JsonPropertyName("created")]
        public long? Created { get; set; }

        /// <summary>The images.</summary>
        [JsonPropertyName("data")]
        public List<GeneratedImageData> Data { get; set; } = [];

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// One image of <see cref="SimpleGenerateImageResponse.Data"/>. The spec's union <c>{b64_json}</c> | <c>{url}</c> is one
    /// object whose branches differ only in which property is present, so both are properties here and exactly one is
    /// normally set (per <see cref="SimpleGenerateImageRequest.ResponseFormat"/>); <see cref="GetBytes"/> decodes either.
    /// </summary>
    public sealed class GeneratedImageData
    {
        /// <summary>The image as base64, when <c>response_format</c> is <c>b64_json</c>.</summary>
        [JsonPropertyName("b64_json")]
        public string? B64Json { get; set; }

        /// <summary>The image as a data URL (<c>data:image/png;base64,…</c>), when <c>response_format</c> is <c>url</c>.</summary>
        [JsonPropertyName("url")]
        public string? Url { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>The image bytes, from <see cref="B64Json"/> or else from a base64 data URL in <see cref="Url"/>; null when neither is set.</summary>
        /// <returns>The bytes, or null.</returns>
        /// <exception cref="System.FormatException">The value is not base64, or the URL is not a base64 data URL.</exception>
        public byte[]? GetBytes() =>
            B64Json is not null ? ImageData.DecodeBase64(B64Json)
            : Url is not null ? ImageData.DecodeBase64(Url)
            : null;
    }
}
