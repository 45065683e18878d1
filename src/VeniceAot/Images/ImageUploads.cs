using System;
using System.Collections.Generic;
using System.Net.Http;
using VeniceAot.Http;

namespace VeniceAot.Images
{
    /// <summary>
    /// <c>POST /image/upscale</c> as a <c>multipart/form-data</c> upload: the image is a file part named <c>image</c>,
    /// the options are form fields under the spec's names. Unset options are not sent.
    /// </summary>
    public sealed class UpscaleImageUpload
    {
        /// <summary>The image: at least 65536 pixels, at most 16777216 pixels after scaling, less than 25 MB.</summary>
        public required MediaUpload Image { get; init; }

        /// <summary><c>scale</c>: 2 or 4 (Venice's default: 2).</summary>
        public double? Scale { get; init; }

        /// <summary><c>creativity</c>: how much detail the upscaler adds (clamped to 0–0.02; Venice's default: 0.01).</summary>
        public double? Creativity { get; init; }

        internal MultipartFormDataContent ToContent()
        {
            ArgumentNullException.ThrowIfNull(Image);
            using var builder = new MultipartBuilder();
            builder.Add("scale", Scale).Add("creativity", Creativity).AddFile("image", Image);
            return builder.Build();
        }
    }

    /// <summary>
    /// <c>POST /image/edit</c> as a <c>multipart/form-data</c> upload: the image is a file part named <c>image</c>, the
    /// other fields are form fields under the spec's names. Unset fields are not sent.
    /// </summary>
    public sealed class EditImageUpload
    {
        /// <summary><c>prompt</c>: what to change (the limit is model specific).</summary>
        public required string Prompt { get; init; }

        /// <summary>The image: 65536 to 33177600 pixels, less than 25 MB.</summary>
        public required MediaUpload Image { get; init; }

        /// <summary><c>model</c>: the edit model (Venice's default: <c>firered-image-edit</c>).</summary>
        public ImageEditModel? Model { get; init; }

        /// <summary><c>modelId</c>: deprecated by Venice in favour of <see cref="Model"/>; sent as given when set.</summary>
        public ImageEditModel? ModelId { get; init; }

        /// <summary><c>aspect_ratio</c>; <c>auto</c> or unset infers it from the input.</summary>
        public ImageAspectRatio? AspectRatio { get; init; }

        /// <summary><c>resolution</c>: e.g. <c>1K</c> (Venice's default), <c>2K</c>, <c>4K</c>.</summary>
        public string? Resolution { get; init; }

        /// <summary><c>output_format</c>; when unset, PNG for 1K edits and JPEG for 2K/4K.</summary>
        public ImageFormat? OutputFormat { get; init; }

        /// <summary><c>safe_mode</c>: blur adult content (Venice's default: true).</summary>
        public bool? SafeMode { get; init; }

        /// <summary><c>disable_prompt_optimization_thinking</c>.</summary>
        public bool? DisablePromptOptimizationThinking { get; init; }

        /// <summary><c>enhance_prompt</c> (charged extra; the rewrite is returned in <c>x-venice-enhanced-prompt</c>).</summary>
        public bool? EnhancePrompt { get; init; }

        internal MultipartFormDataContent ToContent()
        {
            ArgumentNullException.ThrowIfNull(Prompt);
            ArgumentNullException.ThrowIfNull(Image);
            using var builder = new MultipartBuilder();
            builder.Add("prompt", Prompt)
                .Add("model", Model?.Value)
                .Add("modelId", ModelId?.Value)
                .Add("aspect_ratio", AspectRatio?.Value)
                .Add("resolution", Resolution)
                .Add("output_format", OutputFormat?.Value)
                .Add("safe_mode", SafeMode)
                .Add("disable_prompt_optimization_thinking", DisablePromptOptimizationThinking)
                .Add("enhance_prompt", EnhancePrompt)
                .AddFile("image", Image);
            return builder.Build();
        }
    }

