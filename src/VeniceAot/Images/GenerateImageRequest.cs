using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Images
{
    /// <summary>
    /// The body of <c>POST /image/generate</c>. Null properties are not sent (Venice rejects unknown keys). With
    /// <see cref="ReturnBinary"/> set Venice answers with the image bytes instead of JSON; the client tells the two apart by
    /// the response's <c>Content-Type</c>.
    /// </summary>
    public sealed class GenerateImageRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model.Value;

        /// <summary>The model, e.g. <see cref="ImageModel.GrokImagineImage"/>.</summary>
        [JsonPropertyName("model")]
        public required ImageModel Model { get; init; }

        /// <summary>What the image should show (1–7500 characters; the limit is model specific: <c>promptCharacterLimit</c>).</summary>
        [JsonPropertyName("prompt")]
        public required string Prompt { get; init; }

        /// <summary>What should not be in the image.</summary>
        [JsonPropertyName("negative_prompt")]
        public string? NegativePrompt { get; init; }

        /// <summary>CFG scale (greater than 0, at most 20): higher values follow the prompt more closely.</summary>
        [JsonPropertyName("cfg_scale")]
        public double? CfgScale { get; init; }

        /// <summary>Embed the generation parameters in the image's EXIF metadata (Venice's default: false).</summary>
        [JsonPropertyName("embed_exif_metadata")]
        public bool? EmbedExifMetadata { get; init; }

        /// <summary>The image format (Venice's default: <c>webp</c>).</summary>
        [JsonPropertyName("format")]
        public ImageFormat? Format { get; init; }

        /// <summary>Height in pixels (1–1280; Venice's default: 1024).</summary>
        [JsonPropertyName("height")]
        public int? Height { get; init; }

        /// <summary>Width in pixels (1–1280; Venice's default: 1024).</summary>
        [JsonPropertyName("width")]
        public int? Width { get; init; }

        /// <summary>Ask Venice to leave out its watermark (it may keep it for some content).</summary>
        [JsonPropertyName("hide_watermark")]
        public bool? HideWatermark { get; init; }

        /// <summary>Deprecated by Venice and disabled since May 2025; sent as given when set.</summary>
        [JsonPropertyName("inpaint")]
        public JsonElement? Inpaint { get; init; }

        /// <summary>LoRA strength (0–100), for models that use extra LoRAs.</summary>
        [JsonPropertyName("lora_strength")]
        public int? LoraStrength { get; init; }

        /// <summary>Answer with the image bytes instead of base64 JSON (Venice's default: false).</summary>
        [JsonPropertyName("return_binary")]
        public bool? ReturnBinary { get; init; }

        /// <summary>How many images to generate (1–4); only without <see cref="ReturnBinary"/>.</summary>
        [JsonPropertyName("variants")]
        public int? Variants { get; init; }

        /// <summary>Blur adult content (Venice's default: true).</summary>
        [JsonPropertyName("safe_mode")]
        public bool? SafeMode { get; init; }

        /// <summary>The random seed (−999999999 to 999999999); random when not set.</summary>
        [JsonPropertyName("seed")]
        public int? Seed { get; init; }

        /// <summary>Inference steps; ignored by models without steps.</summary>
        [JsonPropertyName("steps")]
        public int? Steps { get; init; }

        /// <summary>A style from <c>GET /image/styles</c>, e.g. <c>3D Model</c>.</summary>
        [JsonPropertyName("style_preset")]
        public string? StylePreset { get; init; }

        /// <summary>The aspect ratio for models that take one, e.g. <c>1:1</c> or <c>16:9</c>.</summary>
        [JsonPropertyName("aspect_ratio")]
        public string? AspectRatio { get; init; }

        /// <summary>The resolution tier for models that take one, e.g. <c>1K</c>, <c>2K</c>, <c>4K</c>.</summary>
        [JsonPropertyName("resolution")]
        public string? Resolution { get; init; }

        /// <summary>Output quality for models that support it; higher values can cost more.</summary>
        [JsonPropertyName("quality")]
        public ImageQuality? Quality { get; init; }

        /// <summary>Let the model use web search (supported models only; charged extra).</summary>
        [JsonPropertyName("enable_web_search")]
        public bool? EnableWebSearch { get; init; }

        /// <summary>Skip the prompt-optimization thinking step (models with <c>supportsOptimizePromptThinking</c>).</summary>
        [JsonPropertyName("disable_prompt_optimization_thinking")]
        public bool? DisablePromptOptimizationThinking { get; init; }

        /// <summary>
        /// Rewrite the prompt with more visual detail before generating (charged extra; the final prompt comes back
        /// URL-encoded in the <c>x-venice-enhanced-prompt</c> header).
        /// </summary>
        [JsonPropertyName("enhance_prompt")]
        public bool? EnhancePrompt { get; init; }

        /// <summary>Images whose style guides the result (models with <c>supportsStyleReferences</c>; see <c>maxStyleReferences</c>).</summary>
        [JsonPropertyName("style_references")]
        public IReadOnlyList<ImageStyleReference>? StyleReferences { get; init; }
    }

    /// <summary>A style reference image for <see cref="GenerateImageRequest.StyleReferences"/>.</summary>
    public sealed class ImageStyleReference
    {
        /// <summary>The image: base64 (raw or a data URI) or an <c>http(s)://</c> URL; less than 8 MB.</summary>
        [JsonPropertyName("image")]
        public required string Image { get; init; }

        /// <summary>How strongly it guides the output (0.1–1; Venice's default: 0.5).</summary>
        [JsonPropertyName("strength")]
        public double? Strength { get; init; }
    }
}
