using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VeniceAot.Images
{
    /// <summary>
    /// The JSON body of <c>POST /image/upscale</c>: the image as a base64 string. To upload a file instead, use
    /// <see cref="UpscaleImageUpload"/>. Null properties are not sent.
    /// </summary>
    public sealed class UpscaleImageRequest
    {
        /// <summary>
        /// The image, base64-encoded: at least 65536 pixels, at most 16777216 pixels after scaling, less than 25 MB.
        /// </summary>
        [JsonPropertyName("image")]
        public required string Image { get; init; }

        /// <summary>The scale factor, 2 or 4 (Venice's default: 2; 4 may be reduced for large images).</summary>
        [JsonPropertyName("scale")]
        public double? Scale { get; init; }

        /// <summary>How much detail the upscaler adds (clamped to 0–0.02; Venice's default: 0.01).</summary>
        [JsonPropertyName("creativity")]
        public double? Creativity { get; init; }
    }

    /// <summary>
    /// The JSON body of <c>POST /image/edit</c>: the image as base64 or an <c>http(s)://</c> URL. To upload a file instead,
    /// use <see cref="EditImageUpload"/>. Null properties are not sent.
    /// </summary>
    public sealed class EditImageRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model?.Value;

        /// <summary>What to change, e.g. <c>change the sky to sunrise</c> (the limit is model specific).</summary>
        [JsonPropertyName("prompt")]
        public required string Prompt { get; init; }

        /// <summary>
        /// The image, base64-encoded or an <c>http(s)://</c> URL: 65536 to 33177600 pixels, less than 25 MB.
        /// </summary>
        [JsonPropertyName("image")]
        public required string Image { get; init; }

        /// <summary>The edit model (Venice's default: <c>firered-image-edit</c>).</summary>
        [JsonPropertyName("model")]
        public ImageEditModel? Model { get; init; }

        /// <summary>Deprecated by Venice in favour of <see cref="Model"/>; sent as given when set.</summary>
        [JsonPropertyName("modelId")]
        public ImageEditModel? ModelId { get; init; }

        /// <summary>The output's aspect ratio; <c>auto</c> or unset infers it from the input. Supported values vary by model.</summary>
        [JsonPropertyName("aspect_ratio")]
        public ImageAspectRatio? AspectRatio { get; init; }

        /// <summary>The resolution tier, e.g. <c>1K</c> (Venice's default), <c>2K</c>, <c>4K</c>.</summary>
        [JsonPropertyName("resolution")]
        public string? Resolution { get; init; }

        /// <summary>The output format; when unset, PNG for 1K edits and JPEG for 2K/4K.</summary>
        [JsonPropertyName("output_format")]
        public ImageFormat? OutputFormat { get; init; }

        /// <summary>Blur adult content (Venice's default: true).</summary>
        [JsonPropertyName("safe_mode")]
        public bool? SafeMode { get; init; }

        /// <summary>Skip the prompt-optimization thinking step (models with <c>supportsOptimizePromptThinking</c>).</summary>
        [JsonPropertyName("disable_prompt_optimization_thinking")]
        public bool? DisablePromptOptimizationThinking { get; init; }

        /// <summary>Rewrite the prompt using the input image first (charged extra; returned in <c>x-venice-enhanced-prompt</c>).</summary>
        [JsonPropertyName("enhance_prompt")]
        public bool? EnhancePrompt { get; init; }
    }

    /// <summary>
    /// The JSON body of <c>POST /image/multi-edit</c>: a base image and edit layers/masks, each base64 or an
    /// <c>http(s)://</c> URL. To upload files instead, use <see cref="MultiEditImageUpload"/>. Null properties are not sent.
    /// </summary>
    public sealed class MultiEditImageRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => ModelId?.Value;

        /// <summary>What to change (the limit is model specific).</summary>
        [JsonPropertyName("prompt")]
        public required string Prompt { get; init; }

        /// <summary>
        /// The images (at least 1, at most the model's <c>maxInputImages</c>): the first is the base image, the rest are
        /// layers or masks. Each is base64 (raw or a data URL) or an <c>http(s)://</c> URL.
        /// </summary>
        [JsonPropertyName("images")]
        public required IReadOnlyList<string> Images { get; init; }

        /// <summary>The edit model (Venice's default: <c>firered-image-edit</c>). This endpoint's spec names it <c>modelId</c> only.</summary>
        [JsonPropertyName("modelId")]
        public ImageEditModel? ModelId { get; init; }

        /// <summary>The output's aspect ratio; <c>auto</c> or unset infers it from the first image.</summary>
        [JsonPropertyName("aspect_ratio")]
        public ImageAspectRatio? AspectRatio { get; init; }

        /// <summary>The resolution tier, e.g. <c>1K</c> (Venice's default), <c>2K</c>, <c>4K</c>.</summary>
        [JsonPropertyName("resolution")]
        public string? Resolution { get; init; }

        /// <summary>Output quality for models that support it; higher values can cost more.</summary>
        [JsonPropertyName("quality")]
        public ImageQuality? Quality { get; init; }

        /// <summary>The output format; when unset, PNG for 1K edits and JPEG for 2K/4K.</summary>
        [JsonPropertyName("output_format")]
        public ImageFormat? OutputFormat { get; init; }

        /// <summary>Blur adult content (Venice's default: true).</summary>
        [JsonPropertyName("safe_mode")]
        public bool? SafeMode { get; init; }

        /// <summary>Skip the prompt-optimization thinking step (models with <c>supportsOptimizePromptThinking</c>).</summary>
        [JsonPropertyName("disable_prompt_optimization_thinking")]
        public bool? DisablePromptOptimizationThinking { get; init; }

        /// <summary>Rewrite the prompt using the input images first (charged extra; returned in <c>x-venice-enhanced-prompt</c>).</summary>
        [JsonPropertyName("enhance_prompt")]
        public bool? EnhancePrompt { get; init; }
    }

    /// <summary>
    /// The JSON body of <c>POST /image/background-remove</c>: set <see cref="Image"/> (base64) or <see cref="ImageUrl"/>.
    /// To upload a file instead, use <see cref="BackgroundRemoveImageUpload"/>. Null properties are not sent.
    /// </summary>
    public sealed class BackgroundRemoveImageRequest
    {
        /// <summary>The image, base64-encoded (less than 25 MB).</summary>
        [JsonPropertyName("image")]
        public string? Image { get; init; }

        /// <summary>The image's URL.</summary>
        [JsonPropertyName("image_url")]
        public string? ImageUrl { get; init; }
    }
}