    /// <summary>
    /// <c>POST /image/multi-edit</c> as a <c>multipart/form-data</c> upload: each image is a file part named
    /// <c>images</c> (the first is the base image, the rest layers or masks); the other fields are form fields under the
    /// spec's names. Unset fields are not sent.
    /// </summary>
    public sealed class MultiEditImageUpload
    {
        /// <summary><c>prompt</c>: what to change (the limit is model specific).</summary>
        public required string Prompt { get; init; }

        /// <summary>The images: at least 1, at most the model's <c>maxInputImages</c>.</summary>
        public required IReadOnlyList<MediaUpload> Images { get; init; }

        /// <summary><c>modelId</c>: the edit model (Venice's default: <c>firered-image-edit</c>).</summary>
        public ImageEditModel? ModelId { get; init; }

        /// <summary><c>aspect_ratio</c>; <c>auto</c> or unset infers it from the first image.</summary>
        public ImageAspectRatio? AspectRatio { get; init; }

        /// <summary><c>resolution</c>: e.g. <c>1K</c> (Venice's default), <c>2K</c>, <c>4K</c>.</summary>
        public string? Resolution { get; init; }

        /// <summary><c>quality</c>, for models that support it.</summary>
        public ImageQuality? Quality { get; init; }

        /// <summary><c>output_format</c>; when unset, PNG for 1K edits and JPEG for 2K/4K.</summary>
        public ImageFormat? OutputFormat { get; init; }

        /// <summary><c>safe_mode</c>: blur adult content (Venice's default: true).</summary>
        public bool? SafeMode { get; init; }

        /// <summary><c>disable_prompt_optimization_thinking</c>.</summary>
        public bool? DisablePromptOptimizationThinking { get; init; }

        /// <summary><c>enhance_prompt</c> (charged extra; the rewrite is returned in <c>x-venice-enhanced-prompt</c>).</summary>
        public bool? EnhancePrompt { get; init; }

        internal MultipartFormDataContent ToContent()
        {
            ArgumentNullException.ThrowIfNull(Prompt);
            if (Images is null || Images.Count == 0)
            {
                throw new InvalidOperationException("MultiEditImageUpload.Images needs at least one image.");
            }

            using var builder = new MultipartBuilder();
            builder.Add("prompt", Prompt)
                .Add("modelId", ModelId?.Value)
                .Add("aspect_ratio", AspectRatio?.Value)
                .Add("resolution", Resolution)
                .Add("quality", Quality?.Value)
                .Add("output_format", OutputFormat?.Value)
                .Add("safe_mode", SafeMode)
                .Add("disable_prompt_optimization_thinking", DisablePromptOptimizationThinking)
                .Add("enhance_prompt", EnhancePrompt);
            foreach (MediaUpload image in Images)
            {
                if (image is null)
                {
                    throw new InvalidOperationException("MultiEditImageUpload.Images contains null.");
                }

                builder.AddFile("images", image);
            }

            return builder.Build();
        }
    }

    /// <summary>
    /// <c>POST /image/background-remove</c> as a <c>multipart/form-data</c> upload: set <see cref="Image"/> (a file part
    /// named <c>image</c>) or <see cref="ImageUrl"/> (a form field <c>image_url</c>).
    /// </summary>
    public sealed class BackgroundRemoveImageUpload
    {
        /// <summary>The image (less than 25 MB).</summary>
        public MediaUpload? Image { get; init; }

        /// <summary><c>image_url</c>: the image's URL, instead of a file.</summary>
        public string? ImageUrl { get; init; }

        internal MultipartFormDataContent ToContent()
        {
            if (Image is null && ImageUrl is null)
            {
                throw new InvalidOperationException("Set BackgroundRemoveImageUpload.Image or ImageUrl.");
            }

            using var builder = new MultipartBuilder();
            builder.Add("image_url", ImageUrl);
            if (Image is not null)
            {
                builder.AddFile("image", Image);
            }
            return builder.Build();
        }
    }
}
