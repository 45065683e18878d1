using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Http;
using VeniceAot.Images;

namespace VeniceAot.Extensions.AI
{
    /// <summary>
    /// An <see cref="IImageGenerator"/> over Venice's images group (experimental, like <see cref="IImageGenerator"/> itself:
    /// diagnostic MEAI001). A request without original images is <c>POST /image/generate</c>: the prompt,
    /// <see cref="ImageGenerationOptions.ImageSize"/> as width and height, <see cref="ImageGenerationOptions.Count"/> as
    /// <c>variants</c>, <see cref="ImageGenerationOptions.MediaType"/> as <c>format</c>, and Venice settings from
    /// <see cref="ImageGenerationOptions.AdditionalProperties"/> (<see cref="VeniceAIProperties.NegativePrompt"/>,
    /// <see cref="VeniceAIProperties.StylePreset"/>, …). With original images it is <c>POST /image/edit</c> of the first one.
    /// Images always come back as <see cref="DataContent"/>: Venice returns image data, not URLs, whatever
    /// <see cref="ImageGenerationOptions.ResponseFormat"/> asks. A <see cref="GenerateImageRequest"/> or
    /// <see cref="EditImageRequest"/> from <see cref="ImageGenerationOptions.RawRepresentationFactory"/> is sent with its set fields
    /// winning over the options.
    /// </summary>
    [Experimental(Experimental.DiagnosticId, UrlFormat = Experimental.UrlFormat)]
    public sealed class VeniceImageGenerator : IImageGenerator
    {
        private readonly VeniceClient _client;
        private readonly ImageGeneratorMetadata _metadata;

        /// <summary>Creates the generator.</summary>
        /// <param name="client">The Venice client (not disposed by the generator).</param>
        /// <param name="defaultModelId">The generation model used when <see cref="ImageGenerationOptions.ModelId"/> is not set.</param>
        public VeniceImageGenerator(VeniceClient client, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            _client = client;
            DefaultModelId = defaultModelId;
            _metadata = new ImageGeneratorMetadata(VeniceChatClient.ProviderName, new Uri(client.Connection.BaseAddress), defaultModelId);
        }

        /// <summary>The generation model used when <see cref="ImageGenerationOptions.ModelId"/> is not set.</summary>
        public string? DefaultModelId { get; }

