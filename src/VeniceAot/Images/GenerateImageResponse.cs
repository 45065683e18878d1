using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Images
{
    /// <summary>The JSON answer of <c>POST /image/generate</c> (when <see cref="GenerateImageRequest.ReturnBinary"/> is not set).</summary>
    public sealed class GenerateImageResponse
    {
        /// <summary>The request's id, e.g. <c>generate-image-1234567890</c>.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The images, base64-encoded, one per variant; decode one with <see cref="GetImageBytes"/>.</summary>
        [JsonPropertyName("images")]
        public List<string> Images { get; set; } = [];

        /// <summary>The request as Venice understood it, when it echoes it.</summary>
        [JsonPropertyName("request")]
        public JsonElement? Request { get; set; }

        /// <summary>How long the generation took.</summary>
        [JsonPropertyName("timing")]
        public ImageGenerationTiming? Timing { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>Decodes image <paramref name="index"/> (raw base64, or a <c>data:</c> URL with base64 content).</summary>
        /// <param name="index">The image's position in <see cref="Images"/>.</param>
        /// <returns>The image bytes.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position in <see cref="Images"/>.</exception>
        /// <exception cref="FormatException">The image is not valid base64.</exception>
        public byte[] GetImageBytes(int index = 0)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Images.Count);
            return ImageData.DecodeBase64(Images[index]);
        }
    }

    /// <summary>The durations of an image generation, in milliseconds.</summary>
    public sealed class ImageGenerationTiming
    {
        /// <summary>Time spent generating.</summary>
        [JsonPropertyName("inferenceDuration")]
        public double? InferenceDuration { get; set; }

        /// <summary>Time spent preparing the request.</summary>
        [JsonPropertyName("inferencePreprocessingTime")]
        public double? InferencePreprocessingTime { get; set; }

        /// <summary>Time spent queued.</summary>
        [JsonPropertyName("inferenceQueueTime")]
        public double? InferenceQueueTime { get; set; }

        /// <summary>The whole request.</summary>
        [JsonPropertyName("total")]
        public double? Total { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