        /// <inheritdoc/>
        public async Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            object? raw = options?.RawRepresentationFactory?.Invoke(this);
            AIContent? original = request.OriginalImages?.FirstOrDefault();
            return original is not null || raw is EditImageRequest
                ? await EditAsync(request, original, options, raw as EditImageRequest, cancellationToken).ConfigureAwait(false)
                : await CreateAsync(request, options, raw as GenerateImageRequest, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc/>
        public object? GetService(Type serviceType, object? serviceKey = null)
        {
            ArgumentNullException.ThrowIfNull(serviceType);
            if (serviceKey is not null)
            {
                return null;
            }

            if (serviceType == typeof(ImageGeneratorMetadata))
            {
                return _metadata;
            }

            if (serviceType == typeof(VeniceClient))
            {
                return _client;
            }

            if (serviceType == typeof(ImagesClient))
            {
                return _client.Images;
            }

            return serviceType.IsInstanceOfType(this) ? this : null;
        }

        /// <summary>Does nothing: the underlying <see cref="VeniceClient"/> belongs to the caller.</summary>
        public void Dispose()
        {
        }

        private async Task<ImageGenerationResponse> CreateAsync(ImageGenerationRequest request, ImageGenerationOptions? options, GenerateImageRequest? raw, CancellationToken cancellationToken)
        {
            string? model = options?.ModelId ?? (raw is { Model.Value: { Length: > 0 } rawModel } ? rawModel : DefaultModelId);
            if (string.IsNullOrEmpty(model))
            {
                throw new InvalidOperationException("No model id: set ImageGenerationOptions.ModelId or pass a default model to AsIImageGenerator.");
            }

            string? prompt = !string.IsNullOrEmpty(request.Prompt) ? request.Prompt : raw?.Prompt;
            if (string.IsNullOrEmpty(prompt))
            {
                throw new ArgumentException("Image generation needs a prompt.", nameof(request));
            }

            IReadOnlyDictionary<string, object?>? extra = options?.AdditionalProperties;
            string? format = options?.MediaType is { Length: > 0 } mediaType ? MediaTypes.Subtype(mediaType) : null;
            var body = new GenerateImageRequest
            {
                Model = ImageModel.FromValue(model),
                Prompt = prompt,
                Width = raw?.Width ?? options?.ImageSize?.Width,
                Height = raw?.Height ?? options?.ImageSize?.Height,
                Variants = raw?.Variants ?? options?.Count,
                Format = raw?.Format ?? (format is null ? null : ImageFormat.FromValue(format == "jpg" ? "jpeg" : format)),
                NegativePrompt = raw?.NegativePrompt ?? OptionValues.String(extra, VeniceAIProperties.NegativePrompt),
                StylePreset = raw?.StylePreset ?? OptionValues.String(extra, VeniceAIProperties.StylePreset),
                CfgScale = raw?.CfgScale ?? OptionValues.Double(extra, VeniceAIProperties.CfgScale),
                Steps = raw?.Steps ?? OptionValues.Int(extra, VeniceAIProperties.Steps),
                Seed = raw?.Seed ?? OptionValues.Int(extra, VeniceAIProperties.Seed),
                SafeMode = raw?.SafeMode ?? OptionValues.Bool(extra, VeniceAIProperties.SafeMode),
                HideWatermark = raw?.HideWatermark ?? OptionValues.Bool(extra, VeniceAIProperties.HideWatermark),
                AspectRatio = raw?.AspectRatio ?? OptionValues.String(extra, VeniceAIProperties.AspectRatio),
                Resolution = raw?.Resolution ?? OptionValues.String(extra, VeniceAIProperties.Resolution),
                LoraStrength = raw?.LoraStrength ?? OptionValues.Int(extra, VeniceAIProperties.LoraStrength),
                EmbedExifMetadata = raw?.EmbedExifMetadata ?? OptionValues.Bool(extra, VeniceAIProperties.EmbedExifMetadata),
                EnableWebSearch = raw?.EnableWebSearch ?? OptionValues.Bool(extra, VeniceAIProperties.EnableWebSearch),
                Quality = raw?.Quality,
                Inpaint = raw?.Inpaint,
                ReturnBinary = raw?.ReturnBinary,
                DisablePromptOptimizationThinking = raw?.DisablePromptOptimizationThinking,
                EnhancePrompt = raw?.EnhancePrompt,
                StyleReferences = raw?.StyleReferences,
            };

            MediaResponse<GenerateImageResponse> answer = await _client.Images.GenerateAsync(body, cancellationToken).ConfigureAwait(false);
            await using (answer.ConfigureAwait(false))
            {
                var contents = new List<AIContent>();
                if (answer.Media is { } media)
                {
                    byte[] bytes = await MediaTypes.ReadAllAsync(media, cancellationToken).ConfigureAwait(false);
                    contents.Add(new DataContent(bytes, MediaTypes.Bare(media.ContentType)));
                    return new ImageGenerationResponse(contents) { RawRepresentation = body };
                }

                GenerateImageResponse value = answer.Value!;
                string? expected = body.Format is { } chosen ? "image/" + chosen.Value : null;
                for (int i = 0; i < value.Images.Count; i++)
                {
                    byte[] bytes = value.GetImageBytes(i);
                    contents.Add(new DataContent(bytes, MediaTypes.SniffImage(bytes) ?? expected ?? "image/webp"));
                }

                return new ImageGenerationResponse(contents) { RawRepresentation = value };
            }
        }

        private async Task<ImageGenerationResponse> EditAsync(ImageGenerationRequest request, AIContent? original, ImageGenerationOptions? options, EditImageRequest? raw, CancellationToken cancellationToken)
        {
            string? image = original switch
            {
                DataContent data => data.Base64Data.ToString(),
                UriContent uri => uri.Uri.ToString(),
                null => raw?.Image,
                _ => throw new NotSupportedException($"Venice edits images given as DataContent or UriContent, not {original.GetType().Name}."),
            };
            string? prompt = !string.IsNullOrEmpty(request.Prompt) ? request.Prompt : raw?.Prompt;
            if (string.IsNullOrEmpty(prompt) || string.IsNullOrEmpty(image))
            {
                throw new ArgumentException("An image edit needs a prompt and an original image.", nameof(request));
            }

            string? format = options?.MediaType is { Length: > 0 } mediaType ? MediaTypes.Subtype(mediaType) : null;
            string? model = options?.ModelId;
            var body = new EditImageRequest
            {
                Prompt = prompt,
                Image = image,
                Model = raw?.Model ?? (model is null ? null : ImageEditModel.FromValue(model)),
                ModelId = raw?.ModelId,
                AspectRatio = raw?.AspectRatio ?? (OptionValues.String(options?.AdditionalProperties, VeniceAIProperties.AspectRatio) is { } ratio ? ImageAspectRatio.FromValue(ratio) : null),
                Resolution = raw?.Resolution ?? OptionValues.String(options?.AdditionalProperties, VeniceAIProperties.Resolution),
                OutputFormat = raw?.OutputFormat ?? (format is null ? null : ImageFormat.FromValue(format == "jpg" ? "jpeg" : format)),
                SafeMode = raw?.SafeMode ?? OptionValues.Bool(options?.AdditionalProperties, VeniceAIProperties.SafeMode),
                DisablePromptOptimizationThinking = raw?.DisablePromptOptimizationThinking,
            };

            BinaryResponse answer = await _client.Images.EditAsync(body, cancellationToken).ConfigureAwait(false);
            await using (answer.ConfigureAwait(false))
            {
                byte[] bytes = await MediaTypes.ReadAllAsync(answer, cancellationToken).ConfigureAwait(false);
                return new ImageGenerationResponse([new DataContent(bytes, MediaTypes.Bare(answer.ContentType))]) { RawRepresentation = body };
            }
        }
    }
}
